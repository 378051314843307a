import Foundation
import HarmonizeAnalysis
import HarmonizeData
import HarmonizeReports
import Testing

/// Seeded fuzzing of the whole read-diagnose-write path.
///
/// Hundreds of mutated copies of the sample data set, each loaded by the real loader and, when
/// it loads, written as analyze reports: no crash, every problem one `FILE:LINE: message`
/// line, nothing touched outside the report folder.
struct FuzzTests {
  /// SplitMix64 (the generator's): the same seed gives the same mutations on every machine.
  typealias Generator = SplitMix64

  static let values = [
    "100000000000000000", String(repeating: "9", count: 400), "-1", "1e17", "nan", "inf",
    "31.5", "10001", "0", "2.5", "\"3\n\"", "＝1+1", "\u{1B}[31m", "",
  ]

  static func mutate(_ files: inout [String: [UInt8]], _ random: inout Generator) {
    let name = random.pick(files.keys.sorted())
    var bytes = files[name] ?? []
    switch random.int(8) {
    case 0 where !bytes.isEmpty:  // byte flip
      let interesting: [UInt8] = [0, 10, 13, 34, 44, 58, 59, 0xFF, 0xC3, 0x1B, 0x2E, 0x2F]
      let value = random.int(2) == 0 ? random.pick(interesting) : UInt8(random.int(256))
      bytes[random.int(bytes.count)] = value
    case 1:  // a number (or not) in a random cell
      var text = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
      let row = 1 + random.int(max(1, text.count - 1))
      if row < text.count {
        var cells = text[row].components(separatedBy: ",")
        cells[random.int(cells.count)] = random.pick(values)
        text[row] = cells.joined(separator: ",")
      }
      bytes = Array(text.joined(separator: "\n").utf8)
    case 2:  // a long or unsafe donor id, with a hostile name
      let id = random.pick([
        String(repeating: "D", count: 300), "../x", ".hidden", "a/b\\c",
        "é"
          + String(
            repeating: "ü", count: 200), "CON",
      ])
      let donorName = random.pick(["＝cmd", "@SUM(1)", "a\u{1B}b", "\"x\ny\""])
      var donors = files["donors.csv"] ?? []
      donors += Array("\(id),\(donorName)\n".utf8)
      files["donors.csv"] = donors
      return
    case 3:  // line ends
      let text = String(decoding: bytes, as: UTF8.self)
      bytes = Array(text.replacingOccurrences(of: "\n", with: random.pick(["\r", "\r\n"])).utf8)
    case 4:  // a quote somewhere
      bytes.insert(34, at: random.int(bytes.count + 1))
    case 5:  // cut the file
      bytes = Array(bytes.prefix(random.int(bytes.count + 1)))
    case 6:  // a long list of links or skills
      let items = (0..<random.int(2000)).map { "g\($0 % 50)" }.joined(separator: ";")
      bytes += Array("\nX\(random.int(100)),\"\(items)\"\n".utf8)
    default:  // a repeated line
      var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
      if let line = lines.randomElement(using: &random) { lines.append(line) }
      bytes = Array(lines.joined(separator: "\n").utf8)
    }
    files[name] = bytes
  }

  /// Whether `line` is `FILE.csv:LINE: error|warning: message`, one line, no escape codes.
  static func isProblemLine(_ line: String) -> Bool {
    guard !line.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }),
      let end = line.range(of: ": ")
    else { return false }
    let place = line[..<end.lowerBound].split(separator: ":")
    let rest = line[end.upperBound...]
    guard place.count == 2, place[0].hasSuffix(".csv"), let number = Int(place[1]), number > 0
    else { return false }
    return rest.hasPrefix("error: ") || rest.hasPrefix("warning: ")
  }

  @Test func mutatedDataSetsNeverCrashAndNeverTouchOtherFiles() throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var base: [String: [UInt8]] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: ReportFixture.folder) {
      base[file] = Array(
        try Data(contentsOf: URL(fileURLWithPath: ReportFixture.folder + "/" + file)))
    }
    let data = root.appendingPathComponent("data")
    let out = root.appendingPathComponent("out")
    var random = Generator(seed: 15)
    var written = 0
    for _ in 0..<300 {
      var files = base
      for _ in 0...random.int(3) { Self.mutate(&files, &random) }
      try? FileManager.default.removeItem(at: data)
      try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
      for (name, bytes) in files { try Data(bytes).write(to: data.appendingPathComponent(name)) }

      let result = DataSetLoader.load(folder: data.path)
      for problem in result.problems {
        #expect(
          Self.isProblemLine(problem.description),
          "\(MessageText.quoted(problem.description))")
      }
      if let dataSet = result.dataSet {
        let diagnosis = Diagnosis(of: dataSet, roster: Roster(today: dataSet, year: 2025))
        try AnalysisReports.folder(diagnosis).write(to: out.path, dataSet: data.path)
        written += 1
      }
      // Nothing but the data set and the report folder, and the data set as written.
      let entries = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
      #expect(entries == (written > 0 ? ["data", "out"] : ["data"]))
      for (name, bytes) in files {
        #expect(FileManager.default.contents(atPath: data.path + "/" + name) == Data(bytes))
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: data.path).count == files.count)
    }
    #expect(written > 20, "written \(written)")
  }
}

extension SplitMix64 {
  /// A uniform integer in `0..<bound`.
  mutating func int(_ bound: Int) -> Int { int(in: 0...(bound - 1)) }
}
