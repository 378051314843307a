import Foundation
import HarmonizeAnalysis
import HarmonizeData
import LinearProgramming
import Testing

@testable import HarmonizePlanning

/// Properties that hold for any data set, checked over small generated ones.
@Suite struct PlannerPropertyTests {
  static let seeds: [UInt64] = [1, 2, 3]

  static func generated(_ seed: UInt64) -> DataSet? {
    let parameters = SyntheticDataSet.Parameters(
      donors: 4, groups: 4, staff: 10, seed: seed, year: Fixture.year - 1)
    return DataSetLoader.load(files: SyntheticDataSet(parameters).files, name: "gen\(seed)")
      .dataSet
  }

  /// Seed 2 is proven optimal in about 2 s; the others may stop at the limit (still feasible).
  static func options(export: String? = nil, limit: Double = 10) -> PlanningOptions {
    var options = PlanningOptions(startYear: Fixture.year)
    options.timeLimit = limit
    options.exportModelPath = export
    return options
  }

  @Test(arguments: seeds) func everyHardLimitHoldsInEveryYear(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    let plan = Planner(data, options: Self.options()).plan()
    #expect(plan.status == .optimal || plan.status == .feasible, "\(plan.message)")
    #expect(HardLimits.broken(plan.roster, data, startYear: Fixture.year, years: 3) == [])
  }

  @Test(arguments: seeds) func shortfallIsNoWorseThanTheRepairedStart(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    let index = PlanningIndex(data, startYear: Fixture.year, years: 3)
    let model = try PlanningModel(index, weights: .init())
    let start = model.columns(StartHeuristic.run(index))
    #expect(model.violations(start) == [])
    let plan = Planner(data, options: Self.options()).plan()
    let shortfall = try #require(plan.stage("shortfall"))
    #expect(shortfall <= model.value(.shortfall, start))
  }

  /// A plan rolled forward a year (`--previous`): the start still meets every row, its
  /// change columns counted against the commitments as the rows count them.
  @Test(arguments: seeds) func theStartOfARolledPlanMeetsEveryRow(seed: UInt64) throws {
    var data = try #require(Self.generated(seed))
    let first = Planner(data, options: Self.options()).plan()
    try #require(first.status == .optimal || first.status == .feasible, "\(first.message)")
    data.previous = PreviousPlan(
      folder: "previous", horizon: PlanHorizon(startYear: Fixture.year),
      seats: first.roster.seats)
    let index = PlanningIndex(data, startYear: Fixture.year + 1, years: 3)
    let model = try PlanningModel(index, weights: .init())
    #expect(model.violations(model.columns(StartHeuristic.run(index))) == [])
  }

  /// Every row of a plan decided (memberships active or not, seats held): the start meets
  /// every row, decisions included, so the solver starts from it.
  @Test(arguments: seeds) func theStartOfAPlanDecidedInFullMeetsEveryRow(seed: UInt64) throws {
    var data = try #require(Self.generated(seed))
    let first = Planner(data, options: Self.options()).plan()
    try #require(first.status == .optimal || first.status == .feasible, "\(first.message)")
    var decisions: [Decision] = []
    for m in first.roster.memberships {
      decisions.append(
        Decision(kind: m.level == .active ? .active : .notActive, group: m.group, staff: m.staff))
    }
    for seat in first.roster.seats {
      decisions.append(
        Decision(
          kind: .holds, group: seat.group, staff: seat.staff, donor: seat.donor, role: seat.role,
          year: seat.year))
    }
    data.decisions = decisions
    let index = PlanningIndex(data, startYear: Fixture.year, years: 3)
    let model = try PlanningModel(index, weights: .init())
    #expect(model.violations(model.columns(StartHeuristic.run(index))) == [])
  }

  @Test func sameInputGivesTheSamePlan() throws {
    let data = try #require(Self.generated(2))
    let first = Planner(data, options: Self.options(limit: 120)).plan()
    let second = Planner(data, options: Self.options(limit: 120)).plan()
    try #require(first.status == .optimal, "determinism is only promised without a time limit")
    #expect(first.roster == second.roster)
    #expect(first.stages.map(\.value) == second.stages.map(\.value))
    #expect(first.reproducible && second.reproducible)
  }

  /// 0.01 s is gone before the first stage: every stage keeps the start, which a faster
  /// machine would have improved, so the plan must not claim to be reproducible.
  @Test func aPlanTheClockCutShortIsNotReproducible() throws {
    let data = try #require(Self.generated(1))
    let plan = Planner(data, options: Self.options(limit: 0.01)).plan()
    #expect(plan.status == .feasible)
    #expect(!plan.reproducible)
  }

  @Test(arguments: seeds) func stageValuesEqualTheDiagnosisOfThePlan(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    let plan = Planner(data, options: Self.options()).plan()
    let diagnosis = Diagnosis(of: data, roster: plan.roster, horizon: 3)
    #expect(plan.stage("shortfall") == Double(diagnosis.shortfall))
    #expect(plan.stage("excess") == Double(diagnosis.excess))
    if let ceiling = plan.ceiling, plan.stage("overload") == 0 {
      #expect(diagnosis.maxLoad <= ceiling + 1e-6)
    }
    let chosen = try #require(plan.ladder.first { $0.chosen })
    #expect(abs((chosen.largestLoad ?? -1) - diagnosis.maxLoad) < 1e-9)
  }

  @Test(arguments: seeds) func everyActiveMembershipIsEligible(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    let plan = Planner(data, options: Self.options()).plan()
    let rule = Eligibility(data)
    for m in plan.roster.memberships where m.level == .active {
      let i = try #require(data.staffIndex[m.staff])
      let j = try #require(data.groupIndex[m.group])
      #expect(rule.allows(staff: i, group: j), "\(m.staff) in \(m.group)")
    }
    let today = Diagnosis(of: data, roster: Roster(today: data, year: Fixture.year - 1))
    let after = Diagnosis(of: data, roster: plan.roster, horizon: 3)
    // Staff-side shortfall: today's roster has one year of seats, the plan several.
    let (s, t) = (after.shortfalls, today.shortfalls)
    #expect(s.donors + s.competency + s.links <= t.donors + t.competency + t.links)
  }

  @Test func exportedModelSolvedByGlpsolGivesTheSameObjective() throws {
    let glpsol = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let glpsol else {
      print("skipped: glpsol is not installed, the exported model is not cross-checked")
      return
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("planner-glpsol-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let lp = folder.appendingPathComponent("model.lp").path
    let data = try #require(Self.generated(2))
    let plan = Planner(data, options: Self.options(export: lp, limit: 120)).plan()
    try plan.exportModels(beside: lp)
    try #require(plan.status == .optimal)
    let index = PlanningIndex(data, startYear: Fixture.year, years: 3)
    let model = try PlanningModel(index, weights: .init())
    for stage in Priority.ranked {
      let constant = model.constants[stage]
      let file = folder.appendingPathComponent("model-\(stage.name).lp").path
      let out = folder.appendingPathComponent("out-\(stage.name).txt").path
      let process = Process()
      process.executableURL = URL(fileURLWithPath: glpsol)
      process.arguments = ["--lp", file, "--tmlim", "60", "-o", out]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      let report = try String(contentsOfFile: out, encoding: .utf8)
      #expect(report.contains("INTEGER OPTIMAL"))
      let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
      let number = try #require(line.split(separator: "=").last?.split(separator: " ").first)
      let objective = try #require(Double(number))
      let ours = try #require(plan.stage(stage.name))
      // glpsol prints about 10 digits; a fixed overload has a 1e-6 slack.
      #expect(abs(objective + constant - ours) < 1e-4 * max(1, abs(ours)), "\(stage.name)")
    }
  }
}
