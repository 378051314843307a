import Foundation
import HarmonizeData
import Testing

@testable import HarmonizeReports

/// Report writing on hostile names and folders: never a formula, never a crash on a large
/// number, a file name for every donor id, and never a folder holding the user's files.
struct ReportSafetyTests {
  @Test(arguments: [
    ("＝SUM(A1)", "'＝SUM(A1)"), ("＋33", "'＋33"), ("－1", "'－1"), ("＠cmd", "'＠cmd"),
    ("a＝b", "a＝b"),
  ])
  func fullWidthFormulaStartsAreGuarded(cell: String, written: String) {
    #expect(CSVTable.escape(cell) == written)
  }

  @Test func fixedNeverTrapsOnLargeNumbers() {
    #expect(Format.fixed(1e17) == "100000000000000000.00")
    #expect(Format.fixed(-1e300, 0).count == 302)
    #expect(Format.percent(1e17).hasSuffix("%"))
  }

  @Test(arguments: [("SE", "SE"), ("Banco Mundial", "Banco Mundial"), ("សុខា", "សុខា")])
  func safeIDsKeepTheirFileName(id: String, base: String) {
    #expect(DonorBrief.fileBase(id) == base)
  }

  @Test func unsafeOrLongIDsGetAShortSafeNameWithAHash() {
    let long = String(repeating: "é", count: 400)
    let names = [long, long + "x", "A/B", ".hidden", "a\u{1}b", "x*?<>|\"\\"].map(
      DonorBrief.fileBase)
    for name in names {
      #expect(name.utf8.count <= DonorBrief.shortIDBytes + 9)
      #expect(!name.hasPrefix(".") && !name.contains("/") && !name.contains("\\"))
      #expect(!name.unicodeScalars.contains { $0.value < 32 })
    }
    #expect(Set(names).count == names.count)
    #expect(names[2].hasPrefix("A_B-"))
  }

  @Test func folderHoldingAnUnknownEntryIsNeverReplaced() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("out")
    var folder = ReportFolder()
    folder.add("gaps.csv", "group\n")
    folder.add("donors/SE.txt", "SE\n")
    try folder.write(to: out.path)
    // A report folder with a user's file next to the marker.
    let notes = out.appendingPathComponent("notes.xlsx")
    try Data("mine".utf8).write(to: notes)
    #expect(throws: ReportError.self) { try folder.write(to: out.path) }
    #expect(FileManager.default.fileExists(atPath: notes.path))
    try FileManager.default.removeItem(at: notes)
    let nested = out.appendingPathComponent("donors/drafts")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    #expect(throws: ReportError.self) { try folder.write(to: out.path) }
    #expect(FileManager.default.fileExists(atPath: nested.path))
    try FileManager.default.removeItem(at: nested)
    try folder.write(to: out.path)
  }

  @Test func reportFolderIsNeverTheDataSetOrAroundOrInsideIt() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let data = root.appendingPathComponent("reports/ds")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try Data("donor\nSE\n".utf8).write(to: data.appendingPathComponent("donors.csv"))
    // Even with a marker in it (an earlier mistake), the data set folder is no report folder.
    try Data().write(to: data.appendingPathComponent(ReportFolder.marker))
    try Data().write(to: root.appendingPathComponent("reports/" + ReportFolder.marker))
    var folder = ReportFolder()
    folder.add("gaps.csv", "group\n")
    for out in [
      data.path, root.appendingPathComponent("reports").path, data.path + "/out",
      data.path + "/../ds",
    ] {
      #expect(throws: ReportError.self) { try folder.write(to: out, dataSet: data.path) }
    }
    #expect(
      try String(contentsOf: data.appendingPathComponent("donors.csv"), encoding: .utf8)
        == "donor\nSE\n")
    #expect(!FileManager.default.fileExists(atPath: data.path + "/out"))
  }

  @Test func aLinkIsFollowedAndItsTargetReplaced() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let real = root.appendingPathComponent("real")
    let link = root.appendingPathComponent("link")
    var first = ReportFolder()
    first.add("gaps.csv", "old\n")
    try first.write(to: real.path)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    var second = ReportFolder()
    second.add("summary.txt", "new\n")
    try second.write(to: link.path)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    let files = try FileManager.default.contentsOfDirectory(atPath: real.path).sorted()
    #expect(files == [".harmonize-manifest", ReportFolder.marker, "summary.txt"])
    // A dangling link is refused, not replaced.
    let dangling = root.appendingPathComponent("dangling")
    try FileManager.default.createSymbolicLink(
      at: dangling, withDestinationURL: root.appendingPathComponent("nowhere"))
    #expect(throws: ReportError.self) { try second.write(to: dangling.path) }
  }

  @Test func anUnwritableOrMissingExportFolderIsFoundFirst() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(throws: ReportError.self) {
      try OutputPath.checkFile(root.path + "/missing/model.lp", dataSet: nil)
    }
    #expect(throws: ReportError.self) {
      try OutputPath.checkFile(root.path + "/model.lp", dataSet: root.path)
    }
    #expect(throws: ReportError.self) {
      try OutputPath.checkFile(
        root.path + "/out/model.lp", dataSet: nil, reportFolder: root.path + "/out")
    }
    _ = try OutputPath.checkFile(root.path + "/model.lp", dataSet: root.path + "/elsewhere")
  }
}
