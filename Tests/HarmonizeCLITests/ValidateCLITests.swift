import Foundation
import Testing

/// `harmonize validate` and `harmonize generate` run as processes, the way a user runs them.
struct ValidateCLITests {
  private func write(_ files: [String: String], to folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in files {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
  }

  @Test func brokenFolderExits65WithLocatedMessages() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("broken")
    try write(
      [
        "donors.csv": "donor,name,notes\nSE,Sweden,x\nDK,Denmark,\n",
        "staff.csv": "staff,donor\ns1,SE\ns2,NLX\n",
        "groups.csv": "group,min_donors,max_donors\nhealth,4,3\n",
      ], to: data)
    let result = try harmonize(["validate", data.path])
    #expect(result.status == 65)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "donors.csv:1: warning: unknown column \"notes\" ignored",
        "groups.csv:2: error: min_donors 4 exceeds max_donors 3",
        "staff.csv:3: error: unknown donor \"NLX\"",
        "broken: 2 donors, 2 staff, 1 group, 0 memberships; 2 errors, 1 warning",
      ])
  }

  @Test func generatedFolderValidatesWithASummaryLine() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("synthetic").path
    let generate = try harmonize([
      "generate", "--donors", "9", "--groups", "20", "--staff", "60", "--seed", "3", "--out", out,
    ])
    #expect(generate.status == 0)
    let result = try harmonize(["validate", out])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("synthetic: 9 donors, 60 staff, 20 groups, "))
    #expect(result.output.hasSuffix("; 0 errors, 0 warnings\n"))
  }

  @Test func missingFolderIsAClearError() throws {
    let result = try harmonize(["validate", "/nonexistent/harmonize-data"])
    #expect(result.status == 66)
    #expect(result.error.contains("data set folder not found: /nonexistent/harmonize-data"))
  }

  @Test func generateRefusesAForeignFolder() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    try write(["notes.txt": "mine"], to: root.appendingPathComponent("mine"))
    let result = try harmonize(["generate", "--out", root.appendingPathComponent("mine").path])
    #expect(result.status == 73)
    #expect(result.error.contains("use --force"))
  }
}
