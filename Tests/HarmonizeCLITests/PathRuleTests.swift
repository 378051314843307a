import Foundation
import Testing

/// The output folder is compared with every input as a folder (device and inode), so no
/// spelling of a path gets round the rule: for each spelling the run is refused (exit 73)
/// naming both paths, nothing is written and every input stays byte-identical.
@Suite struct PathRuleTests {
  /// One way of naming an input as `--out`.
  ///
  /// Paths are relative to the fixture's root; `cwd` runs harmonize in the root, with the
  /// paths relative to it.
  struct Spelling: Sendable, CustomTestStringConvertible {
    var name: String
    var out: String
    var previous = "plans/p2026"
    /// The decisions file, when the spelling is about it.
    var decisions: String?
    var cwd = false
    /// The input named in the message, as given.
    var input: String
    var testDescription: String { name }
  }

  static let spellings: [Spelling] = [
    Spelling(name: "a link to the folder", out: "current", input: "plans/p2026"),
    Spelling(
      name: "the link as --previous", out: "plans/p2026", previous: "current", input: "current"),
    Spelling(name: "a link to a parent", out: "up/p2026", input: "plans/p2026"),
    Spelling(name: "..", out: "plans/x/../p2026", input: "plans/p2026"),
    Spelling(name: ".. after a link", out: "current/../p2026", input: "plans/p2026"),
    Spelling(name: "a trailing slash", out: "plans/p2026/", input: "plans/p2026"),
    Spelling(name: "relative --out", out: "plans/p2026", cwd: true, input: "plans/p2026"),
    Spelling(
      name: "relative --previous", out: "current", previous: "./plans/p2026", cwd: true,
      input: "./plans/p2026"),
    Spelling(name: "two links", out: "one", previous: "two", input: "two"),
    Spelling(name: "inside the previous plan", out: "current/next", input: "plans/p2026"),
    Spelling(name: "the data set folder", out: "data-link", input: "data"),
    Spelling(name: "inside the data set", out: "plans/../data/reports", input: "data"),
    Spelling(
      name: "a report folder holding the decisions file", out: "up/p2027",
      decisions: "plans/p2027/donors/decisions.txt", input: "plans/p2027/donors/decisions.txt"),
    Spelling(
      name: "holding it through a link", out: "plans/p2027",
      decisions: "up/p2027/donors/decisions.txt", input: "up/p2027/donors/decisions.txt"),
  ]

  /// The fixture with the links the spellings use.
  func fixture() throws -> YearlyLoopFixture {
    let f = try YearlyLoopFixture()
    let fm = FileManager.default
    let plans = f.previous.deletingLastPathComponent()
    try fm.createDirectory(at: plans.appendingPathComponent("x"), withIntermediateDirectories: true)
    for name in ["current", "one", "two"] {
      try fm.createSymbolicLink(
        at: f.root.appendingPathComponent(name), withDestinationURL: f.previous)
    }
    try fm.createSymbolicLink(at: f.root.appendingPathComponent("up"), withDestinationURL: plans)
    try fm.createSymbolicLink(
      at: f.root.appendingPathComponent("data-link"), withDestinationURL: f.data)
    // A second report folder, with a decisions file kept in it.
    let second = plans.appendingPathComponent("p2027")
    try fm.copyItem(at: f.previous, to: second)
    try fm.copyItem(at: f.decisions, to: second.appendingPathComponent("donors/decisions.txt"))
    return f
  }

  @Test(arguments: spellings)
  func everySpellingOfAnInputIsRefused(_ spelling: Spelling) throws {
    let f = try fixture()
    defer { f.remove() }
    func path(_ relative: String) -> String {
      spelling.cwd ? relative : f.root.path + "/" + relative
    }
    let before = try f.inputs()
    let entries = try FileManager.default.contentsOfDirectory(atPath: f.root.path + "/plans")
    let decisions = spelling.decisions.map(path) ?? f.decisions.path
    let result = try f.plan(
      [
        "--previous", path(spelling.previous), "--decisions", decisions, "--out",
        path(spelling.out),
      ],
      in: spelling.cwd ? f.root : nil)
    #expect(result.status == 73, "\(result.error)")
    #expect(
      result.error.contains(" \(path(spelling.input)), which this run reads"), "\(result.error)")
    // The output as resolved: the real folder the spelling names.
    let real = YearlyLoopFixture.real(f.root)
    #expect(
      result.error.split(separator: "\n").contains { $0.hasPrefix("error: \(real)/") },
      "\(result.error)")
    #expect(try f.inputs() == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: f.root.path + "/plans") == entries)
    #expect(!FileManager.default.fileExists(atPath: f.data.path + "/reports"))
  }

  /// The rule refuses overlaps only: a new folder next to the previous plan, reached through
  /// a link to their parent, is written, and the previous plan stays as it was.
  @Test func aFolderBesideThePreviousPlanIsWritten() throws {
    let f = try fixture()
    defer { f.remove() }
    let before = try snapshot([f.previous, f.data, f.decisions])
    let result = try f.plan([
      "--previous", f.root.path + "/current", "--decisions", f.decisions.path, "--out",
      f.root.path + "/up/p2028",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(try read(f.previous.deletingLastPathComponent(), "p2028/run.json").contains("2027"))
    #expect(try snapshot([f.previous, f.data, f.decisions]) == before)
  }
}
