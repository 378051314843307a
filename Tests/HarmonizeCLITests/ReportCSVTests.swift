import HarmonizeAnalysis
import HarmonizeReports
import Testing

/// The three CSV reports of the sample data set, row by row against the hand calculation.
struct ReportCSVTests {
  @Test func gapsListOneRowPerShortfall() throws {
    let gaps = AnalysisReports.gaps(try ReportFixture.diagnosis()).rendered()
    // EDU: nobody active with gender ≥ 2 (0 of 1); troika with only A's troika seat (1 of 3).
    // GENDER: 1 active donor of 2; no member also in EDU; a2's focal seat does not count.
    let expected = """
      group,kind,required,current,shortfall,detail,year,pillar,outside
      EDU,competency,1,0,1,gender at level 2 or above,2025,social,no
      EDU,chair,3,1,2,empty: focal; troika,2025,social,no
      GENDER,donors,2,1,1,active donors: A,2025,,no
      GENDER,link,1,0,1,no active member also active in EDU,2025,,no
      GENDER,chair,1,0,1,empty: focal; no senior active member of a donor without a seat; \
      A focal does not count: a2 is not senior,2025,,no

      """
    #expect(gaps == expected)
  }

  @Test func gapsShortfallColumnSumsToTheTotal() throws {
    let d = try ReportFixture.diagnosis()
    let table = AnalysisReports.gaps(d)
    let sum = table.rows.compactMap { Int($0[4]) }.reduce(0, +)
    // 1 + 2 + 1 + 1 + 1 = 6, the diagnosis' total.
    #expect(sum == 6)
    #expect(sum == d.shortfall)
  }

  @Test func duplicationsRankStepBackCandidatesAndListInternalDuplicates() throws {
    let rows = AnalysisReports.duplications(try ReportFixture.diagnosis()).rows
    // HEALTH: A, B, C active, max 2 → excess 1. C first (no gap, no seat), then B (pfm 2)
    // before A (pfm 3); loads B 2/4 = 50%, A 12/6 = 200%, C 3/3 = 100%.
    #expect(
      rows[0] == [
        "HEALTH", "3", "2", "1", "active donors: A; B; C", "donors", "C",
        "1. C (no seat, meets 0 of 1 needs, load 100.0%); "
          + "2. B (would open a gap, holds a seat, meets 1 of 1 needs, load 50.0%); "
          + "3. A (would open a gap, holds a seat, meets 1 of 1 needs, load 200.0%)",
      ])
    #expect(
      rows[1] == [
        "HEALTH", "3", "2", "0", "A has 2 active staff: a1; a2", "internal", "", "",
      ])
    #expect(rows.count == 2)
  }

  @Test func donorBurdenShowsDaysSharesAndSeats() throws {
    let burden = AnalysisReports.donorBurden(try ReportFixture.diagnosis()).rendered()
    // A: members 5 + seats 5 + other 2 = 12 of 17 (0.706); capacity 6 → load 2;
    //    seats 3 of 4 (0.750); free capacity (6 - 2) / 11 = 0.364 → chairs beyond share.
    // B: 1 + 1 = 2 of 17 (0.118); capacity 4 → 0.5; seats 1/4; free 4/11.
    // C: 3 + 0 = 3 of 17 (0.176); capacity 3 → 1; no seats; free 3/11 = 0.273.
    // Concentration (no max_groups: the EU Code's 3): A gives HEALTH 2 members + focal 2 = 4,
    // EDU 2 + troika 1 = 3, GENDER 1 + focal 2 = 3: 10 days, 3.33 per group, a seat (a task)
    // in all 3. B: HEALTH 1 + vice 1. C (max_groups 1): HEALTH 1 + EDU 2 (TF has ended),
    // over by 1, no seat and no needed skill anywhere: active in many, proactive in few.
    let expected = """
      donor,active_groups,chair_roles,days,share,capacity,load,other_duties,member_days,\
      chair_days,seat_share,capacity_share,chair_heavy,seats_2025,name,group_limit,limit_from,\
      over_limit,group_days,days_per_group,top3_share,proactive_groups,spread_thin
      A,3,3,12.00,0.706,6.00,2.000,2.00,5.00,5.00,0.750,0.364,yes,3,Avalon,3,eu_code,0,10.00,\
      3.33,1.000,3,no
      B,1,1,2.00,0.118,4.00,0.500,0.00,1.00,1.00,0.250,0.364,no,1,Borduria,3,eu_code,0,2.00,\
      2.00,1.000,1,no
      C,2,0,3.00,0.176,3.00,1.000,0.00,3.00,0.00,0.000,0.273,no,0,Carpania,1,max_groups,1,3.00,\
      1.50,1.000,0,yes

      """
    #expect(burden == expected)
  }

  @Test func donorBurdenPutsTheComparedRosterInSuffixedColumns() throws {
    let d = try ReportFixture.diagnosis()
    let table = AnalysisReports.donorBurden(d, compared: d, suffix: "_after")
    // 12 measures + 1 seat year, before and after, plus donor and name: 2 × 13 + 2 = 28;
    // then 8 concentration measures, before and after: 44.
    #expect(table.columns.count == 44)
    #expect(table.columns.last == "spread_thin_after")
    #expect(table.columns.contains("load_after"))
    #expect(table.columns.contains("seats_2025_after"))
    let a = try #require(table.rows.first)
    let load = try #require(table.columns.firstIndex(of: "load"))
    let loadAfter = try #require(table.columns.firstIndex(of: "load_after"))
    #expect(a[load] == "2.000" && a[loadAfter] == "2.000")
  }
}
