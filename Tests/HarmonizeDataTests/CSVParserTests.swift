import HarmonizeData
import Testing

@Suite("CSV parsing (RFC 4180 over bytes)")
struct CSVParserTests {
  @Test("a byte-order mark is not part of the first column name")
  func byteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("donor,name\nSE,Sweden\n".utf8)
    let records = try CSVParser.parse(bytes)
    #expect(records.map(\.fields) == [["donor", "name"], ["SE", "Sweden"]])
  }

  @Test(
    "LF, CRLF and CR line ends give the same records and line numbers",
    arguments: ["\n", "\r\n", "\r"])
  func lineEnds(_ end: String) throws {
    let text = ["a,b", "1,2", "", "3,4"].joined(separator: end) + end
    let records = try CSVParser.parse(text)
    #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], [""], ["3", "4"]])
    #expect(records.map(\.line) == [1, 2, 3, 4])
  }

  @Test("a missing final newline still ends the last record")
  func missingFinalNewline() throws {
    let records = try CSVParser.parse("a,b\n1,")
    #expect(records.map(\.fields) == [["a", "b"], ["1", ""]])
  }

  @Test("quoted fields keep commas, doubled quotes and line breaks")
  func quotedFields() throws {
    let records = try CSVParser.parse("name,note\n\"a, b\",\"say \"\"hi\"\"\"\nx,\"one\r\ntwo\"\n")
    #expect(records[1].fields == ["a, b", "say \"hi\""])
    #expect(records[2].fields == ["x", "one\r\ntwo"])
  }

  @Test("records after a quoted line break keep their physical line numbers")
  func linesAfterQuotedBreaks() throws {
    let text = "h\n\"1\n2\n3\"\nnext\n\"a\r\nb\"\nlast"
    let records = try CSVParser.parse(text)
    #expect(records.map(\.line) == [1, 2, 5, 6, 8])
    #expect(records.last?.fields == ["last"])
  }

  @Test("leading and trailing spaces are kept unless trimming is asked for")
  func spaces() throws {
    #expect(try CSVParser.parse("  a , b\t").first?.fields == ["  a ", " b\t"])
    #expect(try CSVParser.parse("  a , \" b \" ", trimming: true).first?.fields == ["a", "b"])
  }

  @Test("an empty input has no records")
  func empty() throws {
    #expect(try CSVParser.parse("").isEmpty)
    #expect(try CSVParser.parse([0xEF, 0xBB, 0xBF]).isEmpty)
  }

  @Test(
    "malformed quoting is an error at its line and column",
    arguments: [
      ("a\n\"open,b\nc\n", 2, 1, "unterminated quoted field"),
      ("a,b\nx,\"ab\"c\n", 2, 7, "unexpected text after a closing quote"),
      ("a,b\nx,ab\"c\n", 2, 5, "quote inside an unquoted field"),
      ("a\n\"x\ny\"\nzé,\"q\"r\n", 4, 7, "unexpected text after a closing quote"),
    ])
  func malformed(_ text: String, _ line: Int, _ column: Int, _ phrase: String) {
    #expect {
      _ = try CSVParser.parse(text)
    } throws: { error in
      guard let error = error as? CSVSyntaxError else { return false }
      return error.line == line && error.column == column && error.message.contains(phrase)
    }
  }

  @Test("names in any script survive unchanged")
  func unicode() throws {
    let records = try CSVParser.parse("name\nសុខា ចាន់\nJoão Gonçalves\n")
    #expect(records.map(\.fields) == [["name"], ["សុខា ចាន់"], ["João Gonçalves"]])
  }
}
