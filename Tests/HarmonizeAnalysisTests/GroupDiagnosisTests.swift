import HarmonizeAnalysis
import HarmonizeData
import Testing

/// Per-group findings on the sample data set, each checked against the arithmetic beside it.
struct GroupDiagnosisTests {
  let d = Sample.diagnosis

  @Test func crowdedGroupCountsDonorsOnceAndFindsItsExcess() throws {
    let health = try #require(d.group("HEALTH"))
    // Active: a1, a2 (A), b1 (B), c1 (C) → donors A, B, C = 3; max 2 → excess 1.
    #expect(health.activeDonors == ["A", "B", "C"])
    #expect(health.excess == 1)
    #expect(health.donorShortfall == 0)
    // a1 and a2 are both A's active staff: an internal duplication.
    #expect(health.internalDuplications.map(\.donor) == ["A"])
    #expect(health.internalDuplications.map(\.staff) == [["a1", "a2"]])
    // pfm ≥ 2 ×2: a1 (3) and b1 (2) → 2, no shortfall.
    #expect(health.needs.map(\.current) == [2])
    #expect(health.competencyShortfall == 0)
    #expect(health.activeMembers == 4 && health.attendingMembers == 0)
  }

  @Test func leadPastItsTermIsDueToRotate() throws {
    let lead = try #require(d.group("HEALTH")?.lead)
    // A has led since 2023; by 2026 (first plan year) that is 2026 - 2023 = 3 years ≥ term 2.
    #expect(lead.seat.donor == "A")
    #expect(lead.yearsServed == 3)
    #expect(lead.rotationDue)
    #expect(lead.overTerm)
  }

  @Test func troikaWithOneSeatHeldMissesTwo() throws {
    let edu = try #require(d.group("EDU"))
    let seats = try #require(edu.seats.first)
    // Troika: focal + 2 troika. Only a1 (A) holds a troika seat, validly → 3 - 1 = 2 empty.
    #expect(seats.year == 2025)
    #expect(seats.filled.map(\.donor) == ["A"])
    #expect(seats.emptyRoles == [.focal, .troika])
    #expect(edu.chairShortfall == 2)
    // c1 (C, senior, active, no seat) could take one.
    #expect(seats.hasCandidate)
    // The TA t1 is active but not a donor member: active non-TA a1, c1 → donors A, C.
    #expect(edu.activeDonors == ["A", "C"])
    #expect(edu.activeMembers == 2)
    #expect(edu.technicalAssistants == ["t1"])
    // pfm ≥ 3: a1 → met; gender ≥ 2: nobody in EDU → shortfall 1.
    #expect(edu.needs.map(\.shortfall) == [0, 1])
  }

  @Test func crossCuttingGroupMissesADonorALinkAndItsChair() throws {
    let gender = try #require(d.group("GENDER"))
    // Active: a2 only (b1 attends) → 1 donor of min 2 → donor shortfall 1.
    #expect(gender.donorShortfall == 1)
    #expect(gender.attendingMembers == 1)
    // a2 is also active in HEALTH (covered) but not in EDU (not covered) → link shortfall 1.
    #expect(gender.links.map(\.group) == ["HEALTH", "EDU"])
    #expect(gender.links.map(\.via) == [["a2"], []])
    #expect(gender.linkShortfall == 1)
    // a2 holds the focal seat but is not senior → the seat counts as empty, no candidate.
    let seats = try #require(gender.seats.first)
    #expect(seats.filled.isEmpty)
    #expect(seats.issues.map(\.reason) == ["a2 is not senior"])
    #expect(!seats.hasCandidate)
    #expect(gender.chairShortfall == 1)
  }

  @Test func taskForcePastItsEndHasNoNeedsButIsFlagged() throws {
    let tf = try #require(d.group("TF"))
    // Ended 2024, the roster year is 2025: no needs, members, seats; still lists c1.
    #expect(!tf.exists)
    #expect(tf.needs.isEmpty && tf.seats.isEmpty && tf.activeDonors.isEmpty)
    #expect(tf.shortfalls.total == 0)
    #expect(tf.pastEnd)
  }

  @Test func stepBackCandidatesAreRankedByGapSeatFitAndLoad() throws {
    let health = try #require(d.group("HEALTH"))
    // C: no pfm, no seat → opens no gap, first. B and A each hold a seat and carry one of
    // the two pfm members (2 - 1 < 2 → a gap); B's best pfm level 2 < A's 3 → B before A.
    #expect(health.stepBack.map(\.donor) == ["C", "B", "A"])
    #expect(health.stepBack.map(\.opensGap) == [false, true, true])
    #expect(health.stepBack.map(\.holdsSeat) == [false, true, true])
    #expect(health.stepBack.map(\.needsMet) == [0, 1, 1])
    // Excess 1 → only the first gap-free candidate is suggested.
    #expect(health.stepBack.map(\.suggested) == [true, false, false])
  }

  @Test func secondSeatOfOneDonorCountsAsEmpty() throws {
    let data = Sample.dataSet
    // A holds both HEALTH seats through a1 (senior, active).
    let roster = Roster(
      memberships: data.participation,
      seats: [
        ChairSeat(group: "HEALTH", year: 2025, role: .focal, donor: "A", staff: "a1", since: 2025),
        ChairSeat(group: "HEALTH", year: 2025, role: .vice, donor: "A", staff: "a1", since: 2025),
      ], years: [2025])
    let seats = try #require(Diagnosis(of: data, roster: roster).group("HEALTH")?.seats.first)
    // The lead counts; A's second seat (vice) counts as empty → 1 filled, 1 empty.
    #expect(seats.filled.map(\.role) == [.focal])
    #expect(seats.issues.map(\.reason) == ["second seat of A"])
    #expect(seats.shortfall == 1)
  }

  @Test func planRosterJudgesSeatsPerYearWithinEachGroupsHorizon() throws {
    let data = Sample.dataSet
    // A plan over 2026-2029 with horizon 3: EDU (main) has seats in all 4 years, HEALTH and
    // GENDER in 2026-2028 only; TF has ended. No seat is held at all.
    let roster = Roster(
      memberships: data.participation, seats: [], years: [2026, 2027, 2028, 2029])
    let plan = Diagnosis(of: data, roster: roster, horizon: 3)
    // EDU 3 seats × 4 years = 12; HEALTH 2 × 3 = 6; GENDER 1 × 3 = 3 → 21.
    #expect(plan.group("EDU")?.seats.map(\.year) == [2026, 2027, 2028, 2029])
    #expect(plan.group("HEALTH")?.seats.map(\.year) == [2026, 2027, 2028])
    #expect(plan.shortfalls.chairs == 21)
  }

  @Test func donorCarryingALinkAloneIsNotSuggestedToStepBack() throws {
    // X (cross-cutting, 1 to 1 donors) links to H. P and Q are active in X; only P's p1 is
    // also active in H.
    let data = DataSet(
      name: "links", donors: [Donor(id: "P"), Donor(id: "Q")],
      staff: [StaffMember(id: "p1", donor: "P"), StaffMember(id: "q1", donor: "Q")],
      groups: [
        WorkingGroup(id: "H", chair: ChairStructure.none),
        WorkingGroup(
          id: "X", kind: .crossCutting, minDonors: 1, maxDonors: 1, chair: ChairStructure.none,
          links: ["H"]),
      ],
      participation: [
        Membership(staff: "p1", group: "X"), Membership(staff: "q1", group: "X"),
        Membership(staff: "p1", group: "H"),
      ])
    let x = try #require(
      Diagnosis(of: data, roster: Roster(today: data, year: 2025)).group("X"))
    // 2 active donors, max 1 → excess 1. P stepping back would leave the link to H uncovered;
    // Q's would not (1 donor left ≥ min 1) → Q first and suggested.
    #expect(x.excess == 1)
    #expect(x.stepBack.map(\.donor) == ["Q", "P"])
    #expect(x.stepBack.map(\.opensGap) == [false, true])
    #expect(x.stepBack.map(\.suggested) == [true, false])
  }

  @Test func seatOfAnEndedTaskForceIsReportedNotRequired() throws {
    let data = Sample.dataSet
    // c1 is listed in TF (ended 2024) and a roster gives it TF's focal seat in 2025.
    let roster = Roster(
      memberships: data.participation,
      seats: [
        ChairSeat(group: "TF", year: 2025, role: .focal, donor: "C", staff: "c1", since: 2025)
      ], years: [2025])
    let tf = try #require(Diagnosis(of: data, roster: roster).group("TF"))
    #expect(tf.seats.isEmpty)
    #expect(tf.chairShortfall == 0)
    #expect(tf.strayIssues.map(\.reason) == ["the group no longer exists in 2025"])
  }
}
