import Foundation
import HarmonizeAnalysis
import HarmonizeData
import HarmonizeReports
import Testing

/// `index.html` from the hand-made plan and from a data set of hostile names, checked by value.
struct HTMLPageTests {
  func planFolder() -> ReportFolder {
    PlanReports(
      dataSet: PlanFixture.dataSet(), plan: PlanFixture.plan(), options: PlanFixture.options(),
      version: "9.9.9"
    ).folder()
  }

  /// Every matrix cell's data attributes, keyed by `donor|group`.
  func cells(_ page: String) -> [String: [String: String]] {
    var result: [String: [String: String]] = [:]
    for chunk in page.components(separatedBy: "<td data-cell=\"\"").dropFirst() {
      let tag = chunk.prefix { $0 != ">" }
      var attributes: [String: String] = [:]
      for match in tag.matches(of: /([a-z-]+)="([^"]*)"/) {
        attributes[String(match.1)] = String(match.2)
      }
      let key = "\(attributes["data-donor"] ?? "")|\(attributes["data-group"] ?? "")"
      #expect(result[key] == nil, "two cells for \(key)")
      result[key] = attributes
    }
    return result
  }

  @Test func thePlanPageHasOneCellPerDonorAndGroup() throws {
    let page = try #require(planFolder().files["index.html"])
    let keys = Set(cells(page).keys)
    #expect(keys == Set(["A", "B", "C"].flatMap { d in ["G1", "G2", "TF"].map { "\(d)|\($0)" } }))
  }

  @Test func cellMarksFollowTodayAndTheStaffAndChairPlans() throws {
    let page = try #require(planFolder().files["index.html"])
    let c = cells(page)
    // A: a1 active lead and a2 active today; a1 active vice, a2 attending in the plan.
    #expect(c["A|G1"]?["data-change"] == "kept")
    #expect(c["A|G1"]?["data-seat"] == "focal")
    #expect(c["A|G1"]?["data-plan-seat"] == "vice")
    #expect(c["B|G1"]?["data-today"] == "attending")
    #expect(c["B|G1"]?["data-plan"] == "active")
    #expect(c["B|G1"]?["data-change"] == "promoted")
    #expect(c["B|TF"]?["data-change"] == "left")
    #expect(c["C|G2"]?["data-change"] == "joined")
    #expect(c["C|G2"]?["data-plan-seat"] == "focal")
    #expect(c["C|G1"]?["data-change"] == nil)
  }

  @Test func everyStaffPlanRowIsTheBestLevelOfItsCell() throws {
    let folder = planFolder()
    let page = try #require(folder.files["index.html"])
    let c = cells(page)
    let table = try #require(folder.tables["staff_plan.csv"])
    let column = { (name: String) in table.columns.firstIndex(of: name)! }
    var best: [String: (plan: String, today: String)] = [:]
    let rank = ["active": 0, "attending": 1, "informed": 2, "": 3]
    for row in table.rows {
      let key = "\(row[column("donor")])|\(row[column("group")])"
      let old = best[key] ?? ("", "")
      let plan = row[column("level")]
      let today = row[column("previous_level")]
      best[key] = (
        rank[plan]! < rank[old.plan]! ? plan : old.plan,
        rank[today]! < rank[old.today]! ? today : old.today
      )
    }
    #expect(!best.isEmpty)
    for (key, levels) in best {
      #expect((c[key]?["data-plan"] ?? "") == levels.plan, "\(key)")
      #expect((c[key]?["data-today"] ?? "") == levels.today, "\(key)")
    }
  }

  @Test func everyDataValueIsEscaped() throws {
    let hostile = DataSet(
      name: "x<y>",
      donors: [Donor(id: "<D&\"'>", name: "<script>alert(1)</script>")],
      staff: [StaffMember(id: "s&1", donor: "<D&\"'>", name: "\"><b>", isSenior: true)],
      groups: [
        WorkingGroup(id: "\"><img src=x onerror=alert(1)>", pillar: "a&b</th>", chair: .focal)
      ],
      participation: [
        Membership(staff: "s&1", group: "\"><img src=x onerror=alert(1)>", role: .focal)
      ])
    let diagnosis = Diagnosis(of: hostile, roster: Roster(today: hostile, year: 2026))
    let page = try #require(AnalysisReports.folder(diagnosis).files["index.html"])
    #expect(!page.contains("<script"))
    #expect(!page.contains("<img"))
    #expect(!page.contains("<b>"))
    #expect(!page.contains("a&b"))
    #expect(page.contains("data-donor=\"&lt;D&amp;&quot;&#39;&gt;\""))
    #expect(page.contains("a&amp;b&lt;/th&gt;"))
    #expect(cells(page).count == 1)
  }

  @Test func thePageFetchesNothingAndIsTheSameOnEveryRun() throws {
    let page = try #require(planFolder().files["index.html"])
    for banned in ["http", "<script", "url(", "@import", "src=", "<link", "<img"] {
      #expect(!page.contains(banned), "\(banned)")
    }
    #expect(planFolder().files["index.html"] == page)
  }

  @Test func theTradeoffStepsAndTheCeilingAreDrawnWhenTheFolderHasThem() throws {
    let folder = planFolder()
    var tradeoff = CSVTable(columns: ["ceiling", "changes", "largest_load", "status", "chosen"])
    tradeoff.append(["0.900", "2", "0.880", "optimal", "no"])
    tradeoff.append(["0.700", "5", "0.690", "optimal", "yes"])
    var tables = folder.tables
    tables["tradeoff.csv"] = tradeoff
    let page = HTMLPage(PlanFixture.dataSet(), tables: tables).rendered()
    #expect(page.contains("chosen: 0.700, 5"))
    #expect(page.contains("ceiling (dashed line): tradeoff.csv"))
    #expect(page.contains(" / 0.700</td>"))
    #expect(!folder.files["index.html"]!.contains("chosen:"))
  }
}
