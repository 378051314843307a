import HarmonizeData

/// A staff member in a group.
struct StaffGroup: Hashable, Comparable {
  var staff: StaffIndex
  var group: GroupIndex

  static func < (a: StaffGroup, b: StaffGroup) -> Bool {
    (a.group, a.staff) < (b.group, b.staff)
  }
}

/// A donor in a group.
struct DonorGroup: Hashable {
  var donor: DonorIndex
  var group: GroupIndex
}

/// A donor in a plan year.
struct DonorYear: Hashable {
  var donor: DonorIndex
  var year: Int
}

/// A cross-cutting group's link to another group.
struct GroupLink: Hashable {
  var from: GroupIndex
  var to: GroupIndex
}

/// A seat role of a group in a plan year.
struct SeatKey: Hashable, Comparable {
  var group: GroupIndex
  var year: Int
  var role: SeatRole

  static func < (a: SeatKey, b: SeatKey) -> Bool {
    (a.year, a.group, a.role) < (b.year, b.group, b.role)
  }
}

/// Today's holder of a seat role.
struct TodaySeat: Hashable {
  var group: GroupIndex
  var role: SeatRole
  var donor: DonorIndex
  var staff: StaffIndex
  var since: Int
}

/// Position-based facts about a data set that both the model and the start heuristic read:
/// who may join which group, who may hold which seat in which year, and today's state.
///
/// Both sides call the same predicates (`canJoin`, `canHold`), so a start built by the
/// heuristic only ever sets columns the model has.
struct PlanningIndex {
  let data: DataSet
  let startYear: Int
  /// The first plan year and the chair horizon.
  let horizon: PlanHorizon
  /// Every plan year, the longest horizon.
  let years: [Int]
  /// Per group: the plan years in which it has seats (its horizon, while it exists).
  let seatYears: PerGroup<[Int]>
  /// Per staff: the employing donor, `nil` for an unknown donor.
  let donorOf: PerStaff<DonorIndex?>
  /// Per donor: its non-TA staff.
  let staffOf: PerDonor<[StaffIndex]>
  /// Per donor: the sum of its non-TA staff's days.
  let capacity: PerDonor<Double>
  /// Non-TA (staff, group) pairs active today.
  let todayActive: Set<StaffGroup>
  /// Today's roster (`Roster(today:)`, the one builder of "today"): participation, and its
  /// seats in the year before the plan (an earlier plan's where it covered that year).
  let today: Roster
  /// Today's seats, whoever holds them (validity is judged in the plan).
  let todaySeats: [TodaySeat]
  /// Interests, needs, commitments and decisions, which the plan carries for the reports.
  let facts: PlanFacts
  /// Who may be active where (off for a what-if).
  let eligibility: Eligibility

  /// The task force's decisions, by position.
  var decisions: DecisionIndex { facts.decisions }
  /// Per group: its needs.
  var needsOf: PerGroup<[NeedIndex]> { facts.needsOf }

  init(_ data: DataSet, startYear: Int, years: Int, anyGroup: Bool = false) {
    self.data = data
    eligibility = Eligibility(data, open: anyGroup)
    self.startYear = startYear
    let horizon = PlanHorizon(startYear: startYear, years: years)
    self.horizon = horizon
    self.years = horizon.allYears(data.groups)
    seatYears = PerGroup(data.groups) { horizon.seatYears(of: $0) }
    donorOf = PerStaff(data.staff) { data.donorPosition($0.donor) }
    var staffOf = PerDonor<[StaffIndex]>(repeating: [], for: data.donors)
    var capacity = PerDonor<Double>(repeating: 0, for: data.donors)
    for i in data.staff.positions where !data.staff[i].isTechnicalAssistant {
      guard let d = donorOf[i] else { continue }
      staffOf[d].append(i)
      capacity[d] += data.staff[i].days
    }
    self.staffOf = staffOf
    self.capacity = capacity
    let today = Roster(today: data, year: startYear - 1)
    self.today = today
    var active = Set<StaffGroup>()
    for m in today.memberships {
      guard let i = data.staffPosition(m.staff), let j = data.groupPosition(m.group),
        donorOf[i] != nil, m.level == .active, !data.staff[i].isTechnicalAssistant
      else { continue }
      active.insert(StaffGroup(staff: i, group: j))
    }
    todayActive = active
    // A seat held through a technical assistant is still the donor's seat today.
    todaySeats = today.seats.compactMap { seat in
      guard let i = data.staffPosition(seat.staff), let j = data.groupPosition(seat.group),
        let d = data.donorPosition(seat.donor)
      else { return nil }
      return TodaySeat(group: j, role: seat.role, donor: d, staff: i, since: seat.since)
    }
    facts = PlanFacts(data, horizon: horizon)
  }

  /// The non-TA staff of known donors, donor after donor.
  var allStaff: [StaffIndex] { staffOf.values.flatMap { $0 } }

  /// Whether the group exists in the first plan year, so it can have members and needs.
  func isOpen(_ j: GroupIndex) -> Bool { data.groups[j].exists(in: startYear) }

  /// Whether staff `i` may be an active member of group `j` at all (a model column exists):
  /// eligible, a non-TA of a known donor, with the days and the group limits to be a member.
  func canJoin(_ i: StaffIndex, _ j: GroupIndex) -> Bool {
    let s = data.staff[i]
    let g = data.groups[j]
    guard !s.isTechnicalAssistant, let d = donorOf[i], isOpen(j), s.days >= g.memberDays,
      (s.maxGroups ?? 1) > 0, (data.donors[d].maxGroups ?? 1) > 0,
      !decisions.forbidsMembership(StaffGroup(staff: i, group: j), donor: d)
    else { return false }
    return eligibility.allows(staff: i.rawValue, group: j.rawValue)
  }

  /// Whether staff `i` may hold seat role `role` of group `j` in `year` (a model column exists):
  /// a senior non-TA who can join, has the days for membership plus the seat, in the group's
  /// seat years, inside the donor's interest window when it gave one.
  func canHold(_ i: StaffIndex, _ j: GroupIndex, _ year: Int, _ role: SeatRole) -> Bool {
    let s = data.staff[i]
    let g = data.groups[j]
    guard s.canChair, canJoin(i, j), let d = donorOf[i], seatYears[j].contains(year),
      g.chair.seats.contains(role), s.days >= g.memberDays + g.seatDays(role),
      (data.donors[d].chairCapacity ?? 1) > 0,
      decisions.allowsSeat(SeatKey(group: j, year: year, role: role), donor: d, staff: i)
    else { return false }
    if role == .focal, !facts.isCompetentLead(i, j), todayLead(j)?.donor != d,
      !decisions.pinsSeat(SeatKey(group: j, year: year, role: role), donor: d, staff: i)
    {
      return false
    }
    return facts.windowAllows(d, j, year: year)
  }

  /// Whether donor `d` led group `j` in `year`, a year before the plan (today's run, from
  /// its `since`).
  func ledBefore(_ d: DonorIndex, _ j: GroupIndex, _ year: Int) -> Bool {
    guard year < startYear, let today = todayLead(j) else { return false }
    return today.donor == d && year >= today.since
  }

  /// Number of seats of `role` in the group's structure (two `troika` seats in a troika).
  func seatCount(_ j: GroupIndex, _ role: SeatRole) -> Int {
    data.groups[j].chair.seats.filter { $0 == role }.count
  }

  /// Distinct roles of the group's structure, lead first.
  func roles(_ j: GroupIndex) -> [SeatRole] {
    SeatRole.allCases.filter { data.groups[j].chair.seats.contains($0) }
  }

  /// The donors holding seat role `role` of group `j` today.
  func todayHolders(_ j: GroupIndex, _ role: SeatRole) -> Set<DonorIndex> {
    Set(todaySeats.filter { $0.group == j && $0.role == role }.map(\.donor))
  }

  /// The donors an earlier plan (`--previous`) committed to seat role `role` of group `j` in
  /// `year`; `nil` when it did not cover that year.
  func committedHolders(_ j: GroupIndex, _ year: Int, _ role: SeatRole) -> Set<DonorIndex>? {
    facts.committedSeats(j, year, role).map {
      Set($0.compactMap { data.donorPosition($0.donor) })
    }
  }

  /// The staff through whom an earlier plan committed seat role `role` of group `j` in
  /// `year`, sorted; `nil` when it did not cover that year.
  func committedStaff(_ j: GroupIndex, _ year: Int, _ role: SeatRole) -> [StaffIndex]? {
    facts.committedSeats(j, year, role).map {
      $0.compactMap { data.staffPosition($0.staff) }.sorted()
    }
  }

  /// The donors holding seat role `role` of group `j` in the year before `year` as a
  /// constant: today's holders before the first year, an earlier plan's commitment for a
  /// year it covered; `nil` when the plan decides it (the model's own year before).
  func baselineHolders(_ j: GroupIndex, _ year: Int, _ role: SeatRole) -> Set<DonorIndex>? {
    if let committed = committedHolders(j, year, role) { return committed }
    return year == startYear ? todayHolders(j, role) : nil
  }

  /// Today's lead donor of group `j` and the first year of its run, if any.
  func todayLead(_ j: GroupIndex) -> (donor: DonorIndex, since: Int)? {
    todaySeats.first { $0.group == j && $0.role == .focal }.map { ($0.donor, $0.since) }
  }
}
