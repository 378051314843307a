import HarmonizeData
import HarmonizePlanning
import Testing

/// The chair rotation's rules v3 (planning-rules.md), each on a hand-made data set whose
/// optimum is known.
@Suite struct ChairRulesV3Tests {
  let y = Fixture.year

  private func seniors(_ ids: [String], skills: [String: Int] = [:]) -> [StaffMember] {
    ids.map {
      StaffMember(id: $0, donor: $0.prefix(1).uppercased(), skills: skills, isSenior: true)
    }
  }

  /// Rule 1: where only one seat can be filled, it is the lead.
  ///
  /// B is the only senior; it is vice today under A, who is not senior: B moves up, the vice
  /// stays empty.
  @Test func aViceBecomesLeadWhenOnlyOneSeatCanBeFilled() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A"), StaffMember(id: "b1", donor: "B", isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 3, chair: .focalAndVice, term: 3)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 1),
        Membership(staff: "b1", group: "G", role: .vice, since: y - 1),
      ])
    let plan = Fixture.plan(data, loadCeiling: 10)
    for year in y...(y + 2) {
      #expect(plan.holders("G", year, .focal) == ["B"])
      #expect(plan.holders("G", year, .vice) == [])
    }
    #expect(plan.stage("shortfall") == 3)
  }

  /// Rule 2: A, -, A is a comeback and is refused; A, -, -, A is a new turn and allowed.
  ///
  /// A leads today (since y − 1); a decision leaves the lead empty in y; B could lead in y+1
  /// only, nobody else ever. A may not take the lead back in y + 1, so B takes it; in y + 2
  /// A may not either (y + 1 without it, y led by nobody: A, -, B, A is no comeback of A's,
  /// A's last year was y − 1: two years away). So the rotation is -, B, A.
  @Test func aComebackAfterOneYearIsRefusedAndAfterTwoIsANewTurn() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: seniors(["a1", "b1"]),
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 3, chair: .focal, term: 1)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 1),
        Membership(staff: "b1", group: "G"),
      ],
      interests: [Interest(donor: "B", group: "G", from: y + 1, to: y + 1)])
    var withEmpty = data
    withEmpty.decisions = [Decision(kind: .empty, group: "G", role: .focal, year: y, line: 2)]
    let plan = Fixture.plan(withEmpty, loadCeiling: 10)
    #expect(plan.holders("G", y, .focal) == [])
    #expect(plan.holders("G", y + 1, .focal) == ["B"])
    #expect(plan.holders("G", y + 2, .focal) == ["A"])
    // Without B, A cannot come back in y + 1 (A, -, A): the seat stays empty; in y + 2 it may.
    var alone = withEmpty
    alone.interests = [Interest(donor: "B", group: "G", from: y + 5)]
    let lonely = Fixture.plan(alone, loadCeiling: 10)
    #expect(lonely.holders("G", y + 1, .focal) == [])
    #expect(lonely.holders("G", y + 2, .focal) == ["A"])
  }

  /// Rule 3: a lead stays past its term where no one can take over (an overstay, not an
  /// empty seat), and rotates where someone can.
  @Test func aLeadOverstaysOnlyWhereNoSuccessorExists() {
    let group = WorkingGroup(id: "G", minDonors: 1, maxDonors: 3, chair: .focal, term: 2)
    let alone = Fixture.data(
      donors: [Donor(id: "A")], staff: seniors(["a1"]), groups: [group],
      participation: [Membership(staff: "a1", group: "G", role: .focal, since: y - 2)])
    let stays = Fixture.plan(alone, loadCeiling: 10)
    #expect((y...(y + 2)).allSatisfy { stays.holders("G", $0, .focal) == ["A"] })
    #expect(stays.stage("shortfall") == 0)
    #expect(stays.stage("overstay") == 3)
    let withSuccessor = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")], staff: seniors(["a1", "b1"]), groups: [group],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 2),
        Membership(staff: "b1", group: "G"),
      ])
    let rotates = Fixture.plan(withSuccessor, loadCeiling: 10)
    #expect(rotates.holders("G", y, .focal) == ["B"])
    #expect(rotates.stage("overstay") == 0)
  }

  /// Rule 4: at equal changes, the seat goes to the donor that asked for it.
  @Test func aVolunteerIsPreferredToANonVolunteerAtEqualChanges() {
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: seniors(["a1", "b1", "c1"]),
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 3, chair: .focal, term: 3)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 3),
        Membership(staff: "b1", group: "G"), Membership(staff: "c1", group: "G"),
      ],
      interests: [Interest(donor: "C", group: "G", preference: 2)])
    // The weighted priority alone would not choose C: its preference weight is set to 0.
    var weights = PlanningOptions.Weights()
    weights.preference = 0
    let plan = Fixture.plan(data, weights: weights, loadCeiling: 10)
    #expect(plan.holders("G", y, .focal) == ["C"])
    #expect(plan.stage("unasked") == 0)
  }

  /// Rule 5: a new lead holds a needed skill at the row's level; today's lead continues with
  /// its own staff while unbroken; a decided lead is allowed and the rule lifted for it.
  @Test func aNewLeadNeedsTheSkillAtItsLevel() {
    let group = WorkingGroup(id: "G", minDonors: 1, maxDonors: 4, chair: .focal, term: 5)
    let data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: [
        StaffMember(id: "a1", donor: "A", skills: ["pfm": 1], isSenior: true),
        StaffMember(id: "b1", donor: "B", skills: ["pfm": 1], isSenior: true),
        StaffMember(id: "c1", donor: "C", skills: ["pfm": 3], isSenior: true),
      ],
      groups: [group], needs: [Need(group: "G", skill: "pfm", level: 2)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 1),
        Membership(staff: "b1", group: "G"), Membership(staff: "c1", group: "G"),
      ],
      interests: [Interest(donor: "B", group: "G", preference: 1)])
    // A (pfm:1) continues; B asked but lacks the level, so it never leads.
    let plan = Fixture.plan(data, loadCeiling: 10)
    #expect((y...(y + 2)).allSatisfy { plan.holders("G", $0, .focal) == ["A"] })
    // Once A's lead breaks (a decision leaves y empty), A may not come back without the
    // skill: C, the only competent senior, leads.
    var broken = data
    broken.decisions = [Decision(kind: .empty, group: "G", role: .focal, year: y, line: 2)]
    let after = Fixture.plan(broken, loadCeiling: 10)
    #expect(after.holders("G", y + 1, .focal) == ["C"])
    // A decision pins B's lead: allowed although B lacks the level.
    var decided = data
    decided.decisions = [
      Decision(kind: .holds, group: "G", donor: "B", role: .focal, year: y, line: 2)
    ]
    let pinned = Fixture.plan(decided, loadCeiling: 10)
    #expect(pinned.holders("G", y, .focal) == ["B"])
  }
}
