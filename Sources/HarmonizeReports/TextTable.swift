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
    let counts = all.map { row in row.map(\.count) }
    let widths = columns.indices.map { c in counts.map { $0[c] }.max() ?? 0 }
    let numeric = columns.indices.map { c in
      !rows.isEmpty && rows.allSatisfy { Self.looksNumeric($0[c]) }
    }
    func line(_ cells: [String], _ lengths: [Int]) -> String {
      let padded = cells.indices.map { c -> String in
        let fill = String(repeating: " ", count: widths[c] - lengths[c])
        return numeric[c] ? fill + cells[c] : cells[c] + fill
      }
      var text = indent + padded.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text + "\n"
    }
    var out = line(columns, counts[0])
    out += line(widths.map { String(repeating: "-", count: $0) }, widths)
    for (row, lengths) in zip(rows, counts.dropFirst()) { out += line(row, lengths) }
    return out
  }

  /// Numbers, percentages, `inf` and `-` (nothing) align to the right.
  static func looksNumeric(_ cell: String) -> Bool {
    if cell == "-" || cell == "inf" { return true }
    let body = cell.hasSuffix("%") ? String(cell.dropLast()) : cell
    return !body.isEmpty && CSVTable.isNumber(body)
  }
}
