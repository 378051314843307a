import HarmonizeData
import Testing

/// decisions.csv read and checked against the data set, the plan years and itself: each
/// problem at its line, naming the other row or the rule.
@Suite struct DecisionRulesTests {
  static let header = "decision,group,staff,donor,role,year,reason\n"

  func problems(_ rows: String, anyGroup: Bool = false) -> [String] {
    let files = ValidDataSet.with(["decisions.csv": Self.header + rows])
    let options = LoadOptions(
      horizon: PlanHorizon(startYear: 2027, years: 3), anyGroup: anyGroup)
    return DataSetLoader.load(files: files, name: "t", options: options).problems
      .filter { $0.file == "decisions.csv" }.map(\.description)
  }

  @Test func validDecisionsLoadIntoTheDataSet() throws {
    let rows = """
      active,health,s2,,,,keeps health
      not-active,hiv,s2,,,,moves on
      holds,hiv,,DK,focal,2028,volunteered
      not-holds,health,,NL,,,no time
      leaves,gender,,SE,,,delegates to DK
      empty,tf,,,focal,,ends soon

      """
    #expect(problems(rows) == [])
    let files = ValidDataSet.with(["decisions.csv": Self.header + rows])
    let data = try #require(DataSetLoader.load(files: files, name: "t").dataSet)
    #expect(
      data.decisions.map(\.kind) == [.active, .notActive, .holds, .notHolds, .leaves, .empty])
    #expect(data.decisions.map(\.line) == [2, 3, 4, 5, 6, 7])
    #expect(data.decisions[2].reason == "volunteered")
  }

  @Test func eachKindNeedsItsColumns() {
    #expect(
      problems("holds,hiv,,DK,focal,,why\nleaves,hiv,s2,DK,,,why\n") == [
        "decisions.csv:2: error: a holds decision needs a year",
        "decisions.csv:3: error: a leaves decision takes no staff: the whole donor leaves the group",
      ])
  }

  @Test func unknownNamesAreErrors() {
    #expect(
      problems("active,nowhere,s1,,,,why\nactive,hiv,zz,,,,why\n") == [
        "decisions.csv:2: error: unknown group \"nowhere\"",
        "decisions.csv:3: error: unknown staff \"zz\"",
      ])
  }

  @Test func aTechnicalAssistantIsNeverDecidedActive() {
    #expect(
      problems("active,hiv,ta1,,,,why\n").first?.contains("technical assistant") == true)
  }

  @Test func eligibilityIsCheckedUnlessTheRuleIsOff() {
    // s3 has no skill gender needs and is not a member of gender today.
    let row = "active,gender,s3,,,,why\n"
    #expect(problems(row).first?.contains("eligibility rule") == true)
    #expect(problems(row, anyGroup: true) == [])
  }

  @Test func aSeatOutsideTheInterestWindowIsAnError() {
    // SE asked for health from 2027 to 2029; main groups plan four years.
    #expect(
      problems("holds,health,,SE,troika,2030,why\n").first?.contains("interest window") == true)
  }

  @Test func aLeadPinnedPastItsTermIsAWarningOfOverstayYears() {
    // SE leads health since 2025 (term 2): 2027 would be its third year in a row (rules v3:
    // allowed, and counted as overstay years).
    #expect(
      problems("holds,health,,SE,focal,2027,why\n") == [
        "decisions.csv:2: warning: \"SE\" would lead \"health\" 3 years in a row in 2027 (term "
          + "2, today's run counted): counted as overstay years"
      ])
  }

  @Test func aViceDecidedUnderADecidedEmptyLeadIsAnError() {
    let found = problems("empty,health,,,focal,2028,no lead\nholds,health,,SE,troika,2028,why\n")
    #expect(
      found.contains(
        "decisions.csv:3: error: contradicts line 2: no troika seat under an empty lead in 2028 "
          + "(lead first)"))
  }

  @Test func twoRowsThatCannotBothHoldNameEachOther() {
    let rows = """
      holds,hiv,,DK,focal,2028,a
      not-holds,hiv,,DK,,2028,b
      holds,hiv,,SE,focal,2028,c
      active,hiv,s2,,,,d
      leaves,hiv,,DK,,,e

      """
    #expect(
      problems(rows) == [
        "decisions.csv:3: error: contradicts line 2: \"DK\" both holds and does not hold the seat",
        "decisions.csv:4: error: contradicts line 2: group \"hiv\" has 1 focal seat in 2028",
        "decisions.csv:6: error: contradicts line 2: \"DK\" leaves \"hiv\", so it holds no seat there",
        "decisions.csv:6: error: contradicts line 5: \"DK\" leaves \"hiv\", so its staff cannot be "
          + "active there",
      ])
  }

  @Test func aDonorsSeatsInOneYearStayWithinItsChairCapacity() {
    let rows = """
      holds,health,,SE,troika,2028,a
      holds,hiv,,SE,vice,2028,b
      holds,gender,,SE,focal,2028,c

      """
    #expect(
      problems(rows) == [
        "decisions.csv:4: error: donor \"SE\" would hold 3 seats in 2028 (chair_capacity 2; "
          + "lines 2, 3, 4)"
      ])
  }

  @Test func aBlankReasonIsAWarning() {
    #expect(
      problems("active,health,s2,,,,\n") == [
        "decisions.csv:2: warning: no reason given: the reports will say \"no reason given\""
      ])
  }

  /// Issue 25, finding 3: a repeated row is a warning at the later line and counts once,
  /// also at a limit (chair_capacity 2, max_groups 3).
  @Test func aRepeatedRowCountsOnceEvenAtALimit() throws {
    let rows = """
      holds,health,,SE,troika,2028,a
      holds,hiv,,SE,vice,2028,b
      holds,hiv,,SE,vice,2028,b again
      active,health,s1,,,,c
      active,hiv,s1,,,,d
      active,gender,s1,,,,e
      active,gender,s1,,,,e again

      """
    #expect(
      problems(rows) == [
        "decisions.csv:4: warning: repeats line 3; counted once",
        "decisions.csv:8: warning: repeats line 7; counted once",
      ])
    let files = ValidDataSet.with(["decisions.csv": Self.header + rows])
    let options = LoadOptions(horizon: PlanHorizon(startYear: 2027, years: 3))
    let data = try #require(DataSetLoader.load(files: files, name: "t", options: options).dataSet)
    #expect(data.decisions.map(\.line) == [2, 3, 5, 6, 7])
  }

  /// One seat or membership named twice (with and without the person, with and without the
  /// donor) counts once against the limits.
  @Test func theSameSeatOrMembershipNamedTwiceCountsOnce() {
    let rows = """
      holds,health,,SE,troika,2028,a
      holds,hiv,,SE,vice,2028,b
      holds,hiv,s1,SE,vice,2028,b through s1
      active,health,s1,,,,c
      active,hiv,s1,,,,d
      active,gender,s1,,,,e
      active,gender,s1,SE,,,e with the donor

      """
    #expect(problems(rows) == [])
  }

  /// Rows of one group are checked by key, not all pairs: among hundreds of rows a second
  /// donor pinned to a one-seat role and an empty seat are found at their lines, naming the
  /// first row of each donor; a repeated row is no second donor.
  @Test func rowsOfOneGroupAreCheckedByKey() {
    var rows = ""
    for year in 1900..<2200 { rows += "not-holds,hiv,,NL,,\(year),far\n" }
    rows += "holds,hiv,,DK,focal,2028,a\nholds,hiv,,DK,focal,2028,a\nholds,hiv,,SE,focal,2028,b\n"
    rows += "empty,hiv,,,focal,2028,c\n"
    let errors = problems(rows).filter { $0.contains(": error: ") }
    #expect(
      errors == [
        "decisions.csv:304: error: contradicts line 302: group \"hiv\" has 1 focal seat in 2028",
        "decisions.csv:305: error: contradicts line 302: the seat cannot both stay empty and be "
          + "held by \"DK\"",
        "decisions.csv:305: error: contradicts line 304: the seat cannot both stay empty and be "
          + "held by \"SE\"",
      ])
  }
}
