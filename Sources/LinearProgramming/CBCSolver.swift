import CCBC
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Solves `Model`s with COIN-OR CBC 2.10 (`Cbc_solve`, branch-and-cut) for MIPs and with Clp,
/// CBC's own simplex solver (`Clp_initialSolveWithOptions`), for LPs and for a MIP's root LP.
///
/// Clp answers LPs because CBC's C interface has no row duals and reports an unbounded LP as
/// infeasible. Each call builds, solves, reads and frees its own C model; calls are serialised
/// process-wide, since `CbcMain1` behind `Cbc_solve` is not thread-safe. Nothing is printed
/// unless `verbose`, and then only to standard error.
public struct CBCSolver: Solver, Sendable {
  public init() {}

  /// Solves `model`; throws `ModelError` or `SolverError` before any C call on bad input.
  ///
  /// The time limit counts from when this call gets the (process-wide) CBC lock.
  public func solve(_ model: Model, options: SolverOptions = SolverOptions()) throws -> Solution {
    try model.solved(options) { _ in
      let arrays = try ColumnMajorArrays(model)
      return try cbcLock.withLock { _ in
        let run = CBCRun(
          model: model, arrays: arrays, options: options, began: ContinuousClock.now)
        return try OutputRedirection.toStandardError(when: options.verbose) {
          model.isMIP ? try run.solveMIP() : try run.solveLP(relaxing: false)
        }
      }
    }
  }
}

/// Held while any C model of CBC or Clp exists.
private let cbcLock = Mutex(())

/// One solve of one model: the CBC and Clp calls in order and the reading of their results.
private struct CBCRun {
  let model: Model
  let arrays: ColumnMajorArrays
  let options: SolverOptions
  let began: ContinuousClock.Instant

  private var logLevel: Int32 { options.verbose ? 1 : 0 }
  private var sense: Double { model.sense == .maximize ? -1 : 1 }

  /// What is left of the time limit, at least a millisecond; `nil` without a limit.
  private var remainingSeconds: Double? {
    options.timeLimit.map {
      max(Tuning.shortestLimit, $0 - (ContinuousClock.now - began).inSeconds)
    }
  }

  // MARK: LP (Clp)

  /// Solves the model, or with `relaxing` its LP relaxation, with Clp.
  func solveLP(relaxing: Bool) throws -> Solution {
    guard let clp = Clp_newModel() else {
      throw SolverError.cbcFailed(routine: "Clp_newModel", code: -1)
    }
    defer { Clp_deleteModel(clp) }
    arrays.load { Clp_loadProblem(clp, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) }
    Clp_setOptimizationDirection(clp, sense)
    Clp_setLogLevel(clp, logLevel)
    if let seconds = remainingSeconds { Clp_setMaximumSeconds(clp, seconds) }
    if let iterations = options.iterationLimit {
      Clp_setMaximumIterations(clp, Int32(clamping: iterations))
    }
    let n = arrays.columns
    switch try simplex(clp) {
    case .optimal:
      let objective = Clp_objectiveValue(clp) + model.objective.constant
      return Solution(
        status: .optimal, objective: objective, bound: objective,
        values: Self.copy(Clp_getColSolution(clp), n),
        duals: Self.copy(Clp_getRowPrice(clp), arrays.rows),
        reducedCosts: Self.copy(Clp_getReducedCost(clp), n))
    case .infeasible:
      return Solution(status: .infeasible)
    case .dualInfeasible:
      // Dual infeasible: unbounded if some point is feasible, else infeasible.
      Clp_chgObjCoefficients(clp, [Double](repeating: 0, count: n))
      return try simplex(clp) == .infeasible
        ? Solution(status: .infeasible) : Solution(status: .unbounded)
    case .stopped:
      let iterations = Int(Clp_getIterationCount(clp))
      let hitIterations = options.iterationLimit.map { iterations >= $0 } ?? false
      var solution = Solution(status: .noSolutionFound)
      if !relaxing && Clp_primalFeasible(clp) != 0 {
        solution = Solution(
          status: .feasible, objective: Clp_objectiveValue(clp) + model.objective.constant,
          values: Self.copy(Clp_getColSolution(clp), n))
      }
      solution.stopped(byClock: !hitIterations && options.timeLimit != nil, options)
      return solution
    }
  }

  /// Runs `Clp_initialSolveWithOptions` with presolve as `options.presolve` says; throws on a
  /// status other than an answer or a limit (stopped on errors, or by an event).
  private func simplex(_ clp: UnsafeMutableRawPointer) throws -> ClpStatus {
    let settings = ClpSolve_new()
    defer { ClpSolve_delete(settings) }
    // ClpSolve::PresolveType: 0 presolveOn, 1 presolveOff.
    ClpSolve_setPresolveType(settings, options.presolve ? 0 : 1, -1)
    _ = Clp_initialSolveWithOptions(clp, settings)
    let code = Clp_status(clp)
    guard let status = ClpStatus(rawValue: code) else {
      throw SolverError.cbcFailed(routine: "Clp_initialSolveWithOptions", code: Int(code))
    }
    return status
  }

  // MARK: MIP (CBC)

  func solveMIP() throws -> Solution {
    let start = model.verifiedStart(options.start)
    var rootBound: Double?
    if start != nil {
      // As with GLPK, a start comes with the root LP's optimum (`Solution.rootBound`).
      let root = try solveLP(relaxing: true)
      switch root.status {
      case .optimal: rootBound = root.objective
      case .infeasible, .unbounded: return Solution(status: root.status)
      default:
        var solution = model.withStart(Solution(status: .noSolutionFound), start, bound: nil)
        solution.stopped(byClock: root.stoppedByTimeLimit, options)
        return solution
      }
    }
    // Branch-and-cut runs in a child process: a crash of CBC ends the child only. A second
    // try runs without CBC's preprocessing, where the crashes seen were.
    var run = branchAndCut(start: start, preprocess: true)
    if run == nil, (remainingSeconds ?? .infinity) >= Tuning.shortestRetry {
      run = branchAndCut(start: start, preprocess: false)
    }
    guard let run else {
      var solution = model.withStart(Solution(status: .noSolutionFound), start, bound: nil)
      solution.stopped(byClock: true, options)  // where the crash came depends on the clock
      solution.rootBound = rootBound
      return solution
    }
    if run.abandoned { throw SolverError.cbcFailed(routine: "Cbc_solve", code: -1) }
    if run.unbounded { return Solution(status: .unbounded) }
    if run.infeasible { return Solution(status: .infeasible) }
    var solution = model.withStart(read(run), start, bound: finite(run.bound))
    solution.stopped(byClock: solution.status != .optimal && run.secondsLimitReached, options)
    solution.rootBound = rootBound
    return solution
  }

  /// What `Cbc_solve` left, as the child process sends it back.
  private struct BranchAndCut {
    var abandoned, unbounded, infeasible, optimal, secondsLimitReached, hasSolution: Bool
    var objective, bound: Double
    var values: [Double]

    /// Where each fact sits in the shared buffer; the column values follow `header`.
    private enum Slot: Int {
      case abandoned, unbounded, infeasible, optimal, secondsLimitReached, hasSolution
      case objective, bound
    }

    static let header = 8

    /// Reads CBC's state after `Cbc_solve` into `out`; runs in the child, so calls C only.
    static func send(
      _ cbc: UnsafeMutableRawPointer, columns: Int, to out: UnsafeMutableBufferPointer<Double>
    ) {
      func put(_ slot: Slot, _ flag: Int32) { out[slot.rawValue] = flag != 0 ? 1 : 0 }
      put(.abandoned, Cbc_isAbandoned(cbc))
      put(.unbounded, Cbc_isContinuousUnbounded(cbc))
      put(.infeasible, Cbc_isProvenInfeasible(cbc))
      put(.optimal, Cbc_isProvenOptimal(cbc))
      put(.secondsLimitReached, Cbc_isSecondsLimitReached(cbc))
      let value = Cbc_getObjValue(cbc)
      put(.hasSolution, abs(value) < SolverTuning.noValue && Cbc_bestSolution(cbc) != nil ? 1 : 0)
      out[Slot.objective.rawValue] = value
      out[Slot.bound.rawValue] = Cbc_getBestPossibleObjValue(cbc)
      if let solution = Cbc_getColSolution(cbc) {
        for j in 0..<columns { out[header + j] = solution[j] }
      }
    }

    init(_ output: [Double]) {
      func flag(_ slot: Slot) -> Bool { output[slot.rawValue] != 0 }
      abandoned = flag(.abandoned)
      unbounded = flag(.unbounded)
      infeasible = flag(.infeasible)
      optimal = flag(.optimal)
      secondsLimitReached = flag(.secondsLimitReached)
      hasSolution = flag(.hasSolution)
      objective = output[Slot.objective.rawValue]
      bound = output[Slot.bound.rawValue]
      values = Array(output[Self.header...])
    }
  }

  /// Runs `Cbc_solve` in a child process (`ChildProcess`); `nil` when the child crashed.
  private func branchAndCut(start: [Double]?, preprocess: Bool) -> BranchAndCut? {
    let n = arrays.columns
    let integers = model.variables.indices.filter { model.variables[$0].kind != .continuous }
      .map { Int32($0) }
    let startIndices = (0..<Int32(start?.count ?? 0)).map { $0 }
    let startValues = start ?? []
    // C strings made before the fork: the child only calls C.
    let settings = parameters(preprocess: preprocess).map { (strdup($0.0), strdup($0.1)) }
    defer {
      for (name, value) in settings {
        free(name)
        free(value)
      }
    }
    let seconds = remainingSeconds
    let nodes = options.nodeLimit.map { Int32(clamping: $0) }
    let gap = options.relativeGap
    let logLevel = self.logLevel
    let sense = self.sense
    var output = [Double](repeating: 0, count: BranchAndCut.header + n)
    // The child's own time limit ends it first; the deadline is for a child that hangs.
    let deadline = (seconds ?? Tuning.hangWithoutLimit) * Tuning.hangFactor + Tuning.hangGrace
    var outcome = ChildProcess.Outcome.crashed
    arrays.load { columns, rows, starts, indices, values, cl, cu, obj, rl, ru in
      integers.withUnsafeBufferPointer { integer in
        startIndices.withUnsafeBufferPointer { si in
          startValues.withUnsafeBufferPointer { sv in
            outcome = ChildProcess.run(output: &output, deadline: deadline) { out in
              guard let cbc = Cbc_newModel() else { return }
              Cbc_loadProblem(cbc, columns, rows, starts, indices, values, cl, cu, obj, rl, ru)
              Cbc_setObjSense(cbc, sense)
              for j in integer { Cbc_setInteger(cbc, j) }
              Cbc_setLogLevel(cbc, logLevel)
              if let seconds { Cbc_setMaximumSeconds(cbc, seconds) }
              if let nodes { Cbc_setMaximumNodes(cbc, nodes) }
              Cbc_setAllowableFractionGap(cbc, gap)
              for (name, value) in settings { Cbc_setParameter(cbc, name, value) }
              if si.count > 0 {
                Cbc_setMIPStartI(cbc, Int32(si.count), si.baseAddress, sv.baseAddress)
              }
              Cbc_solve(cbc)
              BranchAndCut.send(cbc, columns: Int(columns), to: out)
            }
          }
        }
      }
    }
    return outcome == .finished ? BranchAndCut(output) : nil
  }

  /// The switches given to `Cbc_setParameter`: the serial code (no worker thread), and what
  /// `options` turns off.
  private func parameters(preprocess: Bool) -> [(String, String)] {
    var settings = [("threads", "0")]
    if !options.presolve || !preprocess { settings.append(("preprocess", "off")) }
    if !options.presolve { settings.append(("presolve", "off")) }
    if !options.cuts { settings.append(("cuts", "off")) }
    if !options.feasibilityPump { settings.append(("feasibilityPump", "off")) }
    return settings
  }

  /// A bound CBC reports, plus the constant; `nil` when it has none.
  private func finite(_ bound: Double) -> Double? {
    abs(bound) < SolverTuning.noValue ? bound + model.objective.constant : nil
  }

  /// The incumbent (integers rounded) with its objective and bound.
  private func read(_ run: BranchAndCut) -> Solution {
    let bound = finite(run.bound)
    guard run.hasSolution else { return Solution(status: .noSolutionFound, bound: bound) }
    var values = run.values
    for (j, v) in model.variables.enumerated() where v.kind != .continuous {
      values[j] = values[j].rounded()
    }
    let objective = model.objective.value(values)
    if run.optimal && options.relativeGap == 0 {
      return Solution(status: .optimal, objective: objective, bound: objective, values: values)
    }
    var b = bound
    if let value = b, model.isBetter(objective, than: value) { b = objective }
    return Solution(
      status: run.optimal ? .optimal : .feasible, objective: objective, bound: b,
      values: values)
  }

  private static func copy(_ pointer: UnsafePointer<Double>?, _ count: Int) -> [Double] {
    guard let pointer else { return Array(repeating: 0, count: count) }
    return Array(UnsafeBufferPointer(start: pointer, count: count))
  }
}

/// CBC and Clp print their log with `printf` to standard output; with `verbose` it is sent
/// to standard error by pointing file descriptor 1 at descriptor 2 for the solve.
private enum OutputRedirection {
  static func toStandardError<T>(when verbose: Bool, _ body: () throws -> T) rethrows -> T {
    guard verbose else { return try body() }
    fflush(nil)
    let saved = dup(1)
    guard saved >= 0, dup2(2, 1) >= 0 else {
      if saved >= 0 { close(saved) }
      return try body()
    }
    defer {
      fflush(nil)
      dup2(saved, 1)
      close(saved)
    }
    return try body()
  }
}

/// The CBC rows of the solver layer's tuning table.
private typealias Tuning = SolverTuning.CBC

/// How a Clp simplex ended: `Clp_status`'s codes, read in this one place.
private enum ClpStatus: Int32 {
  case optimal = 0
  case infeasible = 1
  /// Dual infeasible: unbounded, or infeasible too.
  case dualInfeasible = 2
  /// Stopped by a limit (time or iterations).
  case stopped = 3
}
