/// One record of a CSV file: its fields and the physical line on which it starts.
public struct CSVRecord: Sendable, Hashable {
  /// 1-based physical line of the record's first byte (a quoted line break moves later records).
  public var line: Int
  public var fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// Whether every field is empty: the row is blank and carries no data.
  public var isBlank: Bool { fields.allSatisfy { $0.isEmpty } }
}
