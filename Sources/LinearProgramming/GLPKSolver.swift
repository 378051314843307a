import CGLPK

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Solves `Model`s with GLPK 5: the simplex method for LPs, branch-and-cut for MIPs.
///
/// Each call builds, solves, reads and frees its own GLPK problem synchronously on the calling
/// thread (GLPK keeps per-thread state), so one value may be used from any thread. GLPK's
/// terminal output is captured: dropped, or copied to standard error when `verbose` is set.
public struct GLPKSolver: Solver, Sendable {
  /// GLPK's own setting, apart from the options every backend understands (as MathOpt keeps
  /// per-solver parameters apart): how branch-and-cut picks the column to branch on.
  public var branching: Branching

  public init(branching: Branching = .pseudocost) { self.branching = branching }

  /// Solves `model`; throws `ModelError` or `SolverError` before any C call on bad input.
  public func solve(_ model: Model, options: SolverOptions = SolverOptions()) throws -> Solution {
    try model.solved(options) { began in
      let terminal = TerminalSink(verbose: options.verbose)
      return try terminal.capturing {
        let problem = try GLPKProblem(model, forExport: false)
        let run = GLPKRun(
          model: model, problem: problem, options: options, branching: branching,
          terminal: terminal, began: began,
          loadSeconds: Self.seconds(since: began))
        return model.isMIP ? try run.solveMIP() : try run.solveLP()
      }
    }
  }

  static func seconds(since instant: ContinuousClock.Instant) -> Double {
    (ContinuousClock.now - instant).inSeconds
  }

  /// Builds `model` in GLPK (with names when asked), frees it and returns the build seconds.
  ///
  /// Backs `loadForBenchmark(_:names:)`.
  static func timeLoad(_ model: Model, names: Bool) throws -> Double {
    try model.checkForSolver()
    let began = ContinuousClock.now
    let terminal = TerminalSink(verbose: false)
    return try terminal.capturing {
      let problem = try GLPKProblem(model, forExport: names)
      return withExtendedLifetime(problem) { seconds(since: began) }
    }
  }

  /// Writes `model` as CPLEX LP (`lp == true`) or free MPS with GLPK's writers.
  static func write(_ model: Model, to path: String, lp: Bool) throws {
    try model.checkForSolver()
    try checkUniqueNames(model, path: path)
    let terminal = TerminalSink(verbose: false)
    try terminal.capturing {
      let problem = try GLPKProblem(model, forExport: true)
      // The LP writer prints the constant as a comment only; MPS readers disagree on its
      // sign, so it stays out of MPS files.
      if lp { glp_set_obj_coef(problem.pointer, 0, model.objective.constant) }
      let rc = path.withCString { file in
        lp
          ? glp_write_lp(problem.pointer, nil, file)
          : glp_write_mps(problem.pointer, GLP_MPS_FILE, nil, file)
      }
      guard rc == 0 else {
        throw SolverError.exportFailed(path: path, message: terminal.lastLines)
      }
    }
  }

  private static func checkUniqueNames(_ model: Model, path: String) throws {
    for names in [model.variables.map(\.name), model.constraintNames] {
      var seen = Set<String>()
      for name in names where !seen.insert(name).inserted {
        throw SolverError.duplicateName(path: path, name: name)
      }
    }
  }
}

/// One solve of one model: the GLPK calls in order and the reading of their results.
private struct GLPKRun {
  let model: Model
  let problem: GLPKProblem
  let options: SolverOptions
  let branching: Branching
  let terminal: TerminalSink
  let began: ContinuousClock.Instant
  /// Seconds spent checking and loading the model into GLPK; held back from each `tm_lim`,
  /// since `glp_simplex` spends about as long setting up and storing its solution outside
  /// its time check, which on a large model is seconds.
  let loadSeconds: Double

  private var messageLevel: Int32 { options.verbose ? GLP_MSG_ON : GLP_MSG_ERR }

  /// What is left of the time limit less `loadSeconds`, in GLPK's milliseconds (at least 1).
  private var remainingMilliseconds: Int32 {
    guard let limit = options.timeLimit else { return Int32.max }
    let left = (limit - GLPKSolver.seconds(since: began) - loadSeconds) * 1000
    return Int32(max(1, min(Double(Int32.max), left.rounded(.up))))
  }

  // MARK: LP

  func solveLP() throws -> Solution {
    let run = try simplex(presolve: options.presolve)
    var solution = readLP(run.status)
    solution.stopped(byClock: run.hitTimeLimit, options)
    return solution
  }

  private func readLP(_ status: GLPKStatus) -> Solution {
    switch status {
    case .optimal:
      let objective = glp_get_obj_val(problem.pointer) + model.objective.constant
      return Solution(
        status: .optimal, objective: objective, bound: objective,
        values: problem.columnValues(glp_get_col_prim),
        duals: problem.rowValues(glp_get_row_dual),
        reducedCosts: problem.columnValues(glp_get_col_dual))
    case .feasible:
      let objective = glp_get_obj_val(problem.pointer) + model.objective.constant
      return Solution(
        status: .feasible, objective: objective,
        values: problem.columnValues(glp_get_col_prim))
    case .infeasible: return Solution(status: .infeasible)
    case .unbounded: return Solution(status: .unbounded)
    case .undefined: return Solution(status: .noSolutionFound)
    }
  }

  /// Runs `glp_simplex` and returns the basic solution's status and whether `tm_lim` stopped
  /// it.
  ///
  /// When the presolver gives up (GLP_ENOPFS / GLP_ENODFS, which do not tell infeasible from
  /// unbounded) it runs again without presolve from the standard basis so that the status is
  /// exact.
  private func simplex(presolve wanted: Bool) throws -> (status: GLPKStatus, hitTimeLimit: Bool) {
    let presolve = wanted && (options.timeLimit == nil || problem.nonZeros <= Tuning.presolveLimit)
    var parm = glp_smcp()
    glp_init_smcp(&parm)
    parm.msg_lev = messageLevel
    parm.presolve = presolve ? GLP_ON : GLP_OFF
    parm.tm_lim = remainingMilliseconds
    parm.it_lim = options.iterationLimit.map { Int32(clamping: $0) } ?? Int32.max
    var end = GLPKReturn(glp_simplex(problem.pointer, &parm))
    if presolve && (end == .noPrimalFeasible || end == .noDualFeasible) {
      glp_std_basis(problem.pointer)
      parm.presolve = GLP_OFF
      parm.tm_lim = remainingMilliseconds
      end = GLPKReturn(glp_simplex(problem.pointer, &parm))
    }
    switch end {
    case .done, .timeLimit, .iterationLimit:
      return (GLPKStatus(glp_get_status(problem.pointer)), end == .timeLimit)
    default:
      throw SolverError.glpkFailed(
        routine: "glp_simplex", code: end.code, message: terminal.lastLines)
    }
  }

  // MARK: MIP

  func solveMIP() throws -> Solution {
    let start = model.verifiedStart(options.start)
    // A start is offered through GLP_IHEUR, which needs the MIP presolver off; without the
    // presolver glp_intopt needs an optimal basis first (else GLP_EROOT).
    let presolve = options.presolve && start == nil
    var rootBound: Double?
    if !presolve {
      let root = try simplex(presolve: options.presolve)
      switch root.status {
      case .optimal: rootBound = glp_get_obj_val(problem.pointer) + model.objective.constant
      case .infeasible: return Solution(status: .infeasible)
      case .unbounded: return Solution(status: .unbounded)
      case .feasible, .undefined:
        var solution = model.withStart(Solution(status: .noSolutionFound), start, bound: nil)
        solution.stopped(byClock: root.hitTimeLimit, options)
        return solution
      }
    }
    let search = SearchContext(
      start: start.map { [0] + $0 }, nodeLimit: options.nodeLimit, progress: options.progress,
      began: began, deadline: options.timeLimit.map { began + .seconds($0) },
      constant: model.objective.constant, maximize: model.sense == .maximize)
    var parm = glp_iocp()
    glp_init_iocp(&parm)
    parm.msg_lev = messageLevel
    parm.presolve = presolve ? GLP_ON : GLP_OFF
    parm.mip_gap = options.relativeGap
    let cuts = options.cuts ? GLP_ON : GLP_OFF
    (parm.gmi_cuts, parm.mir_cuts, parm.cov_cuts, parm.clq_cuts) = (cuts, cuts, cuts, cuts)
    parm.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
    switch branching {
    case .pseudocost:
      let affordable = options.timeLimit == nil || problem.nonZeros <= Tuning.pseudocostLimit
      parm.br_tech = affordable ? GLP_BR_PCH : GLP_BR_DTH
    case .driebeckTomlin: parm.br_tech = GLP_BR_DTH
    case .firstFractional: parm.br_tech = GLP_BR_FFV
    }
    parm.cb_func = searchCallback
    parm.cb_info = Unmanaged.passUnretained(search).toOpaque()
    parm.tm_lim = remainingMilliseconds
    let end = GLPKReturn(withExtendedLifetime(search) { glp_intopt(problem.pointer, &parm) })
    switch end {
    case .done, .timeLimit, .stopped, .gapReached:
      var solution = model.withStart(
        readMIP(stoppedByGap: end == .gapReached, search: search), start,
        bound: search.bound)
      solution.stopped(
        byClock: solution.status != .optimal && (end == .timeLimit || search.passedDeadline),
        options)
      solution.rootBound = rootBound
      return solution
    case .noPrimalFeasible:
      return Solution(status: .infeasible)
    case .noDualFeasible:
      // The presolver found the relaxation dual infeasible: unbounded or primal infeasible.
      glp_std_basis(problem.pointer)
      return try simplex(presolve: false).status == .infeasible
        ? Solution(status: .infeasible) : Solution(status: .unbounded)
    case .iterationLimit, .failed:
      throw SolverError.glpkFailed(
        routine: "glp_intopt", code: end.code, message: terminal.lastLines)
    }
  }

  private func readMIP(stoppedByGap: Bool, search: SearchContext) -> Solution {
    let status = GLPKStatus(glp_mip_status(problem.pointer))
    guard status.hasSolution else {
      return Solution(
        status: status == .infeasible ? .infeasible : .noSolutionFound, bound: search.bound)
    }
    let objective = glp_mip_obj_val(problem.pointer) + model.objective.constant
    let values = problem.columnValues(glp_mip_col_val)
    if status == .optimal {
      return Solution(status: .optimal, objective: objective, bound: objective, values: values)
    }
    var bound = search.bound
    if let b = bound, model.isBetter(objective, than: b) { bound = objective }
    return Solution(
      status: stoppedByGap ? .optimal : .feasible, objective: objective, bound: bound,
      values: values)
  }
}

/// Owns one `glp_prob` built from a `Model` and frees it in `deinit`.
///
/// Never `Sendable`: GLPK aborts when a problem is freed on another thread than the one that
/// created it.
private final class GLPKProblem {
  let pointer: OpaquePointer
  let rowCount: Int
  let columnCount: Int
  /// Non-zeros of the constraint matrix.
  let nonZeros: Int

  /// Builds rows, columns, bounds, kinds, objective and matrix.
  ///
  /// Without rows, one free empty row is added (GLPK's simplex refuses a problem without
  /// rows); it is never read back. For export, names are set and integer bounds kept as given;
  /// for solving, names are skipped and integer bounds rounded inwards.
  init(_ model: Model, forExport names: Bool) throws {
    let matrix = try MatrixArrays(model)
    rowCount = model.constraints.count
    columnCount = model.variables.count
    nonZeros = matrix.values.count - 1
    pointer = glp_create_prob()
    if names {
      glp_set_prob_name(pointer, Self.sanitised(model.name))
      glp_set_obj_name(pointer, "objective")
    }
    glp_set_obj_dir(pointer, model.sense == .maximize ? GLP_MAX : GLP_MIN)
    glp_add_rows(pointer, Int32(max(1, rowCount)))
    glp_add_cols(pointer, Int32(columnCount))
    if rowCount == 0 { glp_set_row_bnds(pointer, 1, GLP_FR, 0, 0) }
    for (i, c) in model.constraints.enumerated() {
      let (type, lo, up) = Self.bounds(c.lower, c.upper)
      glp_set_row_bnds(pointer, Int32(i + 1), type, lo, up)
      if names { glp_set_row_name(pointer, Int32(i + 1), model.constraintNames[i]) }
    }
    for (j, v) in model.variables.enumerated() {
      let column = Int32(j + 1)
      if v.kind != .continuous { glp_set_col_kind(pointer, column, GLP_IV) }
      let b = names ? model.exportBounds(of: j) : model.solverBounds(of: j)
      let (type, lo, up) = Self.bounds(b.lower, b.upper)
      glp_set_col_bnds(pointer, column, type, lo, up)
      if names { glp_set_col_name(pointer, column, v.name) }
    }
    for (v, c) in zip(model.objective.variables, model.objective.coefficients) {
      let column = Int32(v.index + 1)
      glp_set_obj_coef(pointer, column, glp_get_obj_coef(pointer, column) + c)
    }
    matrix.load(into: pointer)
  }

  deinit { glp_delete_prob(pointer) }

  /// GLPK's bound type for `[lower, upper]` (infinite meaning none) and the finite values.
  private static func bounds(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
    switch (lower.isFinite, upper.isFinite) {
    case (false, false): (GLP_FR, 0, 0)
    case (true, false): (GLP_LO, lower, 0)
    case (false, true): (GLP_UP, 0, upper)
    case (true, true): (lower == upper ? GLP_FX : GLP_DB, lower, upper)
    }
  }

  /// A problem name GLPK accepts: printable ASCII without spaces, at most 255 bytes.
  private static func sanitised(_ name: String) -> String {
    let bytes = name.utf8.prefix(Tuning.nameBytes).map {
      $0 > 32 && $0 < 127 ? $0 : UInt8(ascii: "_")
    }
    return bytes.isEmpty ? "model" : String(decoding: bytes, as: UTF8.self)
  }

  /// Reads one number per column with a GLPK getter such as `glp_get_col_prim`.
  func columnValues(_ get: (OpaquePointer?, Int32) -> Double) -> [Double] {
    (0..<columnCount).map { get(pointer, Int32($0 + 1)) }
  }

  /// Reads one number per model row with a GLPK getter such as `glp_get_row_dual`.
  func rowValues(_ get: (OpaquePointer?, Int32) -> Double) -> [Double] {
    (0..<rowCount).map { get(pointer, Int32($0 + 1)) }
  }
}

/// The constraint matrix as the 1-based coordinate arrays `glp_load_matrix` takes (element 0
/// unused); the only place where GLPK's 1-based indices are made.
private struct MatrixArrays {
  var rows: [Int32]
  var columns: [Int32]
  var values: [Double]

  init(_ model: Model) throws {
    let count = model.constraints.reduce(0) { $0 + $1.expression.variables.count }
    let limit = Int(Int32.max) - 1
    guard count < limit, model.constraints.count < limit, model.variables.count < limit else {
      throw SolverError.tooLarge(
        "\(model.constraints.count) rows, \(model.variables.count) columns, \(count) non-zeros")
    }
    rows = [Int32](repeating: 0, count: count + 1)
    columns = [Int32](repeating: 0, count: count + 1)
    values = [Double](repeating: 0, count: count + 1)
    var k = 1
    for (i, c) in model.constraints.enumerated() {
      let row = Int32(i + 1)
      for (v, a) in zip(c.expression.variables, c.expression.coefficients) {
        rows[k] = row
        columns[k] = Int32(v.index + 1)
        values[k] = a
        k += 1
      }
    }
  }

  func load(into pointer: OpaquePointer) {
    let count = Int32(rows.count - 1)
    guard count > 0 else { return }
    rows.withUnsafeBufferPointer { ia in
      columns.withUnsafeBufferPointer { ja in
        values.withUnsafeBufferPointer { ar in
          glp_load_matrix(pointer, count, ia.baseAddress, ja.baseAddress, ar.baseAddress)
        }
      }
    }
  }
}

/// What the branch-and-cut callback needs: the start to offer, the progress sink and the last
/// bound seen in the search tree.
private final class SearchContext {
  /// The start, 1-based as `glp_ios_heur_sol` wants it (element 0 unused).
  let start: [Double]?
  var startOffered = false
  /// Stop (`glp_ios_terminate`) once this many subproblems were created.
  let nodeLimit: Int?
  let progress: (@Sendable (SolverProgress) -> Void)?
  let began: ContinuousClock.Instant
  /// The end of the time limit: no branching starts after it (GLPK checks its own `tm_lim`
  /// only between subproblems, and choosing a branch may take long).
  let deadline: ContinuousClock.Instant?
  private var throttle: ProgressThrottle
  let constant: Double
  let maximize: Bool
  /// Best bound of the open subproblems (objective constant included), last seen.
  var bound: Double?
  /// Whether the callback stopped the search at `deadline`.
  var passedDeadline = false

  init(
    start: [Double]?, nodeLimit: Int?, progress: (@Sendable (SolverProgress) -> Void)?,
    began: ContinuousClock.Instant, deadline: ContinuousClock.Instant?, constant: Double,
    maximize: Bool
  ) {
    self.start = start
    self.nodeLimit = nodeLimit
    self.progress = progress
    self.began = began
    throttle = ProgressThrottle(progress, interval: Tuning.progressInterval, began: began)
    self.deadline = deadline
    self.constant = constant
    self.maximize = maximize
  }

  /// Calls `progress` at most once a second, and at once when the incumbent changed.
  func report(incumbent: Double?) {
    throttle.report(incumbent: incumbent, bound: bound)
  }

}

/// GLPK's branch-and-cut callback (`glp_iocp.cb_func`); `info` is the `SearchContext`.
private func searchCallback(_ tree: OpaquePointer?, _ info: UnsafeMutableRawPointer?) {
  guard let tree, let info else { return }
  let search = Unmanaged<SearchContext>.fromOpaque(info).takeUnretainedValue()
  let node = glp_ios_best_node(tree)
  if node != 0 {
    let b = glp_ios_node_bound(tree, node)
    if abs(b) < SolverTuning.noValue { search.bound = b + search.constant }
  }
  switch glp_ios_reason(tree) {
  case GLP_IHEUR:
    guard let start = search.start, !search.startOffered else { return }
    search.startOffered = true
    _ = start.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
  case GLP_ISELECT, GLP_IBINGO:
    if let limit = search.nodeLimit, glp_ios_reason(tree) == GLP_ISELECT {
      var created: Int32 = 0
      glp_ios_tree_size(tree, nil, nil, &created)
      if Int(created) >= limit {
        glp_ios_terminate(tree)
        return
      }
    }
    guard search.progress != nil else { return }
    let solved = glp_ios_get_prob(tree)
    let incumbent =
      GLPKStatus(glp_mip_status(solved)).hasSolution
      ? glp_mip_obj_val(solved) + search.constant : nil
    search.report(incumbent: incumbent)
  case GLP_IBRANCH:
    if let deadline = search.deadline, ContinuousClock.now >= deadline {
      search.passedDeadline = true
      glp_ios_terminate(tree)
    }
  default:
    break
  }
}

/// The GLPK rows of the solver layer's tuning table.
private typealias Tuning = SolverTuning.GLPK
