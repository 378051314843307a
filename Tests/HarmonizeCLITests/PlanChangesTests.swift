import HarmonizeData
import HarmonizeReports
import Testing

/// Change labels of a plan against today, on the hand-made `PlanFixture`.
struct PlanChangesTests {
  let dataSet = PlanFixture.dataSet()
  var changes: PlanChanges {
    PlanChanges(
      today: Roster(today: dataSet, year: PlanFixture.startYear - 1),
      plan: PlanFixture.planRoster(), dataSet: dataSet, horizon: 2)
  }

  func staffRow(_ staff: String, _ group: String) -> PlanChanges.StaffRow? {
    changes.staff.first { $0.staff == staff && $0.group == group }
  }

  func seatRow(_ group: String, _ year: Int, _ role: SeatRole) -> PlanChanges.SeatRow? {
    changes.seats.first { $0.seat.group == group && $0.seat.year == year && $0.seat.role == role }
  }

  @Test(arguments: [
    ("a1", "G1", PlanChanges.MemberChange.keep),
    ("a2", "G1", .demote),
    ("b1", "G1", .promote),
    ("b1", "TF", .leave),
    ("c1", "G2", .join),
  ])
  func everyPairActiveTodayOrInThePlanGetsItsLabel(
    staff: String, group: String, change: PlanChanges.MemberChange
  ) {
    #expect(staffRow(staff, group)?.change == change)
  }

  @Test func onlyPairsActiveTodayOrInThePlanAreListedSortedByStaffAndGroup() {
    let pairs = changes.staff.map { "\($0.staff)/\($0.group)" }
    #expect(pairs == ["a1/G1", "a2/G1", "b1/G1", "b1/TF", "c1/G2"])
  }

  @Test func aDemotedMemberStaysAsAttending() {
    let row = staffRow("a2", "G1")
    #expect(row?.before == .active)
    #expect(row?.after == .attending)
  }

  @Test func aLeavingMemberHasNoLevelInThePlan() {
    let row = staffRow("b1", "TF")
    #expect(row?.before == .active)
    #expect(row?.after == nil)
  }

  @Test func reasonsQuoteTheFiguresBeforeThePlan() {
    // G1 had only A active (b1 attended), of 2 donors needed; G2 had nobody.
    #expect(staffRow("b1", "G1")?.reason.contains("group had 1 active donor of 2 needed") == true)
    #expect(staffRow("b1", "G1")?.reason.contains("holds the focal seat in 2027-2028") == true)
    #expect(staffRow("c1", "G2")?.reason.contains("group had 0 active donors of 2 needed") == true)
    #expect(staffRow("b1", "TF")?.reason == "task force ended in 2026")
    #expect(
      staffRow("a2", "G1")?.reason.contains("A stays active in G1 through other staff") == true)
    #expect(staffRow("a1", "G1")?.reason == "")
  }

  @Test func aDemotionThatLightensTheDonorSaysByHowMuch() {
    // A today: a1, a2 active in G1 (1 day each) + focal (2 days) = 4 of 8 days = 50%.
    // Plan: a1 active (1) + vice averaged over 2 years (1) = 2 of 8 = 25%.
    #expect(staffRow("a2", "G1")?.reason.contains("lightens A's load 50.0% → 25.0%") == true)
  }

  @Test(arguments: [
    ("G1", 2027, SeatRole.focal, PlanChanges.SeatChange.rotate),
    ("G1", 2027, .vice, .new),
    ("G1", 2028, .focal, .continue),
    ("G1", 2028, .vice, .continue),
    ("G2", 2027, .focal, .new),
    ("G2", 2028, .focal, .continue),
  ])
  func everySeatOfEveryPlanYearGetsItsLabel(
    group: String, year: Int, role: SeatRole, change: PlanChanges.SeatChange
  ) {
    #expect(seatRow(group, year, role)?.change == change)
  }

  @Test func aRotationNamesThePreviousDonorAndTheEndedTerm() {
    let row = seatRow("G1", 2027, .focal)
    #expect(row?.previousDonor == "A")
    #expect(
      row?.reason
        == "term of 2 years ended for A; B expressed no interest: the task force must ask it "
        + "(calls.csv)")
  }

  @Test func volunteeringFollowsTheInterestWindow() {
    // C's interest covers 2027 only.
    #expect(seatRow("G2", 2027, .focal)?.volunteered == true)
    #expect(seatRow("G2", 2028, .focal)?.volunteered == false)
    #expect(seatRow("G1", 2027, .focal)?.volunteered == false)
    #expect(
      seatRow("G2", 2027, .focal)?.reason == "seat was empty in 2026; volunteered (preference 1)")
  }

  @Test func seatsHandedOverAreListedWithTheirSuccessorAndWhy() {
    let releases = changes.releases.map {
      "\($0.group) \($0.year) \($0.role.rawValue) \($0.donor) → \($0.successor ?? "-"): \($0.reason)"
    }
    #expect(
      releases == [
        "G1 2027 focal A → B: term of 2 years ended for A; A moves to the vice seat",
        "TF 2027 focal B → -: task force ended in 2026",
      ])
  }

  @Test func anUnchangedRosterIsAllKeepAndContinue() {
    let today = Roster(today: dataSet, year: 2026)
    var same = today
    same.years = [2027]
    same.seats = today.seats.map { seat in
      var next = seat
      next.year = 2027
      return next
    }
    let unchanged = PlanChanges(today: today, plan: same, dataSet: dataSet)
    #expect(unchanged.staff.allSatisfy { $0.change == .keep })
    #expect(!unchanged.seats.isEmpty)
    // TF ended in 2026: its seat is kept in this roster but still compares with the year before.
    #expect(unchanged.seats.allSatisfy { $0.change == .continue })
  }
}
