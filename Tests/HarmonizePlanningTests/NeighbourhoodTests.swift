import HarmonizeData
import Testing

@testable import HarmonizePlanning

/// The neighbourhoods the planner's search starts with.
@Suite struct NeighbourhoodTests {
  /// F needs finance at level 3, which only f1 has; f1 sits in X and Y.
  ///
  /// Groups chosen by shared possible members cannot single out X and Y (everyone may join
  /// everything).
  @Test func anUnmetNeedFreesTheGroupsOfTheOnlySkilledPerson() throws {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "f1", donor: "A", days: 2, skills: ["finance": 3]),
        StaffMember(id: "b1", donor: "B"),
      ],
      groups: ["F", "X", "Y", "Z"].map {
        WorkingGroup(id: $0, minDonors: 0, chair: ChairStructure.none)
      },
      needs: [Need(group: "F", skill: "finance", level: 3)],
      participation: [
        Membership(staff: "f1", group: "X"), Membership(staff: "f1", group: "Y"),
        Membership(staff: "b1", group: "Z"),
      ])
    let index = PlanningIndex(data, startYear: Fixture.year, years: 3)
    let planning = try PlanningModel(index, weights: .init())
    let today = Assignment(active: index.todayActive)
    let values = planning.columns(today)
    #expect(planning.value(.shortfall, values) == 1)
    let first = try #require(planning.neighbourhoods(around: values, size: 3).first)
    let groups = Set(
      planning.active.filter { pair, a in first.contains { $0.index == a.index } }
        .map { data.groups[$0.key.group].id })
    #expect(groups == ["F", "X", "Y"])
  }
}
