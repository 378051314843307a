/// Reads typed values from one data row, logging a located problem for each bad cell.
///
/// Every accessor returns `nil` both for a blank cell (the caller applies the default) and
/// for a bad one (already logged), so one bad cell never hides the others.
struct RowReader {
  let table: InputTable
  let row: CSVRecord
  let log: ProblemLog

  var line: Int { row.line }

  func text(_ column: String) -> String? {
    let value = table.value(row, column)
    return value.isEmpty ? nil : value
  }

  func error(_ message: String) { log.error(table.file, row.line, message) }
  func warning(_ message: String) { log.warning(table.file, row.line, message) }

  /// A required identifier: non-empty, without `;` or `:`.
  func identifier(_ column: String) -> String? {
    guard let value = text(column) else {
      error("missing value for required column \(MessageText.quoted(column))")
      return nil
    }
    return Self.checkIdentifier(value, column: column, reader: self) ? value : nil
  }

  /// A `;`-list of identifiers; empty items (a trailing `;`) are skipped.
  func identifierList(_ column: String) -> [String] {
    guard let value = text(column) else { return [] }
    return Self.listItems(value).filter { Self.checkIdentifier($0, column: column, reader: self) }
  }

  static func listItems(_ value: String) -> [String] {
    value.utf8.split(separator: UInt8(ascii: ";")).map { trim(Substring($0)) }
      .filter { !$0.isEmpty }
  }

  static func checkIdentifier(_ value: String, column: String, reader: RowReader) -> Bool {
    if value.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }) {
      reader.error(
        "\(column): identifier \(MessageText.quoted(value)) must not contain \";\" or \":\"")
      return false
    }
    return true
  }

  func bool(_ column: String) -> Bool? {
    guard let value = text(column) else { return nil }
    switch value.lowercased() {
    case "yes", "y", "true", "1": return true
    case "no", "n", "false", "0": return false
    default:
      error(
        "\(column): \(MessageText.quoted(value)) is not a yes/no value "
          + "(yes/no, true/false, y/n, 1/0)")
      return nil
    }
  }

  /// A finite number in `range` (days, amounts).
  func amount(_ column: String, in range: ClosedRange<Double>) -> Double? {
    guard let value = text(column) else { return nil }
    guard let number = NumberSyntax.decimal(value) else {
      if NumberSyntax.isNonFinite(value) {
        error("\(column): \(MessageText.quoted(value)) is not a finite number")
      } else {
        error("\(column): \(MessageText.quoted(value)) is not a number (use digits and \".\")")
      }
      return nil
    }
    guard number.isFinite else {
      error("\(column): \(MessageText.plain(value)) is not a finite number")
      return nil
    }
    if number < 0 {
      error("\(column): \(MessageText.plain(value)) is negative")
      return nil
    }
    guard range.contains(number) else {
      error("\(column): \(MessageText.plain(value)) is outside \(Self.describe(range))")
      return nil
    }
    return number
  }

  /// A whole number in `range` (counts, levels, terms).
  func count(_ column: String, in range: ClosedRange<Int> = Limits.count) -> Int? {
    guard let value = text(column) else { return nil }
    return Self.wholeNumber(value, column: column, range: range, reader: self)
  }

  static func wholeNumber(
    _ value: String, column: String, range: ClosedRange<Int>, reader: RowReader
  ) -> Int? {
    guard let number = NumberSyntax.decimal(value) else {
      if NumberSyntax.isNonFinite(value) {
        reader.error("\(column): \(MessageText.quoted(value)) is not a finite number")
      } else {
        reader.error("\(column): \(MessageText.quoted(value)) is not a whole number")
      }
      return nil
    }
    guard number.isFinite else {
      reader.error("\(column): \(MessageText.plain(value)) is not a finite number")
      return nil
    }
    if number < 0 {
      reader.error("\(column): \(MessageText.plain(value)) is negative")
      return nil
    }
    guard number == number.rounded() else {
      reader.error("\(column): \(MessageText.quoted(value)) is not a whole number")
      return nil
    }
    guard number <= Double(range.upperBound) else {
      reader.error(
        "\(column): \(MessageText.plain(value)) is more than \(range.upperBound) "
          + "(allowed \(range.lowerBound)-\(range.upperBound))")
      return nil
    }
    let whole = Int(number)
    if whole < range.lowerBound {
      reader.error("\(column): \(whole) is less than \(range.lowerBound)")
      return nil
    }
    return whole
  }

  /// A level between 1 and 3.
  func level(_ column: String) -> Int? {
    guard let value = count(column) else { return nil }
    guard SkillLevel.range.contains(value) else {
      error("\(column): \(value) is outside 1-3")
      return nil
    }
    return value
  }

  /// A calendar year written with four digits, in `Limits.year`.
  func year(_ column: String) -> Int? {
    guard let value = text(column) else { return nil }
    guard value.utf8.count == 4, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
      let year = Int(value), Limits.year.contains(year)
    else {
      error(
        "\(column): \(MessageText.quoted(value)) is not a year (four digits, "
          + "\(Limits.year.lowerBound)-\(Limits.year.upperBound))")
      return nil
    }
    return year
  }

  /// `0-31`: a range of whole bounds as messages and the contract write it.
  static func describe(_ range: ClosedRange<Double>) -> String {
    "\(Int(range.lowerBound))-\(Int(range.upperBound))"
  }

  /// One of the raw values of `T`, matched case-insensitively.
  func choice<T: RawRepresentable & CaseIterable>(_ column: String, _ type: T.Type) -> T?
  where T.RawValue == String {
    guard let value = text(column) else { return nil }
    if let match = T(rawValue: value.lowercased()) { return match }
    let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
    error("\(column): \(MessageText.quoted(value)) is not one of \(allowed)")
    return nil
  }

  /// `value` without leading and trailing spaces and tabs.
  static func trim(_ value: Substring) -> String {
    let bytes = value.utf8
    guard let first = bytes.firstIndex(where: { $0 != 32 && $0 != 9 }),
      let last = bytes.lastIndex(where: { $0 != 32 && $0 != 9 })
    else { return "" }
    return String(decoding: bytes[first...last], as: UTF8.self)
  }
}

/// Skill levels of the contract: 1 basic, 2 working, 3 expert.
enum SkillLevel {
  static let range = 1...3
}
