/// An input CSV file, parsed, with its header resolved: column name (lower-cased) to field
/// index. (Reports write theirs with `HarmonizeReports.CSVTable`.)
struct InputTable {
  let file: String
  let columnIndex: [String: Int]
  /// Non-blank data rows, header excluded.
  let rows: [CSVRecord]

  /// The trimmed value of `column` in `row`; empty when the column or the field is absent.
  func value(_ row: CSVRecord, _ column: String) -> String {
    guard let index = columnIndex[column], index < row.fields.count else { return "" }
    return row.fields[index]
  }

  /// Parses and checks `bytes` against `spec`; `nil` (with problems logged) when the file
  /// cannot be read as a table at all.
  static func read(_ bytes: [UInt8], spec: FileSpec, log: ProblemLog) -> InputTable? {
    let file = spec.name
    if let line = firstInvalidUTF8Line(bytes) {
      log.error(file, line, "not valid UTF-8 text (save the file as UTF-8)")
      return nil
    }
    let records: [CSVRecord]
    do {
      records = try CSVParser.parse(bytes, trimming: true)
    } catch {
      log.error(file, error.line, "\(error.message) (column \(error.column))")
      return nil
    }
    guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
      if spec.isRequired {
        log.error(file, 1, "file is empty; expected a header row")
        return nil
      }
      log.warning(file, 1, "file is empty; read as no rows")
      return InputTable(file: file, columnIndex: [:], rows: [])
    }
    let header = records[headerIndex]
    guard let columnIndex = resolve(header: header, spec: spec, log: log) else { return nil }
    var rows: [CSVRecord] = []
    rows.reserveCapacity(records.count - headerIndex - 1)
    let width = header.fields.count
    for record in records[(headerIndex + 1)...] where !record.isBlank {
      if record.fields.count > width, record.fields[width...].contains(where: { !$0.isEmpty }) {
        log.error(
          file, record.line,
          "row has \(record.fields.count) values but the header names \(width) columns")
      }
      rows.append(record)
    }
    // One pass over the cells, not one over the rows per unnamed column.
    var unnamedWithValues = Set<Int>()
    for row in rows {
      for index in row.fields.indices.prefix(width)
      where !row.fields[index].isEmpty && header.fields[index].isEmpty {
        unnamedWithValues.insert(index)
      }
    }
    for index in unnamedWithValues.sorted() {
      log.warning(file, header.line, "column \(index + 1) has no name; its values are ignored")
    }
    if rows.isEmpty && spec.isRequired {
      log.error(file, header.line, "no data rows (only a header)")
    }
    return InputTable(file: file, columnIndex: columnIndex, rows: rows)
  }

  private static func resolve(header: CSVRecord, spec: FileSpec, log: ProblemLog) -> [String: Int]?
  {
    let file = spec.name
    var index: [String: Int] = [:]
    for (position, raw) in header.fields.enumerated() where !raw.isEmpty {
      let name = raw.lowercased()
      if let first = index[name] {
        log.error(
          file, header.line,
          "duplicate column \(MessageText.quoted(raw)) (columns \(first + 1) and \(position + 1))")
        continue
      }
      index[name] = position
      if !spec.columns.contains(name) {
        log.warning(file, header.line, "unknown column \(MessageText.quoted(raw)) ignored")
      }
    }
    let missing = spec.requiredColumns.filter { index[$0] == nil }
    for column in missing {
      log.error(file, header.line, "missing required column \(MessageText.quoted(column))")
    }
    return missing.isEmpty ? index : nil
  }

  /// The line of the first byte sequence that is not UTF-8, or `nil` when all is valid.
  ///
  /// Lines end at LF, CRLF or a lone CR, as in `CSVParser`; no UTF-8 sequence holds either
  /// byte, so each line can be checked on its own.
  private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    let lineFeed = UInt8(ascii: "\n")
    let carriageReturn = UInt8(ascii: "\r")
    var line = 1
    var start = 0
    var offset = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      guard byte == lineFeed || byte == carriageReturn else {
        offset += 1
        continue
      }
      if String(validating: bytes[start..<offset], as: UTF8.self) == nil { return line }
      if byte == carriageReturn, offset + 1 < bytes.count, bytes[offset + 1] == lineFeed {
        offset += 1
      }
      offset += 1
      line += 1
      start = offset
    }
    return line
  }
}
