/// Shortfalls of one kind each, as counted by docs/model.md ("What is counted"), and their total.
public struct ShortfallCounts: Sendable, Hashable {
  /// Donors missing below `min_donors`.
  public var donors = 0
  /// Members missing for competency needs.
  public var competency = 0
  /// Linked groups a cross-cutting group does not reach.
  public var links = 0
  /// Chair seats left empty, over every year judged.
  public var chairs = 0

  public init(donors: Int = 0, competency: Int = 0, links: Int = 0, chairs: Int = 0) {
    self.donors = donors
    self.competency = competency
    self.links = links
    self.chairs = chairs
  }

  /// The total shortfall, the planner's first priority.
  public var total: Int { donors + competency + links + chairs }

  /// Adds `other` kind by kind.
  public static func + (a: ShortfallCounts, b: ShortfallCounts) -> ShortfallCounts {
    ShortfallCounts(
      donors: a.donors + b.donors, competency: a.competency + b.competency,
      links: a.links + b.links, chairs: a.chairs + b.chairs)
  }
}
