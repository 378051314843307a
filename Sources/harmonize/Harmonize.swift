import ArgumentParser

/// The `harmonize` command: division of labour among donors in working groups.
@main
struct Harmonize: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "harmonize",
    abstract: "Divide donors' work across the working groups they share with a government.",
    discussion: """
      Reads a data set (a folder of CSV files: donors, staff, groups, needs, \
      participation, interests), diagnoses gaps and duplications, and plans staff and \
      chair rotations. The default data set is the bundled Data/mozambique.

      \(ExitStatus.help())
      """,
    version: HarmonizeVersion.current,
    subcommands: [
      ValidateCommand.self, AnalyzeCommand.self, PlanCommand.self, GenerateCommand.self,
    ])
}

enum HarmonizeVersion {
  static let current = "0.1.0"
}
