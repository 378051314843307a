/// The years a plan covers: its first year and its chair horizon.
///
/// The staff distribution is for the first year; seats run over the horizon
/// (docs/model.md, "What is counted").
public struct PlanHorizon: Sendable, Hashable {
  public var startYear: Int
  /// The chair horizon of groups that are not `main`.
  public var years: Int

  public init(startYear: Int, years: Int = Defaults.horizon) {
    self.startYear = startYear
    self.years = years
  }

  /// The group's chair horizon: `years`, and at least `Defaults.mainHorizon` for a main group.
  public func length(of group: WorkingGroup) -> Int {
    group.kind == .main ? max(years, Defaults.mainHorizon) : years
  }

  /// The plan years in which the group has seats: its horizon while it exists; none
  /// without a chair structure.
  public func seatYears(of group: WorkingGroup) -> [Int] {
    guard !group.chair.seats.isEmpty else { return [] }
    return (startYear..<(startYear + length(of: group))).filter { group.exists(in: $0) }
  }

  /// Every plan year: the longest horizon of `groups`.
  public func allYears(_ groups: [WorkingGroup]) -> [Int] {
    let longest = max(1, groups.map { length(of: $0) }.max() ?? years)
    return Array(startYear..<(startYear + longest))
  }
}
