/// Large neighbourhood search: improves a feasible solution of a MIP by re-solving it with
/// every integer column outside one neighbourhood fixed at its incumbent value.
///
/// For models whose LP bound is already tight and whose difficulty is finding good integer
/// solutions (docs/model.md), small sub-MIPs solved to optimality close most of the distance
/// that branch-and-cut on the whole model does not. Each sub-MIP contains the incumbent and
/// gets it as its start, so the objective never gets worse and GLPK prunes every node that
/// cannot beat it (on Data/mozambique a sub-MIP that cannot improve ends in ~0.02 s instead
/// of ~0.8 s at its node limit). With a node limit instead of a time limit per sub-MIP the
/// search is deterministic.
public struct NeighbourhoodSearch {
  /// What the search reached.
  public struct Result: Sendable {
    public var values: [Double]
    public var objective: Double
    /// Sub-MIPs solved.
    public var subproblems: Int
    /// Sub-MIPs that improved the incumbent.
    public var improvements: Int
    /// Whether the clock (the deadline, or a sub-MIP's time limit) shaped the search rather
    /// than the target, the passes, the budget and node limits alone: a search ended by its
    /// work limits is deterministic, one the clock touched is not.
    public var stoppedByTimeLimit = false
    /// Whether the search ended at its deadline.
    ///
    /// A sub-MIP stopped by its own time limit keeps its incumbent and the search goes on
    /// with the next neighbourhood.
    public var reachedDeadline = false

    public init(values: [Double], objective: Double, subproblems: Int, improvements: Int) {
      self.values = values
      self.objective = objective
      self.subproblems = subproblems
      self.improvements = improvements
    }
  }

  /// Options of each sub-MIP; set `nodeLimit` for a deterministic search.
  public var subproblemOptions: SolverOptions
  /// Passes over all neighbourhoods at most; a pass without improvement ends the search.
  public var maxPasses: Int
  /// Sub-MIPs at most: a work limit that, unlike a deadline, ends every run at the same point.
  public var maxSubproblems: Int

  public init(subproblemOptions: SolverOptions, maxPasses: Int = 3, maxSubproblems: Int = .max) {
    self.subproblemOptions = subproblemOptions
    self.maxPasses = maxPasses
    self.maxSubproblems = maxSubproblems
  }

  /// Improves `start`, a feasible column vector of `model`, over `neighbourhoods`.
  ///
  /// Stops when the objective reaches `target` (e.g. a proven bound), after `maxPasses` or
  /// `maxSubproblems`, or at `deadline`. Each sub-MIP's time limit is cut to what is left
  /// before `deadline`, so the search ends by it (plus the time to build the last sub-MIP).
  ///
  /// `polish`, when given, recomputes an improved solution's derived continuous columns
  /// exactly (from its integer columns, say): GLPK leaves them within its tolerances, and a
  /// row 1e-6 off makes the next sub-MIP refuse its start and search without an incumbent.
  public func improve(
    _ model: Model, start: [Double], neighbourhoods: [[Variable]], target: Double? = nil,
    deadline: ContinuousClock.Instant? = nil, polish: (([Double]) -> [Double])? = nil
  ) throws -> Result {
    let solver = GLPKSolver()
    func secondsLeft() -> Double {
      deadline.map { ($0 - ContinuousClock.now).inSeconds } ?? .infinity
    }
    var result = Result(
      values: start, objective: model.objective.value(start), subproblems: 0, improvements: 0)
    func stop() -> Bool {
      if result.subproblems >= maxSubproblems { return true }
      if secondsLeft() < Self.shortestSubproblem {
        result.reachedDeadline = true
        result.stoppedByTimeLimit = true
      }
      return result.reachedDeadline
    }
    let minimize = model.sense == .minimize
    func better(_ a: Double, _ b: Double) -> Bool {
      minimize ? a < b - 1e-7 * max(1, abs(b)) : a > b + 1e-7 * max(1, abs(b))
    }
    func reached(_ value: Double) -> Bool {
      guard let target else { return false }
      return minimize ? value <= target + 1e-9 : value >= target - 1e-9
    }
    var values = start
    var objective = result.objective
    for _ in 0..<maxPasses {
      var improved = false
      for neighbourhood in neighbourhoods {
        if reached(objective) || stop() { break }
        let free = Self.freeColumns(model, neighbourhood)
        let (sub, columns) = try Self.restricted(model, to: free, at: values)
        if stop() { break }
        var options = subproblemOptions
        if deadline != nil {
          options.timeLimit = min(options.timeLimit ?? .infinity, secondsLeft())
        }
        options.start = columns.map { values[$0] }
        let solution = try solver.solve(sub, options: options)
        result.subproblems += 1
        if solution.stoppedByTimeLimit { result.stoppedByTimeLimit = true }
        guard solution.hasSolution, let value = solution.objective, better(value, objective)
        else { continue }
        for (k, j) in columns.enumerated() { values[j] = solution.values[k] }
        objective = value
        if let polish {
          values = polish(values)
          objective = model.objective.value(values)
        }
        improved = true
        result.improvements += 1
      }
      if !improved || reached(objective) || stop() { break }
    }
    result.values = values
    result.objective = objective
    return result
  }

  /// Seconds before the deadline below which no sub-MIP is started.
  static let shortestSubproblem = 0.05

  /// The neighbourhood's columns and every continuous column linked to them by rows, directly
  /// or through other continuous columns; all others stay at the incumbent.
  ///
  /// An average or a maximum over everything is reached and stays free, while the continuous
  /// columns of far-away rows (another group's indicators) are fixed, which keeps the
  /// sub-MIP small and its incumbent feasible.
  static func freeColumns(_ model: Model, _ neighbourhood: [Variable]) -> [Bool] {
    var free = [Bool](repeating: false, count: model.variables.count)
    for v in neighbourhood { free[v.index] = true }
    var reached = [Bool](repeating: false, count: model.constraints.count)
    var grew = true
    while grew {
      grew = false
      for (i, c) in model.constraints.enumerated() where !reached[i] {
        guard c.expression.variables.contains(where: { free[$0.index] }) else { continue }
        reached[i] = true
        for v in c.expression.variables
        where !free[v.index] && model.variables[v.index].kind == .continuous {
          free[v.index] = true
          grew = true
        }
      }
    }
    return free
  }

  /// The model over the `free` columns only, every other column fixed at `values`.
  ///
  /// Rows without a free column are dropped (the incumbent satisfies them); the fixed part of
  /// the other rows and of the objective becomes a constant. Returns the sub-model and, for
  /// each of its columns, the column of `model` it stands for.
  static func restricted(_ model: Model, to free: [Bool], at values: [Double]) throws(ModelError)
    -> (Model, [Int])
  {
    var sub = Model(name: model.name)
    var columns: [Int] = []
    var position = [Int](repeating: -1, count: model.variables.count)
    for (j, v) in model.variables.enumerated() where free[j] {
      position[j] = columns.count
      columns.append(j)
      sub.appendVariable(v)
    }
    func split(_ e: LinearExpression) -> LinearExpression {
      var part = LinearExpression(constant: e.constant)
      for (v, c) in zip(e.variables, e.coefficients) {
        let k = position[v.index]
        if k >= 0 { part.add(Variable(index: k), c) } else { part.constant += c * values[v.index] }
      }
      return part
    }
    for (i, c) in model.constraints.enumerated() {
      let part = split(c.expression)
      guard !part.variables.isEmpty else { continue }
      try sub.addConstraint(
        model.constraintNames[i], Constraint(part, lower: c.lower, upper: c.upper))
    }
    let objective = split(model.objective)
    if model.sense == .minimize { try sub.minimize(objective) } else { try sub.maximize(objective) }
    return (sub, columns)
  }
}
