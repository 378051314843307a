import HarmonizeData
import Testing

/// Odd but valid spreadsheet exports that must load exactly as their plain equivalents.
@Suite("Odd but valid formatting is accepted")
struct FormattingRulesTests {
  private func load(_ replacements: [String: String?]) -> LoadResult {
    DataSetLoader.load(files: ValidDataSet.with(replacements), name: "odd")
  }

  @Test("a byte-order mark and CRLF line ends load like plain LF text")
  func bomAndCRLF() throws {
    let donors = "\u{FEFF}donor,name\r\nSE,Sweden\r\nDK,Denmark\r\nNL,Netherlands"
    let result = load(["donors.csv": donors])
    #expect(result.problems == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donors.map(\.id) == ["SE", "DK", "NL"])
    #expect(dataSet.donors.map(\.name) == ["Sweden", "Denmark", "Netherlands"])
  }

  @Test("header names are matched case-insensitively after trimming, in any order")
  func headerCaseAndOrder() throws {
    let donors = " Max_Groups ,NAME,  Donor\n3,Sweden,SE\n,Denmark,DK\n,,NL\n"
    let result = load(["donors.csv": donors])
    #expect(result.problems == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donor("SE")?.maxGroups == 3)
    #expect(dataSet.donor("DK")?.name == "Denmark")
    #expect(dataSet.donor("NL")?.name == "NL")
  }

  @Test("quoted commas, quotes and line breaks are values, and later lines stay exact")
  func quotedValues() throws {
    let donors = """
      donor,name
      SE,"Sweden, Embassy"
      DK,"The ""Danish"" team
      in Maputo"
      NL,Netherlands
      NL,again

      """
    let result = load(["donors.csv": donors])
    #expect(
      result.problems.map(\.description) == [
        "donors.csv:6: error: duplicate donor \"NL\" (first on line 5)"
      ])
    let fixed = load(["donors.csv": String(donors.dropLast("NL,again\n".count))])
    let dataSet = try #require(fixed.dataSet)
    #expect(dataSet.donor("SE")?.name == "Sweden, Embassy")
    #expect(dataSet.donor("DK")?.name == "The \"Danish\" team\nin Maputo")
  }

  @Test("values are trimmed and blank rows are ignored")
  func trimmingAndBlankRows() throws {
    let donors = "donor , name\n  SE  ,  Sweden \n\n , \n\tDK\t,\n,,\nNL,\n"
    let result = load(["donors.csv": donors])
    #expect(result.problems == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donors.map(\.id) == ["SE", "DK", "NL"])
    #expect(dataSet.donor("SE")?.name == "Sweden")
    #expect(result.counts.donors == 3)
  }

  @Test("blank values take the contract's defaults")
  func defaults() throws {
    let staff =
      "staff,donor,days,senior,ta,skills\ns1,SE,,,,\ns2,DK,,,,\ns3,SE,,,,\n"
      + "s4,NL,,yes,,\nta1,DK,,yes,yes,\n"
    let groups =
      "group,kind,chair,min_donors,max_donors,term,min_term,member_days\n"
      + "health,main,,,,,,\nhiv,,,,,,,\ngender,cross-cutting,focal,,,,,\ntf,task-force,focal,,,,,\n"
    let participation = "staff,group,level,role\ns1,health,,focal\ns2,health,,\n"
    let result = load([
      "staff.csv": staff, "groups.csv": groups, "participation.csv": participation,
      "needs.csv": "group,skill,level,count\nhealth,pfm,,\n",
      "interests.csv": "donor,group,preference,from,to\nSE,health,,,\n",
    ])
    #expect(result.problems.filter { $0.severity == .error } == [])
    let dataSet = try #require(result.dataSet)
    let s1 = try #require(dataSet.staffMember("s1"))
    #expect(s1.days == Defaults.staffDays && !s1.isSenior && !s1.isTechnicalAssistant)
    #expect(s1.skills.isEmpty && s1.maxGroups == nil && s1.name == "s1")
    let health = try #require(dataSet.group("health"))
    #expect(health.chair == .troika && health.minDonors == 2 && health.maxDonors == 5)
    #expect(health.term == 2 && health.minTerm == 1 && health.memberDays == 1)
    #expect(dataSet.group("hiv")?.kind == .sector)
    #expect(dataSet.group("hiv")?.chair == .focalAndVice)
    #expect(dataSet.participation.map(\.level) == [.active, .active])
    #expect(dataSet.needs == [Need(group: "health", skill: "pfm", level: 2, count: 1)])
    #expect(dataSet.interests == [Interest(donor: "SE", group: "health", preference: 1)])
  }

  @Test("lists split on ';', skills without a level are level 2, empty items are skipped")
  func lists() throws {
    let staff =
      "staff,donor,skills\ns1,SE,pfm:3; health ;gender:1;\ns2,DK,\ns3,SE,\n"
      + "s4,NL,\nta1,DK,\n"
    let groups =
      "group,kind,chair,links\nhealth,main,,\nhiv,,,\n"
      + "gender,cross-cutting,focal, health ; hiv;\ntf,task-force,focal,\n"
    let result = load(["staff.csv": staff, "groups.csv": groups])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.staffMember("s1")?.skills == ["pfm": 3, "health": 2, "gender": 1])
    #expect(dataSet.group("gender")?.links == ["health", "hiv"])
  }

  @Test(
    "booleans accept yes/no, true/false, y/n and 1/0 in any case",
    arguments: [
      ("yes", true), ("YES", true), ("True", true), ("y", true), ("1", true), ("No", false),
      ("FALSE", false), ("n", false), ("0", false), ("", false),
    ])
  func booleans(_ text: String, _ expected: Bool) throws {
    let result = load(["donors.csv": "donor,g19\nSE,\(text)\nDK,\nNL,\n"])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donor("SE")?.isG19 == expected)
  }

  @Test("Khmer and Portuguese names and identifiers load unchanged")
  func anyScript() throws {
    let donors = "donor,name\nSE,Suécia\nDK,Dinamarca\nNL,Países Baixos\nKH,កម្ពុជា\n"
    let staff =
      "staff,donor,name,senior\ns1,SE,João Gonçalves,yes\ns2,DK,Inês,yes\n"
      + "s3,SE,x,\ns4,NL,y,yes\nta1,DK,z,\nសុខា,KH,សុខា ចាន់,\n"
    let result = load(["donors.csv": donors, "staff.csv": staff])
    #expect(result.problems == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donor("KH")?.name == "កម្ពុជា")
    #expect(dataSet.staffMember("សុខា")?.name == "សុខា ចាន់")
    #expect(dataSet.staffMember("s1")?.name == "João Gonçalves")
  }

  @Test("numbers accept a sign and a decimal point; whole-valued decimals count as integers")
  func numbers() throws {
    let donors = "donor,other_duties,max_groups\nSE,+1.5,3.0\nDK,.5,\nNL,0,0\n"
    let result = load(["donors.csv": donors])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donor("SE")?.otherDuties == 1.5)
    #expect(dataSet.donor("SE")?.maxGroups == 3)
    #expect(dataSet.donor("DK")?.otherDuties == 0.5)
    #expect(dataSet.donor("NL")?.maxGroups == 0)
  }

  @Test("optional files may be absent; the data set then has none of their rows")
  func optionalFiles() throws {
    let result = load([
      "needs.csv": nil, "participation.csv": nil, "interests.csv": nil,
    ])
    #expect(result.problems == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.needs.isEmpty && dataSet.participation.isEmpty && dataSet.interests.isEmpty)
  }

  @Test("zero days is valid: the person simply cannot be active")
  func zeroDays() throws {
    let staff = "staff,donor,days\ns1,SE,0\ns2,DK,\ns3,SE,\ns4,NL,\nta1,DK,\n"
    let dataSet = try #require(load(["staff.csv": staff]).dataSet)
    #expect(dataSet.staffMember("s1")?.days == 0)
  }

  @Test("checksums are the SHA-256 of each file read")
  func checksums() throws {
    let dataSet = try #require(load(["interests.csv": nil]).dataSet)
    #expect(
      dataSet.checksums.keys.sorted() == [
        "donors.csv", "groups.csv", "needs.csv", "participation.csv", "staff.csv",
      ])
    let empty = DataSetLoader.load(
      files: [
        "donors.csv": "donor\nSE\n", "staff.csv": "staff,donor\ns,SE\n", "groups.csv": "group\ng\n",
      ],
      name: "tiny")
    let tiny = try #require(empty.dataSet)
    // SHA-256 of "donor\nSE\n", computed independently with sha256sum.
    #expect(
      tiny.checksums["donors.csv"]
        == "3eb6de0627051ec3dfec163791d3daf36ba917ca1b790b2ea27fddbfca84cb7b")
  }
}
