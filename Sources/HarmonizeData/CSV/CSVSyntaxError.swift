/// Malformed CSV (RFC 4180) quoting or encoding, with the position where it was found.
public struct CSVSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// 1-based physical line.
  public var line: Int
  /// 1-based column in characters (Unicode scalars) on that line.
  public var column: Int
  public var message: String

  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(line):\(column): \(message)" }
}
