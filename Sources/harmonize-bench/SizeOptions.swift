import ArgumentParser
import Foundation
import HarmonizeData

/// The size of a generated data set and the number of timed runs, shared by
/// `harmonize-bench analyze` and `read-validate` (use with `@OptionGroup`).
struct SizeOptions: ParsableArguments {
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

  /// The generated data set of this size.
  func generated(seed: UInt64) -> SyntheticDataSet {
    SyntheticDataSet(
      .init(
        donors: donors, groups: groups, staff: staff, seed: seed, year: 2026,
        participation: participation))
  }
}

/// A temporary folder for one benchmark run, removed by `remove()`.
struct ScratchFolder {
  let root: URL

  /// A new folder named after the benchmark and this process.
  init(_ benchmark: String) {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent(
        "harmonize-bench-\(benchmark)-\(ProcessInfo.processInfo.processIdentifier)")
  }

  /// Writes `generated` into `bench/` below the root and returns that folder's path.
  func write(_ generated: SyntheticDataSet) throws -> String {
    let folder = root.appendingPathComponent("bench").path
    try GeneratedFolder.write(generated, to: folder, force: true)
    return folder
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
