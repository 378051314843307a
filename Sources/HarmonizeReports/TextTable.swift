/// A plain-text table with aligned columns, for `summary.txt` and the donor briefs.
///
/// Columns are separated by two spaces; text is left-aligned and numbers right-aligned.
/// Widths count characters (grapheme clusters), so accented names align.
public struct TextTable: Sendable {
  public var columns: [String]
  public private(set) var rows: [[String]] = []

  public init(columns: [String]) { self.columns = columns }

  /// Appends a row; it must have one cell per column.
  public mutating func append(_ row: [String]) {
    precondition(row.count == columns.count, "row has \(row.count) cells, want \(columns.count)")
    rows.append(row)
  }

  /// The table with a header, a rule under it and one line per row, each ending in a newline;
  /// trailing spaces are trimmed.
  public func rendered(indent: String = "  ") -> String {
    let all = [columns] + rows
    let widths = columns.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
    let numeric = columns.indices.map { c in
      !rows.isEmpty && rows.allSatisfy { Self.looksNumeric($0[c]) }
    }
    func line(_ cells: [String]) -> String {
      let padded = cells.indices.map { c -> String in
        let fill = String(repeating: " ", count: widths[c] - cells[c].count)
        return numeric[c] ? fill + cells[c] : cells[c] + fill
      }
      var text = indent + padded.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text + "\n"
    }
    var out = line(columns)
    out += line(widths.map { String(repeating: "-", count: $0) })
    for row in rows { out += line(row) }
    return out
  }

  /// Numbers, percentages, `inf` and `-` (nothing) align to the right.
  static func looksNumeric(_ cell: String) -> Bool {
    if cell == "-" || cell == "inf" { return true }
    let body = cell.hasSuffix("%") ? String(cell.dropLast()) : cell
    return !body.isEmpty && CSVTable.isNumber(body)
  }
}
