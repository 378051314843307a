import ArgumentParser
import Foundation
import HarmonizeData

/// `--start` and `--years`: the plan's years, shared by `plan` and `validate` (which checks
/// the decisions against them).
struct PlanYearsOptions: ParsableArguments {
  @Option(
    help: """
      First plan year (default: next calendar year, UTC); participation.csv describes the \
      year before it.
      """)
  var start: Int?

  @Option(help: "Chair horizon in years (main groups get at least 4).")
  var years: Int = Defaults.horizon

  func validate() throws {
    guard years >= 1 else { throw ValidationError("--years must be at least 1") }
    guard years <= 20 else { throw ValidationError("--years must be at most 20") }
    if let start, !(1900...2200).contains(start) {
      throw ValidationError("--start must lie between 1900 and 2200")
    }
  }

  /// The first plan year: `--start`, or the next calendar year in UTC.
  var startYear: Int { start ?? Self.calendarYear() + 1 }

  var horizon: PlanHorizon { PlanHorizon(startYear: startYear, years: years) }

  /// The current calendar year in UTC.
  static func calendarYear() -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.component(.year, from: Date())
  }
}

/// `--decisions FILE`: a what-if set of decisions read instead of the data set's
/// decisions.csv, shared by `plan` and `validate`.
struct DecisionOptions: ParsableArguments {
  @Option(
    name: .customLong("decisions"),
    help: ArgumentHelp(
      "Decisions file read instead of the data set's decisions.csv (a what-if; same columns).",
      valueName: "file"))
  var file: String?

  /// Exits `.noInput` when the file is missing.
  func check() throws {
    guard let file else { return }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else {
      printError("error: decisions file not found: \(MessageText.singleLine(file))")
      throw ExitCode(.noInput)
    }
  }
}
