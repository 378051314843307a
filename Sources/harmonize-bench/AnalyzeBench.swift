import ArgumentParser
import Foundation
import HarmonizeAnalysis
import HarmonizeData
import HarmonizeReports
import LinearProgramming

/// `harmonize-bench analyze`: times `harmonize analyze`'s stages on a generated data set:
/// loading the CSV folder, the diagnosis, rendering every report and writing the folder.
struct AnalyzeBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Time load + diagnosis + report rendering on a synthetic data set.")

  @OptionGroup var size: SizeOptions

  func run() throws {
    let scratch = ScratchFolder("analyze")
    defer { scratch.remove() }
    let data = try scratch.write(size.generated(seed: 7))
    // Per run: wall-clock and CPU seconds of load, diagnose, render, page, write.
    var wall: [[Double]] = []
    var cpu: [[Double]] = []
    var rows = 0
    var pageBytes = 0
    for _ in 0..<size.runs {
      let clock = ContinuousClock()
      var marks = [(clock.now, BenchClock.processSeconds())]
      let result = DataSetLoader.load(folder: data)
      marks.append((clock.now, BenchClock.processSeconds()))
      guard let dataSet = result.dataSet else {
        throw ValidationError("generated data set has errors: \(result.errors.prefix(3))")
      }
      rows = dataSet.participation.count
      let diagnosis = Diagnosis(of: dataSet, roster: Roster(today: dataSet, year: 2026))
      marks.append((clock.now, BenchClock.processSeconds()))
      let folder = AnalysisReports.folder(diagnosis)
      marks.append((clock.now, BenchClock.processSeconds()))
      pageBytes = HTMLPage(dataSet, tables: folder.tables).rendered().utf8.count
      marks.append((clock.now, BenchClock.processSeconds()))
      try folder.write(to: scratch.root.appendingPathComponent("reports").path)
      marks.append((clock.now, BenchClock.processSeconds()))
      wall.append(zip(marks, marks.dropFirst()).map { seconds($1.0 - $0.0) })
      cpu.append(zip(marks, marks.dropFirst()).map { $1.1 - $0.1 })
    }
    func field(_ name: String, _ runs: [[Double]], _ phases: [Int]) -> String {
      let value = BenchClock.median(runs.map { run in phases.reduce(0) { $0 + run[$1] } })
      return " \(name)=\(Format.fixed(value, 3))"
    }
    var line = "analyze donors=\(size.donors) groups=\(size.groups) staff=\(size.staff)"
    line += " participation=\(rows) runs=\(size.runs) page_bytes=\(pageBytes)"
    for (kind, runs) in [("s", wall), ("cpu_s", cpu)] {
      line += field("load_\(kind)", runs, [0]) + field("diagnose_\(kind)", runs, [1])
      line += field("render_\(kind)", runs, [2]) + field("total_\(kind)", runs, [0, 1, 2])
      line += field("page_\(kind)", runs, [3]) + field("write_\(kind)", runs, [4])
    }
    print(line)
  }

  private func seconds(_ d: Duration) -> Double { d.inSeconds }
}
