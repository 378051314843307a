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
    let began = ContinuousClock.now
    var solution: Solution
    if let answer = try model.checkedForSolver(options) {
      solution = answer
    } else {
      let arrays = try ColumnMajorArrays(model)
      solution = try cbcLock.withLock { _ in
        let run = CBCRun(
          model: model, arrays: arrays, options: options, began: ContinuousClock.now)
        return try OutputRedirection.toStandardError(when: options.verbose) {
          model.isMIP ? try run.solveMIP() : try run.solveLP(relaxing: false)
        }
      }
    }
    solution.seconds = (ContinuousClock.now - began).inSeconds
    return solution
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
    options.timeLimit.map { max(0.001, $0 - (ContinuousClock.now - began).inSeconds) }
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
      solution.stoppedByTimeLimit = !hitIterations && options.timeLimit != nil
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
        solution.stoppedByTimeLimit = root.stoppedByTimeLimit
        return solution
      }
    }
    guard let cbc = Cbc_newModel() else {
      throw SolverError.cbcFailed(routine: "Cbc_newModel", code: -1)
    }
    defer { Cbc_deleteModel(cbc) }
    arrays.load { Cbc_loadProblem(cbc, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) }
    Cbc_setObjSense(cbc, sense)
    for (j, v) in model.variables.enumerated() where v.kind != .continuous {
      Cbc_setInteger(cbc, Int32(j))
    }
    configure(cbc)
    if let start {
      let indices = (0..<Int32(start.count)).map { $0 }
      Cbc_setMIPStartI(cbc, Int32(start.count), indices, start)
    }
    let rc = Cbc_solve(cbc)
    if Cbc_isAbandoned(cbc) != 0 {
      throw SolverError.cbcFailed(routine: "Cbc_solve", code: Int(rc))
    }
    if Cbc_isContinuousUnbounded(cbc) != 0 { return Solution(status: .unbounded) }
    if Cbc_isProvenInfeasible(cbc) != 0 { return Solution(status: .infeasible) }
    var solution = model.withStart(readMIP(cbc), start, bound: finiteBound(cbc))
    solution.stoppedByTimeLimit =
      solution.status != .optimal && Cbc_isSecondsLimitReached(cbc) != 0
    solution.rootBound = rootBound
    return solution
  }

  /// Log level, the serial code (no worker thread), limits, gap and the switches `Cbc_setParameter` takes.
  private func configure(_ cbc: UnsafeMutableRawPointer) {
    Cbc_setLogLevel(cbc, logLevel)
    Cbc_setParameter(cbc, "threads", "0")  // the serial code: no worker thread
    if let seconds = remainingSeconds { Cbc_setMaximumSeconds(cbc, seconds) }
    if let nodes = options.nodeLimit { Cbc_setMaximumNodes(cbc, Int32(clamping: nodes)) }
    Cbc_setAllowableFractionGap(cbc, options.relativeGap)
    if !options.presolve {
      Cbc_setParameter(cbc, "preprocess", "off")
      Cbc_setParameter(cbc, "presolve", "off")
    }
    if !options.cuts { Cbc_setParameter(cbc, "cuts", "off") }
    if !options.feasibilityPump { Cbc_setParameter(cbc, "feasibilityPump", "off") }
  }

  /// `Cbc_getBestPossibleObjValue` plus the constant, `nil` when CBC has none.
  private func finiteBound(_ cbc: UnsafeMutableRawPointer) -> Double? {
    let b = Cbc_getBestPossibleObjValue(cbc)
    return abs(b) < 1e300 ? b + model.objective.constant : nil
  }

  /// The incumbent of `Cbc_getColSolution` (integers rounded) with its objective and bound.
  private func readMIP(_ cbc: UnsafeMutableRawPointer) -> Solution {
    let bound = finiteBound(cbc)
    guard abs(Cbc_getObjValue(cbc)) < 1e300, Cbc_bestSolution(cbc) != nil else {
      return Solution(status: .noSolutionFound, bound: bound)
    }
    var values = Self.copy(Cbc_getColSolution(cbc), arrays.columns)
    for (j, v) in model.variables.enumerated() where v.kind != .continuous {
      values[j] = values[j].rounded()
    }
    let objective = model.objective.value(values)
    let optimal = Cbc_isProvenOptimal(cbc) != 0
    if optimal && options.relativeGap == 0 {
      return Solution(status: .optimal, objective: objective, bound: objective, values: values)
    }
    var b = bound
    if let value = b, model.isBetter(objective, than: value) { b = objective }
    return Solution(
      status: optimal ? .optimal : .feasible, objective: objective, bound: b, values: values)
  }

  private static func copy(_ pointer: UnsafePointer<Double>?, _ count: Int) -> [Double] {
    guard let pointer else { return Array(repeating: 0, count: count) }
    return Array(UnsafeBufferPointer(start: pointer, count: count))
  }
}

/// The model as the 0-based column-major arrays `Cbc_loadProblem` and `Clp_loadProblem` take.
///
/// The only place where they are made. Infinite bounds become `±COIN_DBL_MAX`.
private struct ColumnMajorArrays: Sendable {
  let columns: Int
  let rows: Int
  var starts: [Int32]
  var indices: [Int32]
  var values: [Double]
  var columnLower: [Double]
  var columnUpper: [Double]
  var objective: [Double]
  var rowLower: [Double]
  var rowUpper: [Double]

  init(_ model: Model) throws {
    columns = model.variables.count
    rows = model.constraints.count
    let count = model.nonZeros
    guard count < Int(Int32.max), rows < Int(Int32.max), columns < Int(Int32.max) else {
      throw SolverError.tooLarge("\(rows) rows, \(columns) columns, \(count) non-zeros")
    }
    var perColumn = [Int](repeating: 0, count: columns)
    for c in model.constraints { for v in c.expression.variables { perColumn[v.index] += 1 } }
    starts = [Int32](repeating: 0, count: columns + 1)
    for j in 0..<columns { starts[j + 1] = starts[j] + Int32(perColumn[j]) }
    var next = starts.dropLast().map { Int($0) }
    indices = [Int32](repeating: 0, count: count)
    values = [Double](repeating: 0, count: count)
    for (i, c) in model.constraints.enumerated() {
      for (v, a) in zip(c.expression.variables, c.expression.coefficients) {
        indices[next[v.index]] = Int32(i)
        values[next[v.index]] = a
        next[v.index] += 1
      }
    }
    let bounds = (0..<columns).map { model.solverBounds(of: $0) }
    columnLower = bounds.map { Self.finite($0.lower) }
    columnUpper = bounds.map { Self.finite($0.upper) }
    objective = [Double](repeating: 0, count: columns)
    for (v, c) in zip(model.objective.variables, model.objective.coefficients) {
      objective[v.index] += c
    }
    rowLower = model.constraints.map { Self.finite($0.lower) }
    rowUpper = model.constraints.map { Self.finite($0.upper) }
  }

  private static func finite(_ x: Double) -> Double {
    x.isFinite ? x : (x > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude)
  }

  /// Calls `body` with the arguments of `Cbc_loadProblem` / `Clp_loadProblem`, model excluded.
  func load(
    _ body: (
      Int32, Int32, UnsafePointer<Int32>?, UnsafePointer<Int32>?, UnsafePointer<Double>?,
      UnsafePointer<Double>?, UnsafePointer<Double>?, UnsafePointer<Double>?,
      UnsafePointer<Double>?, UnsafePointer<Double>?
    ) -> Void
  ) {
    starts.withUnsafeBufferPointer { s in
      indices.withUnsafeBufferPointer { i in
        values.withUnsafeBufferPointer { v in
          columnLower.withUnsafeBufferPointer { cl in
            columnUpper.withUnsafeBufferPointer { cu in
              objective.withUnsafeBufferPointer { o in
                rowLower.withUnsafeBufferPointer { rl in
                  rowUpper.withUnsafeBufferPointer { ru in
                    body(
                      Int32(columns), Int32(rows), s.baseAddress, i.baseAddress, v.baseAddress,
                      cl.baseAddress, cu.baseAddress, o.baseAddress, rl.baseAddress,
                      ru.baseAddress)
                  }
                }
              }
            }
          }
        }
      }
    }
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
