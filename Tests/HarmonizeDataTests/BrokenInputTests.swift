import HarmonizeData
import Testing

/// One broken input and the problem it must produce.
struct BrokenInput: CustomTestStringConvertible, Sendable {
  var name: String
  var file: String
  var contents: String?
  var line: Int
  var phrase: String
  var severity: Problem.Severity = .error

  var testDescription: String { name }
}

private func broken(
  _ name: String, _ file: String, _ contents: String?, line: Int, _ phrase: String,
  severity: Problem.Severity = .error
) -> BrokenInput {
  BrokenInput(
    name: name, file: file, contents: contents, line: line, phrase: phrase, severity: severity)
}

private let staffHeader = "staff,donor,senior,ta\n"
private let staffBase = "s1,SE,yes,no\ns2,DK,yes,no\ns3,SE,no,no\nta1,DK,yes,yes\n"
private let groupsHeader = "group,kind,chair,parent,links\n"
private let participationHeader = "staff,group,level,role,since\n"

private let cases: [BrokenInput] = [
  // Files and headers.
  broken("missing required file", "staff.csv", nil, line: 0, "required file is missing"),
  broken("empty required file", "donors.csv", "", line: 1, "file is empty"),
  broken("blank lines only", "groups.csv", "\n \n", line: 1, "file is empty"),
  broken("header only", "donors.csv", "donor,name\n", line: 1, "no data rows"),
  broken(
    "missing required column", "donors.csv", "name\nSweden\n", line: 1,
    "missing required column \"donor\""),
  broken(
    "missing second required column", "needs.csv", "group\nhealth\n", line: 1,
    "missing required column \"skill\""),
  broken(
    "duplicate column", "donors.csv", "donor,name,NAME\nSE,a,b\nDK,c,d\nNL,e,f\n",
    line: 1, "duplicate column \"NAME\""),
  broken(
    "unknown column warns", "donors.csv", "donor,notes\nSE,x\nDK,\nNL,\n", line: 1,
    "unknown column \"notes\"", severity: .warning),
  broken(
    "more values than columns", "donors.csv", "donor,name\nSE,Sweden,extra\nDK,\nNL,\n",
    line: 2, "row has 3 values but the header names 2 columns"),
  // Quoting.
  broken(
    "unterminated quote", "donors.csv", "donor,name\nSE,Sweden\nDK,\"Denmark\nNL,x\n",
    line: 3, "unterminated quoted field"),
  broken(
    "text after closing quote", "donors.csv", "donor,name\nSE,\"ab\"c\nDK,\nNL,\n",
    line: 2, "unexpected text after a closing quote"),
  broken(
    "quote inside unquoted field", "donors.csv", "donor,name\nSE,Swe\"den\nDK,\nNL,\n",
    line: 2, "quote inside an unquoted field"),
  broken(
    "line numbers count quoted line breaks", "donors.csv",
    "donor,name\nSE,\"Swe\nden\"\nDK,\nSE,again\nNL,\n", line: 5, "duplicate donor \"SE\""),
  broken(
    "line numbers with CR line ends", "donors.csv", "donor\rSE\rDK\rSE\rNL\r", line: 4,
    "duplicate donor \"SE\" (first on line 2)"),
  // donors.csv
  broken(
    "duplicate donor", "donors.csv", "donor\nSE\nDK\nNL\nSE\n", line: 5,
    "duplicate donor \"SE\" (first on line 2)"),
  broken(
    "identifier with semicolon", "donors.csv", "donor\nSE\nDK\nNL\nA;B\n", line: 5,
    "must not contain \";\" or \":\""),
  broken(
    "identifier with colon", "donors.csv", "donor\nSE\nDK\nNL\nA:B\n", line: 5,
    "must not contain \";\" or \":\""),
  broken(
    "bad boolean", "donors.csv", "donor,g19\nSE,maybe\nDK,\nNL,\n", line: 2,
    "g19: \"maybe\" is not a yes/no value"),
  broken(
    "negative chair capacity", "donors.csv", "donor,chair_capacity\nSE,-1\nDK,\nNL,\n",
    line: 2, "chair_capacity: -1 is negative"),
  broken(
    "NaN duties", "donors.csv", "donor,other_duties\nSE,NaN\nDK,\nNL,\n", line: 2,
    "other_duties: \"NaN\" is not a finite number"),
  broken(
    "infinite duties", "donors.csv", "donor,other_duties\nSE,\nDK,inf\nNL,\n", line: 3,
    "other_duties: \"inf\" is not a finite number"),
  broken(
    "fractional max_groups", "donors.csv", "donor,max_groups\nSE,2.5\nDK,\nNL,\n",
    line: 2, "max_groups: \"2.5\" is not a whole number"),
  broken(
    "missing donor id", "donors.csv", "donor,name\nSE,\n,Nobody\nDK,\nNL,\n", line: 3,
    "missing value for required column \"donor\""),
  // staff.csv
  broken(
    "unknown donor of staff", "staff.csv", staffHeader + staffBase + "s9,XX,no,no\n",
    line: 6, "unknown donor \"XX\""),
  broken(
    "staff without donor", "staff.csv", staffHeader + staffBase + "s9,,no,no\n", line: 6,
    "missing value for required column \"donor\""),
  broken(
    "duplicate staff", "staff.csv", staffHeader + staffBase + "s2,SE,no,no\n", line: 6,
    "duplicate staff \"s2\" (first on line 3)"),
  broken(
    "days not a number", "staff.csv", "staff,donor,days\ns1,SE,four\ns2,DK,\ns3,SE,\nta1,DK,\n",
    line: 2, "days: \"four\" is not a number"),
  broken(
    "negative days", "staff.csv", "staff,donor,days\ns1,SE,\ns2,DK,-2\ns3,SE,\nta1,DK,\n",
    line: 3, "days: -2 is negative"),
  broken(
    "decimal comma in days", "staff.csv",
    "staff,donor,days\ns1,SE,\"2,5\"\ns2,DK,\ns3,SE,\nta1,DK,\n", line: 2,
    "days: \"2,5\" is not a number"),
  broken(
    "skill level above 3", "staff.csv",
    "staff,donor,skills\ns1,SE,pfm:4\ns2,DK,\ns3,SE,\nta1,DK,\n",
    line: 2, "level 4 of \"pfm\" is outside 1-3"),
  broken(
    "skill level 0", "staff.csv",
    "staff,donor,skills\ns1,SE,\ns2,DK,health;pfm:0\ns3,SE,\nta1,DK,\n",
    line: 3, "level 0 of \"pfm\" is outside 1-3"),
  broken(
    "skill level not a number", "staff.csv",
    "staff,donor,skills\ns1,SE,pfm:high\ns2,DK,\ns3,SE,\nta1,DK,\n", line: 2,
    "is not a whole number"),
  broken(
    "skill listed twice", "staff.csv",
    "staff,donor,skills\ns1,SE,pfm;pfm:3\ns2,DK,\ns3,SE,\nta1,DK,\n", line: 2,
    "skills: \"pfm\" listed twice"),
  broken(
    "bad senior flag", "staff.csv", "staff,donor,senior\ns1,SE,si\ns2,DK,\ns3,SE,\nta1,DK,\n",
    line: 2, "senior: \"si\" is not a yes/no value"),
  // groups.csv
  broken(
    "unknown kind", "groups.csv", groupsHeader + "health,subsector,,,\nhiv,,,,\n", line: 2,
    "kind: \"subsector\" is not one of main, sector, cross-cutting, task-force"),
  broken(
    "unknown chair structure", "groups.csv", groupsHeader + "health,main,troyka,,\nhiv,,,,\n",
    line: 2, "chair: \"troyka\" is not one of troika"),
  broken(
    "min_donors above max_donors", "groups.csv",
    "group,min_donors,max_donors\nhealth,2,5\nhiv,4,3\n", line: 3,
    "min_donors 4 exceeds max_donors 3"),
  broken(
    "min_term above term", "groups.csv", "group,term,min_term\nhealth,2,3\nhiv,,\n", line: 2,
    "min_term 3 exceeds term 2"),
  broken(
    "term zero", "groups.csv", "group,term\nhealth,0\nhiv,\n", line: 2,
    "term: 0 is less than 1"),
  broken(
    "unknown parent", "groups.csv", groupsHeader + "health,main,,,\nhiv,,,helth,\n", line: 3,
    "parent: unknown group \"helth\""),
  broken(
    "parent cycle", "groups.csv",
    groupsHeader + "health,main,,,\nhiv,,,a,\na,,,b,\nb,,,a,\n", line: 4,
    "parent cycle: \"a\" -> \"b\" -> \"a\""),
  broken(
    "own parent", "groups.csv", groupsHeader + "health,main,,health,\nhiv,,,,\n", line: 2,
    "parent cycle: \"health\" -> \"health\""),
  broken(
    "unknown link", "groups.csv",
    groupsHeader + "health,main,,,\nhiv,,,,\ngender,cross-cutting,focal,,health;aids\n",
    line: 4, "links: unknown group \"aids\""),
  broken(
    "link to itself", "groups.csv",
    groupsHeader + "health,main,,,\nhiv,,,,\ngender,cross-cutting,focal,,gender\n", line: 4,
    "links to itself"),
  broken(
    "two-digit year", "groups.csv", "group,ends\nhealth,\nhiv,27\n", line: 3,
    "ends: \"27\" is not a year"),
  broken(
    "year out of range", "groups.csv", "group,ends\nhealth,\nhiv,2301\n", line: 3,
    "ends: \"2301\" is not a year"),
  broken(
    "duplicate group", "groups.csv", "group\nhealth\nhiv\nhealth\n", line: 4,
    "duplicate group \"health\" (first on line 2)"),
  broken(
    "links on a sector group warn", "groups.csv",
    groupsHeader + "health,main,,,\nhiv,sector,,,health\ngender,cross-cutting,focal,,hiv\n"
      + "tf,task-force,focal,health,\n", line: 3,
    "links are only used by cross-cutting groups", severity: .warning),
  // needs.csv
  broken(
    "need of unknown group", "needs.csv", "group,skill\nhealth,pfm\nhealht,pfm\n", line: 3,
    "unknown group \"healht\""),
  broken(
    "need level 5", "needs.csv", "group,skill,level\nhealth,pfm,5\n", line: 2,
    "level: 5 is outside 1-3"),
  broken(
    "negative need count", "needs.csv", "group,skill,count\nhealth,pfm,-1\n", line: 2,
    "count: -1 is negative"),
  // participation.csv
  broken(
    "unknown staff", "participation.csv", participationHeader + "s1,health,,,\nzz,hiv,,,\n",
    line: 3, "unknown staff \"zz\""),
  broken(
    "unknown group in participation", "participation.csv",
    participationHeader + "s1,heath,,,\n", line: 2, "unknown group \"heath\""),
  broken(
    "unknown level", "participation.csv", participationHeader + "s1,health,observer,,\n",
    line: 2, "level: \"observer\" is not one of active, attending, informed"),
  broken(
    "unknown role", "participation.csv", participationHeader + "s1,health,active,chair,\n",
    line: 2, "role: \"chair\" is not one of focal, vice, troika"),
  broken(
    "staff twice in a group", "participation.csv",
    participationHeader + "s1,health,,,\ns2,health,,,\ns1,health,attending,,\n", line: 4,
    "staff \"s1\" already in group \"health\" (line 2)"),
  broken(
    "role held by attending member", "participation.csv",
    participationHeader + "s1,health,attending,focal,\n", line: 2,
    "only active members hold roles"),
  broken(
    "two lead holders", "participation.csv",
    participationHeader + "s1,health,active,focal,\ns2,health,active,focal,\n", line: 3,
    "group \"health\" has only one focal seat, already held (line 2)"),
  broken(
    "three troika seats", "participation.csv",
    participationHeader + "s1,health,,troika,\ns2,health,,troika,\ns4,health,,troika,\n",
    line: 4, "has only 2 troika seats"),
  broken(
    "role missing from the chair structure", "participation.csv",
    participationHeader + "s1,health,active,vice,\n", line: 2,
    "group \"health\" (chair troika) has no vice seat"),
  broken(
    "two seats for one donor", "participation.csv",
    participationHeader + "s1,health,active,focal,\ns3,health,active,troika,\n", line: 3,
    "donor \"SE\" already holds a seat of group \"health\" (line 2)"),
  broken(
    "technical assistant with a role", "participation.csv",
    participationHeader + "ta1,hiv,active,focal,\n", line: 2,
    "technical assistant \"ta1\" cannot hold a role"),
  broken(
    "non-senior chair warns", "participation.csv",
    participationHeader + "s3,hiv,active,focal,\n", line: 2,
    "staff \"s3\" holds role focal but is not senior", severity: .warning),
  broken(
    "since before 1900", "participation.csv",
    participationHeader + "s1,health,active,focal,1850\n", line: 2,
    "since: \"1850\" is not a year"),
  broken(
    "since not a year", "participation.csv",
    participationHeader + "s1,health,active,focal,20x6\n", line: 2,
    "since: \"20x6\" is not a year"),
  // interests.csv
  broken(
    "interest of unknown donor", "interests.csv", "donor,group\nSE,health\nXX,hiv\n", line: 3,
    "unknown donor \"XX\""),
  broken(
    "interest in unknown group", "interests.csv", "donor,group\nSE,hlth\n", line: 2,
    "unknown group \"hlth\""),
  broken(
    "from after to", "interests.csv", "donor,group,from,to\nSE,health,2029,2027\n", line: 2,
    "from 2029 is after to 2027"),
  broken(
    "preference zero", "interests.csv", "donor,group,preference\nSE,health,0\n", line: 2,
    "preference: 0 is less than 1"),
  broken(
    "duplicate interest", "interests.csv", "donor,group\nSE,health\nDK,hiv\nSE,health\n",
    line: 4, "duplicate interest of donor \"SE\" in group \"health\" (first on line 2)"),
]

@Suite("Broken inputs are reported at their file and line")
struct BrokenInputTests {
  @Test("the valid base data set has no problem")
  func baseIsClean() {
    let result = DataSetLoader.load(files: ValidDataSet.files, name: "base")
    #expect(result.problems == [])
    #expect(result.dataSet != nil)
  }

  @Test("each broken input yields its problem", arguments: cases)
  func reports(_ input: BrokenInput) {
    let result = DataSetLoader.load(
      files: ValidDataSet.with([input.file: input.contents]), name: "broken")
    let match = result.problems.first {
      $0.file == input.file && $0.line == input.line && $0.severity == input.severity
        && $0.message.contains(input.phrase)
    }
    #expect(match != nil, "got: \(result.problems.map(\.description))")
    if input.severity == .error {
      #expect(result.dataSet == nil)
    } else {
      #expect(result.errors == [])
      #expect(result.dataSet != nil)
    }
  }

}
