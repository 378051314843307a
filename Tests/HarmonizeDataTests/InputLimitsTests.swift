import HarmonizeData
import Testing

/// Numbers out of range, non-finite numbers, hostile text and huge cells: each is an error at
/// its file and line, on one line, found in time linear in the file.
@Suite("Hostile inputs are rejected at their line")
struct InputLimitsTests {
  private func problems(_ file: String, _ contents: String) -> LoadResult {
    DataSetLoader.load(files: ValidDataSet.with([file: contents]), name: "hostile")
  }

  private static let huge = "100000000000000000"
  private static let infinite = String(repeating: "9", count: 400)

  @Test(
    "an amount beyond its range is an error",
    arguments: [
      ("staff.csv", "staff,donor,days\ns1,SE,\(huge)\ns2,DK,\ns3,SE,\nta1,DK,\n", 2, "days"),
      ("staff.csv", "staff,donor,days\ns1,SE,31.5\ns2,DK,\ns3,SE,\nta1,DK,\n", 2, "days"),
      ("donors.csv", "donor,other_duties\nSE,\nDK,\(huge)\nNL,\n", 3, "other_duties"),
      ("donors.csv", "donor,other_duties\nSE,\nDK,1001\nNL,\n", 3, "other_duties"),
      ("groups.csv", "group,member_days\nhealth,\(huge)\nhiv,\ngender,\ntf,\n", 2, "member_days"),
      ("groups.csv", "group,chair_days\nhealth,\nhiv,32\ngender,\ntf,\n", 3, "chair_days"),
      ("groups.csv", "group,vice_days\nhealth,\nhiv,\ngender,\(huge)\ntf,\n", 4, "vice_days"),
    ])
  func amountOutOfRange(file: String, contents: String, line: Int, column: String) {
    let result = problems(file, contents)
    #expect(result.dataSet == nil)
    #expect(
      result.errors.contains { $0.file == file && $0.line == line && $0.message.hasPrefix(column) },
      "got: \(result.problems.map(\.description))")
  }

  @Test(
    "a count, term or preference beyond its range is an error",
    arguments: [
      ("donors.csv", "donor,max_groups\nSE,10001\nDK,\nNL,\n", 2, "max_groups: 10001 is more"),
      ("donors.csv", "donor,chair_capacity\nSE,\(huge)\nDK,\nNL,\n", 2, "chair_capacity:"),
      ("groups.csv", "group,term\nhealth,101\nhiv,\ngender,\ntf,\n", 2, "term: 101 is more"),
      ("needs.csv", "group,skill,count\nhealth,pfm,\(huge)\n", 2, "count:"),
      ("interests.csv", "donor,group,preference\nSE,health,20000\n", 2, "preference:"),
    ])
  func countOutOfRange(file: String, contents: String, line: Int, phrase: String) {
    let result = problems(file, contents)
    #expect(
      result.errors.contains { $0.file == file && $0.line == line && $0.message.contains(phrase) },
      "got: \(result.problems.map(\.description))")
  }

  @Test(
    "a number of more than 308 digits is not finite",
    arguments: ["days", "max_groups"])
  func overlongNumberIsNotFinite(column: String) {
    let result = problems(
      "staff.csv", "staff,donor,\(column)\ns1,SE,\ns2,DK,\(Self.infinite)\ns3,SE,\nta1,DK,\n")
    let error = result.errors.first { $0.file == "staff.csv" && $0.line == 3 }
    #expect(error?.message.contains("is not a finite number") == true)
    // The echo is shortened: the message stays readable.
    #expect((error?.description.count ?? 0) < 200)
  }

  @Test("invalid UTF-8 is found at its line with CR-only line ends")
  func invalidUTF8WithCarriageReturns() {
    var bytes = Array("donor,name\rSE,Sweden\rDK,Denmark\rNL,Ne".utf8)
    bytes += [0xE9]  // Latin-1 é
    bytes += Array("d\r".utf8)
    var files = ValidDataSet.files.mapValues { Array($0.utf8) }
    files["donors.csv"] = bytes
    let result = DataSetLoader.load(bytes: files, name: "latin1")
    #expect(result.errors.map(\.line) == [4], "got: \(result.problems.map(\.description))")
  }

  @Test("echoed values are quoted and escaped: every problem is one line")
  func echoedValuesAreEscaped() {
    let result = problems(
      "staff.csv",
      "staff,donor,senior\ns1,SE,\"ye\ns\"\ns2,\"\u{1B}[31mDK\",\ns3,SE,\nta1,DK,\n")
    let lines = result.problems.map(\.description)
    #expect(
      lines.contains(
        "staff.csv:2: error: senior: \"ye\\ns\" is not a yes/no value "
          + "(yes/no, true/false, y/n, 1/0)"), "got: \(lines)")
    #expect(lines.contains("staff.csv:4: error: unknown donor \"\\u{1B}[31mDK\""), "got: \(lines)")
    for line in lines {
      #expect(!line.contains("\n") && !line.contains("\u{1B}"))
    }
  }

  @Test("MessageText quotes, escapes and shortens")
  func messageText() {
    #expect(MessageText.quoted("NLX") == "\"NLX\"")
    #expect(MessageText.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
    #expect(MessageText.quoted("\r\t\u{202E}") == "\"\\r\\t\\u{202E}\"")
    let long = MessageText.quoted(String(repeating: "x", count: 1000))
    #expect(long.hasSuffix("…(1000 characters)\"") && long.count < 120)
    #expect(MessageText.singleLine("a\nb") == "a\\nb")
  }

  @Test("a cell of many links validates in linear time")
  func manyLinksAreLinear() {
    let links = (0..<120_000).map { "g\($0)" }.joined(separator: ";")
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let result = problems(
        "groups.csv",
        "group,kind,links\nhealth,main,\nhiv,,\ngender,cross-cutting,\"\(links)\"\ntf,,\n")
      #expect(result.errors.count == 120_000)
    }
    #expect(elapsed < .seconds(6))
  }

  @Test("many unnamed columns over many rows are checked in linear time")
  func unnamedColumnsAreLinear() {
    let header = "donor,name" + String(repeating: ",", count: 20_000) + "\n"
    let rows = "SE,,1\nDK,,\nNL,,\n" + (0..<20_000).map { "D\($0),x\n" }.joined()
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let result = problems("donors.csv", header + rows)
      #expect(result.errors.isEmpty, "got: \(result.errors.prefix(3).map(\.description))")
      #expect(result.warnings.map(\.message) == ["column 3 has no name; its values are ignored"])
    }
    #expect(elapsed < .seconds(6))
  }
}
