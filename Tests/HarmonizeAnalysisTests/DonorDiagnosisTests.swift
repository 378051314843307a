import HarmonizeAnalysis
import HarmonizeData
import Testing

/// Burden, load, seat shares and limits of donors and staff on the sample data set.
struct DonorDiagnosisTests {
  let d = Sample.diagnosis

  @Test func burdenIsMemberDaysPlusSeatDaysPlusOtherDuties() throws {
    let a = try #require(d.donor("A"))
    // a1: HEALTH 1 + EDU 2; a2: HEALTH 1 + GENDER 1 → member days 5.
    #expect(a.memberDays == 5)
    // Seats: HEALTH focal 2 + EDU troika 1 + GENDER focal 2 (held, even if not valid) = 5,
    // over 1 roster year → 5.
    #expect(a.chairDays == 5)
    // 5 + 5 + other duties 2 = 12; capacity 4 + 2 = 6 → load 2.
    #expect(a.burden == 12)
    #expect(a.capacity == 6)
    #expect(a.load == 2)
    #expect(a.activeGroups == ["EDU", "GENDER", "HEALTH"])
    #expect(a.seatsPerYear == [3])
  }

  @Test func technicalAssistantsAddNeitherBurdenNorCapacity() throws {
    let b = try #require(d.donor("B"))
    // b1: HEALTH 1 (GENDER only attending) + vice 1 = 2; t1 is a TA → capacity 4 (b1 only).
    #expect(b.staff == ["b1"])
    #expect(b.burden == 2)
    #expect(b.capacity == 4)
    #expect(b.load == 0.5)
  }

  @Test func membershipsOfAnEndedTaskForceCostNothing() throws {
    let c = try #require(d.donor("C"))
    // c1: HEALTH 1 + EDU 2 = 3 (TF ended 2024); capacity 3 → load 1.
    #expect(c.burden == 3)
    #expect(c.load == 1)
    // Active in 2 groups, max_groups 1.
    #expect(c.overMaxGroups)
  }

  @Test func maxLoadIsTheLargestDonorLoad() {
    // Loads: A 2, B 0.5, C 1.
    #expect(d.maxLoad == 2)
  }

  @Test func sharesCompareSeatsWithFreeCapacity() throws {
    let a = try #require(d.donor("A"))
    let b = try #require(d.donor("B"))
    // Burden total 12 + 2 + 3 = 17.
    #expect(abs(a.burdenShare - 12.0 / 17) < 1e-12)
    // Seats: A 3, B 1 of 4.
    #expect(a.seatShare == 0.75 && b.seatShare == 0.25)
    // Free capacity: A 6 - 2 = 4, B 4, C 3 → 11.
    #expect(abs(a.capacityShare - 4.0 / 11) < 1e-12)
    // A: 3 seats ≥ 2 and 0.75 > 1.5 × 4/11 ≈ 0.545 → chairs beyond its share. B: 1 seat.
    #expect(a.chairHeavy)
    #expect(!b.chairHeavy)
    // A holds 3 seats in 2025, chair capacity 2.
    #expect(a.overChairCapacity == [2025])
  }

  @Test func zeroCapacityDonorWithABurdenIsLeftOutOfMaxLoad() throws {
    var data = Sample.dataSet
    data.donors.append(Donor(id: "D", otherDuties: 1))
    data = DataSet(
      name: data.name, donors: data.donors, staff: data.staff, groups: data.groups,
      needs: data.needs, participation: data.participation)
    let diagnosis = Diagnosis(of: data, roster: Roster(today: data, year: Sample.year))
    // D: burden 1 (other duties), no staff → load infinite, reported; max load stays 2 (A).
    #expect(diagnosis.donor("D")?.load == .infinity)
    #expect(diagnosis.maxLoad == 2)
  }

  @Test func staffOverTheirDaysOrGroupsAreFound() throws {
    // a1: HEALTH 1 + EDU 2 + focal 2 + troika 1 = 6 > 4 days.
    #expect(d.staffMember("a1")?.daysUsed == 6)
    #expect(d.staffMember("a1")?.overDays == true)
    // a2: HEALTH 1 + GENDER 1 + GENDER focal 2 = 4 > 2 days.
    #expect(d.staffMember("a2")?.daysUsed == 4)
    // b1: HEALTH 1 + vice 1 = 2 ≤ 4.
    #expect(d.staffMember("b1")?.overDays == false)
    // c1: 3 days used of 3, but 2 active groups of max 1.
    #expect(d.staffMember("c1")?.overDays == false)
    #expect(d.staffMember("c1")?.overMaxGroups == true)
  }

  @Test func technicalAssistantActiveInAGroupIsMisplaced() {
    #expect(d.staff.filter(\.misplacedTechnicalAssistant).map(\.staff.id) == ["t1"])
  }
}
