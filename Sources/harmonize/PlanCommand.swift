import ArgumentParser
import Foundation
import HarmonizeData
import HarmonizePlanning
import HarmonizeReports
import LinearProgramming

/// `harmonize plan [DATASET] [--out DIR] [--start YEAR] [--years N] …`: proposes a staff
/// distribution and a chair rotation, and writes the plan reports.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Propose a staff distribution and a multi-year chair rotation; write the reports.",
    discussion: """
      Writes staff_plan.csv, chair_plan.csv, gaps.csv, duplications.csv, donor_burden.csv, \
      tradeoff.csv, summary.txt, run.json, index.html and donors/<donor>.txt into \
      Reports/<dataset>-plan/ (or --out), all at once. The priorities, in order: least \
      shortfall, least excess, least overload above the load ceiling, fewest changes, then the \
      weighted rest. A plan stopped by the time limit is still written, with each priority's \
      standing (proven, its gap, or ended on its work budget). Decisions (decisions.csv, or \
      --decisions) are kept as hard rules and marked decided; the summary says what they \
      cost against the best plan without them (a second solve in the last 30% of the time \
      limit).

      \(ExitStatus.help())
      """)

  @OptionGroup var data: DataSetOptions

  @Option(help: "Report folder (default: Reports/<dataset>-plan).")
  var out: String?

  @OptionGroup var planYears: PlanYearsOptions

  @OptionGroup var decisions: DecisionOptions

  @Option(
    help: ArgumentHelp(
      "An earlier plan's report folder: its seats before --start are history, its seats "
        + "from --start on are today's commitments (keeping them is no change).",
      valueName: "dir"))
  var previous: String?

  @Option(
    name: .customLong("time-limit"),
    help: ArgumentHelp(
      "Wall-clock limit for the whole run (model building, every priority and every ladder "
        + "step), in seconds; at most 86400."))
  var timeLimit = PlanningOptions.defaultTimeLimit

  @Option(
    name: .customLong("mip-gap"),
    help: "Relative gap, in [0, 1), at which a priority counts as solved.")
  var mipGap: Double = 0

  @Option(
    name: .customLong("export-model"),
    help: ArgumentHelp(
      "Write each priority's model as solved to FILE-<priority>.lp (CPLEX LP) or .mps "
        + "(free MPS), e.g. plan.mps gives plan-shortfall.mps … plan-weighted.mps."))
  var exportModel: String?

  @Option(
    name: .customLong("load-ceiling"),
    help: ArgumentHelp(
      "Load ceiling, a fraction of capacity in (0, 10] (e.g. 0.6): no donor above it where "
        + "possible; without it the price-of-fairness ladder chooses the ceiling."))
  var loadCeiling: Double?

  @Option(
    name: .customLong("fairness-rate"),
    help: ArgumentHelp(
      "Most changes a ladder step may add over the step before and still be taken, in "
        + "[0, 1000] (default: 2)."))
  var fairnessRate: Double = 2

  @Flag(
    name: .customLong("any-group"),
    help: ArgumentHelp(
      "What-if: switch the eligibility rule off, so anyone may be active in any group "
        + "whatever their skills (the reports say so)."))
  var anyGroup = false

  @Option(help: "Solver backend: highs (default), cbc or glpk.")
  var solver: SolverBackend = PlanningOptions.defaultSolver

  @OptionGroup var weights: WeightOptions

  func validate() throws {
    guard timeLimit > 0, timeLimit <= ArgumentLimits.timeLimit.upperBound else {
      throw ValidationError("--time-limit must be a number of seconds above 0, at most 86400")
    }
    guard mipGap.isFinite, mipGap >= 0, mipGap < 1 else {
      throw ValidationError("--mip-gap must lie in [0, 1)")
    }
    if let exportModel {
      let ext = URL(fileURLWithPath: exportModel).pathExtension.lowercased()
      guard ext == "lp" || ext == "mps" else {
        throw ValidationError("--export-model must end in .lp or .mps")
      }
    }
    if let loadCeiling, !(loadCeiling.isFinite && loadCeiling > 0 && loadCeiling <= 10) {
      throw ValidationError("--load-ceiling must lie in (0, 10]")
    }
    guard fairnessRate.isFinite, fairnessRate >= 0, fairnessRate <= 1000 else {
      throw ValidationError("--fairness-rate must lie in [0, 1000]")
    }
  }

  func run() throws {
    try decisions.check()
    let folder = out ?? "Reports/\(data.name)-plan"
    if let previous { try checkPrevious(previous) }
    let loadOptions = LoadOptions(
      decisionsFile: decisions.file, horizon: planYears.horizon, anyGroup: anyGroup,
      previousFolder: previous)
    let dataSet = try data.load(loadOptions)
    let inputs = data.inputs(loadOptions)
    try data.checkReportFolder(folder, inputs: inputs)
    if let exportModel {
      try data.checkOutputFile(exportModel, inputs: inputs, reports: folder)
    }
    let options = planningOptions()
    let plan = Planner(dataSet, options: options).plan()
    if Self.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    if let exportModel {
      do {
        _ = try ModelExport.write(plan, beside: exportModel)
      } catch {
        printError("error: \(error)")
        throw ExitCode(.cannotWrite)
      }
    }
    let reports = PlanReports(
      dataSet: dataSet, plan: plan, options: options, version: HarmonizeVersion.current)
    try data.write(reports.folder(), to: folder, inputs: inputs)
    printSummary(reports, folder: folder)
    switch plan.status {
    case .optimal, .feasible: return
    case .infeasible: throw ExitCode(.infeasible)
    case .error: throw ExitCode(.solverFailed)
    }
  }

  /// The options as the planner takes them; progress only when standard error is a terminal.
  func planningOptions() -> PlanningOptions {
    var options = PlanningOptions(startYear: planYears.startYear)
    options.years = planYears.years
    options.timeLimit = timeLimit
    options.mipGap = mipGap
    options.exportModelPath = exportModel
    options.loadCeiling = loadCeiling
    options.fairnessRate = fairnessRate
    options.anyGroup = anyGroup
    options.solver = solver
    weights.apply(to: &options.weights)
    if Self.stderrIsTerminal {
      options.progress = { line in
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
      }
    }
    return options
  }

  private func printSummary(_ reports: PlanReports, folder: String) {
    let plan = reports.plan
    let before = reports.before
    var line = "\(reports.dataSet.name) plan from \(reports.options.startYear): \(plan.status)"
    if plan.status == .feasible { line += " (\(plan.proofSummary))" }
    if plan.anyGroup { line += " [what-if: eligibility rule off]" }
    print(line)
    if reports.hasRoster {
      let after = reports.after
      print(reports.headlineShortfall)
      print(
        "overstay years \(reports.stageCount(.overstay)), excess \(before.excess) -> "
          + "\(after.excess), largest load \(Format.percent(before.maxLoad)) -> "
          + Format.percent(after.maxLoad) + ", unasked takeovers \(reports.stageCount(.unasked))")
      let ceiling = plan.ceiling.map { Format.percent($0) } ?? "none"
      var changes = "\(reports.changes.count) changes"
      if !reports.dataSet.decisions.isEmpty {
        changes += " (\(reports.changes.decided) decided, \(reports.changes.chosen) chosen)"
      }
      print("\(changes); load ceiling \(ceiling)")
    } else {
      printError("error: \(plan.status): \(plan.message)")
    }
    print("Reports written to \(folder)")
  }

  /// Whether standard error is a terminal (progress lines are drawn only there).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Exits `.noInput` when the previous plan's folder is missing. (The report folder is kept
  /// apart from it with the other inputs, `DataSetOptions.checkReportFolder`.)
  private func checkPrevious(_ previous: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: previous, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      printError("error: previous plan folder not found: \(MessageText.singleLine(previous))")
      throw ExitCode(.noInput)
    }
  }
}

extension SolverBackend: ExpressibleByArgument {}
