/// Totals of the groups reporting to one pillar.
public struct PillarDiagnosis: Sendable {
  /// The pillar's name; empty for groups without a pillar.
  public var pillar: String
  /// Its groups, sorted.
  public var groups: [String]
  public var shortfalls: ShortfallCounts
  public var excess: Int
}
