import Foundation
import HarmonizePlanning
import Testing

/// `harmonize plan` run as a process on the sample data sets, the way a user runs it.
struct PlanCLITests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let memberChanges: Set<String> = ["keep", "join", "leave", "promote", "demote"]
  static let seatChanges: Set<String> = ["continue", "rotate", "new"]

  /// Rows of a CSV report whose cells hold no comma or quote in the first `count` columns;
  /// enough for the id, year and label columns checked here.
  func rows(_ text: String, columns count: Int) -> [[String]] {
    text.split(separator: "\n").dropFirst().map { line in
      Array(line.split(separator: ",", omittingEmptySubsequences: false).prefix(count))
        .map(String.init)
    }
  }

  /// Every file of a report folder, by relative path.
  func files(_ folder: URL) throws -> [String: String] {
    var all: [String: String] = [:]
    for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        all[path] = try String(contentsOf: url, encoding: .utf8)
      }
    }
    return all
  }

  @Test(arguments: ["mozambique", "cambodia"])
  func plansASampleDataSetWithReportsThatKeepTheContract(_ name: String) throws {
    let data = Self.repository.appendingPathComponent("Data/\(name)")
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("plan")
    let result = try harmonize([
      "plan", data.path, "--out", out.path, "--start", "2027", "--time-limit", "15",
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Reports written to \(out.path)"))
    #expect(!result.error.contains("\r"), "no progress line when stderr is not a terminal")

    let written = try files(out)
    for file in [
      "staff_plan.csv", "chair_plan.csv", "gaps.csv", "duplications.csv", "donor_burden.csv",
      "summary.txt", "run.json",
    ] {
      #expect(written[file] != nil, "missing \(file)")
    }
    #expect(written.keys.contains { $0.hasPrefix("donors/") && $0.hasSuffix(".txt") })

    let staffPlan = try read(out, "staff_plan.csv")
    #expect(staffPlan.hasPrefix("staff,donor,group,level,change,"))
    let staffRows = rows(staffPlan, columns: 5)
    #expect(!staffRows.isEmpty)
    for row in staffRows {
      #expect(Self.memberChanges.contains(row[4]), "bad change \(row)")
      #expect(row[4] == "leave" ? row[3] == "" : !row[3].isEmpty, "level vs change \(row)")
    }
    try checkSeats(out, staffRows: staffRows, data: data)
    #expect(try read(out, "gaps.csv").hasPrefix("group,kind,required,current,shortfall,detail"))
    #expect(
      try read(out, "duplications.csv").hasPrefix("group,active_donors,max_donors,excess,detail"))
    #expect(
      try read(out, "donor_burden.csv").hasPrefix("donor,active_groups,chair_roles,days,share"))
    try checkRunRecord(out, data: data)
  }

  /// Seat rules of the planning rules, as chair_plan.csv shows them.
  func checkSeats(_ out: URL, staffRows: [[String]], data: URL) throws {
    let chairPlan = try read(out, "chair_plan.csv")
    #expect(chairPlan.hasPrefix("group,year,role,donor,staff,change,volunteered"))
    let active = Set(staffRows.filter { $0[3] == "active" }.map { "\($0[0])/\($0[2])" })
    var donorsBySeat: [String: [String]] = [:]
    var rolesBySeat: [String: [String]] = [:]
    for row in rows(chairPlan, columns: 7) {
      // An empty seat-year: no holder, its blocked column explains it.
      if row[5] == "empty" {
        #expect(row[3].isEmpty && row[4].isEmpty, "an empty seat with a holder \(row)")
        continue
      }
      let key = "\(row[0])/\(row[1])"
      donorsBySeat[key, default: []].append(row[3])
      rolesBySeat[key, default: []].append(row[2])
      #expect(Self.seatChanges.contains(row[5]), "bad seat change \(row)")
      #expect(row[6] == "yes" || row[6] == "no")
      #expect(active.contains("\(row[4])/\(row[0])"), "seat held by a non-active member \(row)")
    }
    for (key, donors) in donorsBySeat {
      #expect(Set(donors).count == donors.count, "a donor holds two seats in \(key)")
      let roles = rolesBySeat[key] ?? []
      #expect(roles.filter { $0 == "focal" }.count <= 1, "two leads in \(key)")
      #expect(roles.filter { $0 == "vice" }.count <= 1, "two vices in \(key)")
      #expect(roles.filter { $0 == "troika" }.count <= 2, "three troika seats in \(key)")
    }
  }

  /// run.json parses, holds the contract's keys, and its checksums match the input files.
  func checkRunRecord(_ out: URL, data: URL) throws {
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(read(out, "run.json").utf8)) as? [String: Any])
    for key in ["status", "gap", "seconds", "shortfall", "excess", "max_load", "version"] {
      #expect(json[key] != nil, "run.json lacks \(key)")
    }
    let status = try #require(json["status"] as? String)
    #expect(["optimal", "feasible"].contains(status))
    if status == "optimal" { #expect(json["gap"] as? Double == 0) }
    let reproducible = try #require(json["reproducible"] as? Bool)
    let summary = try read(out, "summary.txt")
    #expect(summary.contains(reproducible ? "Reproducible: yes" : "Reproducible: no"))
    let checksums = try #require(json["checksums"] as? [String: String])
    let inputs = try FileManager.default.contentsOfDirectory(atPath: data.path)
      .filter { $0.hasSuffix(".csv") }.sorted()
    #expect(checksums.keys.sorted() == inputs)
    for file in inputs {
      let sum = try runProcess(
        URL(fileURLWithPath: "/usr/bin/sha256sum"), [data.appendingPathComponent(file).path])
      #expect(checksums[file] == sum.output.split(separator: " ").first.map(String.init))
    }
  }

  /// The file with every line holding a timing (`seconds`) left out.
  func withoutTimings(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("seconds") }.joined(separator: "\n")
  }

  @Test func twoRunsWriteTheSameReportsExceptTimingLines() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var runs: [[String: String]] = []
    for name in ["one", "two"] {
      let out = root.appendingPathComponent(name)
      let result = try harmonize([
        "plan", ReportFixture.folder, "--out", out.path, "--start", "2026", "--time-limit", "30",
      ])
      #expect(result.status == 0, "\(result.error)")
      runs.append(try files(out))
    }
    #expect(runs[0].keys.sorted() == runs[1].keys.sorted())
    #expect(try #require(runs[0]["run.json"]).contains("\"status\": \"optimal\""))
    for (path, text) in runs[0] {
      if path == "run.json" || path == "summary.txt" {
        #expect(withoutTimings(text) == withoutTimings(runs[1][path] ?? ""), "\(path) differs")
      } else {
        #expect(text == runs[1][path], "\(path) differs")
      }
    }
  }

  @Test func aBrokenDataSetExits65AndWritesNothing() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("donor,name\nA,Avalon\nA,Again\n".utf8)
      .write(to: data.appendingPathComponent("donors.csv"))
    try Data("staff,donor\ns1,NOPE\n".utf8).write(to: data.appendingPathComponent("staff.csv"))
    try Data("group\nG1\n".utf8).write(to: data.appendingPathComponent("groups.csv"))
    let out = root.appendingPathComponent("plan")
    let result = try harmonize(["plan", data.path, "--out", out.path, "--start", "2027"])
    #expect(result.status == 65)
    #expect(result.error.contains("staff.csv:2:"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test(arguments: [
    ["--years", "0"], ["--time-limit", "0"], ["--mip-gap", "1"], ["--mip-gap=-0.1"],
    ["--export-model", "model.txt"], ["--weight-rotation=-1"],
  ])
  func invalidArgumentsAreRefusedBeforeAnythingRuns(_ arguments: [String]) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("plan")
    let result = try harmonize(["plan", ReportFixture.folder, "--out", out.path] + arguments)
    #expect(result.status == 64, "\(arguments): \(result.error)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test(arguments: [("model.lp", "--lp"), ("model.mps", "--freemps")])
  func exportModelWritesAFileGlpsolReads(_ file: String, _ format: String) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let model = root.appendingPathComponent(file)
    let result = try harmonize([
      "plan", ReportFixture.folder, "--out", root.appendingPathComponent("plan").path,
      "--start", "2026", "--time-limit", "30", "--export-model", model.path,
    ])
    #expect(result.status == 0, "\(result.error)")
    let stem = model.deletingPathExtension().path
    let ext = model.pathExtension
    for priority in Priority.allCases.map(\.name) {
      let path = "\(stem)-\(priority).\(ext)"
      #expect(FileManager.default.fileExists(atPath: path), "\(priority)")
      let check = try runProcess(
        URL(fileURLWithPath: "/usr/bin/glpsol"), [format, path, "--check"])
      #expect(check.status == 0, "\(check.output)")
    }
  }

  @Test func aModelThatCannotBeExportedEndsTheRunBeforeAnyReportIsWritten() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("plan")
    // A file name longer than the file system allows passes the early output checks (its
    // folder exists and is writable), but the model cannot be exported: nothing is written.
    let model = root.appendingPathComponent(String(repeating: "m", count: 300) + ".lp")
    let result = try harmonize([
      "plan", ReportFixture.folder, "--out", out.path, "--start", "2026", "--time-limit", "30",
      "--export-model", model.path,
    ])
    #expect(result.status == 73)
    #expect(result.error.contains(String(repeating: "m", count: 300)))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
