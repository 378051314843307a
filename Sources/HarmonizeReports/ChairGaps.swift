import HarmonizeAnalysis
import HarmonizeData
import HarmonizePlanning

/// Every seat-year a plan leaves empty and every overstay year, with the donors that could
/// have held it and what stops each (docs/model.md, "Chair rotation (rules v3)").
///
/// The blockers are the hard rules read off the plan: a donor is a candidate when one of its
/// non-TA staff may be active in the group (eligibility); what stops it is said in the rules'
/// words, the first that applies to all of its people.
struct ChairGaps: Sendable {
  /// A donor that could have held the seat, and what stops it (empty: nothing but the
  /// priorities before, such as a seat or gap it would open elsewhere).
  struct Candidate: Sendable, Hashable {
    var donor: String
    var blockers: [String]
  }

  /// An empty seat-year or an overstay year.
  struct Item: Sendable, Hashable {
    enum Kind: String, Sendable { case empty, overstay }
    var kind: Kind
    var group: String
    var year: Int
    var role: SeatRole
    /// For an overstay: the donor that stays, and its years past the term by this year.
    var holder: String?
    var yearsPast = 0
    var candidates: [Candidate]
    /// A decision that leaves the seat empty, if any.
    var decision: Decision?

    /// No donor in the data set has anyone who may hold it.
    var needsOutside: Bool { candidates.isEmpty && decision == nil }

    /// The `blocked` column of chair_plan.csv and the summary's line.
    var blocked: String {
      if let decision { return "decided empty (line \(decision.line)): \(decision.shownReason)" }
      if candidates.isEmpty { return Self.outside }
      return candidates.map { c in
        c.donor + ": "
          + (c.blockers.isEmpty
            ? "free, but taking it would cost a higher priority"
            : c.blockers.joined(separator: ", "))
      }.joined(separator: "; ")
    }

    static let outside = "needs someone from outside: no one in the data set may hold it"
  }

  /// Sorted by group, year, role, kind.
  private(set) var items: [Item] = []

  /// `after` is the plan judged by the rules: its seat years are the groups' horizons.
  init(dataSet: DataSet, after: Diagnosis, today: Roster, facts: PlanFacts, anyGroup: Bool) {
    let plan = after.roster
    let rules = SeatRules(
      dataSet: dataSet, plan: plan, today: today, facts: facts, anyGroup: anyGroup)
    for group in dataSet.groups.sorted(by: { $0.id < $1.id }) where group.chair != .none {
      let years = after.group(group.id)?.seats.map(\.year) ?? []
      for year in years.sorted() {
        let held = plan.seats.filter { $0.group == group.id && $0.year == year }
        for role in SeatRole.allCases where group.chair.seats.contains(role) {
          let needed = group.chair.seats.filter { $0 == role }.count
          let holders = held.filter { $0.role == role }
          for _ in holders.count..<max(holders.count, needed) {
            items.append(rules.empty(group, year, role))
          }
          if role == .focal, let lead = holders.first {
            let past = rules.yearsPastTerm(group, lead.donor, year)
            if past > 0 { items.append(rules.overstay(group, year, lead.donor, past: past)) }
          }
        }
      }
    }
  }

  /// The items of seat (group, year, role): empty seats, then an overstay.
  func items(_ group: String, _ year: Int, _ role: SeatRole) -> [Item] {
    items.filter { $0.group == group && $0.year == year && $0.role == role }
  }

  /// The overstay of group `group`'s lead in `year`, if it is one.
  func overstay(_ group: String, _ year: Int) -> Item? {
    items.first { $0.kind == .overstay && $0.group == group && $0.year == year }
  }
}

/// The hard rules a seat-year is read against, on a plan's roster.
private struct SeatRules {
  let dataSet: DataSet
  let plan: Roster
  /// Interests, competence and decisions, as the planner read them.
  let facts: PlanFacts
  let eligibility: Eligibility
  /// Today's lead (donor and first year of its run) by group.
  let todayLead: [String: ChairSeat]
  /// Active staff per group in the plan.
  let active: [String: Set<String>]
  /// Groups each donor is active in, in the plan.
  let donorGroups: [String: Set<String>]

  init(dataSet: DataSet, plan: Roster, today: Roster, facts: PlanFacts, anyGroup: Bool) {
    self.dataSet = dataSet
    self.plan = plan
    self.facts = facts
    eligibility = Eligibility(dataSet, open: anyGroup)
    var lead: [String: ChairSeat] = [:]
    for seat in today.seats where seat.role == .focal { lead[seat.group] = seat }
    todayLead = lead
    var active: [String: Set<String>] = [:]
    var donorGroups: [String: Set<String>] = [:]
    for m in plan.memberships where m.level == .active {
      active[m.group, default: []].insert(m.staff)
      if let donor = dataSet.staffMember(m.staff)?.donor {
        donorGroups[donor, default: []].insert(m.group)
      }
    }
    self.active = active
    self.donorGroups = donorGroups
  }

  /// Whether the donor leads the group in `year` (today's run before the plan).
  func leads(_ donor: String, _ group: String, _ year: Int) -> Bool {
    if let first = plan.years.first, year < first {
      guard let lead = todayLead[group] else { return false }
      return lead.donor == donor && year >= lead.since
    }
    return plan.seats.contains {
      $0.group == group && $0.year == year && $0.role == .focal && $0.donor == donor
    }
  }

  /// The donor's lead years of the group past its term by `year` (rule 3: in the last
  /// `term + 1` years, today's run counted).
  func yearsPastTerm(_ group: WorkingGroup, _ donor: String, _ year: Int) -> Int {
    var run = 0
    var y = year
    while leads(donor, group.id, y) {
      run += 1
      y -= 1
    }
    return max(0, run - group.term)
  }

  func empty(_ group: WorkingGroup, _ year: Int, _ role: SeatRole) -> ChairGaps.Item {
    let decision = facts.emptyDecision(group: group.id, role: role, year: year)
    return ChairGaps.Item(
      kind: .empty, group: group.id, year: year, role: role,
      candidates: candidates(group, year, role, except: nil), decision: decision)
  }

  func overstay(_ group: WorkingGroup, _ year: Int, _ holder: String, past: Int)
    -> ChairGaps.Item
  {
    ChairGaps.Item(
      kind: .overstay, group: group.id, year: year, role: .focal, holder: holder,
      yearsPast: past, candidates: candidates(group, year, .focal, except: holder))
  }

  /// The donors with someone who may be active in the group, each with what stops it.
  private func candidates(_ group: WorkingGroup, _ year: Int, _ role: SeatRole, except: String?)
    -> [ChairGaps.Candidate]
  {
    guard let j = dataSet.groupIndex[group.id] else { return [] }
    var people: [String: [StaffMember]] = [:]
    for (i, s) in dataSet.staff.enumerated()
    where !s.isTechnicalAssistant && dataSet.donor(s.donor) != nil
      && eligibility.allows(staff: i, group: j)
    {
      people[s.donor, default: []].append(s)
    }
    return people.keys.sorted().filter { $0 != except }.map { donor in
      ChairGaps.Candidate(
        donor: donor, blockers: blockers(donor, people[donor] ?? [], group, year, role))
    }
  }

  /// What stops the donor from holding the seat, in the rules' words.
  private func blockers(
    _ donor: String, _ people: [StaffMember], _ group: WorkingGroup, _ year: Int, _ role: SeatRole
  ) -> [String] {
    if let d = facts.decision(keeping: donor, from: role, of: group.id, year: year) {
      return ["decided (line \(d.line))"]
    }
    let seniors = people.filter(\.canChair)
    guard !seniors.isEmpty else { return ["not senior"] }
    var able = seniors
    if role == .focal, todayLead[group.id]?.donor != donor {
      able = seniors.filter { facts.isCompetentLead(staff: $0.id, group: group.id) }
      if able.isEmpty {
        let needs = dataSet.needs.filter { $0.group == group.id }
        let asked = needs.map { "\($0.skill):\($0.level)" }.sorted().joined(separator: " or ")
        return ["no needed skill at the level (\(asked))"]
      }
    }
    var reasons: [String] = []
    if !facts.windowAllows(donor: donor, group: group.id, year: year) {
      reasons.append("outside its interest window")
    }
    let mine = plan.seats.filter { $0.donor == donor && $0.year == year }
    if let other = mine.first(where: { $0.group == group.id }) {
      reasons.append("holds the \(other.role.rawValue) seat in the group")
    }
    if role != .focal,
      !plan.seats.contains(where: { $0.group == group.id && $0.year == year && $0.role == .focal })
    {
      reasons.append("the lead seat is empty (lead first)")
    }
    if role == .focal, !leads(donor, group.id, year - 1), leads(donor, group.id, year - 2) {
      reasons.append("a comeback (led in \(year - 2))")
    }
    if let cap = dataSet.donor(donor)?.chairCapacity, mine.count >= cap {
      reasons.append("chair_capacity \(cap) reached in \(year)")
    }
    let member = able.contains { active[group.id]?.contains($0.id) ?? false }
    let groups = donorGroups[donor]?.count ?? 0
    if !member, let most = dataSet.donor(donor)?.maxGroups, groups >= most,
      !(donorGroups[donor]?.contains(group.id) ?? false)
    {
      reasons.append("max_groups \(most) reached")
    }
    if reasons.isEmpty,
      let shortest = able.map({ ($0, daysShort($0, group, year, role)) })
        .min(by: { ($0.1, $0.0.id) < ($1.1, $1.0.id) }), shortest.1 > Counting.roundingSlack
    {
      reasons.append(
        "days (\(shortest.0.id) has \(Format.fixed(shortest.0.days - used(shortest.0, year)))"
          + " of \(Format.fixed(need(shortest.0, group, role))) free in \(year))")
    }
    return reasons
  }

  /// Days per month the person has spent in `year` in the plan.
  private func used(_ s: StaffMember, _ year: Int) -> Double {
    var total = 0.0
    for m in plan.memberships where m.staff == s.id && m.level == .active {
      if let g = dataSet.group(m.group), g.exists(in: year) { total += g.memberDays }
    }
    for seat in plan.seats where seat.staff == s.id && seat.year == year {
      total += dataSet.group(seat.group)?.seatDays(seat.role) ?? 0
    }
    return total
  }

  /// Days the seat would cost the person: the seat, and the membership if not active yet.
  private func need(_ s: StaffMember, _ group: WorkingGroup, _ role: SeatRole) -> Double {
    let member = active[group.id]?.contains(s.id) ?? false
    return group.seatDays(role) + (member ? 0 : group.memberDays)
  }

  private func daysShort(_ s: StaffMember, _ group: WorkingGroup, _ year: Int, _ role: SeatRole)
    -> Double
  {
    max(0, used(s, year) + need(s, group, role) - s.days)
  }
}
