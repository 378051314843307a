/// Who may be active where: the source note's test of "clear professional impact"
/// (docs/model.md, "Who may be active where").
///
/// A non-TA staff member may be active in a group only when at least one holds:
/// 1. they are a member of the group today, at any level;
/// 2. they hold a skill the group needs (any row of needs.csv for it, at any level);
/// 3. the group is linked from a cross-cutting group for which they meet 1 or 2;
/// 4. the group lists no needs at all.
///
/// `open` switches the rule off (anyone may join any group), for a what-if.
public struct Eligibility: Sendable {
  /// Why a staff member may be active in a group, by clause.
  public enum Reason: String, Sendable, Comparable {
    case memberToday = "member today"
    case skill = "holds a needed skill"
    case linkedTheme = "carries a linked cross-cutting theme"
    case noNeeds = "the group lists no needs"
    case ruleOff = "eligibility rule off"

    public static func < (a: Reason, b: Reason) -> Bool { a.order < b.order }
    private var order: Int {
      switch self {
      case .memberToday: 0
      case .skill: 1
      case .linkedTheme: 2
      case .noNeeds: 3
      case .ruleOff: 4
      }
    }
  }

  public let isOpen: Bool
  private let dataSet: DataSet
  /// Per group index: the skills its needs name.
  private let neededSkills: [Set<String>]
  /// Per group index: the cross-cutting groups that link to it.
  private let linkedFrom: [[Int]]
  /// (staff index, group index) pairs in today's participation, any level.
  private let membersToday: Set<StaffGroup>

  private struct StaffGroup: Hashable {
    var staff: Int
    var group: Int
  }

  public init(_ dataSet: DataSet, open: Bool = false) {
    self.dataSet = dataSet
    isOpen = open
    var skills = Array(repeating: Set<String>(), count: dataSet.groups.count)
    for need in dataSet.needs {
      if let j = dataSet.groupIndex[need.group] { skills[j].insert(need.skill) }
    }
    neededSkills = skills
    var linked = Array(repeating: [Int](), count: dataSet.groups.count)
    for (j, g) in dataSet.groups.enumerated() where g.kind == .crossCutting {
      for id in Set(g.links).sorted() {
        if let l = dataSet.groupIndex[id], l != j { linked[l].append(j) }
      }
    }
    linkedFrom = linked
    var today = Set<StaffGroup>()
    for m in dataSet.participation {
      guard let i = dataSet.staffIndex[m.staff], let j = dataSet.groupIndex[m.group] else {
        continue
      }
      today.insert(StaffGroup(staff: i, group: j))
    }
    membersToday = today
  }

  /// Whether the group lists no needs (anyone may join; `validate` warns about it).
  public func hasNoNeeds(group j: Int) -> Bool { neededSkills[j].isEmpty }

  /// The first clause that lets staff `i` be active in group `j` (by index), or `nil`.
  public func reason(staff i: Int, group j: Int) -> Reason? {
    if let direct = directReason(staff: i, group: j) { return direct }
    if linkedFrom[j].contains(where: { directReason(staff: i, group: $0) != nil }) {
      return .linkedTheme
    }
    if neededSkills[j].isEmpty { return .noNeeds }
    return isOpen ? .ruleOff : nil
  }

  /// Whether staff `i` may be active in group `j` (by index).
  public func allows(staff i: Int, group j: Int) -> Bool { reason(staff: i, group: j) != nil }

  /// Clauses 1 and 2: a member today, or a holder of a needed skill.
  private func directReason(staff i: Int, group j: Int) -> Reason? {
    if membersToday.contains(StaffGroup(staff: i, group: j)) { return .memberToday }
    let skills = dataSet.staff[i].skills
    return neededSkills[j].contains(where: { skills[$0] != nil }) ? .skill : nil
  }
}
