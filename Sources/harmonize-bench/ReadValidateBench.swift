import ArgumentParser
import Foundation
import HarmonizeData
import LinearProgramming

/// `harmonize-bench read-validate`: generates a data set into a temporary folder once, then
/// times `DataSetLoader.load(folder:)` (read, parse, validate, checksum) over several runs.
struct ReadValidateBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read-validate",
    abstract: "Time loading and validating a synthetic data set folder (median of N runs).")

  @Option(help: "Number of staff members.") var staff = 10_000
  @Option(help: "Number of donors.") var donors = 40
  @Option(help: "Number of working groups.") var groups = 200
  @Option(help: "Participation rows.") var participation = 100_000
  @Option(help: "Timed runs; the median is printed.") var runs = 5

  func validate() throws {
    guard staff > 0, donors > 0, groups > 0, participation >= 0, runs > 0 else {
      throw ValidationError("sizes and --runs must be positive")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let began = clock.now
    let generated = SyntheticDataSet(
      .init(
        donors: donors, groups: groups, staff: staff, seed: 11, participation: participation))
    let generateSeconds = seconds(clock.now - began)
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("harmonize-bench-read-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("bench").path
    try GeneratedFolder.write(generated, to: folder, force: true)
    let bytes = generated.files.values.reduce(0) { $0 + $1.utf8.count }
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var result: LoadResult?
    for _ in 0..<runs {
      let start = clock.now
      let cpuStart = cpuSeconds()
      result = DataSetLoader.load(folder: folder)
      cpuTimes.append(cpuSeconds() - cpuStart)
      times.append(seconds(clock.now - start))
    }
    guard let result, result.problems.isEmpty else {
      throw ValidationError("generated data set has problems: \(result?.problems.prefix(3) ?? [])")
    }
    let sorted = times.sorted()
    print(
      "read-validate staff=\(result.counts.staff) participation=\(result.counts.memberships)"
        + " bytes=\(bytes) runs=\(runs) generate_s=\(fixed(generateSeconds))"
        + " median_s=\(fixed(sorted[sorted.count / 2])) min_s=\(fixed(sorted[0]))"
        + " max_s=\(fixed(sorted[sorted.count - 1]))"
        + " cpu_median_s=\(fixed(cpuTimes.sorted()[cpuTimes.count / 2]))")
  }

  /// CPU time of the process, which the shared machine's load does not inflate.
  private func cpuSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) * 1e-9
  }

  private func seconds(_ d: Duration) -> Double { d.inSeconds }

  private func fixed(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
