import HarmonizeData
import HarmonizePlanning
import Testing

/// Decisions of the task force and rolling plans on hand-made instances whose plans are
/// known by hand (issue "Decisions the task force has taken").
@Suite struct DecisionTests {
  let y = Fixture.year

  /// One seat-less group that needs one donor; two equally good people from two donors.
  func tie(decisions: [Decision]) -> DataSet {
    var data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [StaffMember(id: "a1", donor: "A"), StaffMember(id: "b1", donor: "B")],
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 1, chair: ChairStructure.none)])
    data.decisions = decisions
    return data
  }

  @Test(arguments: ["a1", "b1"])
  func aPinnedMembershipBreaksATie(person: String) {
    let plan = Fixture.plan(tie(decisions: [Decision(kind: .active, group: "G", staff: person)]))
    #expect(plan.status == .optimal)
    #expect(plan.active(in: "G") == [person])
    #expect(plan.stage("shortfall") == 0)
    // Without the decision the plan is as good: the decision cost nothing.
    #expect(plan.withoutDecisions.map(\.value) == plan.stages.prefix(6).map(\.value))
  }

  @Test func aForbiddenMembershipIsNeverActive() {
    let plan = Fixture.plan(tie(decisions: [Decision(kind: .notActive, group: "G", staff: "a1")]))
    #expect(plan.active(in: "G") == ["b1"])
  }

  /// A plan of `lead` at a load ceiling of 100 %: no ladder, whose steps would spread the lead.
  func planLead(_ data: DataSet) -> Plan { Fixture.plan(data, loadCeiling: 1) }

  /// A leads G today and may go on (term 5); B is the only other senior member.
  func lead(decisions: [Decision]) -> DataSet {
    var data = Fixture.data(
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A", days: 8, isSenior: true),
        StaffMember(id: "b1", donor: "B", days: 8, isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 1, maxDonors: 2, chair: .focal, term: 5)],
      participation: [
        Membership(staff: "a1", group: "G", role: .focal, since: y - 1),
        Membership(staff: "b1", group: "G"),
      ])
    data.decisions = decisions
    return data
  }

  @Test func withoutDecisionsTheLeadContinues() {
    let plan = planLead(lead(decisions: []))
    #expect((y..<(y + 3)).map { plan.holders("G", $0, .focal) } == [["A"], ["A"], ["A"]])
  }

  @Test func aForbiddenSeatForcesARotation() {
    let refused = Decision(
      kind: .notHolds, group: "G", donor: "A", role: .focal, year: y + 1, reason: "A's leave")
    let plan = planLead(lead(decisions: [refused]))
    #expect(plan.status == .optimal)
    #expect(plan.holders("G", y, .focal) == ["A"])
    #expect(plan.holders("G", y + 1, .focal) == ["B"])
    #expect(plan.holders("G", y + 2, .focal) == ["B"])  // no A, B, A: B goes on
    // The decision costs one change: the rotation.
    let changes = plan.stage("changes") ?? -1
    #expect(plan.withoutDecisions.first { $0.name == "changes" }?.value == changes - 1)
  }

  @Test func anEmptySeatAndALeavingDonorAreKept() {
    let decisions = [
      Decision(kind: .empty, group: "G", year: y + 2),
      Decision(kind: .leaves, group: "G", donor: "B"),
    ]
    let plan = planLead(lead(decisions: decisions))
    #expect(plan.holders("G", y + 2, .focal) == [])
    #expect(plan.active(in: "G") == ["a1"])
    #expect(plan.level("b1", "G") == .attending)
  }

  @Test func aSeatDecidedForADonorIsHeld() {
    let pinned = Decision(kind: .holds, group: "G", donor: "B", role: .focal, year: y)
    let plan = planLead(lead(decisions: [pinned]))
    #expect(plan.holders("G", y, .focal) == ["B"])
  }

  @Test func thePlanCarriesTheFactsItWasSolvedWith() {
    var data = lead(decisions: [
      Decision(kind: .leaves, group: "G", donor: "B", line: 4),
      Decision(kind: .notHolds, group: "G", donor: "B", role: .focal, year: y + 1, line: 3),
      Decision(kind: .empty, group: "G", year: y + 2, line: 2),
    ])
    data.interests = [
      Interest(donor: "A", group: "G", preference: 2, from: y, to: y + 1),
      Interest(donor: "A", group: "G", preference: 1, from: y + 1),
    ]
    let facts = planLead(data).facts
    #expect(facts.horizon == PlanHorizon(startYear: y, years: 3))
    // Each rule's own fact, as the model read it: the first decision in the file that bars
    // a seat, the interest window and the best preference of the rows covering a year.
    #expect(facts.decision(keeping: "B", from: .focal, of: "G", year: y)?.line == 4)
    #expect(facts.decision(keeping: "B", from: .focal, of: "G", year: y + 1)?.line == 3)
    #expect(facts.decision(keeping: "B", from: .focal, of: "G", year: y + 2)?.line == 2)
    #expect(facts.decision(keeping: "A", from: .focal, of: "G", year: y) == nil)
    #expect(facts.emptyDecision(group: "G", role: .focal, year: y + 2)?.line == 2)
    #expect(facts.decision(membershipOf: "b1", in: "G")?.line == 4)
    #expect(facts.decision(membershipOf: "a1", in: "G") == nil)
    #expect(facts.preferenceRank(donor: "A", group: "G", year: y) == 2)
    #expect(facts.preferenceRank(donor: "A", group: "G", year: y + 1) == 1)
    #expect(facts.asked(donor: "A", group: "G") && !facts.asked(donor: "B", group: "G"))
    #expect(facts.windowAllows(donor: "B", group: "G", year: y + 9))
    #expect(facts.commitments(group: "G", year: y) == nil)
  }

  // MARK: - Rolling plans

  /// The previous plan of `lead`, from `start`: A holds G's lead every year, through a1.
  func previous(start: Int, holders: [String]) -> PreviousPlan {
    var seats: [ChairSeat] = []
    for (k, donor) in holders.enumerated() {
      let since = seats.last.map { $0.donor == donor ? $0.since : start + k } ?? start
      seats.append(
        ChairSeat(
          group: "G", year: start + k, role: .focal, donor: donor,
          staff: donor.lowercased() + "1", since: since))
    }
    return PreviousPlan(
      folder: "prev", horizon: PlanHorizon(startYear: start, years: holders.count), seats: seats)
  }

  @Test func aPreviousPlanIsKeptInFullWhenNothingChanged() {
    // Last year's plan had B take the lead this year: kept, although A could go on.
    var data = lead(decisions: [])
    data.previous = previous(start: y, holders: ["B", "B", "B"])
    let plan = planLead(data)
    #expect((y..<(y + 3)).map { plan.holders("G", $0, .focal) } == [["B"], ["B"], ["B"]])
    #expect(plan.stage("changes") == 0)
    // The commitments the model kept are the ones the reports read.
    #expect(plan.facts.commitments(group: "G", year: y + 1)?[.focal]?.map(\.donor) == ["B"])
    #expect(plan.facts.commitments(group: "G", year: y + 3) == nil)
  }

  @Test func aPreviousPlanIsDepartedFromWhereANewGapMakesItWorthIt() {
    // New this year: group H needs a skill only b1 has, and b1 has the days for H or the lead
    // of G, not both. Closing the gap comes first, so the plan departs from the commitment.
    var data = lead(decisions: [])
    data.staff[1] = StaffMember(id: "b1", donor: "B", days: 3, skills: ["audit": 2], isSenior: true)
    data = Fixture.data(
      donors: data.donors, staff: data.staff,
      groups: data.groups + [WorkingGroup(id: "H", minDonors: 0, chair: ChairStructure.none)],
      needs: [Need(group: "H", skill: "audit", level: 2)],
      participation: data.participation)
    data.previous = previous(start: y, holders: ["B", "B", "B"])
    let plan = planLead(data)
    #expect(plan.stage("shortfall") == 0)
    #expect(plan.active(in: "H") == ["b1"])
    #expect(plan.holders("G", y, .focal) == ["A"])
  }

  @Test func yearsOfAPreviousPlanBeforeTheStartAreHistoryForTheTerm() {
    // The previous plan (from y − 2) had B lead y − 2 and y − 1; with a term of 2, B cannot
    // lead in y, although today's participation knows nothing of it.
    var data = lead(decisions: [])
    data.groups[0].term = 2
    data.previous = previous(start: y - 2, holders: ["B", "B", "B"])
    let plan = planLead(data)
    #expect(plan.status == .optimal)
    #expect(plan.holders("G", y, .focal) == ["A"])
  }

  @Test func decisionsThatCannotAllHoldEndTheRunAsInfeasible() {
    // b1 has 3 days: active in H (1) and the lead of G (1 + 2) need 4. Each row alone is
    // possible, so only the model finds that they cannot hold together.
    var data = lead(decisions: [])
    data.staff[1].days = 3
    data.groups.append(WorkingGroup(id: "H", minDonors: 0, chair: ChairStructure.none))
    data = Fixture.data(
      donors: data.donors, staff: data.staff, groups: data.groups,
      participation: data.participation)
    data.decisions = [
      Decision(kind: .active, group: "H", staff: "b1", line: 2),
      Decision(kind: .holds, group: "G", staff: "b1", donor: "B", role: .focal, year: y, line: 3),
    ]
    let plan = planLead(data)
    #expect(plan.status == .infeasible)
    #expect(plan.message.hasSuffix("together with the 2 decisions of decisions.csv"))
  }
}
