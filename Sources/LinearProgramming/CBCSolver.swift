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
    let status = simplex(clp)
    let n = arrays.columns
    switch status {
    case 0:
      let objective = Clp_objectiveValue(clp) + model.objective.constant
      return Solution(
        status: .optimal, objective: objective, bound: objective,
        values: Self.copy(Clp_getColSolution(clp), n),
        duals: Self.copy(Clp_getRowPrice(clp), arrays.rows),
        reducedCosts: Self.copy(Clp_getReducedCost(clp), n))
    case 1:
      return Solution(status: .infeasible)
    case 2:
      // Dual infeasible: unbounded if some point is feasible, else infeasible.
      Clp_chgObjCoefficients(clp, [Double](repeating: 0, count: n))
      return simplex(clp) == 1 ? Solution(status: .infeasible) : Solution(status: .unbounded)
    case 3:
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
    default:
      throw SolverError.cbcFailed(routine: "Clp_initialSolveWithOptions", code: Int(status))
    }
  }

  /// Runs `Clp_initialSolveWithOptions` with presolve as `options.presolve` says; returns
  /// `Clp_status` (0 optimal, 1 infeasible, 2 dual infeasible, 3 stopped by a limit).
  private func simplex(_ clp: UnsafeMutableRawPointer) -> Int32 {
    let settings = ClpSolve_new()
    defer { ClpSolve_delete(settings) }
    // ClpSolve::PresolveType: 0 presolveOn, 1 presolveOff.
    ClpSolve_setPresolveType(settings, options.presolve ? 0 : 1, -1)
    _ = Clp_initialSolveWithOptions(clp, settings)
    return Clp_status(clp)
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

    static let header = 8

    init(_ output: [Double]) {
      abandoned = output[0] != 0
      unbounded = output[1] != 0
      infeasible = output[2] != 0
      optimal = output[3] != 0
      secondsLimitReached = output[4] != 0
      hasSolution = output[5] != 0
      objective = output[6]
      bound = output[7]
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
              out[0] = Cbc_isAbandoned(cbc) != 0 ? 1 : 0
              out[1] = Cbc_isContinuousUnbounded(cbc) != 0 ? 1 : 0
              out[2] = Cbc_isProvenInfeasible(cbc) != 0 ? 1 : 0
              out[3] = Cbc_isProvenOptimal(cbc) != 0 ? 1 : 0
              out[4] = Cbc_isSecondsLimitReached(cbc) != 0 ? 1 : 0
              let value = Cbc_getObjValue(cbc)
              out[5] = abs(value) < SolverTuning.noValue && Cbc_bestSolution(cbc) != nil ? 1 : 0
              out[6] = value
              out[7] = Cbc_getBestPossibleObjValue(cbc)
              if let solution = Cbc_getColSolution(cbc) {
                for j in 0..<Int(columns) { out[BranchAndCut.header + j] = solution[j] }
              }
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
