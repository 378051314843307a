import Foundation

/// Writes RFC 4180 CSV text: a field is quoted when it holds a comma, a quote, a line
/// break or leading/trailing white space (which a reader would trim); lines end with LF.
public struct CSVWriter {
  public private(set) var text = ""

  /// Starts a file with its header row.
  public init(header: [String]) {
    append(header)
  }

  /// Appends one row.
  public mutating func append(_ fields: [String]) {
    var first = true
    for field in fields {
      if !first { text.append(",") }
      first = false
      text.append(Self.escape(field))
    }
    text.append("\n")
  }

  /// The field as it appears in the file, quoted when needed.
  public static func escape(_ field: String) -> String {
    let needsQuotes =
      field.utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }
      || field.first?.isWhitespace == true || field.last?.isWhitespace == true
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
