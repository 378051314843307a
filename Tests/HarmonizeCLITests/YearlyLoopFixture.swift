import Foundation
import Testing

/// The yearly loop's files for the CLI tests: a copy of the sample data set, an earlier plan
/// of it (from 2026, written once by `harmonize plan` and copied for each test) and a
/// decisions file, in a fresh folder per test.
struct YearlyLoopFixture {
  let root: URL
  let data: URL
  /// A copy of the earlier plan, `root/plans/p2026`.
  let previous: URL
  let decisions: URL

  /// Arguments every plan of these tests takes: a fixed ceiling, no ladder the clock could cut.
  static let common = ["--start", "2027", "--time-limit", "20", "--load-ceiling", "0.9"]

  /// Valid decisions for the sample planned from 2027.
  static let decisionRows = """
    decision,group,staff,donor,role,year,reason
    not-active,EDU,t1,,,,t1 advises the ministry instead
    active,HEALTH,c1,,,,c1 stays in health

    """

  /// The earlier plan, written once per test run.
  private static let plan: Result<URL, Error> = Result {
    let folder = try temporaryFolder().appendingPathComponent("p2026")
    let result = try harmonize([
      "plan", ReportFixture.folder, "--out", folder.path, "--start", "2026", "--time-limit", "20",
      "--load-ceiling", "0.9",
    ])
    guard result.status == 0 else { throw FixtureError(message: result.error) }
    return folder
  }

  struct FixtureError: Error { var message: String }

  init() throws {
    root = try temporaryFolder()
    data = root.appendingPathComponent("data")
    let fm = FileManager.default
    try fm.createDirectory(at: data, withIntermediateDirectories: true)
    for file in try fm.contentsOfDirectory(atPath: ReportFixture.folder) {
      try fm.copyItem(
        atPath: ReportFixture.folder + "/" + file, toPath: data.appendingPathComponent(file).path)
    }
    previous = root.appendingPathComponent("plans/p2026")
    try fm.createDirectory(
      at: previous.deletingLastPathComponent(), withIntermediateDirectories: true)
    try fm.copyItem(at: try Self.plan.get(), to: previous)
    decisions = root.appendingPathComponent("decisions.csv")
    try Data(Self.decisionRows.utf8).write(to: decisions)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Every input of the runs (data set, earlier plans, decisions file), byte by byte.
  func inputs() throws -> [String: String] {
    try snapshot([data, previous.deletingLastPathComponent(), decisions])
  }

  /// `harmonize plan` of the data set with `arguments` after the common ones.
  func plan(_ arguments: [String], in directory: URL? = nil) throws -> (
    status: Int32, output: String, error: String
  ) {
    try harmonize(["plan", data.path] + Self.common + arguments, in: directory)
  }

  /// The real path of `url` (links resolved), as error messages name an output folder.
  static func real(_ url: URL) -> String { url.resolvingSymlinksInPath().path }
}
