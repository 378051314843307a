import Foundation
import HarmonizeReports
import Testing

/// `harmonize` run as a user would run it on hostile folders and arguments: the user's data
/// is never replaced, bad output paths and out-of-range numbers fail before any work.
struct ReliabilityCLITests {
  /// A copy of the sample data set in `root/name`.
  private func dataSet(in root: URL, _ name: String = "ds") throws -> URL {
    let folder = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in try FileManager.default.contentsOfDirectory(atPath: ReportFixture.folder) {
      try FileManager.default.copyItem(
        atPath: ReportFixture.folder + "/" + file, toPath: folder.appendingPathComponent(file).path)
    }
    return folder
  }

  /// Every file under `folder` with its bytes.
  private func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
      let url = folder.appendingPathComponent(path)
      if let data = FileManager.default.contents(atPath: url.path) { files[path] = data }
    }
    return files
  }

  @Test func analyzeNeverWritesOverTheDataSetFolder() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = try dataSet(in: root)
    try Data().write(to: data.appendingPathComponent(ReportFolder.marker))
    let before = try snapshot(data)
    for out in [data.path, data.path + "/reports", root.path] {
      let result = try harmonize(["analyze", data.path, "--out", out, "--year", "2025"])
      #expect(result.status == 73)
      #expect(result.error.contains("data set folder"))
    }
    #expect(try snapshot(data) == before)
  }

  @Test func analyzeNeverReplacesAnOlderReportFolderHoldingTheDataSet() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let reports = root.appendingPathComponent("R")
    let first = try harmonize(["analyze", ReportFixture.folder, "--out", reports.path])
    #expect(first.status == 0)
    let data = try dataSet(in: reports)
    let before = try snapshot(reports)
    let result = try harmonize(["analyze", data.path, "--out", reports.path, "--year", "2025"])
    #expect(result.status == 73)
    #expect(try snapshot(reports) == before)
    // Elsewhere, the data set inside R is read and the reports written.
    let other = root.appendingPathComponent("other")
    let ok = try harmonize(["analyze", data.path, "--out", other.path, "--year", "2025"])
    #expect(ok.status == 0)
  }

  @Test func analyzeFollowsALinkAndReplacesItsTarget() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let real = root.appendingPathComponent("real")
    let link = root.appendingPathComponent("link")
    // A first run with one donor more writes a brief the second run does not.
    let data = try dataSet(in: root)
    let donors = data.appendingPathComponent("donors.csv")
    let text = try String(contentsOf: donors, encoding: .utf8)
    try Data((text + "ZZ,Stale\n").utf8).write(to: donors)
    let first = try harmonize(["analyze", data.path, "--out", real.path])
    #expect(first.status == 0)
    #expect(FileManager.default.fileExists(atPath: real.path + "/donors/ZZ.txt"))
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    let result = try harmonize(["analyze", ReportFixture.folder, "--out", link.path])
    #expect(result.status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    #expect(FileManager.default.fileExists(atPath: real.path + "/gaps.csv"))
    #expect(!FileManager.default.fileExists(atPath: real.path + "/donors/ZZ.txt"))
  }

  @Test func planChecksItsOutputsBeforeSolving() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = try dataSet(in: root)
    let before = try snapshot(data)
    let clock = ContinuousClock()
    let start = clock.now
    let inside = try harmonize([
      "plan", data.path, "--out", data.path + "/plan", "--start", "2026", "--time-limit", "600",
    ])
    #expect(inside.status == 73)
    let export = try harmonize([
      "plan", data.path, "--out", root.path + "/plan", "--export-model",
      root.path + "/missing/model.lp", "--time-limit", "600",
    ])
    #expect(export.status == 73)
    #expect(export.error.contains("no such folder"))
    #expect(clock.now - start < .seconds(60))
    #expect(!FileManager.default.fileExists(atPath: root.path + "/plan"))
    #expect(try snapshot(data) == before)
  }

  @Test(arguments: [
    ["plan", "--time-limit", "1e16"], ["plan", "--time-limit", "86401"],
    ["plan", "--weight-stability", "1e15"], ["plan", "--weight-fairness", "nan"],
    ["generate", "--donors", "100000000", "--out", "/nonexistent/x"],
    ["analyze", "--year", "3000"],
  ])
  func outOfRangeArgumentsAreRejectedAtOnce(arguments: [String]) throws {
    let result = try harmonize(arguments)
    #expect(result.status == 64, "stderr: \(result.error)")
  }

  @Test func aHugeAmountIsADataErrorNotACrash() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = try dataSet(in: root)
    let staff = data.appendingPathComponent("staff.csv")
    let text = try String(contentsOf: staff, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "a1,A,4,", with: "a1,A,1e17,").utf8).write(to: staff)
    let analyze = try harmonize(["analyze", data.path, "--out", root.path + "/out"])
    #expect(analyze.status == 65)
    try Data(text.replacingOccurrences(of: "a1,A,4,", with: "a1,A,100000000000000000,").utf8)
      .write(to: staff)
    let result = try harmonize(["validate", data.path])
    #expect(result.status == 65)
    #expect(result.output.contains("staff.csv:2: error: days: 100000000000000000 is outside 0-31"))
  }

  @Test func aDonorIDLongerThanAFileNameStillGetsItsBrief() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = try dataSet(in: root)
    let donors = data.appendingPathComponent("donors.csv")
    let long = String(repeating: "D", count: 300)
    let text = try String(contentsOf: donors, encoding: .utf8)
    try Data((text + "\(long),Long\n").utf8).write(to: donors)
    let out = root.appendingPathComponent("out")
    let result = try harmonize(["analyze", data.path, "--out", out.path, "--year", "2025"])
    #expect(result.status == 0, "stderr: \(result.error)")
    let briefs = try FileManager.default.contentsOfDirectory(atPath: out.path + "/donors")
    #expect(briefs.contains { $0.hasPrefix(String(long.prefix(48)) + "-") })
  }
}
