import HarmonizeData
import HarmonizePlanning
import LinearProgramming
import Testing

/// One small instance per rule or priority, whose optimal plan is known by hand.
@Suite struct PlannerRuleTests {
  let y = Fixture.year

  @Test func donorShortfallIsClosedByMovingAFreePerson() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [StaffMember(id: "a1", donor: "A"), StaffMember(id: "b1", donor: "B")],
      groups: [WorkingGroup(id: "G", minDonors: 2, chair: ChairStructure.none)],
      participation: [Membership(staff: "a1", group: "G")])
    let plan = Fixture.plan(data)
    #expect(plan.status == .optimal)
    #expect(plan.active(in: "G") == ["a1", "b1"])
    #expect(plan.stage("shortfall") == 0)
  }

  @Test func competencyNeedIsMetByTheRightSkill() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A"),
        StaffMember(id: "b1", donor: "B", skills: ["pfm": 1]),
        StaffMember(id: "b2", donor: "B", skills: ["pfm": 3]),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 1, chair: ChairStructure.none)],
      needs: [Need(group: "G", skill: "pfm", level: 2)],
      participation: [Membership(staff: "a1", group: "G")])
    let plan = Fixture.plan(data)
    #expect(plan.active(in: "G").contains("b2"))
    #expect(!plan.active(in: "G").contains("b1"))
    #expect(plan.stage("shortfall") == 0)
  }

  @Test func crossCuttingLinkIsCovered() {
    let data = Fixture.data(
      donors: [Donor(id: "A")],
      staff: [StaffMember(id: "a1", donor: "A"), StaffMember(id: "a2", donor: "A")],
      groups: [
        WorkingGroup(
          id: "C", kind: .crossCutting, minDonors: 1, chair: ChairStructure.none, links: ["S"]),
        WorkingGroup(id: "S", minDonors: 1, chair: ChairStructure.none),
      ],
      participation: [
        Membership(staff: "a1", group: "C"), Membership(staff: "a2", group: "S"),
      ])
    let plan = Fixture.plan(data)
    #expect(plan.stage("shortfall") == 0)
    let both = Set(plan.active(in: "C")).intersection(plan.active(in: "S"))
    #expect(both.count == 1)
  }

  @Test func excessIsRemovedByDemotingToAttendingEvenAgainstStability() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: [
        StaffMember(id: "a1", donor: "A"), StaffMember(id: "b1", donor: "B"),
        StaffMember(id: "c1", donor: "C"),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 2, chair: ChairStructure.none)],
      participation: ["a1", "b1", "c1"].map { Membership(staff: $0, group: "G") })
    let plan = Fixture.plan(data)
    #expect(plan.stage("excess") == 0)
    #expect(plan.active(in: "G").count == 2)
    let demoted = plan.roster.memberships.filter { $0.level == .attending }
    #expect(demoted.count == 1)
    #expect(plan.roster.memberships.count == 3)
  }

  @Test func fairnessGainThatWouldCostAShortfallIsNotTaken() {
    // B is the only other donor; moving a1 out of G2 would balance loads but open a gap.
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [StaffMember(id: "a1", donor: "A", days: 2), StaffMember(id: "b1", donor: "B")],
      groups: [
        WorkingGroup(id: "G1", minDonors: 2, chair: ChairStructure.none),
        WorkingGroup(id: "G2", minDonors: 2, chair: ChairStructure.none),
      ],
      participation: [
        Membership(staff: "a1", group: "G1"), Membership(staff: "a1", group: "G2"),
      ])
    let plan = Fixture.plan(data)
    #expect(plan.stage("shortfall") == 0)
    #expect(plan.active(in: "G1") == ["a1", "b1"])
    #expect(plan.active(in: "G2") == ["a1", "b1"])
  }

  /// a1 (donor A) is active in two groups of one donor each; b1 (donor B) in none.
  static let twoGroupsCarriedByA = Fixture.data(
    donors: [Donor(id: "A"), Donor(id: "B")],
    staff: [StaffMember(id: "a1", donor: "A"), StaffMember(id: "b1", donor: "B")],
    groups: [
      WorkingGroup(id: "G1", minDonors: 1, maxDonors: 1, chair: ChairStructure.none),
      WorkingGroup(id: "G2", minDonors: 1, maxDonors: 1, chair: ChairStructure.none),
    ],
    participation: [
      Membership(staff: "a1", group: "G1"), Membership(staff: "a1", group: "G2"),
    ])

  /// a1 carries both groups (load 0.5); moving one to b1 costs a demotion and a join (2
  /// changes, the default rate), so the ladder takes 0.45; 0.20 cannot be met.
  @Test func theLadderTakesAStepThatCostsTheRateAndStopsWhereTheCeilingCannotBeMet() {
    let data = Self.twoGroupsCarriedByA
    let plan = Fixture.plan(data)
    #expect(plan.ladder.map(\.ceiling) == [nil, 0.45, 0.2])
    #expect(plan.ladder.map(\.changes) == [0, 2, nil])
    #expect(plan.ladder.map(\.chosen) == [false, true, false])
    #expect(plan.ladder.last?.outcome == .unreachable)
    #expect(plan.ceiling == 0.45)
    #expect(plan.stage("changes") == 2)
    #expect(Set(plan.active(in: "G1") + plan.active(in: "G2")) == ["a1", "b1"])
  }

  /// The same move costs 2 changes: with a rate of 1 the ladder stops and keeps no ceiling.
  @Test func theLadderStopsAtAStepThatCostsMoreThanTheRate() {
    let data = Self.twoGroupsCarriedByA
    var options = PlanningOptions(startYear: Fixture.year)
    options.fairnessRate = 1
    let plan = Planner(data, options: options).plan()
    #expect(plan.ladder.map(\.changes) == [0, 2])
    #expect(plan.ladder.map(\.outcome) == [.proven, .overRate])
    #expect(plan.ceiling == nil)
    #expect(plan.stage("changes") == 0)
    #expect(plan.active(in: "G1") == ["a1"])
  }

  /// A step whose fewest changes are not proven stops the ladder.
  ///
  /// The plan keeps the step before. The solver is a fake around CBC that proves nothing below
  /// a ceiling of 0.9.
  @Test func theLadderStopsAtAStepItCannotDecide() {
    struct UndecidedBelowCeiling: Solver {
      func solve(_ model: Model, options: SolverOptions) throws -> Solution {
        var solution = try CBCSolver().solve(model, options: options)
        let low = zip(model.constraintNames, model.constraints).contains { name, row in
          name.hasPrefix("ceiling_") && row.upper < 0.9
        }
        if low, model.constraintNames.contains("fix_overload"), solution.status == .optimal {
          solution.status = .feasible
          solution.bound = nil
        }
        return solution
      }
    }
    let data = Self.twoGroupsCarriedByA
    let plan = Planner(
      data, options: PlanningOptions(startYear: Fixture.year), solver: UndecidedBelowCeiling()
    ).plan()
    #expect(plan.ladder.map(\.outcome) == [.proven, .undecided])
    #expect(plan.ladder.map(\.chosen) == [true, false])
    #expect(plan.ceiling == nil)
    #expect(plan.stage("changes") == 0)
  }

  /// A lead does not come back to a donor after a single year without it (rules v3, rule 2).
  ///
  /// B may lead only in the first year; then A (back after one year: A, B, A) or C may. A is
  /// preferred by interests.csv, but the comeback is forbidden: C leads.
  @Test func aLeadDoesNotComeBackWithinTwoYearsOfHandingOver() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: [
        StaffMember(id: "a1", donor: "A", isSenior: true),
        StaffMember(id: "b1", donor: "B", isSenior: true),
        StaffMember(id: "c1", donor: "C", isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 3, chair: .focal, term: 2)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 2),
        Membership(staff: "b1", group: "G"), Membership(staff: "c1", group: "G"),
      ],
      interests: [
        Interest(donor: "A", group: "G", preference: 1, from: y + 1),
        Interest(donor: "B", group: "G", preference: 1, from: y, to: y),
        Interest(donor: "C", group: "G", preference: 2, from: y + 1),
      ])
    var options = PlanningOptions(startYear: y)
    options.loadCeiling = 10
    let plan = Planner(data, options: options).plan()
    #expect(plan.holders("G", y, .focal) == ["B"])
    #expect(plan.holders("G", y + 1, .focal) == ["C"])
    #expect(plan.stage("unasked") == 0)
  }

  /// A ceiling of the user's that no plan meets: the overload is minimised, then the changes.
  @Test func aCeilingThatCannotBeMetLeavesTheLeastOverload() {
    let data = Fixture.data(
      donors: [Donor(id: "A")],
      staff: [StaffMember(id: "a1", donor: "A")],
      groups: [WorkingGroup(id: "G1", minDonors: 1, chair: ChairStructure.none)],
      participation: [Membership(staff: "a1", group: "G1")])
    var options = PlanningOptions(startYear: Fixture.year)
    options.loadCeiling = 0.1
    let plan = Planner(data, options: options).plan()
    #expect(plan.stage("shortfall") == 0)
    #expect(abs((plan.stage("overload") ?? 0) - 0.15) < 1e-6)  // load 1/4 against 0.10
    #expect(plan.ladder.count == 1)
    #expect(plan.ceiling == 0.1)
  }

  /// Clauses 2 to 4 of "Who may be active where": a skill, a linked cross-cutting theme, a
  /// group without needs; and nobody else (a gap stays a gap).
  @Test func onlyEligiblePeopleBecomeActive() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C"), Donor(id: "D")],
      staff: [
        StaffMember(id: "a1", donor: "A", skills: ["health": 2]),
        StaffMember(id: "b1", donor: "B", skills: ["gender": 2]),
        StaffMember(id: "c1", donor: "C", skills: ["roads": 2]),
        StaffMember(id: "d1", donor: "D", skills: ["roads": 2]),
      ],
      groups: [
        WorkingGroup(id: "HEA", minDonors: 4, maxDonors: 5, chair: ChairStructure.none),
        WorkingGroup(
          id: "GEN", kind: .crossCutting, minDonors: 1, chair: ChairStructure.none,
          links: ["HEA"]),
        WorkingGroup(id: "OPEN", minDonors: 1, maxDonors: 1, chair: ChairStructure.none),
      ],
      needs: [Need(group: "HEA", skill: "health"), Need(group: "GEN", skill: "gender")],
      participation: [Membership(staff: "c1", group: "OPEN")])
    let plan = Fixture.plan(data)
    #expect(plan.active(in: "HEA") == ["a1", "b1"])  // c1 and d1 hold no health skill
    #expect(plan.stage("shortfall") == 2)  // two donors short in HEA, from outside
    #expect(plan.active(in: "OPEN") == ["c1"])
    var open = PlanningOptions(startYear: Fixture.year)
    open.anyGroup = true
    let whatIf = Planner(data, options: open).plan()
    #expect(whatIf.stage("shortfall") == 0)
    #expect(whatIf.anyGroup)
  }

  /// Each change is counted once: a demotion, a promotion, a join and a seat handed over.
  @Test func changesCountDemotionsPromotionsJoinsAndHandovers() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: [
        StaffMember(id: "a1", donor: "A", isSenior: true),
        StaffMember(id: "b1", donor: "B", isSenior: true),
        StaffMember(id: "c1", donor: "C"),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 2, maxDonors: 2, chair: .focal, term: 2)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 2),
        Membership(staff: "c1", group: "G"), Membership(staff: "b1", group: "G", level: .attending),
      ])
    var options = PlanningOptions(startYear: y)
    options.years = 2
    options.loadCeiling = 1  // no ladder: a lower ceiling would split the lead between A and B
    let plan = Planner(data, options: options).plan()
    // a1's term ends: b1 is promoted and takes the lead (2), c1 is demoted to keep 2 donors
    // (1) or a1 is: either way 3 changes, and no seat-year is left empty.
    #expect(plan.holders("G", y, .focal) == ["B"])
    #expect(plan.stage("changes") == 3)
    #expect(plan.holders("G", y + 1, .focal) == ["B"])
    #expect(plan.active(in: "G").count == 2)
  }

  @Test func staffDaysAndMaxGroupsAreRespectedEvenWhenTodayBreaksThem() {
    let groups = ["G1", "G2", "G3", "G4"].map {
      WorkingGroup(id: $0, minDonors: 1, chair: ChairStructure.none)
    }
    let data = Fixture.data(
      donors: [Donor(id: "A", maxGroups: 3)],
      staff: [
        StaffMember(id: "a1", donor: "A", days: 2), StaffMember(id: "a2", donor: "A", maxGroups: 1),
      ],
      groups: groups,
      participation: ["G1", "G2", "G3"].map { Membership(staff: "a1", group: $0) }
        + ["G3", "G4"].map { Membership(staff: "a2", group: $0) })
    let plan = Fixture.plan(data)
    #expect(plan.roster.memberships.filter { $0.staff == "a1" && $0.level == .active }.count == 2)
    #expect(plan.roster.memberships.filter { $0.staff == "a2" && $0.level == .active }.count == 1)
    #expect(HardLimits.broken(plan.roster, data, startYear: y, years: 3).isEmpty)
    #expect(plan.stage("shortfall") == 1)  // donor max_groups 3 leaves one group without A
  }

  @Test func technicalAssistantIsDemotedAndNeverChairs() {
    let data = Fixture.data(
      donors: [Donor(id: "A")],
      staff: [
        StaffMember(id: "ta", donor: "A", isSenior: true, isTechnicalAssistant: true),
        StaffMember(id: "a1", donor: "A"),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 1, chair: .focal)],
      participation: [Membership(staff: "ta", group: "G", role: .focal, since: y - 1)])
    let plan = Fixture.plan(data)
    #expect(plan.level("ta", "G") == .attending)
    #expect(plan.stage("changes") == 3)  // the TA demoted, a1 joins, the lead seat left empty
    #expect(plan.roster.seats.isEmpty)
    #expect(plan.active(in: "G") == ["a1"])
  }

  @Test func taskForceHasNoMembersOrSeatsAfterItEnds() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A", isSenior: true),
        StaffMember(id: "b1", donor: "B", isSenior: true),
      ],
      groups: [
        WorkingGroup(id: "TF", kind: .taskForce, minDonors: 1, chair: .focal, ends: y),
        WorkingGroup(id: "OLD", kind: .taskForce, minDonors: 1, chair: .focal, ends: y - 1),
      ],
      participation: [
        Membership(staff: "a1", group: "TF"), Membership(staff: "b1", group: "OLD"),
      ])
    let plan = Fixture.plan(data)
    #expect(plan.roster.seats.map(\.year) == [y])
    #expect(plan.holders("TF", y, .focal) == ["A"])
    #expect(plan.level("b1", "OLD") == .attending)
    #expect(plan.stage("shortfall") == 0)
  }

  @Test func leadRotatesInTheYearItsTermEnds() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A", isSenior: true),
        StaffMember(id: "b1", donor: "B", isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 2, chair: .focal, term: 2)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 1),
        Membership(staff: "b1", group: "G"),
      ])
    let plan = Fixture.plan(data)
    #expect(plan.holders("G", y, .focal) == ["A"])
    #expect(plan.holders("G", y + 1, .focal) == ["B"])
    #expect(plan.holders("G", y + 2, .focal) == ["B"])
    #expect(plan.roster.seats.first { $0.year == y }?.since == y - 1)
    #expect(plan.roster.seats.first { $0.year == y + 2 }?.since == y + 1)
  }

  @Test func newLeadStaysItsMinimumTerm() {
    // A's term is up; B would like the lead only in the first year, C could take it any year.
    // With min_term 2, B cannot start (it could not stay), so C leads two years.
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: ["a1", "b1", "c1"].map {
        StaffMember(id: $0, donor: $0.prefix(1).uppercased(), isSenior: true)
      },
      groups: [WorkingGroup(id: "G", minDonors: 3, chair: .focal, term: 2, minTerm: 2)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 2),
        Membership(staff: "b1", group: "G"), Membership(staff: "c1", group: "G"),
      ],
      interests: [Interest(donor: "B", group: "G", from: y, to: y)])
    let plan = Fixture.plan(data)
    #expect(plan.holders("G", y, .focal) == ["C"])
    #expect(plan.holders("G", y + 1, .focal) == ["C"])
    #expect(plan.holders("G", y + 2, .focal) != ["C"])
    #expect(plan.stage("shortfall") == 0)
  }

  @Test func interestWindowKeepsADonorOutOfASeatBeforeItOpens() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A"),
        StaffMember(id: "b1", donor: "B", isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 2, chair: .focal)],
      participation: [Membership(staff: "a1", group: "G"), Membership(staff: "b1", group: "G")],
      interests: [Interest(donor: "B", group: "G", from: y + 1)])
    let plan = Fixture.plan(data)
    #expect(plan.holders("G", y, .focal).isEmpty)
    #expect(plan.holders("G", y + 1, .focal) == ["B"])
    #expect(plan.stage("shortfall") == 1)
  }

  @Test func chairCapacityBinds() {
    let data = Fixture.data(
      donors: [Donor(id: "A", chairCapacity: 1)],
      staff: [
        StaffMember(id: "a1", donor: "A", days: 8, isSenior: true)
      ],
      groups: [
        WorkingGroup(id: "G1", minDonors: 1, chair: .focal, term: 5),
        WorkingGroup(id: "G2", minDonors: 1, chair: .focal, term: 5),
      ],
      participation: [Membership(staff: "a1", group: "G1"), Membership(staff: "a1", group: "G2")])
    let plan = Fixture.plan(data)
    for year in plan.roster.years {
      #expect(plan.roster.seats.filter { $0.year == year }.count == 1)
    }
    #expect(plan.stage("shortfall") == 3)
  }

  @Test func troikaSeatsGoToThreeDifferentDonorsEveryYear() {
    let donors = ["A", "B", "C"]
    let data = Fixture.data(
      donors: donors.map { Donor(id: $0) },
      staff: donors.flatMap { d in
        [
          StaffMember(id: d + "1", donor: d, isSenior: true),
          StaffMember(id: d + "2", donor: d, isSenior: true),
        ]
      },
      groups: [WorkingGroup(id: "M", kind: .main, minDonors: 3)],
      participation: donors.map { Membership(staff: $0 + "1", group: "M") })
    let plan = Fixture.plan(data)
    #expect(plan.roster.years.count == 4)
    #expect(plan.stage("shortfall") == 0)
    for year in plan.roster.years {
      let seats = plan.roster.seats.filter { $0.year == year }
      #expect(seats.filter { $0.role == .focal }.count == 1)
      #expect(seats.filter { $0.role == .troika }.count == 2)
      #expect(Set(seats.map(\.donor)) == Set(donors))
    }
    #expect(HardLimits.broken(plan.roster, data, startYear: y, years: 3).isEmpty)
  }

  @Test func donorWithHeavyOtherDutiesChairsLess() {
    let data = Fixture.data(
      donors: [Donor(id: "A", otherDuties: 2), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A", isSenior: true),
        StaffMember(id: "b1", donor: "B", isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 2, chair: .focalAndVice, term: 5)],
      participation: [Membership(staff: "a1", group: "G"), Membership(staff: "b1", group: "G")])
    let plan = Fixture.plan(data)
    for year in plan.roster.years {
      #expect(plan.holders("G", year, .focal) == ["B"])
      #expect(plan.holders("G", year, .vice) == ["A"])
    }
  }
}
