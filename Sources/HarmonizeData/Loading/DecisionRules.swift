/// Checks the task force's decisions against the data set and each other, before any plan.
///
/// Unknown names, a row against a hard limit, the term, eligibility or the plan's years, and
/// two rows that cannot both hold. Each problem is at the row's line, naming the other row
/// or the rule.
struct DecisionRules {
  let dataSet: DataSet
  let decisions: [Decision]
  let file: String
  let horizon: PlanHorizon
  let anyGroup: Bool
  let log: ProblemLog

  /// Who may be active where (open when `anyGroup`), built once for every row.
  let eligibility: Eligibility

  func check() {
    let valid = decisions.filter(checkRow)
    checkPairs(valid)
    checkLimits(valid)
    checkTerms(valid)
  }

  private func error(_ d: Decision, _ message: String) { log.error(file, d.line, message) }

  // MARK: - One row against the data set

  /// Whether the row's names resolve and it breaks no rule on its own.
  private func checkRow(_ d: Decision) -> Bool {
    guard let j = dataSet.groupIndex[d.group] else {
      error(d, "unknown group \(MessageText.quoted(d.group))")
      return false
    }
    let group = dataSet.groups[j]
    var person: StaffMember?
    if let id = d.staff {
      guard let found = dataSet.staffMember(id) else {
        error(d, "unknown staff \(MessageText.quoted(id))")
        return false
      }
      person = found
      if let donor = d.donor, donor != found.donor {
        error(
          d,
          "staff \(MessageText.quoted(id)) works for \(MessageText.quoted(found.donor)), "
            + "not \(MessageText.quoted(donor))")
        return false
      }
    }
    if let donor = d.donor, dataSet.donor(donor) == nil {
      error(d, "unknown donor \(MessageText.quoted(donor))")
      return false
    }
    if let role = d.role, !group.chair.seats.contains(role) {
      error(
        d,
        "group \(MessageText.quoted(group.id)) has no \(role.rawValue) seat "
          + "(chair \(group.chair.rawValue))")
      return false
    }
    let seatYears = horizon.seatYears(of: group)
    if let year = d.year, !seatYears.contains(year) {
      let span = seatYears.isEmpty ? "none" : "\(seatYears[0])-\(seatYears[seatYears.count - 1])"
      let message =
        "\(year) is not a year of the group's chair plan (\(span), from --start and --years)"
      if d.kind == .holds {
        error(d, message)
        return false
      }
      log.warning(file, d.line, message + "; the row has no effect")
    }
    switch d.kind {
    case .active:
      guard let person, let i = dataSet.staffIndex[person.id] else { return false }
      return checkActive(d, person: person, staff: i, group: j)
    case .holds:
      return checkHolds(d, group: j)
    case .notActive, .notHolds, .leaves, .empty:
      return true
    }
  }

  private func checkActive(_ d: Decision, person: StaffMember, staff i: Int, group j: Int) -> Bool {
    let group = dataSet.groups[j]
    let who = "staff \(MessageText.quoted(person.id))"
    var why: String?
    if person.isTechnicalAssistant {
      why = "\(who) is a technical assistant: never a donor member"
    } else if !group.exists(in: horizon.startYear) {
      why = "group \(MessageText.quoted(group.id)) has ended by \(horizon.startYear)"
    } else if person.days < group.memberDays {
      why = "\(who) has \(days(person.days)) days, the group asks \(days(group.memberDays))"
    } else if person.maxGroups == 0 {
      why = "\(who) may be active in no group (max_groups 0)"
    } else if dataSet.donor(person.donor)?.maxGroups == 0 {
      why = "donor \(MessageText.quoted(person.donor)) may be active in no group (max_groups 0)"
    } else if !eligibility.allows(staff: i, group: j) {
      why =
        "\(who) may not be active in \(MessageText.quoted(group.id)): not a member today and "
        + "holds no skill it needs (eligibility rule; plan --any-group switches it off)"
    }
    guard let why else { return true }
    error(d, "cannot be decided: \(why)")
    return false
  }

  private func checkHolds(_ d: Decision, group j: Int) -> Bool {
    guard let donorID = d.donor, let donor = dataSet.donor(donorID), let role = d.role,
      let year = d.year
    else { return false }
    let group = dataSet.groups[j]
    let candidates = dataSet.staff.indices.filter { i in
      let s = dataSet.staff[i]
      return s.donor == donorID && (d.staff.map { $0 == s.id } ?? true)
    }
    var why: String?
    if donor.chairCapacity == 0 {
      why = "donor \(MessageText.quoted(donorID)) holds no seat (chair_capacity 0)"
    } else if let window = dataSet.interests.first(where: {
      $0.donor == donorID && $0.group == group.id
    }),
      !dataSet.interests.contains(where: {
        $0.donor == donorID && $0.group == group.id && $0.covers(year)
      })
    {
      why =
        "\(year) is outside the donor's interest window for the group in interests.csv "
        + "(\(window.from.map(String.init) ?? "any")-\(window.to.map(String.init) ?? "any"))"
    } else if !candidates.contains(where: { i in
      let s = dataSet.staff[i]
      return s.canChair && eligibility.allows(staff: i, group: j)
        && s.days >= group.memberDays + group.seatDays(role)
    }) {
      let through =
        d.staff.map { "staff \(MessageText.quoted($0)) cannot" } ?? "no staff of the donor can"
      why =
        "\(through) hold it: a seat needs a senior, non-TA member who may be active in "
        + "the group, with \(days(group.memberDays + group.seatDays(role))) days"
    }
    guard let why else { return true }
    error(d, "cannot be decided: \(why)")
    return false
  }

  // MARK: - Two rows that cannot both hold

  private func checkPairs(_ rows: [Decision]) {
    var seen: [String: Decision] = [:]
    for d in rows {
      let key = [
        d.kind.rawValue, d.group, d.staff ?? "", d.donor ?? "",
        d.role?.rawValue ?? "", d.year.map(String.init) ?? "",
      ].joined(separator: "|")
      if let first = seen[key] {
        log.warning(file, d.line, "repeats line \(first.line)")
      } else {
        seen[key] = d
      }
    }
    // Only rows of one group can clash: compare within each group, in file order.
    var earlier: [String: [Decision]] = [:]
    for d in rows {
      for e in earlier[d.group] ?? [] {
        if let clash = clash(e, d) {
          error(d, "contradicts line \(e.line): \(clash)")
        }
      }
      earlier[d.group, default: []].append(d)
    }
    // Seats of a role pinned to more donors than the structure has.
    var pinned: [String: [Decision]] = [:]
    for d in rows where d.kind == .holds {
      guard let role = d.role, let year = d.year, let group = dataSet.group(d.group) else {
        continue
      }
      let key = "\(d.group)|\(role.rawValue)|\(year)"
      let seats = group.chair.seats.filter { $0 == role }.count
      let earlier = pinned[key, default: []].filter { $0.donor != d.donor }
      if earlier.count >= seats {
        let lines = earlier.map { String($0.line) }.joined(separator: ", ")
        error(
          d,
          "contradicts line\(earlier.count == 1 ? "" : "s") \(lines): group "
            + "\(MessageText.quoted(d.group)) has \(seats) \(role.rawValue) "
            + "seat\(seats == 1 ? "" : "s") in \(year)")
      }
      pinned[key, default: []].append(d)
    }
  }

  /// Why rows `a` (earlier) and `b` cannot both hold, if they cannot.
  private func clash(_ a: Decision, _ b: Decision) -> String? {
    guard a.group == b.group else { return nil }
    let g = MessageText.quoted(a.group)
    func donor(_ d: Decision) -> String? {
      d.donor ?? d.staff.flatMap { dataSet.staffMember($0)?.donor }
    }
    for (x, y) in [(a, b), (b, a)] {
      switch (x.kind, y.kind) {
      case (.active, .notActive) where x.staff == y.staff:
        return "staff \(MessageText.quoted(x.staff ?? "")) both active and not active in \(g)"
      case (.active, .leaves) where donor(x) == y.donor:
        return
          "\(MessageText.quoted(y.donor ?? "")) leaves \(g), so its staff cannot be active there"
      case (.holds, .leaves) where x.donor == y.donor:
        return "\(MessageText.quoted(x.donor ?? "")) leaves \(g), so it holds no seat there"
      case (.holds, .notActive) where x.staff != nil && x.staff == y.staff:
        return
          "the seat is held through staff \(MessageText.quoted(x.staff ?? "")), who must be active"
      case (.holds, .notHolds)
      where x.donor == y.donor && y.covers(role: x.role ?? .focal, year: x.year ?? 0):
        return "\(MessageText.quoted(x.donor ?? "")) both holds and does not hold the seat"
      case (.holds, .empty) where y.covers(role: x.role ?? .focal, year: x.year ?? 0):
        return "the seat cannot both stay empty and be held by \(MessageText.quoted(x.donor ?? ""))"
      case (.holds, .holds)
      where x.donor == y.donor && x.year == y.year && x.role != y.role:
        return "a donor holds at most one seat of a group in a year"
      case (.holds, .holds)
      where x.donor == y.donor && x.year == y.year && x.role == y.role && x.staff != y.staff
        && x.staff != nil && y.staff != nil:
        return "the donor's seat is held through one person"
      default:
        continue
      }
    }
    return nil
  }

  // MARK: - Hard limits over several rows

  private func checkLimits(_ rows: [Decision]) {
    var groupsOfStaff: [String: [Decision]] = [:]
    var groupsOfDonor: [String: [String: Decision]] = [:]
    var seatsOfDonor: [String: [Decision]] = [:]
    for d in rows {
      switch d.kind {
      case .active:
        guard let id = d.staff, let person = dataSet.staffMember(id) else { continue }
        groupsOfStaff[id, default: []].append(d)
        if groupsOfDonor[person.donor, default: [:]][d.group] == nil {
          groupsOfDonor[person.donor, default: [:]][d.group] = d
        }
        let mine = groupsOfStaff[id] ?? []
        if let m = person.maxGroups, mine.count > m {
          error(
            d,
            "staff \(MessageText.quoted(id)) would be active in \(mine.count) groups "
              + "(max_groups \(m); lines \(lines(mine)))")
        }
        let needed = mine.compactMap { dataSet.group($0.group)?.memberDays }.reduce(0, +)
        if needed > person.days + Counting.roundingSlack {
          error(
            d,
            "staff \(MessageText.quoted(id)) would need \(days(needed)) days "
              + "(has \(days(person.days)); lines \(lines(mine)))")
        }
        let donorGroups = (groupsOfDonor[person.donor] ?? [:]).values.sorted { $0.line < $1.line }
        if let m = dataSet.donor(person.donor)?.maxGroups, donorGroups.count > m,
          donorGroups.last == d
        {
          error(
            d,
            "donor \(MessageText.quoted(person.donor)) would be active in "
              + "\(donorGroups.count) groups (max_groups \(m); lines \(lines(donorGroups)))")
        }
      case .holds:
        guard let donor = d.donor, let year = d.year else { continue }
        let key = "\(donor)|\(year)"
        seatsOfDonor[key, default: []].append(d)
        let mine = seatsOfDonor[key] ?? []
        if let cap = dataSet.donor(donor)?.chairCapacity, mine.count > cap {
          error(
            d,
            "donor \(MessageText.quoted(donor)) would hold \(mine.count) seats in "
              + "\(year) (chair_capacity \(cap); lines \(lines(mine)))")
        }
      default:
        continue
      }
    }
  }

  private func lines(_ rows: [Decision]) -> String {
    rows.map { String($0.line) }.joined(separator: ", ")
  }

  // MARK: - Term and min term of leads

  /// A lead pinned to one donor for more than `term` consecutive years (today's run counted),
  /// or a new lead pinned and then taken from it before its `min_term`.
  private func checkTerms(_ rows: [Decision]) {
    let today = Roster(today: dataSet, year: horizon.startYear - 1)
    var leads: [String: [Int: Decision]] = [:]  // group|donor → year → row
    for d in rows where d.kind == .holds && d.role == .focal {
      guard let donor = d.donor, let year = d.year else { continue }
      leads["\(d.group)|\(donor)", default: [:]][year] = d
    }
    for key in leads.keys.sorted() {
      let parts = key.split(separator: "|").map(String.init)
      guard let group = dataSet.group(parts[0]), let byYear = leads[key] else { continue }
      let donor = parts[1]
      let lead = today.seats.first { $0.group == group.id && $0.role == .focal }
      for year in byYear.keys.sorted() {
        guard let d = byYear[year] else { continue }
        var run = 1
        var y = year - 1
        while byYear[y] != nil {
          run += 1
          y -= 1
        }
        if y == horizon.startYear - 1, let lead, lead.donor == donor {
          run += y - lead.since + 1
        }
        if run > group.term {
          error(
            d,
            "\(MessageText.quoted(donor)) would lead \(MessageText.quoted(group.id)) "
              + "\(run) years in a row in \(year) (term \(group.term), today's run counted)")
          break
        }
      }
      guard group.minTerm > 1 else { continue }
      for year in byYear.keys.sorted() {
        guard let d = byYear[year] else { continue }
        let startsAnew =
          year == horizon.startYear
          ? lead?.donor != donor
          : byYear[year - 1] == nil
            && rows.contains {
              $0.kind == .holds && $0.role == .focal && $0.group == group.id
                && $0.year == year - 1 && $0.donor != donor
            }
        guard startsAnew else { continue }
        for k in 1..<group.minTerm {
          let later = year + k
          guard horizon.seatYears(of: group).contains(later) else { break }
          if let stop = rows.first(where: {
            $0.group == group.id && $0.line != d.line
              && (($0.kind == .notHolds && $0.donor == donor
                && $0.covers(role: .focal, year: later))
                || ($0.kind == .empty && $0.covers(role: .focal, year: later))
                || ($0.kind == .leaves && $0.donor == donor)
                || ($0.kind == .holds && $0.role == .focal && $0.year == later && $0.donor != donor))
          }) {
            error(
              d,
              "contradicts line \(stop.line): a lead started in \(year) keeps the seat "
                + "\(group.minTerm) years (min_term of \(MessageText.quoted(group.id)))")
            break
          }
        }
      }
    }
  }

  /// Days as the data files write them: `2`, `1.5`.
  private func days(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
