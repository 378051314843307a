import CHiGHS

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Solves `Model`s with HiGHS 1.15 (`Highs_run`): its simplex for LPs, its branch-and-cut for
/// MIPs, in the calling process.
///
/// Each call creates, solves, reads and destroys its own HiGHS instance on the calling thread,
/// with one thread (`threads` 1, `parallel` off) and a fixed random seed, so a solve that no
/// clock stopped gives the same answer on every run. Calls may run concurrently: HiGHS allows
/// concurrent instances when all use the same `threads` value. Nothing is printed unless
/// `verbose`, and then only to standard error.
public struct HiGHSSolver: Solver, Sendable {
  public init() {}

  /// Solves `model`; throws `ModelError` or `SolverError` before any C call on bad input.
  public func solve(_ model: Model, options: SolverOptions = SolverOptions()) throws -> Solution {
    try model.solved(options) { began in
      let run = HiGHSRun(
        model: model, arrays: try ColumnMajorArrays(model), instance: try HiGHSInstance(),
        options: options, began: began)
      return try run.solve()
    }
  }
}

/// How a `Highs_run` ended: HiGHS's model status (`kHighsModelStatus…`), read in this one place.
private enum Outcome: Equatable {
  case optimal
  case infeasible
  case unbounded
  /// Infeasible or unbounded: HiGHS (its presolve, mostly) did not say which.
  case infeasibleOrUnbounded
  /// A limit stopped the run; `clock` when it was the time limit.
  case stopped(clock: Bool)
  /// Any other status: not set, a load, model, presolve, solve or postsolve error, an empty
  /// model (never passed: a model without columns is answered in Swift), unknown.
  case failed(HighsInt)

  init(_ status: HighsInt) {
    switch status {
    case kHighsModelStatusOptimal: self = .optimal
    case kHighsModelStatusInfeasible: self = .infeasible
    case kHighsModelStatusUnbounded: self = .unbounded
    case kHighsModelStatusUnboundedOrInfeasible: self = .infeasibleOrUnbounded
    case kHighsModelStatusTimeLimit: self = .stopped(clock: true)
    // The node limit (`mip_max_nodes`) ends a MIP search with the solution-limit status.
    case kHighsModelStatusIterationLimit, kHighsModelStatusSolutionLimit,
      kHighsModelStatusObjectiveBound, kHighsModelStatusObjectiveTarget,
      kHighsModelStatusInterrupt:
      self = .stopped(clock: false)
    default: self = .failed(status)
    }
  }
}

/// One HiGHS instance (`Highs_create`), destroyed with this object, and the callback context
/// that must live as long as it.
private final class HiGHSInstance {
  let pointer: UnsafeMutableRawPointer
  var callbacks: CallbackContext?

  init() throws {
    guard let pointer = Highs_create() else {
      throw SolverError.highsFailed(routine: "Highs_create", code: -1)
    }
    self.pointer = pointer
  }

  deinit { Highs_destroy(pointer) }
}

/// One solve of one model: the HiGHS calls in order and the reading of their results.
private struct HiGHSRun {
  let model: Model
  let arrays: ColumnMajorArrays
  let instance: HiGHSInstance
  let options: SolverOptions
  let began: ContinuousClock.Instant

  private var highs: UnsafeMutableRawPointer { instance.pointer }

  /// What is left of the time limit, at least a millisecond; `nil` without a limit.
  private var remainingSeconds: Double? {
    options.timeLimit.map {
      max(Tuning.shortestLimit, $0 - (ContinuousClock.now - began).inSeconds)
    }
  }

  func solve() throws -> Solution {
    try configure()
    return model.isMIP ? try solveMIP() : try solveLP()
  }

  // MARK: Options

  /// One thread, a fixed seed, the log to the callback or nowhere, and what `options` asks.
  private func configure() throws {
    try set("output_flag", options.verbose)
    try set("log_to_console", false)
    try set("threads", HighsInt(1))
    try set("parallel", "off")
    try set("random_seed", Tuning.randomSeed)
    try set("presolve", options.presolve ? "choose" : "off")
    try set("mip_rel_gap", options.relativeGap)
    if let nodes = options.nodeLimit { try set("mip_max_nodes", HighsInt(clamping: nodes)) }
    // HiGHS has no switch for its root cuts; without `cuts` it separates none below the root.
    if !options.cuts { try set("mip_allow_cut_separation_at_nodes", false) }
    // Feasibility jump is HiGHS's counterpart of the feasibility pump.
    if !options.feasibilityPump { try set("mip_heuristic_run_feasibility_jump", false) }
    guard options.verbose || (options.progress != nil && model.isMIP) else { return }
    let context = CallbackContext(
      progress: options.progress, verbose: options.verbose, began: began)
    instance.callbacks = context
    try check(
      Highs_setCallback(highs, highsCallback, Unmanaged.passUnretained(context).toOpaque()),
      "Highs_setCallback")
    if options.verbose {
      try check(Highs_startCallback(highs, kHighsCallbackLogging), "Highs_startCallback")
    }
    if options.progress != nil && model.isMIP {
      try check(
        Highs_startCallback(highs, kHighsCallbackMipImprovingSolution), "Highs_startCallback")
      try check(Highs_startCallback(highs, kHighsCallbackMipInterrupt), "Highs_startCallback")
    }
  }

  private func set(_ name: String, _ value: Bool) throws {
    try check(Highs_setBoolOptionValue(highs, name, value ? 1 : 0), "option \(name)")
  }

  private func set(_ name: String, _ value: HighsInt) throws {
    try check(Highs_setIntOptionValue(highs, name, value), "option \(name)")
  }

  private func set(_ name: String, _ value: Double) throws {
    try check(Highs_setDoubleOptionValue(highs, name, value), "option \(name)")
  }

  private func set(_ name: String, _ value: String) throws {
    try check(Highs_setStringOptionValue(highs, name, value), "option \(name)")
  }

  /// Throws `SolverError.highsFailed` when a HiGHS routine returned `kHighsStatusError`.
  private func check(_ status: HighsInt, _ routine: String) throws {
    if status == kHighsStatusError {
      throw SolverError.highsFailed(routine: routine, code: Int(status))
    }
  }

  // MARK: Loading and running

  /// Passes the model, its integer columns as such unless `relaxed`; the objective constant
  /// goes in as HiGHS's offset, so objective values, bounds and gaps include it.
  private func pass(relaxed: Bool) throws {
    let sense = model.sense == .maximize ? kHighsObjSenseMaximize : kHighsObjSenseMinimize
    let integrality = model.variables.map {
      $0.kind == .continuous || relaxed ? kHighsVarTypeContinuous : kHighsVarTypeInteger
    }
    let a = arrays
    let status = a.starts.withUnsafeBufferPointer { s in
      a.indices.withUnsafeBufferPointer { i in
        a.values.withUnsafeBufferPointer { v in
          integrality.withUnsafeBufferPointer { kind in
            Highs_passMip(
              highs, HighsInt(a.columns), HighsInt(a.rows), HighsInt(a.values.count),
              kHighsMatrixFormatColwise, sense, model.objective.constant, a.objective,
              a.columnLower, a.columnUpper, a.rowLower, a.rowUpper, s.baseAddress, i.baseAddress,
              v.baseAddress, kind.baseAddress)
          }
        }
      }
    }
    try check(status, "Highs_passMip")
  }

  /// Makes the integer columns integer again after the relaxation was solved.
  private func restoreIntegrality() throws {
    let integrality = model.variables.map {
      $0.kind == .continuous ? kHighsVarTypeContinuous : kHighsVarTypeInteger
    }
    try check(
      Highs_changeColsIntegralityByRange(highs, 0, HighsInt(arrays.columns - 1), integrality),
      "Highs_changeColsIntegralityByRange")
  }

  /// Runs HiGHS with what is left of the time limit and, for LPs, the iteration limit.
  private func run(iterationLimit: Int?) throws -> Outcome {
    try set("time_limit", remainingSeconds ?? .infinity)
    try set("simplex_iteration_limit", HighsInt(clamping: iterationLimit ?? Int(HighsInt.max)))
    _ = Highs_zeroAllClocks(highs)
    _ = Highs_run(highs)
    let outcome = Outcome(Highs_getModelStatus(highs))
    if case .failed(let status) = outcome {
      throw SolverError.highsFailed(routine: "Highs_run", code: Int(status))
    }
    return outcome
  }

  /// Whether HiGHS holds a primal feasible solution.
  private var hasPrimalSolution: Bool {
    var status: HighsInt = 0
    guard Highs_getIntInfoValue(highs, "primal_solution_status", &status) == kHighsStatusOk
    else { return false }
    return status == kHighsSolutionStatusFeasible
  }

  private func info(_ name: String) -> Double? {
    var value = 0.0
    guard Highs_getDoubleInfoValue(highs, name, &value) == kHighsStatusOk,
      abs(value) < SolverTuning.noValue
    else { return nil }
    return value
  }

  /// Column values, row duals and reduced costs (the column duals).
  private func read() -> (values: [Double], duals: [Double], reducedCosts: [Double]) {
    var values = [Double](repeating: 0, count: arrays.columns)
    var rowValues = [Double](repeating: 0, count: arrays.rows)
    var reducedCosts = [Double](repeating: 0, count: arrays.columns)
    var duals = [Double](repeating: 0, count: arrays.rows)
    _ = Highs_getSolution(highs, &values, &reducedCosts, &rowValues, &duals)
    return (values, duals, reducedCosts)
  }

  /// Infeasible or unbounded, decided by solving again with a zero objective: unbounded when
  /// that finds a feasible point (of the MIP itself for a MIP, whose rational data make an
  /// unbounded relaxation with an integer point an unbounded MIP).
  private func infeasibleOrUnbounded() throws -> Solution {
    let zeros = [Double](repeating: 0, count: arrays.columns)
    try check(
      Highs_changeColsCostByRange(highs, 0, HighsInt(arrays.columns - 1), zeros),
      "Highs_changeColsCostByRange")
    switch try run(iterationLimit: nil) {
    case .optimal, .unbounded: return Solution(status: .unbounded)
    case .infeasible, .infeasibleOrUnbounded: return Solution(status: .infeasible)
    case .stopped(let clock):
      var solution = Solution(status: .noSolutionFound)
      solution.stopped(byClock: clock, options)
      return solution
    case .failed(let status): throw SolverError.highsFailed(routine: "Highs_run", code: Int(status))
    }
  }

  // MARK: LP

  private func solveLP() throws -> Solution {
    try pass(relaxed: true)
    return try readLP(try run(iterationLimit: options.iterationLimit), relaxing: false)
  }

  /// The LP's solution; with `relaxing`, a limit leaves no solution (a MIP's root LP).
  private func readLP(_ outcome: Outcome, relaxing: Bool) throws -> Solution {
    switch outcome {
    case .optimal:
      let objective = info("objective_function_value")
      let (values, duals, reducedCosts) = read()
      return Solution(
        status: .optimal, objective: objective, bound: objective, values: values, duals: duals,
        reducedCosts: reducedCosts)
    case .infeasible: return Solution(status: .infeasible)
    case .unbounded: return Solution(status: .unbounded)
    case .infeasibleOrUnbounded: return try infeasibleOrUnbounded()
    case .stopped(let clock):
      var solution = Solution(status: .noSolutionFound)
      if !relaxing && hasPrimalSolution {
        solution = Solution(
          status: .feasible, objective: info("objective_function_value"), values: read().values)
      }
      solution.stopped(byClock: clock, options)
      return solution
    case .failed(let status): throw SolverError.highsFailed(routine: "Highs_run", code: Int(status))
    }
  }

  // MARK: MIP

  private func solveMIP() throws -> Solution {
    let start = model.verifiedStart(options.start)
    var rootBound: Double?
    if let start {
      // As with GLPK and CBC, a start comes with the root LP's optimum (`Solution.rootBound`).
      try pass(relaxed: true)
      let root = try readLP(try run(iterationLimit: options.iterationLimit), relaxing: true)
      switch root.status {
      case .optimal: rootBound = root.objective
      case .infeasible, .unbounded: return Solution(status: root.status)
      default:
        var solution = model.withStart(Solution(status: .noSolutionFound), start, bound: nil)
        solution.stopped(byClock: root.stoppedByTimeLimit, options)
        return solution
      }
      try restoreIntegrality()
      // Only column values: HiGHS completes and checks the rest.
      _ = start.withUnsafeBufferPointer { Highs_setSolution(highs, $0.baseAddress, nil, nil, nil) }
    } else {
      try pass(relaxed: false)
    }
    let outcome = try run(iterationLimit: nil)
    var solution: Solution
    switch outcome {
    case .infeasible: return Solution(status: .infeasible)
    case .unbounded: return Solution(status: .unbounded)
    case .infeasibleOrUnbounded: return try infeasibleOrUnbounded()
    case .failed(let status): throw SolverError.highsFailed(routine: "Highs_run", code: Int(status))
    case .optimal, .stopped: solution = readMIP(optimal: outcome == .optimal)
    }
    solution = model.withStart(solution, start, bound: solution.bound)
    solution.stopped(
      byClock: solution.status != .optimal && outcome == .stopped(clock: true), options)
    solution.rootBound = rootBound
    return solution
  }

  /// The incumbent (integers rounded, the objective recomputed from them) with its bound.
  private func readMIP(optimal: Bool) -> Solution {
    let bound = info("mip_dual_bound")
    guard hasPrimalSolution else { return Solution(status: .noSolutionFound, bound: bound) }
    var values = read().values
    for (j, v) in model.variables.enumerated() where v.kind != .continuous {
      values[j] = values[j].rounded()
    }
    let objective = model.objective.value(values)
    if optimal && options.relativeGap == 0 {
      return Solution(status: .optimal, objective: objective, bound: objective, values: values)
    }
    var b = bound
    if let value = b, model.isBetter(objective, than: value) { b = objective }
    return Solution(
      status: optimal ? .optimal : .feasible, objective: objective, bound: b, values: values)
  }
}

/// What the HiGHS callback needs: the progress sink, whether to log, and the last report.
private final class CallbackContext {
  let progress: (@Sendable (SolverProgress) -> Void)?
  let verbose: Bool
  let began: ContinuousClock.Instant
  private var throttle: ProgressThrottle

  init(
    progress: (@Sendable (SolverProgress) -> Void)?, verbose: Bool,
    began: ContinuousClock.Instant
  ) {
    self.progress = progress
    self.verbose = verbose
    self.began = began
    throttle = ProgressThrottle(progress, interval: Tuning.progressInterval, began: began)
  }

  /// Calls `progress` at most once a second, and at once when the incumbent changed.
  func report(incumbent: Double?, bound: Double?) {
    throttle.report(incumbent: incumbent, bound: bound)
  }

}

/// HiGHS's callback (`Highs_setCallback`), with the `CallbackContext` as `context`.
///
/// Log lines go to standard error; the MIP search's incumbent and bound (objective offset
/// included) go to `progress`.
private func highsCallback(
  _ type: Int32, _ message: UnsafePointer<CChar>?, _ out: UnsafePointer<HighsCallbackDataOut>?,
  _ in: UnsafeMutablePointer<HighsCallbackDataIn>?, _ context: UnsafeMutableRawPointer?
) {
  guard let context else { return }
  let callbacks = Unmanaged<CallbackContext>.fromOpaque(context).takeUnretainedValue()
  switch type {
  case kHighsCallbackLogging:
    if callbacks.verbose, let message { _ = write(2, message, strlen(message)) }
  case kHighsCallbackMipImprovingSolution, kHighsCallbackMipInterrupt:
    guard let data = out?.pointee else { return }
    let finite = { (x: Double) in abs(x) < SolverTuning.noValue ? x : nil }
    callbacks.report(incumbent: finite(data.mip_primal_bound), bound: finite(data.mip_dual_bound))
  default:
    break
  }
}

/// The HiGHS rows of the solver layer's tuning table.
private typealias Tuning = SolverTuning.HiGHS
