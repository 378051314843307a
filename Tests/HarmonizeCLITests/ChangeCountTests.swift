import Foundation
import HarmonizeAnalysis
import HarmonizeData
import HarmonizePlanning
import HarmonizeReports
import Testing

/// The planner's change count (priority 4) is the reports' count of changes: the rules of
/// counting are written twice (as model rows and as labels) and kept equal here.
@Suite struct ChangeCountTests {
  static func generated(_ seed: UInt64, donors: Int = 5, groups: Int = 6, staff: Int = 16)
    -> DataSet?
  {
    let parameters = SyntheticDataSet.Parameters(
      donors: donors, groups: groups, staff: staff, seed: seed, year: 2026)
    return DataSetLoader.load(files: SyntheticDataSet(parameters).files, name: "gen\(seed)")
      .dataSet
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func thePlannersChangeCountIsTheReportsCount(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    var options = PlanningOptions(startYear: 2027)
    options.timeLimit = 30
    let plan = Planner(data, options: options).plan()
    try #require(plan.status == .optimal || plan.status == .feasible, "\(plan.message)")
    let reports = PlanReports(dataSet: data, plan: plan, options: options, version: "test")
    let changes = try #require(plan.stages.first { $0.name == "changes" }?.value)
    #expect(Double(reports.changes.count) == changes)
    let csv = reports.tradeoff()
    #expect(csv.rows.count == plan.ladder.count)
    #expect(csv.rows.filter { $0[4] == "yes" }.count == 1)
  }

  /// Rules v3 in the reports and in the model agree: overstay years and unasked takeovers
  /// are the planner's priorities 2 and 5, and every empty seat-year and overstay year has a
  /// row that says who could have held it and what stops each.
  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func everyEmptySeatAndOverstayIsExplained(seed: UInt64) throws {
    let data = try #require(Self.generated(seed, donors: 6, groups: 7, staff: 20))
    var options = PlanningOptions(startYear: 2027)
    options.timeLimit = 30
    options.loadCeiling = 0.9
    let plan = Planner(data, options: options).plan()
    try #require(plan.status == .optimal || plan.status == .feasible, "\(plan.message)")
    let reports = PlanReports(dataSet: data, plan: plan, options: options, version: "test")
    let chair = reports.chairPlan()
    let change = try #require(chair.columns.firstIndex(of: "change"))
    let reason = try #require(chair.columns.firstIndex(of: "reason"))
    let blocked = try #require(chair.columns.firstIndex(of: "blocked"))
    let empty = chair.rows.filter { $0[change] == "empty" }
    let overstays = chair.rows.filter { $0[reason].hasPrefix("overstay") }
    #expect(empty.allSatisfy { !$0[blocked].isEmpty })
    #expect(overstays.allSatisfy { !$0[blocked].isEmpty })
    #expect(Double(overstays.count) == plan.stages.first { $0.name == "overstay" }?.value)
    let gaps = AnalysisReports.gaps(reports.after)
    let chairGaps = gaps.rows.filter { $0[1] == "chair" }.reduce(0) { $0 + (Int($1[4]) ?? 0) }
    #expect(empty.count == chairGaps)
    let calls = try #require(reports.folder().tables["calls.csv"])
    let asks = calls.rows.filter { $0.last == "ask" }.count
    #expect(Double(asks) == plan.stages.first { $0.name == "unasked" }?.value)
  }

  /// Every row of the bundled Cambodia set's plan: the count in run.json is the labels'.
  @Test func theBundledPlanCountsItsLabels() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Data/cambodia").standardized.path
    let result = DataSetLoader.load(folder: folder)
    let data = try #require(result.dataSet)
    var options = PlanningOptions(startYear: 2027)
    options.loadCeiling = 0.8
    let plan = Planner(data, options: options).plan()
    let reports = PlanReports(dataSet: data, plan: plan, options: options, version: "test")
    let labels =
      reports.changes.staff.filter { $0.change != .keep }.count
      + reports.changes.seats.filter { $0.change != .continue }.count
      + reports.changes.releases.filter(\.vacates).count
    #expect(reports.changes.count == labels)
    #expect(plan.stages.first { $0.name == "changes" }?.value == Double(labels))
  }
}
