/// A competency a working group needs among its active members.
public struct Need: Sendable, Hashable {
  public var group: String
  public var skill: String
  /// Lowest level that counts, 1 to 3.
  public var level: Int
  /// How many active members must hold the skill at `level` or above.
  public var count: Int

  public init(group: String, skill: String, level: Int = Defaults.needLevel, count: Int = 1) {
    self.group = group
    self.skill = skill
    self.level = level
    self.count = count
  }
}
