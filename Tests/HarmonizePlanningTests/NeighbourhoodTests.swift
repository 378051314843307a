import HarmonizeData
import LinearProgramming
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

  /// A and C sit in three groups each (load 0.6), B and D in none; each group needs one donor.
  ///
  /// Any one move lowers only one of the two top loads, so the largest load, the stage's own
  /// objective, cannot fall by one move: the search stalls on it. The max-load search's
  /// penalty on loads above thresholds accepts the first move, and the second then lowers it
  /// to 0.4, the optimum (six 2-day memberships in four 10-day donors: someone takes two).
  @Test func theLoadSearchLeavesAPlateauOfTiedDonors() throws {
    let groups = (1...6).map {
      WorkingGroup(
        id: "G\($0)", minDonors: 1, maxDonors: 1, chair: ChairStructure.none, memberDays: 2)
    }
    let data = Fixture.data(
      donors: ["A", "B", "C", "D"].map { Donor(id: $0) },
      staff: ["A", "B", "C", "D"].map {
        StaffMember(id: $0.lowercased() + "1", donor: $0, days: 10)
      },
      groups: groups,
      participation: (1...3).map { Membership(staff: "a1", group: "G\($0)") }
        + (4...6).map { Membership(staff: "c1", group: "G\($0)") })
    let index = PlanningIndex(data, startYear: Fixture.year, years: 3)
    var planning = try PlanningModel(index, weights: .init())
    try planning.prepare(.maxLoad)
    try planning.model.addConstraint("fix_shortfall", planning.objectives[0] <= 0)
    try planning.model.addConstraint("fix_excess", planning.objectives[1] <= 0)
    try planning.model.minimize(planning.objectives[PlanningModel.Stage.maxLoad.rawValue])
    let today = planning.columns(Assignment(active: index.todayActive))
    #expect(abs(planning.value(.maxLoad, today) - 0.6) < 1e-9)

    let plain = try NeighbourhoodSearch(subproblemOptions: SolverOptions()).improve(
      planning.model, start: today,
      neighbourhoods: planning.donorPairNeighbourhoods(around: today, top: 3)
        + planning.neighbourhoods(around: today, size: 3, stage: .maxLoad))
    #expect(abs(planning.value(.maxLoad, plain.values) - 0.6) < 1e-9)

    let planner = Planner(data, options: PlanningOptions(startYear: Fixture.year))
    let searched = try planner.searchNeighbourhoods(
      planning, from: today, stage: .maxLoad, target: 0,
      deadline: ContinuousClock.now + .seconds(30)
    ).values
    #expect(abs(planning.value(.maxLoad, searched) - 0.4) < 1e-9)
    #expect(planning.value(.shortfall, searched) == 0)
  }

  /// A's lead of G passes to B in the plan's first year and back in its third.
  ///
  /// C only sits in H. The preferences search's first neighbourhood frees A and B together,
  /// and no other pair moves anything.
  @Test func aSeatPassingBetweenTwoDonorsPairsThem() throws {
    let data = Fixture.data(
      donors: ["A", "B", "C"].map { Donor(id: $0) },
      staff: ["A", "B", "C"].map {
        StaffMember(id: $0.lowercased() + "1", donor: $0, days: 10, isSenior: true)
      },
      groups: [
        WorkingGroup(id: "G", minDonors: 1, chair: .focal),
        WorkingGroup(id: "H", minDonors: 1, chair: ChairStructure.none),
      ],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: Fixture.year - 1),
        Membership(staff: "b1", group: "G"), Membership(staff: "c1", group: "H"),
      ])
    let index = PlanningIndex(data, startYear: Fixture.year, years: 3)
    let planning = try PlanningModel(index, weights: .init())
    let (a1, b1, c1) = (0, 1, 2)
    let (g, h) = (0, 1)
    var plan = Assignment(active: index.todayActive)
    for (offset, holder) in [b1, b1, a1].enumerated() {
      plan.seats[SeatKey(group: g, year: Fixture.year + offset, role: .focal)] = [holder]
    }
    let pairs = planning.changePairNeighbourhoods(around: planning.columns(plan))
    #expect(pairs.count == 1)
    let freed = Set(try #require(pairs.first).map(\.index))
    for (pair, a) in planning.active {
      let expected = pair.staff == a1 || pair.staff == b1
      #expect(freed.contains(a.index) == expected, "a[\(pair.staff), \(pair.group)]")
    }
    #expect(planning.active[Pair(staff: c1, group: h)] != nil)
  }
}
