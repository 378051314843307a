/// A person working for a donor who can sit in working groups.
public struct StaffMember: Sendable, Hashable, Identifiable {
  public var id: String
  /// Id of the employing donor.
  public var donor: String
  public var name: String
  /// Days per month the person can give to working groups.
  public var days: Double
  /// Most groups in which the person may be an active member; `nil` is no limit.
  public var maxGroups: Int?
  /// Skill id to level, 1 (basic) to 3 (expert).
  public var skills: [String: Int]
  /// Senior enough to act as focal point or lead facilitator.
  public var isSenior: Bool
  /// A technical assistant embedded in government: never a donor member, never a chair.
  public var isTechnicalAssistant: Bool

  public init(
    id: String, donor: String, name: String? = nil, days: Double = Defaults.staffDays,
    maxGroups: Int? = nil, skills: [String: Int] = [:], isSenior: Bool = false,
    isTechnicalAssistant: Bool = false
  ) {
    self.id = id
    self.donor = donor
    self.name = name ?? id
    self.days = days
    self.maxGroups = maxGroups
    self.skills = skills
    self.isSenior = isSenior
    self.isTechnicalAssistant = isTechnicalAssistant
  }

  /// Whether the person holds `skill` at `level` or above.
  public func has(_ skill: String, atLeast level: Int) -> Bool {
    (skills[skill] ?? 0) >= level
  }

  /// Whether the person may hold a chair seat: senior and not a technical assistant.
  public var canChair: Bool { isSenior && !isTechnicalAssistant }
}
