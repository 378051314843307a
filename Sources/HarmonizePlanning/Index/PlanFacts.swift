import HarmonizeData

/// What the planner knows about each seat and membership before it solves: who asked for a
/// group and with what preference, what an earlier plan committed, and which of the task
/// force's decisions settles a seat or a membership.
///
/// Built once with the planner's index, which reads it by position for the model's columns
/// and rows; a plan carries it (`Plan.facts`) so that the reports quote the same facts by id
/// instead of deriving them again.
public struct PlanFacts: Sendable {
  /// The first plan year and the chair horizon.
  public let horizon: PlanHorizon
  /// The first plan year.
  public var startYear: Int { horizon.startYear }
  let data: DataSet
  /// The task force's decisions, by position.
  let decisions: DecisionIndex
  /// Per group: its needs.
  let needsOf: PerGroup<[NeedIndex]>
  /// interests.csv rows by donor and group.
  private let interestRows: [DonorGroup: [Interest]]

  /// The facts of `data` for a plan whose first year and horizon are `horizon`'s.
  public init(_ data: DataSet, horizon: PlanHorizon) {
    self.data = data
    self.horizon = horizon
    decisions = DecisionIndex(data, horizon: horizon)
    var needsOf = PerGroup<[NeedIndex]>(repeating: [], for: data.groups)
    for n in data.needs.positions {
      if let j = data.groupPosition(data.needs[n].group) { needsOf[j].append(n) }
    }
    self.needsOf = needsOf
    var rows: [DonorGroup: [Interest]] = [:]
    for row in data.interests {
      guard let d = data.donorPosition(row.donor), let j = data.groupPosition(row.group) else {
        continue
      }
      rows[DonorGroup(donor: d, group: j), default: []].append(row)
    }
    interestRows = rows
  }

  // MARK: By position (the model and the start)

  /// Rules v3, rule 5: a lead holds one of the group's needs.csv skills at that row's level
  /// (any senior when the group lists no needs).
  func isCompetentLead(_ i: StaffIndex, _ j: GroupIndex) -> Bool {
    let needs = needsOf[j]
    return needs.isEmpty || needs.contains { Counting.meets(data.staff[i], data.needs[$0]) }
  }

  /// Whether the donor gave interests.csv rows for the group: a seat it takes over there is
  /// asked for (rules v3, rule 4).
  func asked(_ d: DonorIndex, _ j: GroupIndex) -> Bool {
    interestRows[DonorGroup(donor: d, group: j)] != nil
  }

  /// A donor that gave interest rows for a group takes a seat there only inside one of them;
  /// a donor without rows may still be chosen.
  func windowAllows(_ d: DonorIndex, _ j: GroupIndex, year: Int) -> Bool {
    guard let rows = interestRows[DonorGroup(donor: d, group: j)] else { return true }
    return rows.contains { $0.covers(year) }
  }

  /// The best (smallest) preference rank of the donor's interest rows for the group covering
  /// `year`, if any.
  func preferenceRank(_ d: DonorIndex, _ j: GroupIndex, year: Int) -> Int? {
    interestRows[DonorGroup(donor: d, group: j)]?.filter { $0.covers(year) }.map(\.preference)
      .min()
  }

  /// An earlier plan's (`--previous`) seats of role `role` of group `j` in a plan year it
  /// covered; `nil` for a year it did not cover.
  func committedSeats(_ j: GroupIndex, _ year: Int, _ role: SeatRole) -> [ChairSeat]? {
    guard year >= startYear else { return nil }
    return data.previous?.seats(data.groups[j], year: year, role: role)
  }

  // MARK: By id (the reports)

  /// Whether the staff member holds one of the group's needed skills at its level, so may
  /// lead it (rules v3, rule 5; any senior when the group lists no needs).
  public func isCompetentLead(staff: String, group: String) -> Bool {
    guard let i = data.staffPosition(staff), let j = data.groupPosition(group) else {
      return false
    }
    return isCompetentLead(i, j)
  }

  /// The donor's interests.csv rows for the group, in file order.
  public func interests(donor: String, group: String) -> [Interest] {
    place(donor, group).flatMap { interestRows[$0] } ?? []
  }

  /// Whether the donor gave interests.csv rows for the group at all.
  public func asked(donor: String, group: String) -> Bool {
    place(donor, group).map { asked($0.donor, $0.group) } ?? false
  }

  /// Whether one of the donor's interest rows for the group covers `year`.
  public func volunteered(donor: String, group: String, year: Int) -> Bool {
    interests(donor: donor, group: group).contains { $0.covers(year) }
  }

  /// Whether the donor's interest window lets it take a seat of the group in `year`.
  public func windowAllows(donor: String, group: String, year: Int) -> Bool {
    place(donor, group).map { windowAllows($0.donor, $0.group, year: year) } ?? true
  }

  /// The best preference rank of the donor's interest rows for the group covering `year`.
  public func preferenceRank(donor: String, group: String, year: Int) -> Int? {
    place(donor, group).flatMap { preferenceRank($0.donor, $0.group, year: year) }
  }

  /// The seats an earlier plan (`--previous`) agreed for the group in `year`, by role, when it
  /// covered that year of the plan; `nil` otherwise.
  public func commitments(group id: String, year: Int) -> [SeatRole: [ChairSeat]]? {
    guard year >= startYear, let previous = data.previous, let j = data.groupPosition(id),
      previous.covers(data.groups[j], year: year)
    else { return nil }
    var result: [SeatRole: [ChairSeat]] = [:]
    for role in Set(data.groups[j].chair.seats) {
      result[role] = committedSeats(j, year, role) ?? []
    }
    return result
  }

  /// The decision that puts the seat's donor in it (`holds`), if any.
  public func decision(holding seat: ChairSeat) -> Decision? {
    guard let j = data.groupPosition(seat.group), let d = data.donorPosition(seat.donor) else {
      return nil
    }
    return decisions.pin(SeatKey(group: j, year: seat.year, role: seat.role), donor: d)
  }

  /// The decision that keeps `donor` out of seat role `role` of the group in `year` (`not-holds`,
  /// `empty` or `leaves`; the first in the file), if any.
  public func decision(keeping donor: String, from role: SeatRole, of group: String, year: Int)
    -> Decision?
  {
    guard let j = data.groupPosition(group) else { return nil }
    let key = SeatKey(group: j, year: year, role: role)
    return decisions.barring(key, donor: data.donorPosition(donor))
  }

  /// The decision that leaves seat role `role` of the group empty in `year`, if any.
  public func emptyDecision(group: String, role: SeatRole, year: Int) -> Decision? {
    guard let j = data.groupPosition(group) else { return nil }
    return decisions.barring(SeatKey(group: j, year: year, role: role), donor: nil)
  }

  /// The decision that settles whether the staff member is active in the group (`active`,
  /// `not-active`, or its donor `leaves`), if any.
  public func decision(membershipOf staff: String, in group: String) -> Decision? {
    guard let i = data.staffPosition(staff), let j = data.groupPosition(group) else {
      return nil
    }
    let donor = data.donorPosition(data.staff[i].donor)
    return decisions.settling(StaffGroup(staff: i, group: j), donor: donor)
  }

  private func place(_ donor: String, _ group: String) -> DonorGroup? {
    guard let d = data.donorPosition(donor), let j = data.groupPosition(group) else {
      return nil
    }
    return DonorGroup(donor: d, group: j)
  }
}
