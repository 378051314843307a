/// Collects problems while the loader walks the files (one log per load, never shared).
final class ProblemLog {
  private(set) var problems: [Problem] = []

  func error(_ file: String, _ line: Int, _ message: String) {
    problems.append(Problem(file: file, line: line, severity: .error, message: message))
  }

  func warning(_ file: String, _ line: Int, _ message: String) {
    problems.append(Problem(file: file, line: line, severity: .warning, message: message))
  }

  var hasErrors: Bool { problems.contains { $0.severity == .error } }
}

/// A value read from a CSV row, with the row's physical line for later cross-file checks.
struct Located<Value> {
  var value: Value
  var line: Int
}
