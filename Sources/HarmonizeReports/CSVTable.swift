import HarmonizeData

/// A CSV report table, rendered by RFC 4180 with a header row and LF line ends.
///
/// Cells that a spreadsheet would evaluate as a formula (text starting with `=`, `+`, `-`, `@`,
/// their full-width forms `＝`, `＋`, `－`, `＠`, a tab or a carriage return) are prefixed with
/// `'`; numbers are written as they are.
public struct CSVTable: Sendable {
  public var columns: [String]
  public private(set) var rows: [[String]] = []

  public init(columns: [String]) { self.columns = columns }

  /// Appends a row; it must have one cell per column.
  public mutating func append(_ row: [String]) {
    precondition(row.count == columns.count, "row has \(row.count) cells, want \(columns.count)")
    rows.append(row)
  }

  public func rendered() -> String {
    var writer = CSVWriter(header: columns.map(Self.formulaSafe))
    for row in rows { writer.append(row.map(Self.formulaSafe)) }
    return writer.text
  }

  /// The cell as it goes into the file: formula-safe, quoted when needed.
  public static func escape(_ cell: String) -> String { CSVWriter.escape(formulaSafe(cell)) }

  /// The cell with `'` in front when a spreadsheet would evaluate it as a formula.
  static func formulaSafe(_ cell: String) -> String {
    guard let first = cell.unicodeScalars.first, formulaStarts.contains(first),
      !isNumber(cell)
    else { return cell }
    return "'" + cell
  }

  /// First characters that make a spreadsheet read a cell as a formula; some spreadsheets
  /// fold the full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20) to ASCII first.
  static let formulaStarts = Set("=+-@\t\r\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}".unicodeScalars)

  /// A plain decimal number such as `-1`, `2.5` or `-0.25` (no exponent, no spaces).
  static func isNumber(_ text: String) -> Bool {
    var digits = 0
    var dots = 0
    for (i, c) in text.enumerated() {
      if c == "-" || c == "+" {
        guard i == 0 else { return false }
      } else if c == "." {
        dots += 1
      } else if c.isASCII, c.isNumber {
        digits += 1
      } else {
        return false
      }
    }
    return digits > 0 && dots <= 1
  }
}
