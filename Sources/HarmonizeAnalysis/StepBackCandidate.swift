/// A donor that could step back from active to attending in an over-populated group
/// (delegated cooperation, silent partnership), with the facts behind its rank.
///
/// Ranking, best candidate first: a donor whose step back would open no new gap (no need,
/// link or donor count falls short) before one that would; then one holding no seat in the
/// group before a seat holder; then the weakest skill fit (fewest of the group's needs its
/// active staff meet, then the lowest sum of their levels on the needed skills); then the
/// highest load (most overloaded elsewhere); then donor id.
public struct StepBackCandidate: Sendable, Hashable {
  public var donor: String
  /// 1 is the best candidate.
  public var rank: Int
  /// Stepping back would open a new shortfall (a need, a link or the donor count).
  public var opensGap: Bool
  /// Holds a chair seat of the group in some roster year.
  public var holdsSeat: Bool
  /// Needs of the group (rows of needs.csv) its active staff meet.
  public var needsMet: Int
  /// Sum over the group's needs of its best active member's level in the skill.
  public var skillLevels: Int
  /// The donor's load (burden / capacity).
  public var load: Double
  /// Among the first `excess` candidates that open no gap: the diagnosis suggests it.
  public var suggested: Bool
}
