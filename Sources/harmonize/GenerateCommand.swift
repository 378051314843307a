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

      \(ExitStatus.help([.done, .usage, .cannotWrite]))
      """)

  @Option(help: "Number of donors, 1 to 1000.") var donors = 14
  @Option(help: "Number of working groups, 1 to 10000.") var groups = 23
  @Option(help: "Number of staff members, 1 to 100000.") var staff = 52
  @Option(help: "Seed of the random generator.") var seed: UInt64 = 1
  @Option(help: "Current year, 1900 to 2200: anchors since and ends years.") var year = 2026
  @Option(
    help: ArgumentHelp(
      "Target number of participation rows, 0 to 1000000 (default: 1 to 5 groups per person, "
        + "among those needing one of their skills)."))
  var participation: Int?
  @Option(help: "Folder to write.") var out: String
  @Flag(help: "Replace a non-empty folder that generate did not write.") var force = false

  func validate() throws {
    let counts = [
      ("donors", donors, ArgumentLimits.donors), ("groups", groups, ArgumentLimits.groups),
      ("staff", staff, ArgumentLimits.staff),
      ("participation", participation ?? 0, ArgumentLimits.participation),
    ]
    for (name, value, range) in counts where !range.contains(value) {
      throw ValidationError(
        "--\(name) must lie between \(range.lowerBound) and \(range.upperBound)")
    }
    guard Limits.year.contains(year) else {
      throw ValidationError("--year must lie between 1900 and 2200")
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
      throw ExitCode(.cannotWrite)
    }
    print("wrote \(out): \(donors) donors, \(staff) staff, \(groups) groups")
  }
}
