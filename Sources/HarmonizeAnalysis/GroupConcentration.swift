/// How concentrated one group's active membership is: its active donors against the EU
/// Code's 3-5 and the Herfindahl index of its active members by donor.
public struct GroupConcentration: Sendable, Hashable {
  /// Where the number of active donors lies against `Concentration.codeDonorRange`.
  public enum Range: String, Sendable, Hashable {
    case below
    case within
    case above
    /// The group does not exist in the roster's first year.
    case closed
  }

  public var group: String
  /// Whether the group exists in the roster's first year.
  public var exists: Bool
  /// Donors active in the group, sorted.
  public var activeDonors: [String]
  /// Active non-TA members.
  public var activeMembers: Int
  /// Herfindahl index (0-10,000) of the active members' `member_days` by donor.
  ///
  /// `nil` without active members. Every member gives the group its `member_days`, so the shares
  /// are the donors' shares of the active members.
  public var herfindahl: Double?
  /// The donor with the most active members (first by id on ties), and its share of them.
  public var largestDonor: String?
  public var largestShare: Double?

  public var range: Range {
    guard exists else { return .closed }
    let n = activeDonors.count
    if n < Concentration.codeDonorRange.lowerBound { return .below }
    return n > Concentration.codeDonorRange.upperBound ? .above : .within
  }

  /// 10,000 / Herfindahl: the number of equally sized donors giving the same index.
  public var effectiveDonors: Double? { herfindahl.map { $0 > 0 ? 10_000 / $0 : 0 } }
}
