/// An earlier plan's chair rotation (`plan --previous DIR`): what the task force agreed
/// last time, read back from its report folder.
///
/// Its seats before the new start year are history (today's seats and the term rule); its
/// seats from the start year on are today's commitments: keeping them is no change.
public struct PreviousPlan: Sendable, Hashable {
  /// The report folder it was read from, as given.
  public var folder: String
  /// The earlier plan's horizon (run.json `start_year`, `years`).
  public var horizon: PlanHorizon
  /// Its seats (chair_plan.csv), every year.
  public var seats: [ChairSeat]

  public init(folder: String, horizon: PlanHorizon, seats: [ChairSeat]) {
    self.folder = folder
    self.horizon = horizon
    self.seats = seats
  }

  /// Whether the earlier plan decided the group's seats in `year`.
  public func covers(_ group: WorkingGroup, year: Int) -> Bool {
    horizon.seatYears(of: group).contains(year)
  }

  /// The seats of `role` the earlier plan gave in the group and year; `nil` when it did not
  /// cover that year (an empty list is a seat agreed to stay empty).
  public func seats(_ group: WorkingGroup, year: Int, role: SeatRole) -> [ChairSeat]? {
    guard covers(group, year: year) else { return nil }
    return seats.filter { $0.group == group.id && $0.year == year && $0.role == role }
  }
}
