import HarmonizeAnalysis
import HarmonizeData
import HarmonizeReports
import Testing

/// `summary.txt`, the donor briefs and the aligned text table.
struct ReportTextTests {
  /// The line's words, so aligned table rows compare without their padding.
  func words(_ line: Substring) -> [String] {
    line.split(whereSeparator: { $0 == " " }).map(String.init)
  }

  @Test func summaryLeadsWithTheHeadlineNumbers() throws {
    let text = SummaryText.analysis(try ReportFixture.diagnosis())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines[0] == "Harmonize analysis of sample: current year 2025 (the plan would start in 2026)")
    // Shortfall 1 + 1 + 1 + 3 = 6; excess 1 in HEALTH; loads A 200%, C 100%, B 50%.
    #expect(lines[2] == "Total shortfall 6: donors 1, competency 1, links 1, chair seats 3")
    #expect(lines[3] == "Excess 1: donors above max_donors in 1 group(s)")
    #expect(lines[4] == "Largest donor load 200.0% (A); 1 donor(s) above 100%")
    #expect(lines[5] == "4 groups, 3 donors, 5 staff (1 technical assistants)")
  }

  @Test func summaryNamesRotationsMisplacedAssistantsAndOverloadedStaff() throws {
    let text = SummaryText.analysis(try ReportFixture.diagnosis())
    // HEALTH's lead A since 2023: 3 years by 2026, term 2.
    #expect(
      text.contains("Rotations due in 2026\n  HEALTH: A has led since 2023 (3 years, term 2)\n"))
    #expect(text.contains("  t1 (B): active in EDU (a TA never counts as a member nor chairs)\n"))
    // a1: 1 + 2 + 2 + 1 = 6 of 4 days; a2: 1 + 1 + 2 = 4 of 2; c1: 2 groups of max 1.
    #expect(text.contains("  a1 (A): 6.00 days used of 4.00\n"))
    #expect(text.contains("  a2 (A): 4.00 days used of 2.00\n"))
    #expect(text.contains("  c1 (C): active in 2 groups of max 1\n"))
    // TF ended 2024 and still lists c1.
    #expect(
      text.contains("Task forces past their end\n  TF: ended 2024; still lists 1 member(s)\n"))
  }

  @Test func summaryTablesListGapsCrowdingBurdenAndSeats() throws {
    let text = SummaryText.analysis(try ReportFixture.diagnosis())
    let rows = text.split(separator: "\n").map(words)
    // Worst gaps: EDU 3 (competency, 2 seats) and GENDER 3 (donor, link, chair), by id.
    let gaps = rows.filter { $0.first == "EDU" || $0.first == "GENDER" }
    #expect(gaps[0].prefix(6) == ["EDU", "3", "0", "1", "0", "2"])
    #expect(gaps[1].prefix(6) == ["GENDER", "3", "1", "0", "1", "1"])
    #expect(rows.contains(["HEALTH", "3", "2", "1", "C"]))
    #expect(
      rows.contains([
        "A", "3", "3", "12.00", "6.00", "200.0%", "70.6%", "overloaded,", "chairs", "beyond",
        "share,", "over", "chair_capacity",
      ]))
    // Seats 2025: EDU troika: focal empty, A's troika, one troika empty; HEALTH A / B.
    #expect(rows.contains(["EDU", "troika", "-", "/", "A", "/", "-"]))
    #expect(rows.contains(["HEALTH", "focal+vice", "A", "/", "B"]))
    #expect(rows.contains(["GENDER", "focal", "-"]))
    #expect(rows.contains(["TF", "focal+vice"]))
  }

  @Test func donorBriefSaysWhatIsOverAndWhatIsAsked() throws {
    let d = try ReportFixture.diagnosis()
    let a = DonorBrief.render(try #require(d.donor("A")), in: d)
    #expect(a.hasPrefix("A: Avalon\nBurden 12.00 days per month of 6.00 capacity: load 200.0%,"))
    #expect(a.contains("Seats 2025: 3: EDU troika (a1, since 2024); GENDER focal"))
    #expect(a.contains("  - 3 seats in 2025, chair_capacity is 2\n"))
    #expect(a.contains("  - HEALTH: 2 active staff (a1, a2) count as one donor\n"))
    #expect(a.contains("  - GENDER focal seat 2025 does not count: a2 is not senior\n"))
    #expect(
      a.contains("  - HEALTH: hand over the lead; held since 2023, 3 years by 2026, term 2\n"))
    // EDU misses one gender ≥ 2 member; a2 (gender 2) is not active there.
    #expect(a.contains("  - EDU: needs 1 more with gender at level 2+; a2 has it\n"))
    let c = DonorBrief.render(try #require(d.donor("C")), in: d)
    #expect(c.contains("  - HEALTH: over-populated (3 of max 2); step back to attending"))
    #expect(c.contains("  - EDU: empty focal+troika seat in 2025; c1 could take it\n"))
    #expect(c.contains("  - active in 2 groups, max_groups is 1\n"))
  }

  @Test func briefFileNamesAreSafeAndDistinct() {
    let data = DataSet(
      name: "n", donors: [Donor(id: "x/y"), Donor(id: ".hidden"), Donor(id: "X"), Donor(id: "x")],
      staff: [], groups: [])
    let names = DonorBrief.fileNames(data)
    // Sorted by id: ".hidden", "X", "x", "x/y"; "x" clashes with "X" on case-blind disks;
    // an unsafe id gets a safe name and a hash of the id, so "x/y" and "x_y" stay apart.
    #expect(
      names.map(\.file) == ["_hidden-e5e365c5.txt", "X.txt", "x-2.txt", "x_y-c1e2ca2a.txt"])
  }

  @Test func textTableAlignsTextLeftAndNumbersRight() {
    var table = TextTable(columns: ["donor", "days"])
    table.append(["Suécia", "2.50"])
    table.append(["EU", "12.00"])
    // Widths: donor 6 (Suécia), days 5 (12.00); two spaces between columns.
    #expect(
      table.rendered() == """
          donor    days
          ------  -----
          Suécia   2.50
          EU      12.00

        """)
  }
}
