/// How one donor spreads its staff over the groups: active groups against its limit, days
/// per active group, the share of its three largest groups, and whether it is "active in
/// many, proactive in few".
public struct DonorConcentration: Sendable, Hashable {
  public var donor: String
  /// Groups where it is active, sorted.
  public var activeGroups: [String]
  /// Its `max_groups`, or `Concentration.codeGroupLimit` (3, the EU Code's figure) without one.
  public var limit: Int
  /// Whether `limit` is the donor's own `max_groups` rather than the EU Code's figure.
  public var limitFromData: Bool
  /// Days per month its staff give the groups where it is active (`member_days` per active
  /// member and the days of its seats in the first year; no other duties).
  public var groupDays: Double
  /// Share of `groupDays` in its three largest groups; `nil` without group days.
  public var topShare: Double?
  /// Active groups where it has a task: a chair seat in the first year, or an active member
  /// meeting one of the group's needs (sorted).
  public var proactiveGroups: [String]

  /// Active groups beyond its limit.
  public var overLimit: Int { max(0, activeGroups.count - limit) }
  /// `groupDays` per active group; 0 when it is active nowhere.
  public var daysPerGroup: Double {
    activeGroups.isEmpty ? 0 : groupDays / Double(activeGroups.count)
  }
  /// Active groups without a task: no seat, and no active member meets a need of the group
  /// (the Mozambique note's "attending member", in effect, though listed as active).
  public var passiveGroups: [String] {
    let proactive = Set(proactiveGroups)
    return activeGroups.filter { !proactive.contains($0) }
  }
  /// "Active in many, proactive in few": active in more groups than its limit, and in more of
  /// them without a task than with one.
  public var spreadThin: Bool {
    overLimit > 0 && passiveGroups.count > proactiveGroups.count
  }
}
