import Foundation
import HarmonizeData
import Testing

@Suite("Loading a data set folder")
struct FolderLoadingTests {
  private func folder(_ files: [String: [UInt8]]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("harmonize-load-\(UUID().uuidString)")
      .appendingPathComponent("maputo")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, bytes) in files {
      try Data(bytes).write(to: url.appendingPathComponent(name))
    }
    return url
  }

  private func valid() -> [String: [UInt8]] {
    ValidDataSet.files.mapValues { Array($0.utf8) }
  }

  @Test("the data set is named after the folder and every contract file is hashed")
  func nameAndChecksums() throws {
    let url = try folder(valid())
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let result = DataSetLoader.load(folder: url.path)
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.name == "maputo")
    #expect(dataSet.checksums.count == 6)
  }

  @Test("an unknown CSV file is a warning; other files are not mentioned")
  func unknownFiles() throws {
    var files = valid()
    files["participations.csv"] = Array("staff,group\n".utf8)
    files["README.md"] = Array("notes".utf8)
    let url = try folder(files)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let result = DataSetLoader.load(folder: url.path)
    #expect(
      result.problems.map(\.description) == [
        "participations.csv: warning: unknown file ignored (not part of the data contract)"
      ])
    #expect(result.dataSet != nil)
  }

  @Test("text that is not UTF-8 is an error at its line")
  func notUTF8() throws {
    var files = valid()
    files["donors.csv"] = Array("donor,name\nSE,Sweden\nDK,".utf8) + [0xE6] + Array("\n".utf8)
    let url = try folder(files)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let result = DataSetLoader.load(folder: url.path)
    #expect(
      result.problems.contains {
        $0.file == "donors.csv" && $0.line == 3 && $0.message.contains("not valid UTF-8")
      })
    #expect(result.dataSet == nil)
  }

  @Test("a missing folder is one clear error")
  func missingFolder() {
    let result = DataSetLoader.load(folder: "/nonexistent/harmonize")
    #expect(result.problems.map(\.message) == ["no such data set folder"])
    #expect(result.dataSet == nil)
  }
}
