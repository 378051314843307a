/// Checks the task force's decisions against the data set and each other, before any plan.
///
/// Unknown names, a row against a hard limit, the term, eligibility or the plan's years, and
/// two rows that cannot both hold. Each problem is at the row's line, naming the other row
/// or the rule. Every check looks rows up by key, never compares all pairs: the time grows
/// with the number of rows, not its square. (A repeated row was dropped when the file was
/// read, `DecisionsFile.withoutRepeats`: it counts once.)
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
    let lookup = Lookup(dataSet)
    let valid = decisions.filter { checkRow($0, lookup) }
    checkPairs(valid)
    checkSeatCounts(valid)
    checkLimits(valid)
    checkTerms(valid)
    checkLeadFirst(valid)
  }

  /// The data set's staff by donor and interests by donor and group, built once for all rows.
  private struct Lookup {
    var staffOfDonor: [String: [Int]] = [:]
    var interests: [String: [Interest]] = [:]

    init(_ dataSet: DataSet) {
      for (i, s) in dataSet.staff.enumerated() { staffOfDonor[s.donor, default: []].append(i) }
      for interest in dataSet.interests {
        interests["\(interest.donor)|\(interest.group)", default: []].append(interest)
      }
    }
  }

  private func error(_ d: Decision, _ message: String) { log.error(file, d.line, message) }
  private func warning(_ d: Decision, _ message: String) { log.warning(file, d.line, message) }

  // MARK: - One row against the data set

  /// Whether the row's names resolve and it breaks no rule on its own.
  private func checkRow(_ d: Decision, _ lookup: Lookup) -> Bool {
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
      return checkHolds(d, group: j, lookup)
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

  private func checkHolds(_ d: Decision, group j: Int, _ lookup: Lookup) -> Bool {
    guard let donorID = d.donor, let donor = dataSet.donor(donorID), let role = d.role,
      let year = d.year
    else { return false }
    let group = dataSet.groups[j]
    let candidates = (lookup.staffOfDonor[donorID] ?? []).filter { i in
      d.staff.map { $0 == dataSet.staff[i].id } ?? true
    }
    let interests = lookup.interests["\(donorID)|\(group.id)"] ?? []
    var why: String?
    if donor.chairCapacity == 0 {
      why = "donor \(MessageText.quoted(donorID)) holds no seat (chair_capacity 0)"
    } else if let window = interests.first, !interests.contains(where: { $0.covers(year) }) {
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

  /// Each row against the earlier rows of its group that could contradict it, found by key;
  /// each contradiction once, at the later row, naming the first earlier row it contradicts.
  private func checkPairs(_ rows: [Decision]) {
    var earlier: [String: EarlierRows] = [:]
    for d in rows {
      let candidates = earlier[d.group]?.candidates(for: d, donor: donor(of: d)) ?? []
      var reported: Set<String> = []
      for e in candidates.sorted(by: { $0.line < $1.line }) {
        guard let clash = clash(e, d), reported.insert(clash).inserted else { continue }
        error(d, "contradicts line \(e.line): \(clash)")
      }
      earlier[d.group, default: EarlierRows()].add(d, donor: donor(of: d))
    }
  }

  /// The donor a row is about: its own, or its staff member's.
  private func donor(of d: Decision) -> String? {
    d.donor ?? d.staff.flatMap { dataSet.staffMember($0)?.donor }
  }

  /// The rows of one group read so far, by the keys a later row's contradictions need: the
  /// first row of each key, or (holds of a donor) each row.
  private struct EarlierRows {
    var active: [String: Decision] = [:]  // staff
    var notActive: [String: Decision] = [:]  // staff
    var holdsThrough: [String: Decision] = [:]  // staff
    var activeOfDonor: [String: Decision] = [:]
    var leaves: [String: Decision] = [:]  // donor
    var holdsOfDonor: [String: [Decision]] = [:]
    var notHolds: [String: Decision] = [:]  // donor|role|year, blank for any
    var empty: [String: Decision] = [:]  // role|year, blank for any
    var holdsAt: [String: [Decision]] = [:]  // role|year

    static func seat(_ role: SeatRole?, _ year: Int?) -> String {
      "\(role?.rawValue ?? "")|\(year.map(String.init) ?? "")"
    }

    mutating func add(_ d: Decision, donor: String?) {
      func first(_ table: inout [String: Decision], _ key: String?) {
        if let key, table[key] == nil { table[key] = d }
      }
      switch d.kind {
      case .active:
        first(&active, d.staff)
        first(&activeOfDonor, donor)
      case .notActive: first(&notActive, d.staff)
      case .holds:
        first(&holdsThrough, d.staff)
        if let donor { holdsOfDonor[donor, default: []].append(d) }
        holdsAt[Self.seat(d.role, d.year), default: []].append(d)
      case .notHolds: first(&notHolds, donor.map { $0 + "|" + Self.seat(d.role, d.year) })
      case .leaves: first(&leaves, donor)
      case .empty: first(&empty, Self.seat(d.role, d.year))
      }
    }

    /// The earlier rows `d` may contradict (`clash` decides which do).
    func candidates(for d: Decision, donor: String?) -> [Decision] {
      var found: [Decision?] = []
      let staff = d.staff ?? ""
      let of = donor ?? ""
      switch d.kind {
      case .active: found = [notActive[staff], leaves[of]]
      case .notActive: found = [active[staff], holdsThrough[staff]]
      case .holds:
        found = [leaves[of], d.staff.flatMap { notActive[$0] }]
        found += (holdsOfDonor[of] ?? []).filter { $0.year == d.year }
        for role in [d.role, nil] {
          for year in [d.year, nil] {
            found += [notHolds[of + "|" + Self.seat(role, year)], empty[Self.seat(role, year)]]
          }
        }
      case .notHolds:
        found = (holdsOfDonor[of] ?? []).filter {
          d.covers(role: $0.role ?? .focal, year: $0.year ?? 0)
        }
      case .leaves: found = [activeOfDonor[of], holdsOfDonor[of]?.first]
      case .empty:
        for rows in holdsAt.values {
          guard let e = rows.first, d.covers(role: e.role ?? .focal, year: e.year ?? 0) else {
            continue
          }
          found += rows
        }
      }
      return found.compactMap { $0 }
    }
  }

  /// More `holds` of a role in a group-year than the structure has seats: each row beyond,
  /// naming the first row of each other donor.
  private func checkSeatCounts(_ rows: [Decision]) {
    var pinned: [String: [Decision]] = [:]  // group|role|year → first row of each donor
    for d in rows where d.kind == .holds {
      guard let role = d.role, let year = d.year, let group = dataSet.group(d.group) else {
        continue
      }
      let key = "\(d.group)|\(role.rawValue)|\(year)"
      let seats = group.chair.seats.filter { $0 == role }.count
      let mine = pinned[key] ?? []
      let others = mine.filter { $0.donor != d.donor }
      if others.count >= seats {
        let lines = others.map { String($0.line) }.joined(separator: ", ")
        error(
          d,
          "contradicts line\(others.count == 1 ? "" : "s") \(lines): group "
            + "\(MessageText.quoted(d.group)) has \(seats) \(role.rawValue) "
            + "seat\(seats == 1 ? "" : "s") in \(year)")
      }
      if !mine.contains(where: { $0.donor == d.donor }) { pinned[key, default: []].append(d) }
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

  /// Each limit counts what the rows decide, once: a person's groups, a donor's groups, a
  /// donor's seats in a year (rows that name the same membership or seat twice, say with and
  /// without the staff member, count once).
  private func checkLimits(_ rows: [Decision]) {
    var groupsOfStaff: [String: [Decision]] = [:]  // first row of each group
    var daysOfStaff: [String: Double] = [:]
    var groupsOfDonor: [String: [Decision]] = [:]
    var seatsOfDonor: [String: [Decision]] = [:]  // donor|year → first row of each group
    var counted: Set<String> = []
    for d in rows {
      switch d.kind {
      case .active:
        guard let id = d.staff, let person = dataSet.staffMember(id),
          counted.insert("staff|\(id)|\(d.group)").inserted
        else { continue }
        groupsOfStaff[id, default: []].append(d)
        let mine = groupsOfStaff[id] ?? []
        if let m = person.maxGroups, mine.count > m {
          error(
            d,
            "staff \(MessageText.quoted(id)) would be active in \(mine.count) groups "
              + "(max_groups \(m); lines \(lines(mine)))")
        }
        daysOfStaff[id, default: 0] += dataSet.group(d.group)?.memberDays ?? 0
        let needed = daysOfStaff[id] ?? 0
        if needed > person.days + Counting.roundingSlack {
          error(
            d,
            "staff \(MessageText.quoted(id)) would need \(days(needed)) days "
              + "(has \(days(person.days)); lines \(lines(mine)))")
        }
        guard counted.insert("donor|\(person.donor)|\(d.group)").inserted else { continue }
        groupsOfDonor[person.donor, default: []].append(d)
        let donorGroups = groupsOfDonor[person.donor] ?? []
        if let m = dataSet.donor(person.donor)?.maxGroups, donorGroups.count > m {
          error(
            d,
            "donor \(MessageText.quoted(person.donor)) would be active in "
              + "\(donorGroups.count) groups (max_groups \(m); lines \(lines(donorGroups)))")
        }
      case .holds:
        guard let donor = d.donor, let year = d.year,
          counted.insert("seat|\(donor)|\(year)|\(d.group)").inserted
        else { continue }
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

  // MARK: - Lead first

  /// Rules v3, rule 1: a vice or troika seat decided held in a year whose lead is decided
  /// empty cannot hold.
  private func checkLeadFirst(_ rows: [Decision]) {
    var emptyLeads: [String: [Decision]] = [:]  // group → empty rows covering the lead
    for d in rows where d.kind == .empty { emptyLeads[d.group, default: []].append(d) }
    for d in rows where d.kind == .holds && d.role != .focal {
      guard let year = d.year,
        let empty = emptyLeads[d.group]?.first(where: { $0.covers(role: .focal, year: year) })
      else { continue }
      error(
        d,
        "contradicts line \(empty.line): no \(d.role?.rawValue ?? "") seat under an empty lead "
          + "in \(year) (lead first)")
    }
  }

  // MARK: - Term and min term of leads

  /// A lead pinned to one donor for more than `term` consecutive years (today's run counted:
  /// a warning, the years count as overstays), or a new lead pinned and then taken from it
  /// before its `min_term` (an error).
  private func checkTerms(_ rows: [Decision]) {
    let today = Roster(today: dataSet, year: horizon.startYear - 1)
    var leadToday: [String: ChairSeat] = [:]
    for seat in today.seats where seat.role == .focal && leadToday[seat.group] == nil {
      leadToday[seat.group] = seat
    }
    var leads: [String: [Int: Decision]] = [:]  // group|donor → year → row
    var focalHolders: [String: [Decision]] = [:]  // group|year → focal holds
    // What ends a lead early: by group|donor (not-holds, leaves) and by group (empty).
    var endsOfDonor: [String: [Decision]] = [:]
    var emptied: [String: [Decision]] = [:]
    for d in rows {
      switch d.kind {
      case .holds where d.role == .focal:
        guard let donor = d.donor, let year = d.year else { continue }
        leads["\(d.group)|\(donor)", default: [:]][year] = d
        focalHolders["\(d.group)|\(year)", default: []].append(d)
      case .notHolds, .leaves:
        guard let donor = d.donor else { continue }
        endsOfDonor["\(d.group)|\(donor)", default: []].append(d)
      case .empty: emptied[d.group, default: []].append(d)
      default: continue
      }
    }
    for key in leads.keys.sorted() {
      let parts = key.split(separator: "|").map(String.init)
      guard let group = dataSet.group(parts[0]), let byYear = leads[key] else { continue }
      let donor = parts[1]
      let lead = leadToday[group.id]
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
          // Rules v3: the term is a duty to rotate, no hard limit; the task force decided.
          warning(
            d,
            "\(MessageText.quoted(donor)) would lead \(MessageText.quoted(group.id)) "
              + "\(run) years in a row in \(year) (term \(group.term), today's run counted): "
              + "counted as overstay years")
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
            && (focalHolders["\(group.id)|\(year - 1)"] ?? []).contains { $0.donor != donor }
        guard startsAnew else { continue }
        for k in 1..<group.minTerm {
          let later = year + k
          guard horizon.seatYears(of: group).contains(later) else { break }
          let candidates =
            (endsOfDonor[key] ?? []) + (emptied[group.id] ?? [])
            + (focalHolders["\(group.id)|\(later)"] ?? [])
          let stop = candidates.filter { e in
            guard e.line != d.line else { return false }
            switch e.kind {
            case .notHolds, .empty: return e.covers(role: .focal, year: later)
            case .leaves: return true
            case .holds: return e.donor != donor
            default: return false
            }
          }.min { $0.line < $1.line }
          if let stop {
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
