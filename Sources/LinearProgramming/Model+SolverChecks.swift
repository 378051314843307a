/// Checks a solver backend runs before any C code sees the model, and the cheap cases it
/// answers without one.
extension Model {
  /// Runs every check a backend needs before any C call (`checkForSolver()`, the options)
  /// and returns the answer when no solver is needed: a model without columns, or a MIP with
  /// an integer column that has no integer value within its bounds.
  func checkedForSolver(_ options: SolverOptions) throws -> Solution? {
    try checkForSolver()
    try options.check()
    if variables.isEmpty { return solutionWithoutColumns() }
    if isMIP && hasEmptyIntegerDomain { return Solution(status: .infeasible) }
    return nil
  }

  /// What every backend's `solve` does around its C calls: the checks and cheap answers of
  /// `checkedForSolver(_:)`, else `body` (given the call's start), and `seconds` set to the
  /// wall-clock time of the whole call.
  func solved(
    _ options: SolverOptions, by body: (ContinuousClock.Instant) throws -> Solution
  ) throws -> Solution {
    let began = ContinuousClock.now
    var solution = try checkedForSolver(options) ?? body(began)
    solution.seconds = (ContinuousClock.now - began).inSeconds
    return solution
  }

  /// Re-checks what `Model` validates on input (finite numbers, sane bounds, known columns,
  /// merged rows), so that a backend which aborts on bad input never receives it.
  func checkForSolver() throws(ModelError) {
    for v in variables {
      guard !v.lower.isNaN, !v.upper.isNaN, v.lower <= v.upper, v.lower != .infinity,
        v.upper != -.infinity
      else { throw .badBounds(v.name, lower: v.lower, upper: v.upper) }
    }
    for (row, c) in constraints.enumerated() {
      let name = constraintNames[row]
      guard !c.lower.isNaN, !c.upper.isNaN, c.lower <= c.upper, c.lower != .infinity,
        c.upper != -.infinity
      else { throw .badBounds(name, lower: c.lower, upper: c.upper) }
      try checkTerms(c.expression, in: name, strictlyOrdered: true)
    }
    guard objective.constant.isFinite else {
      throw .badCoefficient("objective", objective.constant)
    }
    try checkTerms(objective, in: "objective", strictlyOrdered: false)
  }

  private func checkTerms(_ e: LinearExpression, in name: String, strictlyOrdered: Bool)
    throws(ModelError)
  {
    var previous = -1
    for (v, c) in zip(e.variables, e.coefficients) {
      guard v.index >= 0, v.index < variables.count, !strictlyOrdered || v.index > previous
      else { throw .unknownVariable(name, v.index) }
      guard c.isFinite else { throw .badCoefficient(name, c) }
      previous = v.index
    }
  }

  /// The bounds a solver should use for column `j`: a binary's are clipped to [0, 1] and an
  /// integer's rounded inwards (GLPK refuses fractional bounds on integer columns).
  func solverBounds(of j: Int) -> (lower: Double, upper: Double) {
    let v = variables[j]
    switch v.kind {
    case .continuous:
      return (v.lower, v.upper)
    case .integer, .binary:
      let slack = SolverTuning.integerBoundSlack
      let (lower, upper) = ((v.lower - slack).rounded(.up), (v.upper + slack).rounded(.down))
      return v.kind == .binary ? (max(0, lower), min(1, upper)) : (lower, upper)
    }
  }

  /// The bounds written to LP and MPS files: as given, a binary's clipped to [0, 1].
  func exportBounds(of j: Int) -> (lower: Double, upper: Double) {
    let v = variables[j]
    return v.kind == .binary ? (max(0, v.lower), min(1, v.upper)) : (v.lower, v.upper)
  }

  /// Whether some integer column has no integer value within its bounds.
  var hasEmptyIntegerDomain: Bool {
    variables.indices.contains { j in
      let b = solverBounds(of: j)
      return b.lower > b.upper
    }
  }

  /// The start vector cleaned up for a solver (integers rounded, values clipped to bounds),
  /// or `nil` when it does not satisfy bounds, integrality and every row within
  /// `SolverTuning.startTolerance` (rows: that times max(1, |bound|)).
  func verifiedStart(_ start: [Double]?) -> [Double]? {
    guard let start, start.count == variables.count, !variables.isEmpty else { return nil }
    let tolerance = SolverTuning.startTolerance
    var x = start
    for j in x.indices {
      guard x[j].isFinite else { return nil }
      let (lo, up) = solverBounds(of: j)
      guard x[j] >= lo - tolerance, x[j] <= up + tolerance else { return nil }
      if variables[j].kind != .continuous {
        let rounded = x[j].rounded()
        guard abs(rounded - x[j]) <= tolerance else { return nil }
        x[j] = rounded
      }
      x[j] = min(max(x[j], lo), up)
    }
    for c in constraints {
      let value = c.expression.value(x)
      guard value >= c.lower - tolerance * max(1, abs(c.lower)),
        value <= c.upper + tolerance * max(1, abs(c.upper))
      else { return nil }
    }
    return x
  }

  /// Whether `values` satisfy bounds, integrality and every row (within 1e-6 × max(1, |bound|)).
  public func isFeasible(_ values: [Double]) -> Bool { verifiedStart(values) != nil }

  /// Whether objective value `a` is strictly better than `b` for this model's sense.
  func isBetter(_ a: Double, than b: Double) -> Bool {
    sense == .maximize ? a > b : a < b
  }

  /// The answer for a model without columns: each row is the constant 0.
  func solutionWithoutColumns() -> Solution {
    let feasible = constraints.allSatisfy { $0.lower <= 0 && 0 <= $0.upper }
    guard feasible else { return Solution(status: .infeasible) }
    return Solution(
      status: .optimal, objective: objective.constant, bound: objective.constant,
      duals: Array(repeating: 0, count: constraints.count))
  }

  /// `solution`, or the verified start when that is better: the start is the incumbent of
  /// last resort when a limit stops the search before the solver took it up.
  func withStart(_ solution: Solution, _ start: [Double]?, bound: Double?) -> Solution {
    guard let start, solution.status != .optimal else { return solution }
    let startObjective = objective.value(start)
    if solution.hasSolution, let value = solution.objective {
      let gain = sense == .maximize ? startObjective - value : value - startObjective
      if gain <= SolverTuning.startGain * max(1, abs(value)) { return solution }
    }
    var b = bound
    if let value = b, isBetter(startObjective, than: value) { b = startObjective }
    var result = Solution(status: .feasible, objective: startObjective, bound: b, values: start)
    if case .limitReached = solution.termination { result.termination = solution.termination }
    result.rootBound = solution.rootBound
    return result
  }
}

extension SolverOptions {
  /// Rejects out-of-range options with `SolverError.badOption`; shared by every backend.
  func check() throws(SolverError) {
    if let limit = timeLimit, !(limit > 0) {
      throw .badOption("time limit \(limit) must be a positive number of seconds")
    }
    if let nodes = nodeLimit, nodes < 1 {
      throw .badOption("node limit \(nodes) must be at least 1")
    }
    if let iterations = iterationLimit, iterations < 1 {
      throw .badOption("iteration limit \(iterations) must be at least 1")
    }
    guard relativeGap >= 0, relativeGap.isFinite else {
      throw .badOption("relative gap \(relativeGap) must be 0 or more")
    }
  }
}
