import HarmonizeData
import Testing

/// Generated needs, skills and participation look like the bundled data sets': each person
/// may work in a small share of the groups, and mostly does.
@Suite("Synthetic fields: needs, skills and who may be active where")
struct SyntheticFieldsTests {
  /// The sizes of the planning notes: Mozambique in 2009, a harder set, a small one.
  static let cases: [(donors: Int, groups: Int, staff: Int, seed: UInt64)] =
    [(25, 28, 360), (40, 60, 300), (8, 10, 30)].flatMap { size in
      (1...5).map { (size.0, size.1, size.2, UInt64($0)) }
    } + [(14, 23, 52, 1)]

  private func load(_ donors: Int, _ groups: Int, _ staff: Int, _ seed: UInt64) throws
    -> DataSet
  {
    let generated = SyntheticDataSet(
      .init(donors: donors, groups: groups, staff: staff, seed: seed))
    let result = DataSetLoader.load(files: generated.files, name: "fields")
    #expect(result.problems.map(\.description) == [])
    return try #require(result.dataSet)
  }

  @Test("every group needs 1 to 3 skills; every staff member holds 1 to 4", arguments: cases)
  func needsAndSkills(_ size: (donors: Int, groups: Int, staff: Int, seed: UInt64)) throws {
    let dataSet = try load(size.donors, size.groups, size.staff, size.seed)
    var needed: [String: Set<String>] = [:]
    for need in dataSet.needs { needed[need.group, default: []].insert(need.skill) }
    for group in dataSet.groups {
      #expect((1...3).contains(needed[group.id]?.count ?? 0), "\(group.id)")
    }
    #expect(dataSet.needs.count == Set(dataSet.needs.map { "\($0.group) \($0.skill)" }).count)
    for person in dataSet.staff where !person.isTechnicalAssistant {
      #expect((1...4).contains(person.skills.count), "\(person.id)")
    }
  }

  @Test("skills come from a vocabulary of about twenty")
  func vocabulary() throws {
    let dataSet = try load(20, 60, 1000, 3)
    let held = Set(dataSet.staff.flatMap(\.skills.keys))
    let needed = Set(dataSet.needs.map(\.skill))
    #expect((18...22).contains(held.union(needed).count))
    #expect(needed.isSubset(of: held))
  }

  @Test(
    "about one (staff, group) pair in five to ten is skill-relevant", arguments: cases)
  func skillRelevantShare(_ size: (donors: Int, groups: Int, staff: Int, seed: UInt64)) throws {
    var dataSet = try load(size.donors, size.groups, size.staff, size.seed)
    // Without today's members, `.skill` is the first reason of every skill-relevant pair.
    dataSet.participation = []
    let eligibility = Eligibility(dataSet)
    var pairs = 0
    var relevant = 0
    for i in dataSet.staff.indices where !dataSet.staff[i].isTechnicalAssistant {
      for j in dataSet.groups.indices {
        pairs += 1
        if eligibility.reason(staff: i, group: j) == .skill { relevant += 1 }
      }
    }
    let share = Double(relevant) / Double(max(1, pairs))
    #expect((0.08...0.25).contains(share), "share \(share)")
  }

  @Test("today's active members mostly hold a skill their group needs", arguments: cases)
  func activeInField(_ size: (donors: Int, groups: Int, staff: Int, seed: UInt64)) throws {
    let dataSet = try load(size.donors, size.groups, size.staff, size.seed)
    var needed: [String: Set<String>] = [:]
    for need in dataSet.needs { needed[need.group, default: []].insert(need.skill) }
    let active = dataSet.participation.filter { $0.level == .active }
    let inField = active.filter { membership in
      let skills = dataSet.staffMember(membership.staff)?.skills ?? [:]
      return needed[membership.group, default: []].contains { skills[$0] != nil }
    }
    #expect(!active.isEmpty)
    #expect(Double(inField.count) >= 0.9 * Double(active.count))
  }

  @Test("cross-cutting groups need skills and link to two or three other groups")
  func crossCutting() throws {
    let dataSet = try load(25, 60, 300, 4)
    let themes = dataSet.groups.filter { $0.kind == .crossCutting }
    #expect(!themes.isEmpty)
    for theme in themes {
      #expect(dataSet.needs.contains { $0.group == theme.id })
      #expect((2...3).contains(Set(theme.links).count), "\(theme.id)")
      #expect(theme.links.allSatisfy { dataSet.group($0)?.kind != .crossCutting })
    }
  }
}
