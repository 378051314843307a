/// A synthetic data set in the CSV contract's format, the same bytes for the same parameters.
///
/// Proportions follow the planning notes: ~40% senior staff, ~7% technical assistants,
/// main groups with troikas and sub-groups, ~10% cross-cutting groups linked to two or three
/// others, a few task forces with an end year, some crowded and some empty groups, and
/// current chair seats that respect the contract.
///
/// Fields follow the bundled data sets: every group needs 1-3 skills and every person holds
/// 1-4 of a vocabulary of twenty, so that a person holds a skill needed by only a small
/// share of the groups (the eligibility rule's "skill-relevant" pairs), and today's
/// participation lies mostly in such groups.
public struct SyntheticDataSet: Sendable {
  /// What to generate; `participation` targets an exact number of participation rows.
  public struct Parameters: Sendable, Hashable {
    public var donors: Int
    public var groups: Int
    public var staff: Int
    public var seed: UInt64
    /// The current year: `since` years lie before or on it, `ends` years on or after it.
    public var year: Int
    /// Participation rows to produce (at most staff × non-empty groups); `nil` gives each
    /// staff member 1 to 5 groups, no more than the groups needing one of their skills.
    public var participation: Int?

    public init(
      donors: Int = 14, groups: Int = 23, staff: Int = 52, seed: UInt64 = 1, year: Int = 2026,
      participation: Int? = nil
    ) {
      self.donors = donors
      self.groups = groups
      self.staff = staff
      self.seed = seed
      self.year = year
      self.participation = participation
    }
  }

  public let parameters: Parameters
  /// File name to CSV text, for every file of the contract.
  public let files: [String: String]

  public init(_ parameters: Parameters) {
    self.parameters = parameters
    var builder = SyntheticBuilder(parameters)
    files = builder.build()
  }
}
