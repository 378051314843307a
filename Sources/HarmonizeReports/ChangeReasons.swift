import HarmonizeAnalysis
import HarmonizeData
import HarmonizePlanning

/// The reasons given for each change, built only from counts the data shows before and
/// after the plan; several reasons are joined with `; `.
enum ChangeReasons {
  /// Said when no single rule explains a change: it is part of a chain of moves (one donor
  /// steps back, another takes its place) that priority 6 settled, the fewest changes among
  /// the plans that meet priorities 1 to 5.
  static let chainOnly =
    "no single rule explains it: part of the chain of moves of the plan with the fewest "
    + "changes (priority 6) among those with the least shortfall, overstays, excess, overload "
    + "and unasked takeovers"

  /// Why a technical assistant is never an active donor member (docs/model.md, "What is
  /// counted").
  static let technicalAssistant =
    "a technical assistant is a government resource person, never counted as a donor member: "
    + "kept informed, not active"

  static func staff(_ row: PlanChanges.StaffRow, context c: PlanChanges.Context) -> String {
    guard let group = c.dataSet.group(row.group) else { return "" }
    switch row.change {
    case .keep: return ""
    case .join, .promote: return joined(arrivalReasons(row, group: group, context: c))
    case .leave, .demote: return joined(departureReasons(row, group: group, context: c))
    }
  }

  private static func arrivalReasons(
    _ row: PlanChanges.StaffRow, group: WorkingGroup, context c: PlanChanges.Context
  ) -> [String] {
    var reasons: [String] = []
    let beforeGroup = c.before.group(group.id)
    let donorsBefore = beforeGroup?.activeDonors ?? []
    if donorsBefore.count < group.minDonors, !donorsBefore.contains(row.donor) {
      reasons.append(
        "group had \(donorsBefore.count) active \(plural(donorsBefore.count, "donor")) of "
          + "\(group.minDonors) needed")
    }
    let person = c.dataSet.staffMember(row.staff)
    for cover in beforeGroup?.needs ?? [] where cover.shortfall > 0 {
      let need = cover.need
      if person?.has(need.skill, atLeast: need.level) == true {
        reasons.append(
          "needs \(need.skill):\(need.level) (\(cover.current) of \(need.count) before)")
      }
    }
    let held = c.plan.seats.filter { $0.staff == row.staff && $0.group == group.id }
    for role in Set(held.map(\.role)).sorted() {
      let years = held.filter { $0.role == role }.map(\.year).sorted()
      reasons.append("holds the \(role.rawValue) seat in \(yearList(years))")
    }
    // Links that were not covered before and that this member now carries.
    let activeAfter = Set(c.after.staffMember(row.staff)?.activeGroups ?? [])
    func uncovered(_ from: String, _ to: String) -> Bool {
      c.before.group(from)?.links.contains { $0.group == to && !$0.covered } ?? false
    }
    for link in group.links.sorted() where activeAfter.contains(link) && uncovered(group.id, link) {
      reasons.append("links \(group.id) to \(link), not covered before")
    }
    for linking in c.dataSet.groups.map(\.id).sorted()
    where activeAfter.contains(linking) && uncovered(linking, group.id) {
      reasons.append("links \(linking) to \(group.id), not covered before")
    }
    if reasons.isEmpty {
      // A place another donor gives up, so that it comes under the ceiling.
      let leaving = (c.before.group(group.id)?.activeDonors ?? []).filter { donor in
        !(c.after.group(group.id)?.activeDonors.contains(donor) ?? false)
      }
      if !leaving.isEmpty {
        reasons.append(
          "takes over the place of \(leaving.joined(separator: ", ")), which steps back")
      }
    }
    return reasons.isEmpty ? [chainOnly] : reasons
  }

  private static func departureReasons(
    _ row: PlanChanges.StaffRow, group: WorkingGroup, context c: PlanChanges.Context
  ) -> [String] {
    var reasons: [String] = []
    if c.dataSet.staffMember(row.staff)?.isTechnicalAssistant == true {
      return [technicalAssistant]
    }
    if !group.exists(in: c.startYear), let ends = group.ends {
      reasons.append("task force ended in \(ends)")
    }
    let donorsBefore = c.before.group(group.id)?.activeDonors.count ?? 0
    if donorsBefore > group.maxDonors {
      reasons.append("group over-populated: \(donorsBefore) donors for \(group.maxDonors)")
    }
    if c.after.group(group.id)?.activeDonors.contains(row.donor) ?? false {
      reasons.append("\(row.donor) stays active in \(group.id) through other staff")
    }
    if let person = c.before.staffMember(row.staff) {
      if person.overDays {
        reasons.append(
          "\(row.staff) was over their days: \(Format.fixed(person.daysUsed)) of "
            + "\(Format.fixed(person.staff.days))")
      }
      if person.overMaxGroups, let most = person.staff.maxGroups {
        reasons.append(
          "\(row.staff) was active in \(person.activeGroups.count) groups, at most \(most)")
      }
    }
    if let opened = openedGap(row, group: group, context: c) { reasons.append(opened) }
    if group.exists(in: c.startYear), let freed = freedFor(row, context: c) {
      reasons.append(freed)
    }
    if let loadBefore = c.before.donor(row.donor)?.load,
      let loadAfter = c.after.donor(row.donor)?.load,
      loadAfter < loadBefore - Counting.roundingSlack
    {
      if let ceiling = c.ceiling, loadBefore > ceiling + Counting.roundingSlack {
        reasons.append(
          "brings \(row.donor) under the load ceiling of \(Format.percent(ceiling)): load "
            + "\(Format.percent(loadBefore)) → \(Format.percent(loadAfter))")
      } else {
        reasons.append(
          "lightens \(row.donor)'s load \(Format.percent(loadBefore)) → "
            + Format.percent(loadAfter))
      }
    }
    return reasons.isEmpty ? [chainOnly] : reasons
  }

  /// A departure after which the group lacks a donor or a skill it had: the gap it opens.
  private static func openedGap(
    _ row: PlanChanges.StaffRow, group: WorkingGroup, context c: PlanChanges.Context
  ) -> String? {
    guard let before = c.before.group(group.id), let after = c.after.group(group.id) else {
      return nil
    }
    var opened: [String] = []
    if after.donorShortfall > before.donorShortfall {
      opened.append("\(after.activeDonors.count) active donors of \(group.minDonors) needed")
    }
    let person = c.dataSet.staffMember(row.staff)
    for cover in after.needs where cover.shortfall > 0 {
      let was = before.needs.first { $0.need == cover.need }?.shortfall ?? 0
      if cover.shortfall > was, person?.has(cover.need.skill, atLeast: cover.need.level) == true {
        opened.append(
          "\(cover.need.skill):\(cover.need.level) \(cover.current) of \(cover.need.count)")
      }
    }
    guard !opened.isEmpty else { return nil }
    return "opens a gap in \(group.id) (" + opened.joined(separator: ", ")
      + "): the person is needed more elsewhere (the least total shortfall)"
  }

  /// Where the person's freed days go in the plan: groups they join or are promoted in, and
  /// seats they take up.
  private static func freedFor(_ row: PlanChanges.StaffRow, context c: PlanChanges.Context)
    -> String?
  {
    let arrivals = c.plan.memberships.filter { m in
      m.staff == row.staff && m.level == .active && m.group != row.group
        && !c.before.roster.memberships.contains {
          $0.staff == row.staff && $0.group == m.group && $0.level == .active
        }
    }.map(\.group).sorted()
    let seats = c.plan.seats.filter { seat in
      seat.staff == row.staff && seat.group != row.group
        && !c.before.roster.seats.contains { $0.staff == row.staff && $0.group == seat.group }
    }
    var uses = arrivals.map { "active in \($0)" }
    for group in Set(seats.map(\.group)).sorted() {
      let years = seats.filter { $0.group == group }.map(\.year).sorted()
      let role = seats.first { $0.group == group }?.role.rawValue ?? ""
      uses.append("\(role) of \(group) in \(yearList(years))")
    }
    guard !uses.isEmpty else { return nil }
    return "frees \(row.staff)'s days for " + uses.joined(separator: ", ")
  }

  static func seat(
    _ row: PlanChanges.SeatRow, previous: ChairSeat?, context c: PlanChanges.Context
  ) -> String {
    var reasons: [String] = []
    let term = c.dataSet.group(row.seat.group)?.term ?? Defaults.term
    switch row.change {
    case .continue where row.committed:
      reasons.append("as agreed in the previous plan")
    case .rotate where row.committed, .new where row.committed:
      let agreed = row.previousDonor.map { "\($0) was to hold it" } ?? "it was to stay empty"
      reasons.append("departs from the previous plan (\(agreed))")
      if let donor = row.previousDonor { reasons.append(departure(donor, row.seat, context: c)) }
    case .continue:
      if row.seat.role == .focal {
        let served = row.seat.year - row.seat.since + 1
        if served > term {
          reasons.append(
            "overstay: year \(served) of a term of \(term); no successor could take over "
              + "(blocked says why)")
        } else {
          reasons.append("year \(served) of a term of \(term)")
        }
      }
    case .rotate:
      if let previous {
        reasons.append(handover(previous, year: row.seat.year, term: term))
      }
    case .new:
      reasons.append("seat was empty in \(row.seat.year - 1)")
    }
    if row.change != .continue, !c.facts.asked(donor: row.seat.donor, group: row.seat.group) {
      reasons.append(
        "\(row.seat.donor) expressed no interest: the task force must ask it (calls.csv)")
    }
    if row.volunteered {
      let rank = c.facts.preferenceRank(
        donor: row.seat.donor, group: row.seat.group, year: row.seat.year)
      reasons.append("volunteered" + (rank.map { " (preference \($0))" } ?? ""))
    }
    return joined(reasons)
  }

  static func release(
    _ previous: ChairSeat?, year: Int, successor: String?, movesTo: SeatRole?,
    committed: Bool = false, context c: PlanChanges.Context
  ) -> String {
    guard let previous, let group = c.dataSet.group(previous.group) else { return "" }
    var reasons: [String] = []
    if committed {
      reasons.append("departs from the previous plan (\(previous.donor) was to hold it)")
    } else if !group.exists(in: year), let ends = group.ends {
      reasons.append("task force ended in \(ends)")
    } else {
      reasons.append(handover(previous, year: year, term: group.term))
    }
    if let movesTo { reasons.append("\(previous.donor) moves to the \(movesTo.rawValue) seat") }
    if successor == nil, group.exists(in: year) { reasons.append("seat left empty") }
    return joined(reasons)
  }

  /// Why a committed donor does not keep its seat: it is no longer active in the group, or
  /// keeping the seat would put it above the plan's load ceiling; else the seat is part of
  /// the chain of moves the fewest-changes plan needs.
  private static func departure(_ donor: String, _ seat: ChairSeat, context c: PlanChanges.Context)
    -> String
  {
    guard let group = c.dataSet.group(seat.group) else { return chainOnly }
    if !(c.after.group(group.id)?.activeDonors.contains(donor) ?? false) {
      return "\(donor) is no longer active in \(group.id)"
    }
    if let ceiling = c.ceiling, let d = c.after.donor(donor), d.capacity > 0 {
      let years = Double(max(1, c.plan.years.count))
      let kept = d.load + group.seatDays(seat.role) / years / d.capacity
      if kept > ceiling + Counting.roundingSlack {
        return "keeping it would put \(donor) above the load ceiling of "
          + "\(Format.percent(ceiling)) (load \(Format.percent(d.load)) → \(Format.percent(kept)))"
      }
    }
    return chainOnly
  }

  /// For a decided lead: the rules v3 lifts for it (competent lead, no comeback) where the
  /// decision breaks them, so the reports say the task force chose it.
  static func liftedRules(_ row: PlanChanges.SeatRow, context c: PlanChanges.Context) -> String? {
    guard row.seat.role == .focal, let group = c.dataSet.group(row.seat.group) else { return nil }
    var lifted: [String] = []
    let todayLead = c.before.roster.seats.first { $0.group == group.id && $0.role == .focal }
    if let person = c.dataSet.staffMember(row.seat.staff),
      !c.facts.isCompetentLead(staff: person.id, group: group.id),
      todayLead?.donor != row.seat.donor
    {
      lifted.append("competent lead (\(person.id) holds no needed skill at its level)")
    }
    let year = row.seat.year
    func led(_ y: Int) -> Bool {
      if y < c.startYear {
        guard let todayLead else { return false }
        return todayLead.donor == row.seat.donor && y >= todayLead.since
      }
      return c.plan.seats.contains {
        $0.group == group.id && $0.year == y && $0.role == .focal && $0.donor == row.seat.donor
      }
    }
    if !led(year - 1), led(year - 2) { lifted.append("no comeback (led in \(year - 2))") }
    guard !lifted.isEmpty else { return nil }
    return "the decision lifts the rule of " + lifted.joined(separator: " and ")
  }

  /// A row the task force decided: its reason and where it was decided.
  static func decided(_ d: Decision, context c: PlanChanges.Context) -> String {
    "decided: \(d.shownReason) (\(c.dataSet.decisionsFile) line \(d.line))"
  }

  /// Why a holder hands a seat over in `year`: the lead's term, or no rule (a choice).
  private static func handover(_ previous: ChairSeat, year: Int, term: Int) -> String {
    let served = year - previous.since
    if previous.role == .focal, served >= term {
      return "term of \(term) \(plural(term, "year")) ended for \(previous.donor)"
    }
    return "\(previous.donor) hands over after \(served) \(plural(served, "year"))"
  }

  /// `2027`, `2027-2029` or `2027, 2029`: consecutive years as a span.
  static func yearList(_ years: [Int]) -> String {
    var parts: [String] = []
    var i = 0
    while i < years.count {
      var j = i
      while j + 1 < years.count, years[j + 1] == years[j] + 1 { j += 1 }
      parts.append(i == j ? "\(years[i])" : "\(years[i])-\(years[j])")
      i = j + 1
    }
    return parts.joined(separator: ", ")
  }

  static func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }

  static func joined(_ reasons: [String]) -> String { reasons.joined(separator: "; ") }
}
