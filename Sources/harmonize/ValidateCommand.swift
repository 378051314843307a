import ArgumentParser
import HarmonizeData

/// `harmonize validate [DATASET]`: checks a data set against the data contract.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a data set's CSV files and print every problem.",
    discussion: """
      Prints each problem as FILE:LINE: error|warning: message (sorted by file and line), then \
      a summary line. Warnings alone do not fail.

      \(ExitStatus.help([.done, .usage, .dataError, .noInput]))
      """)

  @OptionGroup var data: DataSetOptions

  func run() throws {
    let result = try data.loadResult()
    for problem in result.problems { print(problem.description) }
    print(result.summary(name: data.name))
    if !result.errors.isEmpty { throw ExitCode(.dataError) }
  }
}
