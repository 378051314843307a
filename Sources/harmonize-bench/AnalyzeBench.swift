import ArgumentParser
import Foundation
import HarmonizeAnalysis
import HarmonizeData
import HarmonizeReports
import LinearProgramming

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `harmonize-bench analyze`: times `harmonize analyze`'s stages on a generated data set:
/// loading the CSV folder, the diagnosis, rendering every report and writing the folder.
struct AnalyzeBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Time load + diagnosis + report rendering on a synthetic data set.")

  @Option(help: "Number of staff members.") var staff = 10_000
  @Option(help: "Number of donors.") var donors = 60
  @Option(help: "Number of working groups.") var groups = 400
  @Option(help: "Participation rows.") var participation = 100_000
  @Option(help: "Timed runs; the median is printed.") var runs = 5

  func validate() throws {
    guard staff > 0, donors > 0, groups > 0, participation >= 0, runs > 0 else {
      throw ValidationError("sizes and --runs must be positive")
    }
  }

  func run() throws {
    let parameters = SyntheticDataSet.Parameters(
      donors: donors, groups: groups, staff: staff, seed: 7, year: 2026,
      participation: participation)
    let generated = SyntheticDataSet(parameters)
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "harmonize-bench-analyze-\(ProcessInfo.processInfo.processIdentifier)")
    let data = root.appendingPathComponent("bench")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    for (file, text) in generated.files {
      try Data(text.utf8).write(to: data.appendingPathComponent(file))
    }
    // Per run: wall-clock and CPU seconds of load, diagnose, render, page, write.
    var wall: [[Double]] = []
    var cpu: [[Double]] = []
    var rows = 0
    var pageBytes = 0
    for _ in 0..<runs {
      let clock = ContinuousClock()
      var marks = [(clock.now, cpuSeconds())]
      let result = DataSetLoader.load(folder: data.path)
      marks.append((clock.now, cpuSeconds()))
      guard let dataSet = result.dataSet else {
        throw ValidationError("generated data set has errors: \(result.errors.prefix(3))")
      }
      rows = dataSet.participation.count
      let diagnosis = Diagnosis(of: dataSet, roster: Roster(today: dataSet, year: 2026))
      marks.append((clock.now, cpuSeconds()))
      let folder = AnalysisReports.folder(diagnosis)
      marks.append((clock.now, cpuSeconds()))
      pageBytes = HTMLPage(dataSet, tables: folder.tables).rendered().utf8.count
      marks.append((clock.now, cpuSeconds()))
      try folder.write(to: root.appendingPathComponent("reports").path)
      marks.append((clock.now, cpuSeconds()))
      wall.append(zip(marks, marks.dropFirst()).map { seconds($1.0 - $0.0) })
      cpu.append(zip(marks, marks.dropFirst()).map { $1.1 - $0.1 })
    }
    func field(_ name: String, _ runs: [[Double]], _ phases: [Int]) -> String {
      let value = median(runs.map { run in phases.reduce(0) { $0 + run[$1] } })
      return " \(name)=\(Format.fixed(value, 3))"
    }
    var line = "analyze donors=\(donors) groups=\(groups) staff=\(staff) participation=\(rows)"
    line += " runs=\(runs) page_bytes=\(pageBytes)"
    for (kind, runs) in [("s", wall), ("cpu_s", cpu)] {
      line += field("load_\(kind)", runs, [0]) + field("diagnose_\(kind)", runs, [1])
      line += field("render_\(kind)", runs, [2]) + field("total_\(kind)", runs, [0, 1, 2])
      line += field("page_\(kind)", runs, [3]) + field("write_\(kind)", runs, [4])
    }
    print(line)
  }

  private func seconds(_ d: Duration) -> Double { d.inSeconds }

  /// CPU time of the process (user + system), which a busy machine inflates less than wall.
  private func cpuSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
  }

  private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }
}
