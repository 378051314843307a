/// One validated data set: a country's donors, staff, working groups and who sits where.
///
/// Arrays keep file order; lookups go through the dictionaries built once in `init`.
public struct DataSet: Sendable {
  /// The folder's name (`mozambique`); it names the report folder.
  public var name: String
  public var donors: [Donor]
  public var staff: [StaffMember]
  public var groups: [WorkingGroup]
  public var needs: [Need]
  public var participation: [Membership]
  public var interests: [Interest]
  /// The task force's decisions (decisions.csv or `--decisions FILE`), in file order.
  public var decisions: [Decision]
  /// Where the decisions were read, for messages and reports.
  public var decisionsFile: String
  /// An earlier plan to roll forward (`plan --previous DIR`).
  public var previous: PreviousPlan?
  /// File name to SHA-256 hex digest of every input file read, for the run record.
  public var checksums: [String: String]

  public let donorIndex: [String: Int]
  public let staffIndex: [String: Int]
  public let groupIndex: [String: Int]

  public init(
    name: String, donors: [Donor], staff: [StaffMember], groups: [WorkingGroup],
    needs: [Need] = [], participation: [Membership] = [], interests: [Interest] = [],
    decisions: [Decision] = [], decisionsFile: String = "decisions.csv",
    previous: PreviousPlan? = nil, checksums: [String: String] = [:]
  ) {
    self.name = name
    self.donors = donors
    self.staff = staff
    self.groups = groups
    self.needs = needs
    self.participation = participation
    self.interests = interests
    self.decisions = decisions
    self.decisionsFile = decisionsFile
    self.previous = previous
    self.checksums = checksums
    donorIndex = Dictionary(
      donors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    staffIndex = Dictionary(staff.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    groupIndex = Dictionary(
      groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  public func donor(_ id: String) -> Donor? { donorIndex[id].map { donors[$0] } }
  public func staffMember(_ id: String) -> StaffMember? { staffIndex[id].map { staff[$0] } }
  public func group(_ id: String) -> WorkingGroup? { groupIndex[id].map { groups[$0] } }
}
