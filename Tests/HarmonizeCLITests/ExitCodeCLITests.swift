import Foundation
import Testing

/// The exit codes as a user sees them: `--help` lists them as the README does, and the built
/// binary exits with the documented number.
struct ExitCodeCLITests {
  /// `text` with every run of white space made one space (help and README wrap differently).
  private func flattened(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The "Exit codes: …." sentence of a help text, flattened.
  private func exitCodes(_ help: String) throws -> String {
    let text = flattened(help)
    let start = try #require(text.range(of: "Exit codes: "))
    let rest = text[start.lowerBound...]
    let end = rest.range(of: ". ")?.lowerBound ?? rest.index(before: rest.endIndex)
    return String(rest[...end])
  }

  @Test func helpListsTheExitCodesTheReadmeLists() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let documented = flattened(try String(contentsOf: readme, encoding: .utf8))
    let help = try harmonize(["--help"])
    #expect(help.status == 0)
    let all = try exitCodes(help.output)
    #expect(documented.contains(all), "README.md does not say, as --help does: \(all)")
    let plan = try harmonize(["plan", "--help"])
    #expect(try exitCodes(plan.output) == all)
    for code in ["0 done", "2 no plan meets the hard limits", "64 bad arguments"] {
      #expect(all.contains(code))
    }
  }

  @Test(arguments: [
    ("validate", [0, 64, 65, 66]), ("analyze", [0, 64, 65, 66, 73]), ("generate", [0, 64, 73]),
  ])
  func eachCommandsHelpListsTheCodesItCanExitWith(_ command: String, _ codes: [Int]) throws {
    let help = try harmonize([command, "--help"])
    let entries = try exitCodes(help.output).dropFirst("Exit codes: ".count)
      .split(separator: "; ")
    let listed = entries.map { entry in Int(entry.prefix { $0 != " " }) }
    #expect(listed == codes)
  }

  @Test(arguments: ["analyze", "plan"])
  func aMissingDataSetFolderExits66(_ command: String) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out").path
    let result = try harmonize([command, root.path + "/missing", "--out", out])
    #expect(result.status == 66, "\(result.error)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(arguments: ["analyze", "plan"])
  func aReportFolderThatIsAFileExits73BeforeAnyWork(_ command: String) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try Data("mine".utf8).write(to: out)
    let result = try harmonize([command, ReportFixture.folder, "--out", out.path])
    #expect(result.status == 73, "\(result.error)")
    #expect(try String(contentsOf: out, encoding: .utf8) == "mine")
  }
}
