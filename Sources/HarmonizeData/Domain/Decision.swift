/// A decision the task force has taken (decisions.csv): a row the plan must keep.
///
/// The source note: focal points "are selected and decided by the members of the donors WGs
/// after interest expressed". A plan keeps every decision as a hard rule and marks what it
/// decides as decided, never as a change the tool chose.
public struct Decision: Sendable, Hashable {
  /// What a row pins or forbids.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// The staff member is active in the group (first plan year).
    case active
    /// The staff member is not active in the group.
    case notActive = "not-active"
    /// The donor holds a seat of the role in the group in the year.
    case holds
    /// The donor holds no seat of the role (any role when blank) in the year (every plan
    /// year when blank).
    case notHolds = "not-holds"
    /// The donor leaves the group: none of its staff is active there, it holds no seat.
    case leaves
    /// The seats of the role (every role when blank) stay empty in the year (every plan
    /// year when blank).
    case empty
  }

  public var kind: Kind
  public var group: String
  /// The staff member (`active`, `not-active`; optionally the person holding a seat).
  public var staff: String?
  /// The donor (`holds`, `not-holds`, `leaves`; the staff member's donor otherwise).
  public var donor: String?
  /// The seat role; `nil` is every role of the group.
  public var role: SeatRole?
  /// The plan year; `nil` is every plan year.
  public var year: Int?
  /// Why the task force decided it, repeated by the reports.
  public var reason: String
  /// The line of the row in the decisions file.
  public var line: Int

  public init(
    kind: Kind, group: String, staff: String? = nil, donor: String? = nil, role: SeatRole? = nil,
    year: Int? = nil, reason: String = "", line: Int = 0
  ) {
    self.kind = kind
    self.group = group
    self.staff = staff
    self.donor = donor
    self.role = role
    self.year = year
    self.reason = reason
    self.line = line
  }

  /// Whether the row applies to seat role `role` in `year` (a blank role or year is every).
  public func covers(role: SeatRole, year: Int) -> Bool {
    (self.role.map { $0 == role } ?? true) && (self.year.map { $0 == year } ?? true)
  }

  /// The reason as the reports show it: "no reason given" when blank.
  public var shownReason: String { reason.isEmpty ? "no reason given" : reason }

  /// Whether the row pins something (rather than forbids it).
  public var pins: Bool { kind == .active || kind == .holds }
}
