import Foundation
import HarmonizeData
import HarmonizePlanning
import HarmonizeReports
import Testing

/// Decisions and rolling plans end to end: `validate` and `plan` run as processes on copies
/// of the bundled sets, and the property that a plan pinned in full is the same plan.
@Suite struct DecisionCLITests {
  static let header = "decision,group,staff,donor,role,year,reason\n"

  /// One decision of each kind for a bundled set planned from 2027 (Data/decisions/).
  static func decisions(_ name: String) throws -> String {
    try String(
      contentsOf: PlanCLITests.repository.appendingPathComponent("Data/decisions/\(name).csv"),
      encoding: .utf8)
  }

  /// A copy of a bundled set in a fresh folder, with `decisions` as its decisions.csv.
  func copy(_ name: String, decisions: String?) throws -> (root: URL, data: URL) {
    let root = try temporaryFolder()
    let data = root.appendingPathComponent(name)
    try FileManager.default.copyItem(
      at: PlanCLITests.repository.appendingPathComponent("Data/\(name)"), to: data)
    if let decisions {
      try decisions.write(
        to: data.appendingPathComponent("decisions.csv"), atomically: true, encoding: .utf8)
    }
    return (root, data)
  }

  @Test(arguments: ["cambodia", "mozambique"])
  func aPlanKeepsADecisionOfEachKind(_ name: String) throws {
    let decisions = try Self.decisions(name)
    let (root, data) = try copy(name, decisions: decisions)
    defer { try? FileManager.default.removeItem(at: root) }
    let checked = try harmonize(["validate", data.path, "--start", "2027"])
    #expect(checked.status == 0, "\(checked.output)")
    let out = root.appendingPathComponent("plan")
    let result = try harmonize([
      "plan", data.path, "--out", out.path, "--start", "2027", "--time-limit", "20",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains(" decided, "))
    let staffPlan = try read(out, "staff_plan.csv")
    let chairPlan = try read(out, "chair_plan.csv")
    #expect(staffPlan.split(separator: "\n")[0].contains(",reason,decided,"))
    // The pinned membership is active and marked with its line; the forbidden one is not.
    let lines = staffPlan.split(separator: "\n").map(String.init)
    func level(_ line: String) -> String { String(line.split(separator: ",")[3]) }
    // `decided` is followed by delegate_to and delegate_reason.
    let pinned = try #require(lines.first { $0.contains(",line 2,") })
    #expect(level(pinned) == "active")
    #expect(pinned.contains("decided: "))
    if let forbidden = lines.first(where: { $0.contains(",line 3,") }) {
      #expect(level(forbidden) != "active")
    }
    #expect(chairPlan.contains(",line 4"))
    let summary = try read(out, "summary.txt")
    #expect(summary.contains("Decisions of the task force (decisions.csv, 6 rows)"))
    #expect(summary.contains("What the decisions cost"))
    let run = try read(out, "run.json")
    #expect(run.contains("\"decided_changes\""))
    // The data set folder is read, never written.
    #expect(try read(data, "decisions.csv") == decisions)
  }

  @Test func aContradictionIsReportedAtBothLines() throws {
    let (root, data) = try copy(
      "cambodia",
      decisions: Self.header + """
        active,TWG-AW,CH2,,,,keep
        holds,TWG-AW,,FAO,focal,2028,volunteered
        not-active,TWG-AW,CH2,,,,leave
        empty,TWG-AW,,,focal,,merged

        """)
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try harmonize(["validate", data.path, "--start", "2027"])
    #expect(result.status == 65)
    #expect(result.output.contains("decisions.csv:4: error: contradicts line 2: staff \"CH2\""))
    #expect(result.output.contains("decisions.csv:5: error: contradicts line 3: the seat"))
    let plan = try harmonize([
      "plan", data.path, "--out", root.appendingPathComponent("plan").path, "--start", "2027",
    ])
    #expect(plan.status == 65)
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("plan").path))
  }

  @Test func aDecisionsFileIsAWhatIfThatLeavesTheDataSetAlone() throws {
    let (root, data) = try copy("cambodia", decisions: nil)
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("what-if.csv")
    try (Self.header + "leaves,TWG-AW,,EU,,,what if EU left\n").write(
      to: file, atomically: true, encoding: .utf8)
    let out = root.appendingPathComponent("plan")
    let result = try harmonize([
      "plan", data.path, "--decisions", file.path, "--out", out.path, "--start", "2027",
      "--time-limit", "20",
    ])
    #expect(result.status == 0, "\(result.error)")
    let staffPlan = try read(out, "staff_plan.csv")
    #expect(
      !staffPlan.split(separator: "\n").contains {
        $0.hasPrefix("EU") && $0.contains(",TWG-AW,active,")
      })
    #expect(try read(out, "summary.txt").contains("(\(file.path), 1 row)"))
    #expect(
      !FileManager.default.fileExists(atPath: data.appendingPathComponent("decisions.csv").path))
    let missing = try harmonize([
      "validate", data.path, "--decisions", root.appendingPathComponent("none.csv").path,
    ])
    #expect(missing.status == 66)
  }

  @Test func aRollingPlanKeepsThePreviousPlanWhenNothingChanged() throws {
    let (root, data) = try copy("cambodia", decisions: nil)
    defer { try? FileManager.default.removeItem(at: root) }
    let first = root.appendingPathComponent("first")
    let second = root.appendingPathComponent("second")
    // A fixed ceiling: no ladder step the clock could cut on a loaded machine.
    let common = ["--start", "2027", "--time-limit", "60", "--load-ceiling", "0.7"]
    #expect(try harmonize(["plan", data.path, "--out", first.path] + common).status == 0)
    let rolled = try harmonize(
      ["plan", data.path, "--out", second.path, "--previous", first.path] + common)
    #expect(rolled.status == 0, "\(rolled.error)")
    // Every column the first run wrote is one the second reads: no "unknown column".
    #expect(!rolled.error.contains("warning"), "\(rolled.error)")
    func seats(_ folder: URL) throws -> [String] {
      try read(folder, "chair_plan.csv").split(separator: "\n").dropFirst().map {
        $0.split(separator: ",").prefix(5).joined(separator: ",")
      }
    }
    #expect(try seats(second) == seats(first))
    let labels = try read(second, "chair_plan.csv").split(separator: "\n").dropFirst()
      .filter { !$0.contains(",empty,") }
    #expect(
      labels.allSatisfy {
        $0.contains(",continue,") && $0.contains("as agreed in the previous plan")
      })
    #expect(try read(second, "summary.txt").contains("0 departed from"))
    let overwrite = try harmonize(
      ["plan", data.path, "--out", first.path, "--previous", first.path] + common)
    #expect(overwrite.status == 73)
  }

  /// With every row of a plan pinned as decisions, the tool returns the same plan, every
  /// change decided and none chosen.
  @Test(arguments: [1, 2] as [UInt64])
  func aPlanPinnedInFullComesBackUnchanged(seed: UInt64) throws {
    var data = try #require(ChangeCountTests.generated(seed))
    var options = PlanningOptions(startYear: 2027)
    options.timeLimit = 30
    let plan = Planner(data, options: options).plan()
    try #require(plan.status == .optimal, "\(plan.message)")
    let reports = PlanReports(dataSet: data, plan: plan, options: options, version: "test")
    var decisions: [Decision] = []
    for row in reports.changes.staff {
      let kind: Decision.Kind = row.after == .active ? .active : .notActive
      decisions.append(Decision(kind: kind, group: row.group, staff: row.staff))
    }
    for row in reports.changes.seats {
      let seat = row.seat
      decisions.append(
        Decision(
          kind: .holds, group: seat.group, staff: seat.staff, donor: seat.donor,
          role: seat.role, year: seat.year))
    }
    for group in reports.after.groups {
      for year in group.seats where year.shortfall > 0 {
        for role in Set(year.required) {
          let held = plan.roster.seats.filter {
            $0.group == group.group.id && $0.year == year.year && $0.role == role
          }
          if held.count < year.required.filter({ $0 == role }).count, held.isEmpty {
            decisions.append(
              Decision(kind: .empty, group: group.group.id, role: role, year: year.year))
          }
        }
      }
    }
    for k in decisions.indices { decisions[k].line = k + 2 }
    data.decisions = decisions
    let again = Planner(data, options: options).plan()
    try #require(again.status == .optimal || again.status == .feasible, "\(again.message)")
    #expect(again.roster == plan.roster)
    let pinned = PlanReports(dataSet: data, plan: again, options: options, version: "test")
    #expect(pinned.changes.count == reports.changes.count)
    #expect(pinned.changes.chosen == 0)
  }
}
