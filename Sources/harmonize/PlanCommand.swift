import ArgumentParser
import Foundation
import HarmonizeData
import HarmonizePlanning
import HarmonizeReports

/// `harmonize plan [DATASET] [--out DIR] [--start YEAR] [--years N] …`: proposes a staff
/// distribution and a chair rotation, and writes the plan reports.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Propose a staff distribution and a multi-year chair rotation; write the reports.",
    discussion: """
      Writes staff_plan.csv, chair_plan.csv, gaps.csv, duplications.csv, donor_burden.csv, \
      summary.txt, run.json and donors/<donor>.txt into Reports/<dataset>-plan/ (or --out), \
      all at once. A plan stopped \
      by the time limit is still written, marked as not proven optimal with its gap.

      Exit codes: 0 a plan was written; 2 no plan meets the hard limits (infeasible: only \
      summary.txt and run.json are written, saying which rule); 65 the data set has errors \
      (nothing written); 66 the data set folder does not exist; 70 the solver failed \
      (summary.txt and run.json say why); 73 the report folder could not be written.
      """)

  @OptionGroup var data: DataSetOptions

  @Option(help: "Report folder (default: Reports/<dataset>-plan).")
  var out: String?

  @Option(
    help: """
      First plan year (default: next calendar year, UTC); participation.csv describes the \
      year before it.
      """)
  var start: Int?

  @Option(help: "Chair horizon in years (main groups get at least 4).")
  var years: Int = Defaults.horizon

  @Option(
    name: .customLong("time-limit"),
    help: ArgumentHelp(
      "Wall-clock limit for the whole run (model building and every stage), in seconds; it "
        + "also sets the search's work budget, so the same limit gives the same plan; at most "
        + "86400."))
  var timeLimit: Double = 60

  @Option(
    name: .customLong("mip-gap"),
    help: "Relative gap, in [0, 1), at which a priority counts as solved.")
  var mipGap: Double = 0

  @Option(
    name: .customLong("export-model"),
    help: "Write the final stage's model to FILE.lp (CPLEX LP) or FILE.mps (free MPS).")
  var exportModel: String?

  @Option(
    name: .customLong("weight-stability"),
    help: ArgumentHelp(
      "Weight per change against today" + Self.weightDefault(\PlanningOptions.Weights.stability)))
  var weightStability: Double?

  @Option(
    name: .customLong("weight-skill-fit"),
    help: ArgumentHelp(
      "Weight per need met by a member" + Self.weightDefault(\PlanningOptions.Weights.skillFit)))
  var weightSkillFit: Double?

  @Option(
    name: .customLong("weight-preference"),
    help: ArgumentHelp(
      "Weight per seat given where a donor asked"
        + Self.weightDefault(\PlanningOptions.Weights.preference)))
  var weightPreference: Double?

  @Option(
    name: .customLong("weight-rotation"),
    help: ArgumentHelp(
      "Weight per lead year continued from the last"
        + Self.weightDefault(\PlanningOptions.Weights.rotation)))
  var weightRotation: Double?

  @Option(
    name: .customLong("weight-fairness"),
    help: ArgumentHelp(
      "Weight per unit of load above the average, the tie-break after the largest load"
        + Self.weightDefault(\PlanningOptions.Weights.fairness)))
  var weightFairness: Double?

  func validate() throws {
    guard years >= 1 else { throw ValidationError("--years must be at least 1") }
    guard years <= 20 else { throw ValidationError("--years must be at most 20") }
    guard timeLimit > 0, timeLimit <= ArgumentLimits.timeLimit.upperBound else {
      throw ValidationError("--time-limit must be a number of seconds above 0, at most 86400")
    }
    guard mipGap.isFinite, mipGap >= 0, mipGap < 1 else {
      throw ValidationError("--mip-gap must lie in [0, 1)")
    }
    if let start, !(1900...2200).contains(start) {
      throw ValidationError("--start must lie between 1900 and 2200")
    }
    if let exportModel {
      let ext = URL(fileURLWithPath: exportModel).pathExtension.lowercased()
      guard ext == "lp" || ext == "mps" else {
        throw ValidationError("--export-model must end in .lp or .mps")
      }
    }
    let weights = [
      ("stability", weightStability), ("skill-fit", weightSkillFit),
      ("preference", weightPreference), ("rotation", weightRotation),
      ("fairness", weightFairness),
    ]
    for (name, value) in weights {
      if let value, !ArgumentLimits.weight.contains(value) {
        throw ValidationError("--weight-\(name) must be a number from 0 to 1000000")
      }
    }
  }

  func run() throws {
    let dataSet = try data.load()
    let folder = out ?? "Reports/\(data.name)-plan"
    try data.checkReportFolder(folder)
    if let exportModel { try data.checkOutputFile(exportModel, reports: folder) }
    let options = planningOptions()
    let plan = Planner(dataSet, options: options).plan()
    if Self.stderrIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    let reports = PlanReports(
      dataSet: dataSet, plan: plan, options: options, version: HarmonizeVersion.current)
    do {
      try reports.folder().write(to: folder, dataSet: data.dataset)
    } catch {
      printError("error: \(error)")
      throw ExitCode(73)
    }
    printSummary(reports, folder: folder)
    switch plan.status {
    case .optimal, .feasible: return
    case .infeasible: throw ExitCode(2)
    case .error: throw ExitCode(70)
    }
  }

  /// The options as the planner takes them; progress only when standard error is a terminal.
  func planningOptions() -> PlanningOptions {
    var options = PlanningOptions(startYear: start ?? Self.calendarYear() + 1)
    options.years = years
    options.timeLimit = timeLimit
    options.mipGap = mipGap
    options.exportModelPath = exportModel
    if let weightStability { options.weights.stability = weightStability }
    if let weightSkillFit { options.weights.skillFit = weightSkillFit }
    if let weightPreference { options.weights.preference = weightPreference }
    if let weightRotation { options.weights.rotation = weightRotation }
    if let weightFairness { options.weights.fairness = weightFairness }
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
    if plan.status == .feasible { line += " (not proven optimal: \(plan.proofSummary))" }
    print(line)
    if reports.hasRoster {
      let after = reports.after
      print(
        "shortfall \(before.shortfall) -> \(after.shortfall), excess \(before.excess) -> "
          + "\(after.excess), max load \(Format.percent(before.maxLoad)) -> "
          + Format.percent(after.maxLoad))
      let changed = reports.changes.staff.filter { $0.change != .keep }.count
      let seats = reports.changes.seats.filter { $0.change != .continue }.count
      print("\(changed) membership changes, \(seats) seat changes over the plan years")
    } else {
      printError("error: \(plan.status): \(plan.message)")
    }
    print("Reports written to \(folder)")
  }

  /// ` (default: 10.0).` for the planner's default of a weight, for the help text.
  static func weightDefault(_ weight: KeyPath<PlanningOptions.Weights, Double>) -> String {
    " (default: \(PlanningOptions.Weights()[keyPath: weight]); 0 to 1000000)."
  }

  /// Whether standard error is a terminal (progress lines are drawn only there).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// The current calendar year in UTC.
  static func calendarYear() -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.component(.year, from: Date())
  }
}
