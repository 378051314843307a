/// A sector working group, sub-group, cross-cutting group or task force.
public struct WorkingGroup: Sendable, Hashable, Identifiable {
  /// What kind of group it is; `main` sectors get a troika by default.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case main
    case sector
    case crossCutting = "cross-cutting"
    case taskForce = "task-force"
  }

  public var id: String
  public var name: String
  /// The group this sub-group or task force belongs to.
  public var parent: String?
  /// Pillar or cluster the group reports to.
  public var pillar: String?
  public var kind: Kind
  /// Fewest active donors for the group to work; below is a gap.
  public var minDonors: Int
  /// Most active donors before the group is over-populated; above is a duplication.
  public var maxDonors: Int
  public var chair: ChairStructure
  /// Days per month an active member spends on the group.
  public var memberDays: Double
  /// Extra days per month for the lead seat.
  public var chairDays: Double
  /// Extra days per month for a vice or other troika seat.
  public var viceDays: Double
  /// Most consecutive years one donor holds the lead seat.
  public var term: Int
  /// Fewest consecutive years a newly started lead keeps the seat.
  public var minTerm: Int
  /// Groups in each of which a cross-cutting group needs one of its active members.
  public var links: [String]
  /// Last year a time-limited task force exists.
  public var ends: Int?

  public init(
    id: String, name: String? = nil, parent: String? = nil, pillar: String? = nil,
    kind: Kind = .sector, minDonors: Int = Defaults.minDonors,
    maxDonors: Int = Defaults.maxDonors, chair: ChairStructure? = nil,
    memberDays: Double = Defaults.memberDays, chairDays: Double = Defaults.chairDays,
    viceDays: Double = Defaults.viceDays, term: Int = Defaults.term,
    minTerm: Int = Defaults.minTerm, links: [String] = [], ends: Int? = nil
  ) {
    self.id = id
    self.name = name ?? id
    self.parent = parent
    self.pillar = pillar
    self.kind = kind
    self.minDonors = minDonors
    self.maxDonors = maxDonors
    self.chair = chair ?? ChairStructure.default(for: kind)
    self.memberDays = memberDays
    self.chairDays = chairDays
    self.viceDays = viceDays
    self.term = term
    self.minTerm = minTerm
    self.links = links
    self.ends = ends
  }

  /// Whether the group exists in `year` (a task force ends after its `ends` year).
  public func exists(in year: Int) -> Bool { ends.map { year <= $0 } ?? true }

  /// Days per month a seat of `role` costs its holder on top of membership.
  public func seatDays(_ role: SeatRole) -> Double {
    role == .focal ? chairDays : viceDays
  }
}
