import Foundation
import HarmonizeData
import Testing

/// Seeded fuzzing of the yearly loop's inputs, `harmonize plan` run as a process: mutated
/// decisions files and previous-plan folders, links and special files where files are
/// expected, and output folders that overlap an input in every way the path rule names.
///
/// Each run checks the exit code, that every problem is one `FILE[:LINE]: error|warning:`
/// line naming an input, and that every input file and folder is byte-identical afterwards.
extension FuzzTests {
  /// How a case breaks the inputs, and the exit codes it may end with.
  enum YearlyCase: CaseIterable {
    case decisionsMutated, previousMutated, specialFile, overlap

    var allowed: Set<Int32> {
      switch self {
      case .decisionsMutated, .previousMutated: [0, 2, 65]
      case .specialFile: [65, 66]
      case .overlap: [73]
      }
    }
  }

  @Test func mutatedDecisionsAndPreviousPlansNeverChangeAnInput() throws {
    let f = try YearlyLoopFixture()
    defer { f.remove() }
    let fm = FileManager.default
    var random = Generator(seed: 25)
    var counts: [Int32: Int] = [:]
    for run in 0..<32 {
      let dir = f.root.appendingPathComponent("case\(run)")
      let previous = dir.appendingPathComponent("previous")
      let decisions = dir.appendingPathComponent("decisions.csv")
      try fm.createDirectory(at: dir, withIntermediateDirectories: true)
      try fm.copyItem(at: f.previous, to: previous)
      try fm.copyItem(at: f.decisions, to: decisions)
      var decisionsArgument = decisions.path
      var out = dir.appendingPathComponent("out").path
      let kind = random.pick(YearlyCase.allCases)
      switch kind {
      case .decisionsMutated:
        try Self.mutate(file: decisions, &random)
      case .previousMutated:
        let name = random.pick(["chair_plan.csv", "staff_plan.csv", "run.json"])
        try Self.mutate(file: previous.appendingPathComponent(name), &random)
      case .specialFile:
        decisionsArgument = try Self.plantSpecialFile(
          previous: previous, decisions: decisions, data: f.data, &random)
      case .overlap:
        (out, decisionsArgument) = try Self.overlappingOutput(
          dir: dir, previous: previous, decisions: decisions, data: f.data, &random)
      }
      let before = try snapshot([f.data, dir])
      let result = try f.plan([
        "--previous", previous.path, "--decisions", decisionsArgument, "--out", out,
      ])
      counts[result.status, default: 0] += 1
      #expect(kind.allowed.contains(result.status), "\(kind) \(run): \(result.error)")
      let known =
        [decisionsArgument] + PreviousPlanFileNames.all.map { previous.path + "/" + $0 }
        + (try fm.contentsOfDirectory(atPath: f.data.path))
      for line in result.error.split(separator: "\n").map(String.init) {
        #expect(Self.isProblemOrMessage(line, files: known), "\(kind) \(run): \(line)")
      }
      // Every input as it was; only a written plan is new.
      var after = try snapshot([f.data, dir])
      let written = dir.appendingPathComponent("out").path
      if result.status == 0 || result.status == 2 {
        #expect(after[written] == "folder")
        after = after.filter { $0.key != written && !$0.key.hasPrefix(written + "/") }
      }
      #expect(after == before, "\(kind) \(run)")
    }
    // The cases reach every outcome they can: plans, data errors and refused folders.
    #expect(counts[0, default: 0] > 0 && counts[65, default: 0] > 0 && counts[73, default: 0] > 0)
  }

  /// The files read from a previous plan's folder.
  enum PreviousPlanFileNames {
    static let all = ["run.json", "chair_plan.csv", "staff_plan.csv"]
  }

  /// One of `FuzzTests.mutate`'s mutations, or a repeated or reordered row, on one file.
  static func mutate(file: URL, _ random: inout Generator) throws {
    var bytes = [UInt8](try Data(contentsOf: file))
    if random.int(3) == 0 {
      var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
      if lines.count > 1 {
        let line = lines[1 + random.int(lines.count - 1)]
        lines.insert(line, at: 1 + random.int(lines.count))
      }
      bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    } else {
      var files = [file.lastPathComponent: bytes]
      mutate(&files, &random)
      bytes = files[file.lastPathComponent] ?? bytes
    }
    try Data(bytes).write(to: file)
  }

  /// Replaces a file the run reads by a FIFO, a folder or a link; returns `--decisions`.
  static func plantSpecialFile(
    previous: URL, decisions: URL, data: URL, _ random: inout Generator
  ) throws -> String {
    let fm = FileManager.default
    let target = random.pick([
      previous.appendingPathComponent("chair_plan.csv"),
      previous.appendingPathComponent("staff_plan.csv"),
      previous.appendingPathComponent("run.json"), decisions,
    ])
    try fm.removeItem(at: target)
    switch random.int(4) {
    case 0: _ = mkfifo(target.path, 0o600)
    case 1: try fm.createDirectory(at: target, withIntermediateDirectories: false)
    case 2:  // a link to another input: read, never written
      try fm.createSymbolicLink(
        at: target, withDestinationURL: data.appendingPathComponent("staff.csv"))
    default:
      try fm.createSymbolicLink(
        at: target, withDestinationURL: previous.appendingPathComponent("nowhere"))
    }
    return decisions.path
  }

  /// An output folder that is, lies inside or holds an input, spelled in one of several
  /// ways; returns `--out` and `--decisions`.
  static func overlappingOutput(
    dir: URL, previous: URL, decisions: URL, data: URL, _ random: inout Generator
  ) throws -> (String, String) {
    let fm = FileManager.default
    let link = dir.appendingPathComponent("link")
    switch random.int(7) {
    case 0:
      try fm.createSymbolicLink(at: link, withDestinationURL: previous)
      return (link.path, decisions.path)
    case 1: return (previous.path + "/../previous/", decisions.path)
    case 2:
      try fm.createSymbolicLink(at: link, withDestinationURL: dir)
      return (link.path + "/previous/next", decisions.path)
    case 3:
      try fm.createSymbolicLink(at: link, withDestinationURL: data)
      return (link.path, decisions.path)
    case 4: return (data.path + "/../" + data.lastPathComponent + "/reports", decisions.path)
    case 5:  // a report folder holding the decisions file
      let other = dir.appendingPathComponent("other")
      try fm.copyItem(at: previous, to: other)
      let kept = other.appendingPathComponent("donors/decisions.txt")
      try fm.copyItem(at: decisions, to: kept)
      return (other.path, kept.path)
    default:  // the folder holding the previous plan and the decisions
      return (dir.path, decisions.path)
    }
  }

  /// Whether `line` of standard error is a problem (`FILE[:LINE]: error|warning: …`, FILE
  /// one of `files`, LINE above 0) or one of the CLI's own lines, on one line without
  /// control characters.
  static func isProblemOrMessage(_ line: String, files: [String]) -> Bool {
    guard !line.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) else {
      return false
    }
    if line.hasPrefix("error: ") || line.hasPrefix("warning: ") || line.hasSuffix("written") {
      return true
    }
    for severity in [": error: ", ": warning: "] {
      guard let range = line.range(of: severity) else { continue }
      var place = String(line[..<range.lowerBound])
      if let colon = place.lastIndex(of: ":"), let number = Int(place[place.index(after: colon)...])
      {
        guard number > 0 else { return false }
        place = String(place[..<colon])
      }
      return files.contains(place)
    }
    return false
  }
}
