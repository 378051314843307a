/// One donor stepping back from one group and the donor that speaks for it there (see
/// `DelegationPartners` for the order in which the partner is chosen).
public struct Delegation: Sendable, Hashable {
  /// The donor stepping back.
  public var donor: String
  public var group: String
  /// The group's pillar, if it has one.
  public var pillar: String?
  /// Its staff stay in the group as attending or informed members (`false`: they leave).
  public var demoted: Bool
  /// Its staff active in the group in the first roster, sorted.
  public var staff: [String]
  /// Skills of the group's needs (rows of needs.csv, in file order) its staff there met.
  public var needsBrought: [String]
  /// Donors active in the group in the second roster, sorted: those who could speak for it.
  public var candidates: [String]
  /// The load ceiling the partner was judged against, if known.
  public var loadCeiling: Double?
  /// The donor that speaks for it; `nil` when no donor is active in the group any more.
  public var partner: String?
  /// Other groups of the pillar where both are active in the second roster, in id order.
  public var sharedPillarGroups: [String] = []
  /// Other groups of the pillar where the partner is active.
  public var partnerPillarGroups = 0
  /// Skills of `needsBrought` the partner's active staff in the group also meet.
  public var needsCarried: [String] = []
  /// The partner's load in the second roster.
  public var partnerLoad: Double?
  /// The partner's load is above `loadCeiling` (it was the best there was).
  public var partnerAboveCeiling = false

  /// No one is left in the group to speak for the donor.
  public var unspoken: Bool { partner == nil }
}
