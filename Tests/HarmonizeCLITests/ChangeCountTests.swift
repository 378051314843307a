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
