import Foundation
import HarmonizeReports
import Testing

/// The shared report building blocks: formula-safe CSV, fixed numbers, atomic folders.
struct ReportFolderTests {

  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+33 1", "'+33 1"), ("@cmd", "'@cmd"), ("-x", "'-x"),
    ("-1.5", "-1.5"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), (" padded", "\" padded\""), ("São Tomé", "São Tomé"),
  ])
  func csvCellsAreQuotedAndNeverFormulas(cell: String, written: String) {
    #expect(CSVTable.escape(cell) == written)
  }

  @Test func csvTableWritesHeaderAndRowsWithLineFeeds() {
    var table = CSVTable(columns: ["a", "b"])
    table.append(["1", "x,y"])
    #expect(table.rendered() == "a,b\n1,\"x,y\"\n")
  }

  @Test(arguments: [
    (2.5, 2, "2.50"), (-0.001, 2, "0.00"), (0.125, 2, "0.13"), (-1.005, 1, "-1.0"),
    (12.0 / 17, 3, "0.706"), (3, 0, "3"),
  ])
  func fixedKeepsItsDecimals(value: Double, places: Int, text: String) {
    #expect(Format.fixed(value, places) == text)
  }

  @Test func percentHasOneDecimal() {
    #expect(Format.percent(0.375) == "37.5%")
    #expect(Format.percent(2) == "200.0%")
  }

  @Test func folderIsWrittenWithItsMarkerAndReplacedOnTheNextRun() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let target = root.appendingPathComponent("out").path
    var first = ReportFolder()
    first.add("a.txt", "one\n")
    first.add("donors/B.txt", "bee\n")
    try first.write(to: target)
    #expect(FileManager.default.fileExists(atPath: target + "/" + ReportFolder.marker))
    #expect(try String(contentsOfFile: target + "/donors/B.txt", encoding: .utf8) == "bee\n")
    var second = ReportFolder()
    second.add("c.txt", "three\n")
    try second.write(to: target)
    // The old set is gone entirely: no stale donors/B.txt next to the new files.
    let files = try FileManager.default.contentsOfDirectory(atPath: target).sorted()
    #expect(files == [".harmonize-manifest", ReportFolder.marker, "c.txt"])
  }

  @Test func foreignNonEmptyFolderIsNeverReplaced() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let mine = root.appendingPathComponent("notes.txt")
    try Data("keep me\n".utf8).write(to: mine)
    var folder = ReportFolder()
    folder.add("a.txt", "one\n")
    #expect(throws: ReportError.self) { try folder.write(to: root.path) }
    #expect(try String(contentsOf: mine, encoding: .utf8) == "keep me\n")
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a.txt").path))
  }
}
