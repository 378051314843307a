import ArgumentParser

/// Every exit code of `harmonize`, with BSD's sysexits.h numbers where one fits.
///
/// The commands throw these and list them in their help text, so help and code cannot drift;
/// the README's "Exit codes" line is the same text (a CLI test compares them).
enum ExitStatus: Int32, CaseIterable {
  /// The command did its work.
  case done = 0
  /// `plan`: no plan meets the hard limits.
  case infeasible = 2
  /// EX_USAGE: argument-parser exits with it for a `ValidationError` or an unknown option.
  case usage = 64
  /// EX_DATAERR: the data set has errors.
  case dataError = 65
  /// EX_NOINPUT: the data set folder does not exist.
  case noInput = 66
  /// EX_SOFTWARE: the solver (or the model export) failed.
  case solverFailed = 70
  /// EX_CANTCREAT: the output cannot be written, or the folder is not harmonize's to replace.
  case cannotWrite = 73

  /// What the code tells the user, as the help text and the README say it.
  var meaning: String {
    switch self {
    case .done: "done"
    case .infeasible: "no plan meets the hard limits (summary.txt and run.json say which rule)"
    case .usage: "bad arguments (nothing runs)"
    case .dataError: "the data set or its decisions have errors (nothing written)"
    case .noInput: "data set folder, decisions file or previous plan folder missing"
    case .solverFailed: "the solver failed (summary.txt and run.json say why)"
    case .cannotWrite: "the output folder cannot be written or is not harmonize's"
    }
  }

  /// `Exit codes: 0 done; 64 bad arguments; ….` for a command's help text.
  static func help(_ statuses: [ExitStatus] = allCases) -> String {
    "Exit codes: "
      + statuses.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ") + "."
  }
}

extension ExitCode {
  /// The argument-parser exit code of `status`: `throw ExitCode(.dataError)`.
  init(_ status: ExitStatus) {
    self.init(status.rawValue)
  }
}
