import ArgumentParser
import HarmonizeData

/// `harmonize generate`: writes a synthetic data set, byte-identical for the same arguments.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic data set in the data contract's format.",
    discussion: """
      The same arguments always give the same bytes. The folder is written through a \
      temporary sibling and renamed, so it is never half-written; an existing non-empty \
      folder is only replaced when an earlier generate wrote it, or with --force.
      """)

  @Option(help: "Number of donors.") var donors = 14
  @Option(help: "Number of working groups.") var groups = 23
  @Option(help: "Number of staff members.") var staff = 52
  @Option(help: "Seed of the random generator.") var seed: UInt64 = 1
  @Option(help: "Current year: anchors since and ends years.") var year = 2026
  @Option(help: "Target number of participation rows (default: 1 to 5 groups per person).")
  var participation: Int?
  @Option(help: "Folder to write.") var out: String
  @Flag(help: "Replace a non-empty folder that generate did not write.") var force = false

  func validate() throws {
    guard donors >= 1, groups >= 1, staff >= 1 else {
      throw ValidationError("--donors, --groups and --staff must be at least 1")
    }
    guard (1900...2200).contains(year) else {
      throw ValidationError("--year must lie between 1900 and 2200")
    }
    if let participation, participation < 0 {
      throw ValidationError("--participation must not be negative")
    }
  }

  func run() throws {
    let parameters = SyntheticDataSet.Parameters(
      donors: donors, groups: groups, staff: staff, seed: seed, year: year,
      participation: participation)
    let dataSet = SyntheticDataSet(parameters)
    do {
      try GeneratedFolder.write(dataSet, to: out, force: force)
    } catch {
      printError("error: \(error)")
      throw ExitCode(73)
    }
    print("wrote \(out): \(donors) donors, \(staff) staff, \(groups) groups")
  }
}
