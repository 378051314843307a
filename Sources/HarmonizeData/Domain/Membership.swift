/// A staff member's place in a working group, as in participation.csv.
public struct Membership: Sendable, Hashable {
  /// How much a member takes part (Mozambique note, 3.1.1 b).
  public enum Level: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Works on specific topics; the only level that counts.
    case active
    /// Takes part in regular meetings, no specific task.
    case attending
    /// On the mailing list only.
    case informed

    /// Position in the order active, attending, informed.
    private var rank: Int {
      switch self {
      case .active: 0
      case .attending: 1
      case .informed: 2
      }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
  }

  public var staff: String
  public var group: String
  public var level: Level
  /// The chair seat the donor holds through this person, if any.
  public var role: SeatRole?
  /// First year the donor has held this seat without a break; `nil` is the year before the plan.
  public var since: Int?

  public init(
    staff: String, group: String, level: Level = .active, role: SeatRole? = nil,
    since: Int? = nil
  ) {
    self.staff = staff
    self.group = group
    self.level = level
    self.role = role
    self.since = since
  }
}
