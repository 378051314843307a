/// A donor institution (development partner) that sends staff to working groups.
public struct Donor: Sendable, Hashable, Identifiable {
  public var id: String
  public var name: String
  /// Member of the main budget-support donor group (G19 / PAP).
  public var isG19: Bool
  /// Most chair seats (any group) the donor can hold in one year; `nil` is no limit of its own.
  public var chairCapacity: Int?
  /// Days per month already spent on coordination outside the groups; part of the burden.
  public var otherDuties: Double
  /// Most groups in which the donor may be active; `nil` is no limit.
  public var maxGroups: Int?

  public init(
    id: String, name: String? = nil, isG19: Bool = false, chairCapacity: Int? = nil,
    otherDuties: Double = 0, maxGroups: Int? = nil
  ) {
    self.id = id
    self.name = name ?? id
    self.isG19 = isG19
    self.chairCapacity = chairCapacity
    self.otherDuties = otherDuties
    self.maxGroups = maxGroups
  }
}
