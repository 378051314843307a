import Foundation
import HarmonizeData
import HarmonizePlanning
import HarmonizeReports
import Testing

/// The plan reports written from the hand-made `PlanFixture` plan, checked cell by cell.
struct PlanReportsTests {
  func reports(
    _ plan: Plan = PlanFixture.plan(), dataSet: DataSet = PlanFixture.dataSet()
  ) -> PlanReports {
    PlanReports(dataSet: dataSet, plan: plan, options: PlanFixture.options(), version: "9.9.9")
  }

  /// The table's rows as cells, header first, parsed back from the rendered CSV.
  func cells(_ table: CSVTable) -> [[String]] {
    [table.columns] + table.rows
  }

  @Test func staffPlanHasOneRowPerPairWithLevelChangeNamePreviousLevelAndReason() {
    let table = reports().staffPlan()
    #expect(
      table.columns == [
        "staff", "donor", "group", "level", "change", "name", "previous_level", "reason",
        "decided", "delegate_to", "delegate_reason",
      ])
    let rows = table.rows.map { Array($0.prefix(7)) }
    #expect(
      rows == [
        ["a1", "A", "G1", "active", "keep", "a1", "active"],
        ["a2", "A", "G1", "attending", "demote", "a2", "active"],
        ["b1", "B", "G1", "active", "promote", "b1", "attending"],
        ["b1", "B", "TF", "", "leave", "b1", "active"],
        ["c1", "C", "G2", "active", "join", "c1", ""],
      ])
    #expect(table.rows[3][7] == "task force ended in 2026")
  }

  @Test func chairPlanHasOneRowPerSeatAndYearWithChangeAndVolunteering() {
    let table = reports().chairPlan()
    #expect(
      Array(table.columns.prefix(7)) == [
        "group", "year", "role", "donor", "staff", "change", "volunteered",
      ])
    let rows = table.rows.map { Array($0.prefix(8)) }
    #expect(
      rows == [
        ["G1", "2027", "focal", "B", "b1", "rotate", "no", "A"],
        ["G1", "2027", "vice", "A", "a1", "new", "no", ""],
        ["G1", "2028", "focal", "B", "b1", "continue", "no", ""],
        ["G1", "2028", "vice", "A", "a1", "continue", "no", ""],
        ["G2", "2027", "focal", "C", "c1", "new", "yes", ""],
        ["G2", "2028", "focal", "C", "c1", "continue", "no", ""],
      ])
  }

  @Test func donorBurdenPutsThePlanFirstAndTodayInBeforeColumns() throws {
    let table = reports().donorBurden()
    let columns = table.columns
    #expect(Array(columns.prefix(5)) == ["donor", "active_groups", "chair_roles", "days", "share"])
    for column in ["active_groups_before", "chair_roles_before", "days_before", "share_before"] {
      #expect(columns.contains(column))
    }
    #expect(columns.contains("seats_2027") && columns.contains("seats_2028"))
    #expect(columns.contains("seats_2026_before"))
    func cell(_ donor: String, _ column: String) -> String? {
      guard let c = columns.firstIndex(of: column) else { return nil }
      return table.rows.first { $0[0] == donor }?[c]
    }
    // A: plan 1 membership + a vice seat (1 day) each year = 2.00 days; today 2 + focal 2 = 4.00.
    #expect(cell("A", "days") == "2.00")
    #expect(cell("A", "days_before") == "4.00")
    #expect(cell("A", "chair_roles") == "1")
    #expect(cell("A", "seats_2028") == "1")
    #expect(cell("B", "active_groups") == "1")
    #expect(cell("B", "active_groups_before") == "1")
    #expect(cell("C", "active_groups_before") == "0")
  }

  /// Every ladder step is a row of tradeoff.csv and a line of the summary's chart.
  @Test func theLadderIsListedInTradeoffAndDrawnInTheSummary() {
    var plan = PlanFixture.plan()
    plan.ladder = [
      Plan.LadderStep(ceiling: nil, changes: 5, largestLoad: 0.9, overload: 0, outcome: .proven),
      Plan.LadderStep(ceiling: 0.85, changes: 6, largestLoad: 0.8, overload: 0, outcome: .proven),
      Plan.LadderStep(
        ceiling: 0.75, changes: nil, largestLoad: 0.7, overload: 0, outcome: .overRate),
    ]
    plan.ladder[1].chosen = true
    plan.ladder[0].unasked = 2
    plan.ladder[1].unasked = 2
    plan.ceiling = 0.85
    let r = reports(plan)
    #expect(
      r.tradeoff().rendered() == """
        ceiling,changes,largest_load,status,chosen,overload,unasked
        none,5,0.9000,optimal,no,0.0000,2
        0.85,6,0.8000,optimal,yes,0.0000,2
        0.75,,0.7000,over_rate,no,0.0000,

        """)
    let summary = r.folder().files["summary.txt"] ?? ""
    #expect(summary.contains("What a fairer plan would cost"))
    #expect(summary.contains("Load ceiling: 85.0% (chosen by the ladder)"))
    #expect(summary.contains("<- chosen"))
    #expect(summary.contains("> 8"))  // over the rate: more than 6 + 2 changes
  }

  @Test func aSolvedPlanWritesEveryReportFile() {
    let files = reports().folder().files.keys.sorted()
    #expect(
      files == [
        "calls.csv", "chair_plan.csv", "concentration.csv", "donor_burden.csv",
        "donors/A.txt", "donors/B.txt", "donors/C.txt", "duplications.csv", "gaps.csv",
        "index.html", "parents.csv", "pillars.csv", "priorities.csv", "run.json",
        "staff_plan.csv", "summary.txt", "tradeoff.csv",
      ])
  }

  @Test func anInfeasiblePlanWritesTheSummaryRunRecordAndTodaysPage() throws {
    let message = "group G1: no senior staff can hold the focal seat"
    let r = reports(PlanFixture.plan(status: .infeasible, message: message))
    let folder = r.folder()
    #expect(folder.files.keys.sorted() == ["index.html", "run.json", "summary.txt"])
    #expect(folder.files["summary.txt"]?.contains("Status: infeasible") == true)
    #expect(folder.files["summary.txt"]?.contains("Reason: \(message)") == true)
    let json = try parse(folder.files["run.json"] ?? "")
    #expect(json["status"] as? String == "infeasible")
    #expect(json["message"] as? String == message)
    #expect(json["shortfall"] is NSNull)
  }

  /// A priority searched by neighbourhoods says so under the status, with its counts; a plan
  /// searched whole has no such line.
  @Test func theSummarySaysWhichPrioritiesWereSearchedByNeighbourhoods() {
    var plan = PlanFixture.plan(status: .feasible)
    #expect(!(reports(plan).folder().files["summary.txt"] ?? "").contains("neighbourhoods"))
    plan.stages[0].neighbourhoods = 19
    plan.stages[0].betterNeighbourhoods = 9
    let summary = reports(plan).folder().files["summary.txt"] ?? ""
    #expect(summary.contains("Searched by neighbourhoods ("))
    #expect(summary.contains("in the time limit): shortfall 19 (9 better)\n"))
  }

  /// The headline names the proven priorities and each other one's gap, or its lack of bound.
  @Test func theProofSummaryNamesEachPrioritysStanding() {
    var plan = PlanFixture.plan(status: .feasible)
    plan.stages = [
      Plan.Stage(priority: .shortfall, value: 1, bound: 1, status: .optimal, gap: 0, seconds: 1),
      Plan.Stage(priority: .excess, value: 0, bound: 0, status: .optimal, gap: 0, seconds: 0),
      Plan.Stage(
        priority: .changes, value: 51, bound: 35, status: .feasible, gap: 0.314, seconds: 30),
      Plan.Stage(
        priority: .weighted, value: -76, bound: nil, status: .feasible, gap: 1, seconds: 20),
    ]
    plan.reproducible = true  // the weighted priority ended on its budget, not the clock
    #expect(
      plan.proofSummary
        == "shortfall, excess proven; changes NOT proven (gap 31.4%); "
        + "weighted ended on its work budget (no bound)")
    let summary = reports(plan).folder().files["summary.txt"] ?? ""
    #expect(summary.contains("Status: feasible (shortfall, excess proven; changes NOT proven"))
  }

  @Test func aTimeLimitedPlanIsMarkedNotProvenOptimalWithItsGap() throws {
    let r = reports(PlanFixture.plan(status: .feasible))
    let summary = r.folder().files["summary.txt"] ?? ""
    #expect(summary.contains("NOT proven"))
    #expect(summary.contains("gap 50.0%"))
    let json = try parse(r.runRecord().rendered())
    #expect(json["status"] as? String == "feasible")
    #expect(json["gap"] as? Double == 0.5)
  }

  func parse(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func runRecordHoldsTheContractKeysAndThePlanTotals() throws {
    let r = reports()
    let json = try parse(r.runRecord().rendered())
    for key in ["status", "gap", "seconds", "shortfall", "excess", "max_load", "version"] {
      #expect(json[key] != nil, "missing \(key)")
    }
    #expect(json["status"] as? String == "optimal")
    #expect(json["version"] as? String == "9.9.9")
    #expect(json["shortfall"] as? Int == r.after.shortfall)
    #expect(json["excess"] as? Int == r.after.excess)
    #expect(json["start_year"] as? Int == 2027)
    #expect(json["years"] as? Int == 2)
    #expect(json["checksums"] as? [String: String] == PlanFixture.dataSet().checksums)
    let stages = try #require(json["stages"] as? [[String: Any]])
    #expect(stages.first?["name"] as? String == "shortfall")
    #expect(stages.first?["value"] as? Double == 2)
  }

  @Test func runRecordDiffersBetweenRunsOnlyOnLinesHoldingSeconds() {
    var slow = PlanFixture.plan()
    slow.seconds = 17.5
    slow.stages[0].seconds = 9.75
    let a = reports().runRecord().rendered().split(separator: "\n")
    let b = reports(slow).runRecord().rendered().split(separator: "\n")
    #expect(a.count == b.count)
    for (x, y) in zip(a, b) where x != y {
      #expect(x.contains("\"seconds\"") && y.contains("\"seconds\""))
    }
    #expect(a != b)
  }

  @Test func runRecordKeysAreSortedAndStringsEscaped() {
    let record = RunRecord([
      "b": .string("say \"hi\"\n\\"), "a": .object(["z": .integer(1), "y": .null]),
    ])
    #expect(
      record.rendered() == """
        {
          "a": {
            "y": null,
            "z": 1
          },
          "b": "say \\"hi\\"\\n\\\\"
        }

        """)
  }

  @Test func namesThatLookLikeFormulasAreWrittenAsText() {
    let dataSet = PlanFixture.dataSet(names: [
      "a1": "=HYPERLINK(\"x\")", "a2": "+1 call", "A": "@A",
    ])
    let csv = reports(dataSet: dataSet).staffPlan().rendered()
    #expect(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
    #expect(csv.contains(",'+1 call,"))
    for line in csv.split(separator: "\n") {
      for cell in line.split(separator: ",") {
        #expect(!(cell.hasPrefix("=") || cell.hasPrefix("+") || cell.hasPrefix("@")))
      }
    }
  }

  @Test func summaryShowsTodayAndThePlanSideBySideAndTheRotation() {
    let summary = reports().folder().files["summary.txt"] ?? ""
    #expect(summary.contains("Status: optimal (every priority proven optimal)"))
    #expect(summary.contains("time: 1.25 seconds"))
    // Rotation: G1 led by B with A as vice both years; G2 led by C.
    #expect(summary.contains("  G1     B/A   B/A"))
    #expect(summary.contains("  G2     C     C"))
    #expect(summary.contains("  A: keep 1, demote 1; seats continue 1, new 1"))
    #expect(summary.contains("  C: join 1; seats continue 1, new 1"))
  }

  @Test func donorBriefSaysWhatChangesWhyAndItsSeatsPerYear() {
    let brief = reports().folder().files["donors/A.txt"] ?? ""
    #expect(brief.hasPrefix("Avalon (A): the plan for 2027-2028\n"))
    #expect(brief.contains("Load: 50.0% today, 25.0% in the plan"))
    #expect(brief.contains("  demote G1: a2 (a2), now attending: A stays active in G1"))
    #expect(brief.contains("  2027: G1 vice through a1, new: seat was empty in 2026"))
    #expect(
      brief.contains(
        "  2027: hands over G1 focal to B: term of 2 years ended for A; A moves to the vice seat"))
  }

}
