/// One thing wrong (or doubtful) in a data set, located at a file and a physical line.
public struct Problem: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// An error stops the run; a warning is printed and the data set is still used.
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  /// The file's name inside the data set folder, such as `staff.csv`.
  public var file: String
  /// 1-based physical line (header = 1); 0 when the problem concerns the whole file.
  public var line: Int
  public var severity: Severity
  public var message: String

  public init(file: String, line: Int, severity: Severity, message: String) {
    self.file = file
    self.line = line
    self.severity = severity
    self.message = message
  }

  /// `FILE:LINE: error: message`, or `FILE: error: message` for a whole-file problem;
  /// always one line, with any control character escaped (`MessageText.singleLine`).
  public var description: String {
    let place = line > 0 ? "\(file):\(line)" : file
    return MessageText.singleLine("\(place): \(severity.rawValue): \(message)")
  }

  /// Orders by file, line, then message, the order in which problems are printed.
  public static func < (a: Problem, b: Problem) -> Bool {
    if a.file != b.file { return a.file < b.file }
    if a.line != b.line { return a.line < b.line }
    if a.message != b.message { return a.message < b.message }
    return a.severity.rawValue < b.severity.rawValue
  }
}
