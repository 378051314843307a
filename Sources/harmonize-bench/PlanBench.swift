import ArgumentParser
import Foundation
import HarmonizeData
import HarmonizePlanning
import LinearProgramming

/// `harmonize-bench plan`: plans one data set (a folder or a generated one) and prints one line
/// with the status, each stage's value, bound and time, and the whole run's seconds.
struct PlanBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "Time the planner on a data set.")

  @Option(help: "Data set folder; without it a generated data set is planned.")
  var data: String?
  @Option(help: "Generated data set: donors.") var donors = 40
  @Option(help: "Generated data set: groups.") var groups = 60
  @Option(help: "Generated data set: staff.") var staff = 300
  @Option(help: "Generated data set: seed.") var seed: UInt64 = 1
  @Option(help: "First plan year (default: the year after the generated data's year).")
  var startYear = 2027
  @Option(help: "Whole-run time limit in seconds.") var timeLimit = PlanningOptions.defaultTimeLimit
  @Option(help: "Write each priority's model beside this path (.lp or .mps).") var export: String?
  @Option(help: "Solver backend: highs, cbc or glpk.")
  var solver = PlanningOptions.defaultSolver.rawValue
  @Option(help: "Load ceiling (no ladder).") var loadCeiling: Double?
  @Flag(help: "Print the planner's progress lines to standard error.") var progress = false

  func run() throws {
    let name: String
    let result: LoadResult
    if let data {
      name = URL(fileURLWithPath: data).lastPathComponent
      result = DataSetLoader.load(folder: data)
    } else {
      name = "generated-\(donors)x\(groups)x\(staff)-s\(seed)"
      let parameters = SyntheticDataSet.Parameters(
        donors: donors, groups: groups, staff: staff, seed: seed, year: startYear - 1)
      result = DataSetLoader.load(files: SyntheticDataSet(parameters).files, name: name)
    }
    guard let dataSet = result.dataSet else {
      throw ValidationError("\(name): \(result.errors.count) errors in the data set")
    }
    var options = PlanningOptions(startYear: startYear)
    options.timeLimit = timeLimit
    options.exportModelPath = export
    options.loadCeiling = loadCeiling
    guard let backend = SolverBackend(rawValue: solver) else {
      throw ValidationError("--solver must be cbc, glpk or highs")
    }
    options.solver = backend
    if progress {
      options.progress = { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
    let plan = Planner(dataSet, options: options).plan()
    if let export {
      for priority in Priority.allCases {
        guard let model = plan.solvedModels[priority] else { continue }
        try GLPKSolver().export(model, to: priority.modelFile(beside: export))
      }
    }
    var line = "plan \(name) [\(backend)]: status \(plan.status.rawValue)"
    for stage in plan.stages {
      line += String(
        format: ", %@ %.4g (bound %.4g, %.2f s)", stage.name, stage.value ?? .nan,
        stage.bound ?? .nan, stage.seconds)
    }
    let ladder = plan.ladder.map { step in
      (step.ceiling.map { String(format: "%.2f", $0) } ?? "none") + ":"
        + (step.changes.map { String(Int($0)) } ?? "-") + (step.chosen ? "*" : "")
    }
    line += ", ladder " + ladder.joined(separator: " ")
    line += String(format: ", gap %.4f, total %.2f s", plan.gap, plan.seconds)
    line += plan.reproducible ? ", reproducible" : ", cut by the clock"
    if !plan.message.isEmpty { line += ", \(plan.message)" }
    print(line)
  }
}
