import Foundation
import Testing

/// `harmonize analyze` run as a process, the way a user runs it.
struct AnalyzeCLITests {
  @Test func writesEveryReportOfTheSampleDataSet() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("reports")
    let result = try harmonize([
      "analyze", ReportFixture.folder, "--out", out.path, "--year", "2025",
    ])
    #expect(result.status == 0)
    // Shortfall 6 (1 + 1 + 1 + 3), excess 1, max load 200% (A).
    #expect(result.output.contains("shortfall 6 (donors 1, competency 1, links 1, chair seats 3)"))
    #expect(result.output.contains("excess 1, max load 200.0%"))
    #expect(result.output.contains("Reports written to \(out.path)"))
    let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
    #expect(
      files == [
        ".harmonize-manifest", ".harmonize-reports", "concentration.csv", "donor_burden.csv",
        "donors", "donors/A.txt", "donors/B.txt", "donors/C.txt", "duplications.csv",
        "gaps.csv", "index.html", "parents.csv", "pillars.csv", "summary.txt",
      ])
    #expect(try read(out, "gaps.csv").hasPrefix("group,kind,required,current,shortfall,detail"))
    #expect(try read(out, "gaps.csv").contains("\nGENDER,link,1,0,1,"))
    #expect(try read(out, "duplications.csv").contains("\nHEALTH,3,2,1,"))
    #expect(try read(out, "donor_burden.csv").contains("\nA,3,3,12.00,0.706,6.00,2.000,"))
  }

  @Test func analyzesTheMozambiqueDataSet() throws {
    let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Data/mozambique")
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var runs: [[String: Data]] = []
    for name in ["one", "two"] {
      let out = root.appendingPathComponent(name)
      let result = try harmonize(["analyze", data.path, "--out", out.path, "--year", "2026"])
      #expect(result.status == 0)
      var files: [String: Data] = [:]
      for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
        files[path] = FileManager.default.contents(atPath: out.appendingPathComponent(path).path)
      }
      runs.append(files)
    }
    #expect(runs[0] == runs[1])
    let out = root.appendingPathComponent("one")
    // One brief per donor of donors.csv (header excluded).
    let donors = try String(contentsOf: data.appendingPathComponent("donors.csv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first }
    #expect(!donors.isEmpty)
    for donor in donors { #expect(runs[0]["donors/\(donor).txt"] != nil) }
    #expect(try read(out, "gaps.csv").hasPrefix("group,kind,required,current,shortfall,detail,"))
    #expect(
      try read(out, "duplications.csv").hasPrefix("group,active_donors,max_donors,excess,detail,"))
    #expect(
      try read(out, "donor_burden.csv").hasPrefix("donor,active_groups,chair_roles,days,share,"))
    // SOC: only ES3 (ES, not senior) is active; WB3 and UN1 attend, SE5 is informed →
    // 1 donor of min 2, and both focal+vice seats empty with no one to take them.
    let gaps = try read(out, "gaps.csv")
    #expect(gaps.contains("\nSOC,donors,2,1,1,active donors: ES"))
    #expect(
      gaps.contains(
        "\nSOC,chair,2,0,2,empty: focal; vice; no senior active member of a donor without a seat,"))
    for file in ["gaps.csv", "duplications.csv", "donor_burden.csv"] {
      let text = try read(out, file)
      #expect(!text.hasPrefix("=") && !text.contains("\n=") && !text.contains(",="))
    }
  }

  @Test func sameInputGivesByteIdenticalReports() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var outputs: [[String: Data]] = []
    for name in ["one", "two"] {
      let out = root.appendingPathComponent(name)
      let result = try harmonize([
        "analyze", ReportFixture.folder, "--out", out.path, "--year", "2025",
      ])
      #expect(result.status == 0)
      var files: [String: Data] = [:]
      for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
        files[path] = FileManager.default.contents(atPath: out.appendingPathComponent(path).path)
      }
      outputs.append(files)
    }
    // The marker, the manifest, 6 CSV files, summary.txt, index.html and 3 donor briefs.
    #expect(outputs[0].count == 13)
    #expect(outputs[0] == outputs[1])
  }

  @Test func brokenDataSetWritesNothingAndExits65() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    for file in ["donors.csv", "staff.csv", "groups.csv"] {
      try FileManager.default.copyItem(
        atPath: ReportFixture.folder + "/" + file, toPath: data.appendingPathComponent(file).path)
    }
    // A staff member of a donor that does not exist.
    try Data("staff,donor\nz1,NOPE\n".utf8).write(to: data.appendingPathComponent("staff.csv"))
    let out = root.appendingPathComponent("reports")
    let result = try harmonize(["analyze", data.path, "--out", out.path, "--year", "2025"])
    #expect(result.status == 65)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func refusesToReplaceAForeignFolder() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let notes = root.appendingPathComponent("notes.txt")
    try Data("mine\n".utf8).write(to: notes)
    let result = try harmonize([
      "analyze", ReportFixture.folder, "--out", root.path, "--year", "2025",
    ])
    #expect(result.status == 73)
    #expect(try String(contentsOf: notes, encoding: .utf8) == "mine\n")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("gaps.csv").path))
  }

  @Test func noCellStartsAsAFormula() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("formula")
    try FileManager.default.copyItem(atPath: ReportFixture.folder, toPath: data.path)
    // A donor whose display name a spreadsheet would run as a formula.
    let donors = try String(contentsOf: data.appendingPathComponent("donors.csv"), encoding: .utf8)
      .replacingOccurrences(of: "Avalon", with: "\"=HYPERLINK(\"\"x\"\")\"")
    try Data(donors.utf8).write(to: data.appendingPathComponent("donors.csv"))
    let out = root.appendingPathComponent("reports")
    #expect(try harmonize(["analyze", data.path, "--out", out.path, "--year", "2025"]).status == 0)
    for file in ["gaps.csv", "duplications.csv", "donor_burden.csv"] {
      let text = try read(out, file)
      #expect(!text.contains(",=") && !text.contains("\n=") && !text.contains(",\"="))
    }
    #expect(try read(out, "donor_burden.csv").contains(",\"'=HYPERLINK(\"\"x\"\")\","))
  }
}

/// Finds the `harmonize` executable of the current build: it sits in the products folder,
/// next to the test bundle, whatever `--scratch-path` was used.
enum AnalyzeBinary {
  struct NotFound: Error, CustomStringConvertible {
    var description: String { "harmonize executable not found next to the test bundle" }
  }

  static func url() throws -> URL {
    let starts =
      [
        Bundle.main.bundleURL, Bundle.main.executableURL,
        URL(fileURLWithPath: CommandLine.arguments[0]),
      ]
      + Bundle.allBundles.map(\.bundleURL)
    for start in starts.compactMap({ $0 }) {
      var folder = start.standardizedFileURL
      for _ in 0..<5 {
        let candidate = folder.appendingPathComponent("harmonize")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        folder.deleteLastPathComponent()
      }
    }
    throw NotFound()
  }
}
