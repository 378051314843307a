import Foundation
import HarmonizeData
import Testing

@testable import HarmonizeReports

/// A report folder is replaced only when it holds nothing but what harmonize wrote there,
/// and replacing it removes only those files: the manifest's, or for a folder of the release
/// before, the marker's list.
@Suite struct ReportManifestTests {
  func reports() -> ReportFolder {
    var folder = ReportFolder()
    folder.add("gaps.csv", "group\n")
    folder.add("donors/SE.txt", "SE\n")
    return folder
  }

  @Test func theManifestGivesEachFilesSHA256() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try reports().write(to: out.path)
    let manifest = try read(out, ReportManifest.name)
    #expect(
      manifest == Checksum.sha256(Array("SE\n".utf8)) + "  donors/SE.txt\n"
        + Checksum.sha256(Array("group\n".utf8)) + "  gaps.csv\n")
    #expect(
      try read(out, ReportFolder.marker).hasSuffix(
        "\n.harmonize-manifest\ndonors/SE.txt\ngaps.csv\n"))
  }

  @Test func aFileChangedSinceItWasWrittenIsNeverReplaced() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try reports().write(to: out.path)
    let edited = out.appendingPathComponent("gaps.csv")
    try Data("group\nmy notes\n".utf8).write(to: edited)
    #expect(throws: ReportError.self) { try reports().write(to: out.path) }
    #expect(try read(out, "gaps.csv") == "group\nmy notes\n")
  }

  /// A link, a FIFO or a folder where harmonize wrote a file is not its own: refused, never
  /// opened (a FIFO would block).
  @Test(arguments: ["link", "fifo", "folder"])
  func aSpecialFileInPlaceOfAReportIsNeverReplaced(kind: String) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try reports().write(to: out.path)
    let brief = out.appendingPathComponent("donors/SE.txt")
    try FileManager.default.removeItem(at: brief)
    let mine = root.appendingPathComponent("mine.txt")
    try Data("mine\n".utf8).write(to: mine)
    switch kind {
    case "link": try FileManager.default.createSymbolicLink(at: brief, withDestinationURL: mine)
    case "fifo": #expect(mkfifo(brief.path, 0o600) == 0)
    default: try FileManager.default.createDirectory(at: brief, withIntermediateDirectories: false)
    }
    let before = try snapshot([root])
    #expect(throws: ReportError.self) { try reports().write(to: out.path) }
    #expect(try snapshot([root]) == before)
  }

  /// A folder written by the release before (marker listing its files, no manifest) is
  /// recognised: replaced when it holds only listed files, refused when it holds any other
  /// (such as a decisions file in `donors/`, which the release before took for a brief).
  @Test func aFolderOfTheReleaseBeforeIsReplacedOnlyWhenItHoldsListedFiles() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    let fm = FileManager.default
    try fm.createDirectory(
      at: out.appendingPathComponent("donors"), withIntermediateDirectories: true)
    try Data(
      "Reports written by harmonize; this folder is replaced on each run.\ndonors/DK.txt\ngaps.csv\n"
        .utf8
    ).write(to: out.appendingPathComponent(ReportFolder.marker))
    try Data("old\n".utf8).write(to: out.appendingPathComponent("gaps.csv"))
    try Data("DK\n".utf8).write(to: out.appendingPathComponent("donors/DK.txt"))
    let decisions = out.appendingPathComponent("donors/decisions.txt")
    try Data("decision,group\n".utf8).write(to: decisions)
    #expect(throws: ReportError.self) { try reports().write(to: out.path) }
    #expect(fm.fileExists(atPath: decisions.path))
    // Nor a report name the marker does not list (the release before let any through).
    try fm.removeItem(at: decisions)
    let stray = out.appendingPathComponent("run.json")
    try Data("{}".utf8).write(to: stray)
    #expect(throws: ReportError.self) { try reports().write(to: out.path) }
    #expect(fm.fileExists(atPath: stray.path))
    try fm.removeItem(at: stray)
    try reports().write(to: out.path)
    #expect(
      try fm.subpathsOfDirectory(atPath: out.path).sorted() == [
        ".harmonize-manifest", ".harmonize-reports", "donors", "donors/SE.txt", "gaps.csv",
      ])
  }

  /// An input hard-linked into the report folder is the input: refused, whatever its name.
  @Test func aHardLinkOfAnInputIsAnInputTheFolderHolds() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try reports().write(to: out.path)
    let decisions = root.appendingPathComponent("decisions.csv")
    try Data("decision,group\n".utf8).write(to: decisions)
    try FileManager.default.linkItem(
      at: decisions, to: out.appendingPathComponent("donors/decisions.txt"))
    let inputs = InputPaths([
      InputPaths.Input(path: decisions.path, role: "decisions file", isFolder: false)
    ])
    #expect {
      try reports().write(to: out.path, inputs: inputs)
    } throws: { error in
      "\(error)".contains("holds the decisions file \(decisions.path)")
    }
  }

  /// A file put into the old folder after the last check stays: only the files the manifest
  /// names are removed, and the old folder is kept with what is left.
  @Test func replacingRemovesOnlyTheFilesTheManifestNames() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    try reports().write(to: out.path)
    let owned = try ReportManifest.owned(out, inputs: [:])
    #expect(owned.files.sorted() == ["donors/SE.txt", "gaps.csv"])
    let late = out.appendingPathComponent("donors/late.txt")
    try Data("late\n".utf8).write(to: late)
    #expect(!ReportManifest.remove(owned, from: out))
    #expect(
      try FileManager.default.subpathsOfDirectory(atPath: out.path) == [
        "donors", "donors/late.txt",
      ])
  }
}
