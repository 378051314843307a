import HarmonizeAnalysis
import HarmonizeData
import Testing

/// Hand-made data sets whose delegation partners, concentration and rollups are worked out
/// beside each expectation.
///
/// Donors A-E. Groups: HEALTH and EDU (pillar social), WATER and ROADS (pillar infra),
/// TF (no pillar, a task force of HEALTH), SUB (a sub-group of HEALTH).
/// Staff: a1 (A, pfm 3, health 2), b1 (B, pfm 2), c1 (C, gender 2), d1 (D), e1 (E),
/// g1-g4 (G, one each; g2 holds health 2).
enum Labour {
  static let today = 2025
  static let plan = 2026

  static var dataSet: DataSet {
    DataSet(
      name: "labour",
      donors: ["A", "B", "C", "D", "E", "G"].map { Donor(id: $0) },
      staff: [
        StaffMember(id: "a1", donor: "A", skills: ["pfm": 3, "health": 2]),
        StaffMember(id: "b1", donor: "B", skills: ["pfm": 2]),
        StaffMember(id: "c1", donor: "C", skills: ["gender": 2]),
        StaffMember(id: "d1", donor: "D"),
        StaffMember(id: "e1", donor: "E"),
        StaffMember(id: "g1", donor: "G"),
        StaffMember(id: "g2", donor: "G", skills: ["health": 2]),
        StaffMember(id: "g3", donor: "G"),
        StaffMember(id: "g4", donor: "G"),
      ],
      groups: [
        WorkingGroup(id: "HEALTH", pillar: "social", maxDonors: 3),
        WorkingGroup(id: "EDU", pillar: "social"),
        WorkingGroup(id: "WATER", pillar: "infra", memberDays: 2),
        WorkingGroup(id: "ROADS", pillar: "infra"),
        WorkingGroup(id: "TF", parent: "HEALTH", kind: .taskForce, minDonors: 1),
        WorkingGroup(id: "SUB", parent: "HEALTH", minDonors: 2),
      ],
      needs: [
        Need(group: "HEALTH", skill: "pfm", level: 2),
        Need(group: "HEALTH", skill: "health", level: 2),
      ])
  }

  static func roster(_ pairs: [(String, String)], year: Int, attending: [(String, String)] = [])
    -> Roster
  {
    let active = pairs.map { Membership(staff: $0.0, group: $0.1) }
    let other = attending.map { Membership(staff: $0.0, group: $0.1, level: .attending) }
    return Roster(memberships: active + other, seats: [], years: [year])
  }

  /// Today: HEALTH A, B, C, G (g2); WATER B, C, D, G (g3); ROADS C, D; EDU E, G (g1);
  /// SUB G (g4).
  static var todayPairs: [(String, String)] {
    [
      ("a1", "HEALTH"), ("b1", "HEALTH"), ("c1", "HEALTH"), ("g2", "HEALTH"),
      ("b1", "WATER"), ("c1", "WATER"), ("d1", "WATER"), ("g3", "WATER"),
      ("c1", "ROADS"), ("d1", "ROADS"), ("e1", "EDU"), ("g1", "EDU"), ("g4", "SUB"),
    ]
  }

  /// The plan: A demoted in HEALTH; D leaves WATER (stays in ROADS); E and G leave EDU.
  static var planRoster: Roster {
    roster(
      todayPairs.filter { pair in
        ![("a1", "HEALTH"), ("d1", "WATER"), ("e1", "EDU"), ("g1", "EDU")].contains {
          $0 == pair
        }
      }, year: plan, attending: [("a1", "HEALTH")])
  }

  static var delegations: DelegationPartners {
    DelegationPartners(dataSet, today: roster(todayPairs, year: today), plan: planRoster)
  }
}

struct DelegationPartnerTests {
  @Test func crowdedGroupHasOneClearPartnerBySkill() throws {
    let health = try #require(Labour.delegations.of("A", in: "HEALTH"))
    // A brought pfm (a1 pfm 3) and health (a1 health 2). Left in the plan: B (pfm 2),
    // C (gender), G (g2 health 2). No other social group holds A, and none of B, C, G is
    // active in EDU in the plan, so the pillar ties at 0; B and G each carry one of A's two
    // skills, C none; B before G by id.
    #expect(health.demoted)
    #expect(health.staff == ["a1"])
    #expect(health.needsBrought == ["pfm", "health"])
    #expect(health.candidates == ["B", "C", "G"])
    #expect(health.partner == "B")
    #expect(health.needsCarried == ["pfm"])
    #expect(health.sharedPillarGroups == [])
  }

  @Test func tieIsBrokenByThePillar() throws {
    let water = try #require(Labour.delegations.of("D", in: "WATER"))
    // D brought no needed skill (WATER has no needs); B, C and G are left. C is active with
    // D in ROADS, the other group of pillar infra: C wins, though B comes first by id.
    #expect(!water.demoted)
    #expect(water.candidates == ["B", "C", "G"])
    #expect(water.partner == "C")
    #expect(water.sharedPillarGroups == ["ROADS"])
    #expect(water.partnerPillarGroups == 1)
  }

  @Test func noOneCanSpeakInAGroupLeftEmpty() throws {
    let d = Labour.delegations
    // E and G both leave EDU; no donor is active there in the plan.
    #expect(d.unspoken.map(\.donor) == ["E", "G"])
    #expect(d.unspoken.allSatisfy { $0.group == "EDU" && $0.candidates.isEmpty })
    #expect(
      d.delegations.map { "\($0.group) \($0.donor)" } == [
        "EDU E", "EDU G", "HEALTH A", "WATER D",
      ])
  }

  @Test func aPartnerAboveTheCeilingComesAfterOneBelowIt() throws {
    // Same as the first case, but B is loaded: b1's 4 days hold HEALTH and WATER (2 member
    // days + 2 in WATER = 3 days of 4 = 75%), and so is C (HEALTH, WATER, ROADS: 4 of 4); G
    // gives HEALTH, WATER and SUB 4 days of its 4 people's 16 (25%). With a ceiling of 50%,
    // A bringing no needed skill (a1 lacks health now) and no pillar difference, G is chosen.
    var data = Labour.dataSet
    data.needs = [Need(group: "HEALTH", skill: "health", level: 1)]
    data.staff[0].skills = ["pfm": 3]
    let d = DelegationPartners(
      data, today: Labour.roster(Labour.todayPairs, year: Labour.today),
      plan: Labour.planRoster, loadCeiling: 0.5)
    let health = try #require(d.of("A", in: "HEALTH"))
    #expect(health.needsBrought == [])
    #expect(health.partner == "G")
    #expect(health.partnerAboveCeiling == false)
    // Without a ceiling the load does not count: B comes first by id.
    let free = DelegationPartners(
      data, today: Labour.roster(Labour.todayPairs, year: Labour.today), plan: Labour.planRoster)
    #expect(free.of("A", in: "HEALTH")?.partner == "B")
  }

  @Test func analyzeDelegatesForTheSuggestedStepBacks() throws {
    // Today HEALTH has 4 active donors of max 3: the diagnosis suggests one to step back.
    let data = Labour.dataSet
    let diagnosis = Diagnosis(of: data, roster: Labour.roster(Labour.todayPairs, year: 2025))
    let health = try #require(diagnosis.group("HEALTH"))
    let suggested = health.stepBack.filter(\.suggested).map(\.donor)
    #expect(suggested.count == 1)
    let d = DelegationPartners(suggestedIn: diagnosis)
    #expect(d.delegations.map(\.donor) == suggested)
    #expect(d.delegations.allSatisfy { $0.partner != nil && $0.demoted })
  }
}

struct ConcentrationTests {
  @Test func donorOverThreeGroupsIsActiveInManyProactiveInFew() throws {
    let c = Concentration(of: Labour.dataSet, roster: Labour.roster(Labour.todayPairs, year: 2025))
    let g = try #require(c.donor("G"))
    // G: HEALTH (g2, meets health), WATER (g3, 2 days), EDU (g1), SUB (g4): 4 groups of the
    // EU Code's 3; a task only in HEALTH; 1 + 2 + 1 + 1 = 5 days, 1.25 per group, the three
    // largest 2 + 1 + 1 = 4 of 5.
    #expect(g.activeGroups == ["EDU", "HEALTH", "SUB", "WATER"])
    #expect(g.limit == 3 && !g.limitFromData)
    #expect(g.overLimit == 1)
    #expect(g.proactiveGroups == ["HEALTH"])
    #expect(g.groupDays == 5)
    #expect(g.daysPerGroup == 1.25)
    #expect(g.topShare == 0.8)
    #expect(g.spreadThin)
    // C: HEALTH, WATER, ROADS: 3 of 3, not over; A: one group.
    #expect(c.donor("C")?.overLimit == 0)
    #expect(c.donor("C")?.spreadThin == false)
    #expect(c.donor("A")?.topShare == 1)
  }

  @Test func ownMaxGroupsReplacesTheCodesFigure() throws {
    var data = Labour.dataSet
    data.donors[5].maxGroups = 5
    let c = Concentration(of: data, roster: Labour.roster(Labour.todayPairs, year: 2025))
    let g = try #require(c.donor("G"))
    #expect(g.limit == 5 && g.limitFromData)
    #expect(g.overLimit == 0 && !g.spreadThin)
  }

  @Test func herfindahlOfAGroupByHand() throws {
    // WATER with two B members, one C and one D: shares 50%, 25%, 25%:
    // 50² + 25² + 25² = 2500 + 625 + 625 = 3750; 10,000 / 3750 = 2.67 effective donors.
    let base = Labour.dataSet
    let data = DataSet(
      name: base.name, donors: base.donors,
      staff: base.staff + [StaffMember(id: "b2", donor: "B")], groups: base.groups,
      needs: base.needs)
    let roster = Labour.roster(
      [("b1", "WATER"), ("b2", "WATER"), ("c1", "WATER"), ("d1", "WATER")], year: 2025)
    let water = try #require(Concentration(of: data, roster: roster).group("WATER"))
    #expect(water.herfindahl == 3750)
    #expect(water.largestDonor == "B" && water.largestShare == 0.5)
    #expect(water.activeMembers == 4)
    #expect(water.range == .within)
    #expect(abs((water.effectiveDonors ?? 0) - 10_000 / 3750) < 1e-12)
    // EDU has nobody: no index, below the Code's 3.
    let edu = try #require(Concentration(of: data, roster: roster).group("EDU"))
    #expect(edu.herfindahl == nil && edu.range == .below)
  }

  @Test func herfindahlOfOneDonorIsTenThousand() {
    #expect(Concentration.herfindahl([3]) == 10_000)
    #expect(Concentration.herfindahl([]) == nil)
    #expect(Concentration.herfindahl([1, 1, 1, 1]) == 2500)
  }
}

struct RollupTests {
  @Test func parentShowsItsTwoChildrensGaps() throws {
    let d = Diagnosis(of: Labour.dataSet, roster: Labour.roster(Labour.todayPairs, year: 2025))
    let rollups = ParentRollup.of(d)
    #expect(rollups.map(\.group) == ["HEALTH"])
    let health = try #require(rollups.first)
    // TF: nobody, min 1 → 1 donor short, focal+vice empty → 2 chair seats: 3.
    // SUB: G only, min 2 → 1 donor short, 2 empty seats: 3. HEALTH itself: 2 empty seats,
    // excess 1 (4 donors of max 3).
    #expect(health.children == ["SUB", "TF"])
    #expect(health.childGaps.map(\.group) == ["SUB", "TF"])
    #expect(health.childGaps.map(\.shortfall) == [3, 3])
    #expect(health.childShortfall == 6)
    #expect(health.shortfall == 2 && health.excess == 1)
  }

  @Test func pillarsSumTheirGroups() throws {
    let d = Diagnosis(of: Labour.dataSet, roster: Labour.roster(Labour.todayPairs, year: 2025))
    let pillars = PillarRollup.of(d)
    #expect(pillars.map(\.pillar) == ["", "infra", "social"])
    let infra = try #require(pillars.first { $0.pillar == "infra" })
    // WATER: 4 members × 2 days; ROADS: 2 × 1: 10 days; donors B, C, D, G; 4 seats, none held.
    #expect(infra.days == 10)
    #expect(infra.activeDonors == ["B", "C", "D", "G"])
    #expect(infra.seatsFilled == 0 && infra.seatsRequired == 4)
    #expect(infra.excess == 0)
  }
}
