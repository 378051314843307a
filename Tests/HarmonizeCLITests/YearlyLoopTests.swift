import Foundation
import HarmonizeReports
import Testing

/// Issue 25's five findings, run as a careful user would: a previous plan and a decisions
/// file are never changed or lost, repeated rows count once, a truncated previous plan is an
/// error, and many decision rows are checked quickly.
@Suite struct YearlyLoopTests {
  /// Finding 1: a link to the previous plan given as `--out` (or the link as `--previous` and
  /// the folder as `--out`) is the previous plan: refused, the plan kept.
  @Test func aLinkToThePreviousPlanIsNeverItsReplacement() throws {
    let f = try YearlyLoopFixture()
    defer { f.remove() }
    let link = f.root.appendingPathComponent("current")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: f.previous)
    let before = try f.inputs()
    for (out, previous) in [(link, f.previous), (f.previous, link)] {
      let result = try f.plan(["--previous", previous.path, "--out", out.path])
      #expect(result.status == 73, "\(result.error)")
      #expect(result.error.contains(YearlyLoopFixture.real(f.previous)))
      #expect(result.error.contains("previous plan folder \(previous.path)"))
    }
    #expect(try f.inputs() == before)
    #expect(try read(f.previous, "run.json").contains("\"start_year\": 2026"))
  }

  /// Finding 2: a decisions file kept in the report folder's `donors/` is an input the folder
  /// holds, and a file the folder's manifest does not name: never deleted.
  @Test func aDecisionsFileInTheReportFolderIsNeverDeleted() throws {
    let f = try YearlyLoopFixture()
    defer { f.remove() }
    let kept = f.previous.appendingPathComponent("donors/decisions.txt")
    try FileManager.default.copyItem(at: f.decisions, to: kept)
    let before = try f.inputs()
    let given = try f.plan(["--out", f.previous.path, "--decisions", kept.path])
    #expect(given.status == 73, "\(given.error)")
    #expect(given.error.contains("holds the decisions file \(kept.path)"))
    // Not given as --decisions, it is still a file harmonize did not write.
    let other = try f.plan(["--out", f.previous.path, "--decisions", f.decisions.path])
    #expect(other.status == 73, "\(other.error)")
    #expect(other.error.contains("\"donors/decisions.txt\", which harmonize did not write"))
    #expect(try f.inputs() == before)
  }

  /// Finding 3: two identical rows at a limit (max_groups 1) are a warning at the later line;
  /// the plan and its reports count the decision once.
  @Test func aRepeatedDecisionRowIsAWarningAndCountsOnce() throws {
    let f = try YearlyLoopFixture()
    defer { f.remove() }
    let row = "active,HEALTH,c1,,,,c1 stays in health\n"
    try Data((DecisionCLITests.header + row + row).utf8).write(to: f.decisions)
    let checked = try harmonize([
      "validate", f.data.path, "--decisions", f.decisions.path, "--start", "2027",
    ])
    #expect(checked.status == 0, "\(checked.output)")
    #expect(
      checked.output.contains("\(f.decisions.path):3: warning: repeats line 2; counted once"))
    let out = f.root.appendingPathComponent("out")
    let result = try f.plan(["--decisions", f.decisions.path, "--out", out.path])
    #expect(result.status == 0, "\(result.error)")
    let summary = try read(out, "summary.txt")
    #expect(summary.contains("(\(f.decisions.path), 1 row)"))
    #expect(!summary.contains("line 3:"))
    #expect(try read(out, "run.json").contains("\"rows\": 1"))
  }

  /// Finding 4: an empty, header-only or missing chair_plan.csv or staff_plan.csv in
  /// `--previous` is an error at that file (exit 65), never "every seat agreed to stay empty".
  @Test(arguments: [
    ("chair_plan.csv", "", ":1: error: file is empty"),
    ("chair_plan.csv", "group,year,role,donor,staff\n", ":1: error: no data rows"),
    ("staff_plan.csv", "", ":1: error: file is empty"),
    ("staff_plan.csv", "staff,donor,group,level\n", ":1: error: no data rows"),
    ("staff_plan.csv", nil, ": error: cannot read the previous plan's staff plan: no such file"),
  ])
  func aTruncatedPreviousPlanIsAnErrorAtItsFile(file: String, contents: String?, message: String)
    throws
  {
    let f = try YearlyLoopFixture()
    defer { f.remove() }
    let path = f.previous.appendingPathComponent(file)
    if let contents {
      try Data(contents.utf8).write(to: path)
    } else {
      try FileManager.default.removeItem(at: path)
    }
    let before = try f.inputs()
    let out = f.root.appendingPathComponent("out")
    let result = try f.plan(["--previous", f.previous.path, "--out", out.path])
    #expect(result.status == 65, "\(result.error)")
    #expect(result.error.contains(path.path + message), "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(try f.inputs() == before)
  }

  /// Finding 5: the decision checks grow with the rows, not their square.
  ///
  /// 20,000 rows of one group (14,448 distinct, the rest repeats) took 473 s with the
  /// pairwise checks (debug build of 3dc326c) and take well under a second now; a watchdog
  /// stops a run that takes more than a minute.
  @Test func manyDecisionRowsOfOneGroupAreCheckedInTime() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let cambodia = PlanCLITests.repository.appendingPathComponent("Data/cambodia")
    let donors = try read(cambodia, "donors.csv").split(separator: "\n").dropFirst()
      .map { String($0.split(separator: ",")[0]) }
    var rows = DecisionCLITests.header
    let roles = ["", "focal", "vice"]
    for i in 0..<20_000 {
      let k = i % 14_448
      let year = 1900 + (k / (3 * donors.count)) % 301
      rows += "not-holds,TWG-AW,,\(donors[k % donors.count]),"
      rows += "\(roles[(k / donors.count) % 3]),\(year),bench\n"
    }
    let file = root.appendingPathComponent("decisions.csv")
    try Data(rows.utf8).write(to: file)
    let result = try harmonize(
      ["validate", cambodia.path, "--decisions", file.path, "--start", "2027"], timeout: 60)
    #expect(result.status == 0, "status \(result.status)")
    #expect(result.output.contains("20000 decisions; 0 errors"))
  }
}
