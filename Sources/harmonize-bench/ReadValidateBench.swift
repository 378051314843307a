import ArgumentParser
import Foundation
import HarmonizeData
import HarmonizeReports
import LinearProgramming

/// `harmonize-bench read-validate`: generates a data set into a temporary folder once, then
/// times `DataSetLoader.load(folder:)` (read, parse, validate, checksum) over several runs.
struct ReadValidateBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read-validate",
    abstract: "Time loading and validating a synthetic data set folder (median of N runs).")

  @OptionGroup var size: SizeOptions

  func run() throws {
    let clock = ContinuousClock()
    let began = clock.now
    let generated = size.generated(seed: 11)
    let generateSeconds = seconds(clock.now - began)
    let scratch = ScratchFolder("read")
    defer { scratch.remove() }
    let folder = try scratch.write(generated)
    let bytes = generated.files.values.reduce(0) { $0 + $1.utf8.count }
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var result: LoadResult?
    for _ in 0..<size.runs {
      let start = clock.now
      let cpuStart = BenchClock.processSeconds()
      result = DataSetLoader.load(folder: folder)
      cpuTimes.append(BenchClock.processSeconds() - cpuStart)
      times.append(seconds(clock.now - start))
    }
    guard let result, result.problems.isEmpty else {
      throw ValidationError("generated data set has problems: \(result?.problems.prefix(3) ?? [])")
    }
    let sorted = times.sorted()
    let fixed = { (value: Double) in Format.fixed(value, 3) }
    print(
      "read-validate staff=\(result.counts.staff) participation=\(result.counts.memberships)"
        + " bytes=\(bytes) runs=\(size.runs) generate_s=\(fixed(generateSeconds))"
        + " median_s=\(fixed(sorted[sorted.count / 2])) min_s=\(fixed(sorted[0]))"
        + " max_s=\(fixed(sorted[sorted.count - 1]))"
        + " cpu_median_s=\(fixed(BenchClock.median(cpuTimes)))")
  }

  private func seconds(_ d: Duration) -> Double { d.inSeconds }
}
