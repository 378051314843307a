import HarmonizeData
import HarmonizePlanning
import HarmonizeReports
import Testing

/// The division-of-labour columns and files of a plan, on a hand-made plan whose delegations
/// are worked out beside each expectation.
///
/// Today: H (pillar social, max 2 donors, needs pfm) holds A (a1, pfm), B (b1, pfm) and C
/// (c1); E (pillar social) holds A and B; W (no pillar) holds C alone; SUB is a sub-group of H
/// with nobody. The plan: a1 steps back to attending in H, c1 leaves W.
struct LabourReportsTests {
  static var dataSet: DataSet {
    DataSet(
      name: "labour",
      donors: [Donor(id: "A"), Donor(id: "B"), Donor(id: "C")],
      staff: [
        StaffMember(id: "a1", donor: "A", skills: ["pfm": 2]),
        StaffMember(id: "b1", donor: "B", skills: ["pfm": 2]),
        StaffMember(id: "c1", donor: "C"),
      ],
      groups: [
        WorkingGroup(id: "H", pillar: "social", maxDonors: 2, chair: ChairStructure.none),
        WorkingGroup(id: "E", pillar: "social", chair: ChairStructure.none),
        WorkingGroup(id: "W", chair: ChairStructure.none),
        WorkingGroup(id: "SUB", parent: "H", chair: ChairStructure.none),
      ],
      needs: [Need(group: "H", skill: "pfm")],
      participation: [
        Membership(staff: "a1", group: "H"), Membership(staff: "b1", group: "H"),
        Membership(staff: "c1", group: "H"), Membership(staff: "a1", group: "E"),
        Membership(staff: "b1", group: "E"), Membership(staff: "c1", group: "W"),
      ])
  }

  static var reports: PlanReports {
    let roster = Roster(
      memberships: [
        Membership(staff: "a1", group: "H", level: .attending),
        Membership(staff: "b1", group: "H"), Membership(staff: "c1", group: "H"),
        Membership(staff: "a1", group: "E"), Membership(staff: "b1", group: "E"),
      ], seats: [], years: [2027, 2028])
    var plan = Plan(
      roster: roster, status: .optimal,
      stages: [
        Plan.Stage(priority: .shortfall, value: 0, bound: 0, status: .optimal, gap: 0, seconds: 1)
      ], gap: 0, seconds: 1, message: "", facts: PlanFixture.facts(dataSet))
    plan.ceiling = 0.7
    return PlanReports(
      dataSet: dataSet, plan: plan, options: PlanFixture.options(), version: "9.9.9")
  }

  func column(_ table: CSVTable, _ name: String, row: Int) -> String? {
    table.columns.firstIndex(of: name).map { table.rows[row][$0] }
  }

  @Test func staffPlanNamesWhoSpeaksForADonorSteppingBack() throws {
    let table = Self.reports.staffPlan()
    #expect(table.columns.suffix(2) == ["delegate_to", "delegate_reason"])
    let pairs = table.rows.map { "\($0[0]) \($0[2]) \($0[4])" }
    let h = try #require(pairs.firstIndex(of: "a1 H demote"))
    // B and C stay in H; B meets A in E (pillar social) and carries pfm: B.
    #expect(column(table, "delegate_to", row: h) == "B")
    let why = column(table, "delegate_reason", row: h) ?? ""
    #expect(why.hasPrefix("silent partnership: B speaks for A in H (delegated cooperation)"))
    #expect(why.contains("both active in E of pillar social"))
    #expect(why.contains("carries pfm of the needs A met (pfm)"))
    // c1 leaves W and nobody stays: flagged.
    let w = try #require(pairs.firstIndex(of: "c1 W leave"))
    #expect(column(table, "delegate_to", row: w) == "")
    #expect(
      column(table, "delegate_reason", row: w)?.hasPrefix("no one can speak for C in W") == true)
    // Rows of donors that do not step back stay blank.
    let kept = try #require(pairs.firstIndex(of: "b1 H keep"))
    #expect(column(table, "delegate_reason", row: kept) == "")
  }

  @Test func concentrationPillarAndParentFilesHoldTodayAndThePlan() throws {
    let folder = Self.reports.folder()
    let concentration = folder.tables["concentration.csv"]
    let c = try #require(concentration)
    let h = try #require(c.rows.firstIndex { $0[0] == "H" })
    // Plan: B and C one member each: 50² + 50² = 5000; today A, B, C: 3 × 33.3² = 3333.
    #expect(column(c, "herfindahl", row: h) == "5000")
    #expect(column(c, "herfindahl_before", row: h) == "3333")
    #expect(column(c, "code_range", row: h) == "below")
    #expect(column(c, "parent", row: h) == "")
    let p = try #require(folder.tables["pillars.csv"])
    #expect(p.rows.map { $0[0] } == ["(none)", "social"])
    // social: H 2 members + E 2 members in the plan = 4 days; today 3 + 2 = 5.
    #expect(column(p, "days", row: 1) == "4.00" && column(p, "days_before", row: 1) == "5.00")
    let parents = try #require(folder.tables["parents.csv"])
    #expect(parents.rows.map { $0[0] } == ["H"])
    // SUB: nobody, 2 donors short (no chair seats).
    #expect(column(parents, "children_gaps", row: 0) == "SUB 2")
    let burden = try #require(folder.tables["donor_burden.csv"])
    #expect(burden.columns.suffix(16).first == "group_limit")
    #expect(burden.columns.last == "spread_thin_before")
    #expect(column(burden, "limit_from", row: 0) == "eu_code")
    #expect(column(burden, "active_groups", row: 0) == "1")
    #expect(column(burden, "active_groups_before", row: 0) == "2")
  }

  @Test func summaryBriefsAndPageSayWhoSpeaksForWhom() throws {
    let files = Self.reports.folder().files
    let summary = try #require(files["summary.txt"])
    #expect(summary.contains("Who speaks for those stepping back"))
    #expect(summary.contains("A in H: steps back to attending; silent partnership: B speaks"))
    #expect(summary.contains("1 step back(s) with no one to speak for the donor"))
    #expect(summary.contains("Pillars, today -> plan"))
    let a = try #require(files["donors/A.txt"])
    #expect(a.contains("Where it steps back, and who speaks for it\n  H: steps back to attending"))
    #expect(try #require(files["donors/B.txt"]).contains("It speaks for: A in H"))
    let page = try #require(files["index.html"])
    #expect(page.contains("<section id=\"labour\">"))
    #expect(page.contains("data-pillar=\"social\""))
    #expect(page.contains("<strong>no one</strong>"))
  }
}
