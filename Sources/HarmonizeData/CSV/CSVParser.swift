/// An RFC 4180 reader over raw bytes that keeps each record's physical line number.
///
/// It accepts what spreadsheets export: a UTF-8 byte-order mark, LF, CRLF or CR line ends,
/// quoted fields holding commas, doubled quotes and line breaks, and a missing final newline.
/// Spaces or tabs around a quoted field are allowed. Malformed quoting is an error, never
/// a silent mis-read.
public enum CSVParser {
  /// Parses `bytes` into records; with `trimming`, ASCII spaces and tabs around each
  /// value are removed (quoted or not), as the data contract asks.
  public static func parse(
    _ bytes: [UInt8], trimming: Bool = false
  ) throws(CSVSyntaxError) -> [CSVRecord] {
    let result = bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(buffer: buffer, trimming: trimming)
      return scanner.run()
    }
    return try result.get()
  }

  /// Parses UTF-8 text; see `parse(_:trimming:)`.
  public static func parse(
    _ text: String, trimming: Bool = false
  ) throws(CSVSyntaxError) -> [CSVRecord] {
    try parse(Array(text.utf8), trimming: trimming)
  }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")

/// The state of one parse: a cursor over the bytes, the current line and its start.
private struct Scanner {
  let buffer: UnsafeBufferPointer<UInt8>
  let trimming: Bool
  var index = 0
  var line = 1
  var lineStart = 0
  var quoted: [UInt8] = []

  init(buffer: UnsafeBufferPointer<UInt8>, trimming: Bool) {
    self.buffer = buffer
    self.trimming = trimming
    if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
      index = 3
      lineStart = 3
    }
  }

  mutating func run() -> Result<[CSVRecord], CSVSyntaxError> {
    var records: [CSVRecord] = []
    var fields: [String] = []
    var recordLine = line
    let count = buffer.count
    while true {
      if fields.isEmpty && index >= count { break }
      switch field() {
      case .success(let value): fields.append(value)
      case .failure(let error): return .failure(error)
      }
      if index >= count {
        records.append(CSVRecord(line: recordLine, fields: fields))
        break
      }
      if buffer[index] == comma {
        index += 1
        continue
      }
      skipLineEnd()
      records.append(CSVRecord(line: recordLine, fields: fields))
      fields = []
      fields.reserveCapacity(records[records.count - 1].fields.count)
      recordLine = line
    }
    return .success(records)
  }

  /// Reads one field; leaves `index` on the comma, line end or end of input after it.
  private mutating func field() -> Result<String, CSVSyntaxError> {
    var start = index
    while start < buffer.count, buffer[start] == space || buffer[start] == tab { start += 1 }
    if start < buffer.count, buffer[start] == quote {
      index = start
      return quotedField()
    }
    var end = index
    while end < buffer.count {
      let byte = buffer[end]
      if byte == comma || byte == lineFeed || byte == carriageReturn { break }
      if byte == quote {
        return .failure(
          error(at: end, "quote inside an unquoted field (quote the whole field, double the quote)")
        )
      }
      end += 1
    }
    let fieldStart = index
    index = end
    return .success(string(fieldStart, end))
  }

  private mutating func quotedField() -> Result<String, CSVSyntaxError> {
    let openLine = line
    let openColumn = column(of: index)
    index += 1
    quoted.removeAll(keepingCapacity: true)
    var segment = index
    while true {
      guard index < buffer.count else {
        return .failure(
          CSVSyntaxError(
            line: openLine, column: openColumn,
            message: "unterminated quoted field (no closing quote before the end of the file)"))
      }
      let byte = buffer[index]
      if byte == quote {
        quoted.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[segment..<index]))
        if index + 1 < buffer.count, buffer[index + 1] == quote {
          quoted.append(quote)
          index += 2
          segment = index
          continue
        }
        index += 1
        break
      }
      if byte == lineFeed || byte == carriageReturn {
        skipLineEnd()
      } else {
        index += 1
      }
    }
    while index < buffer.count, buffer[index] == space || buffer[index] == tab { index += 1 }
    if index < buffer.count {
      let byte = buffer[index]
      if byte != comma && byte != lineFeed && byte != carriageReturn {
        return .failure(error(at: index, "unexpected text after a closing quote"))
      }
    }
    var value = String(decoding: quoted, as: UTF8.self)
    if trimming { value = trimmed(value) }
    return .success(value)
  }

  /// Steps over LF, CR or CRLF at `index` and starts a new line.
  private mutating func skipLineEnd() {
    if buffer[index] == carriageReturn, index + 1 < buffer.count, buffer[index + 1] == lineFeed {
      index += 2
    } else {
      index += 1
    }
    line += 1
    lineStart = index
  }

  private func string(_ start: Int, _ end: Int) -> String {
    var lower = start
    var upper = end
    if trimming {
      while lower < upper, buffer[lower] == space || buffer[lower] == tab { lower += 1 }
      while upper > lower, buffer[upper - 1] == space || buffer[upper - 1] == tab { upper -= 1 }
    }
    if lower == upper { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
  }

  private func trimmed(_ value: String) -> String {
    let bytes = Array(value.utf8)
    var lower = 0
    var upper = bytes.count
    while lower < upper, bytes[lower] == space || bytes[lower] == tab { lower += 1 }
    while upper > lower, bytes[upper - 1] == space || bytes[upper - 1] == tab { upper -= 1 }
    if lower == 0 && upper == bytes.count { return value }
    return String(decoding: bytes[lower..<upper], as: UTF8.self)
  }

  /// 1-based column of byte `offset` on the current line, counting characters, not bytes.
  private func column(of offset: Int) -> Int {
    var column = 1
    var position = lineStart
    while position < offset {
      if buffer[position] & 0xC0 != 0x80 { column += 1 }
      position += 1
    }
    return column
  }

  private func error(at offset: Int, _ message: String) -> CSVSyntaxError {
    CSVSyntaxError(line: line, column: column(of: offset), message: message)
  }
}
