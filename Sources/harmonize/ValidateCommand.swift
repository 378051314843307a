import ArgumentParser
import HarmonizeData

/// `harmonize validate [DATASET]`: checks a data set against the data contract.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a data set's CSV files and print every problem.",
    discussion: """
      Prints each problem as FILE:LINE: error|warning: message (sorted by file and line), then \
      a summary line. Warnings alone do not fail. The decisions (decisions.csv or --decisions) \
      are checked against the plan years given by --start and --years, as `plan` would.

      \(ExitStatus.help([.done, .usage, .dataError, .noInput]))
      """)

  @OptionGroup var data: DataSetOptions
  @OptionGroup var planYears: PlanYearsOptions
  @OptionGroup var decisions: DecisionOptions

  func run() throws {
    try decisions.check()
    let result = try data.loadResult(
      LoadOptions(decisionsFile: decisions.file, horizon: planYears.horizon))
    for problem in result.problems { print(problem.description) }
    print(result.summary(name: data.name))
    if !result.errors.isEmpty { throw ExitCode(.dataError) }
  }
}
