import LinearProgramming
import Synchronization
import Testing

/// Mixed-integer programs with known optima, statuses, limits and starting solutions.
struct MIPSolveTests {
  /// Burkardt's 0-1 knapsack P01: capacity 165, optimum 309 with items 1-4 and 6.
  static func knapsack() throws -> (Model, [Variable]) {
    let weights: [Double] = [23, 31, 29, 44, 53, 38, 63, 85, 89, 82]
    let profits: [Double] = [92, 57, 49, 68, 60, 43, 67, 84, 87, 72]
    var model = Model(name: "p01")
    let x = try (0..<10).map { try model.addVariable("item\($0 + 1)", .binary) }
    var weight = LinearExpression()
    var profit = LinearExpression()
    for j in 0..<10 {
      weight.add(x[j], weights[j])
      profit.add(x[j], profits[j])
    }
    try model.addConstraint("capacity", weight <= 165)
    try model.maximize(profit)
    return (model, x)
  }

  @Test(arguments: SolverBackend.allCases, [true, false])
  func knapsackReachesItsPublishedOptimum(backend: SolverBackend, presolve: Bool) throws {
    let (model, x) = try Self.knapsack()
    var options = SolverOptions(timeLimit: 30)
    options.presolve = presolve
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .optimal)
    #expect(close(s.objective, 309))
    #expect(close(s.bound, 309))
    #expect(x.map { s.value($0) } == [1, 1, 1, 1, 0, 1, 0, 0, 0, 0])
  }

  /// The classic 4×4 Hungarian-method example; minimum cost 13 (2 + 6 + 1 + 4).
  @Test(arguments: SolverBackend.allCases, [Variable.Kind.binary, .continuous])
  func assignmentHasMinimumCost(backend: SolverBackend, kind: Variable.Kind) throws {
    let cost: [[Double]] = [[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8], [7, 6, 9, 4]]
    var model = Model(name: "assignment")
    let x = try (0..<4).map { i in
      try (0..<4).map { j in try model.addVariable("x_\(i)_\(j)", kind, upper: 1) }
    }
    for i in 0..<4 {
      try model.addConstraint("worker\(i)", x[i].sum() == 1)
      try model.addConstraint("job\(i)", (0..<4).map { x[$0][i] }.sum() == 1)
    }
    var total = LinearExpression()
    for i in 0..<4 { for j in 0..<4 { total.add(x[i][j], cost[i][j]) } }
    try model.minimize(total)
    let s = try backend.makeSolver().solve(model, options: SolverOptions(timeLimit: 30))
    #expect(s.status == .optimal)
    #expect(close(s.objective, 13))
    let chosen = (0..<4).map { i in (0..<4).first { close(s.value(x[i][$0]), 1) } }
    #expect(chosen == [1, 0, 2, 3])
  }

  /// 2x + 2y = 3 has real solutions but no integer one.
  @Test(arguments: SolverBackend.allCases, [true, false])
  func integerInfeasibleMIPIsReportedInfeasible(backend: SolverBackend, presolve: Bool) throws {
    var model = Model()
    let x = try model.addVariable("x", .integer, upper: 10)
    let y = try model.addVariable("y", .integer, upper: 10)
    try model.addConstraint("odd", 2 * x + 2 * y == 3)
    try model.minimize(x + y)
    var options = SolverOptions(timeLimit: 30)
    options.presolve = presolve
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .infeasible)
  }

  @Test(arguments: SolverBackend.allCases, [true, false])
  func mipWithInfeasibleRelaxationIsReportedInfeasible(
    backend: SolverBackend, presolve: Bool
  ) throws {
    var model = Model()
    let x = try model.addVariable("x", .integer)
    try model.addConstraint("low", x <= 1)
    try model.addConstraint("high", x >= 2)
    try model.minimize(x.expression)
    var options = SolverOptions(timeLimit: 30)
    options.presolve = presolve
    #expect(try backend.makeSolver().solve(model, options: options).status == .infeasible)
  }

  @Test(arguments: SolverBackend.allCases, [true, false])
  func unboundedMIPIsReportedUnbounded(backend: SolverBackend, presolve: Bool) throws {
    var model = Model()
    let x = try model.addVariable("x", .integer)
    let y = try model.addVariable("y", .integer)
    try model.addConstraint("diff", x - y <= 1)
    try model.maximize(x + y)
    var options = SolverOptions(timeLimit: 30)
    options.presolve = presolve
    #expect(try backend.makeSolver().solve(model, options: options).status == .unbounded)
  }

  @Test(arguments: SolverBackend.allCases)
  func integerBoundsWithoutIntegerBetweenThemAreInfeasible(backend: SolverBackend) throws {
    var model = Model()
    let x = try model.addVariable("x", .integer, lower: 0.2, upper: 0.8)
    try model.minimize(x.expression)
    #expect(try backend.makeSolver().solve(model, options: SolverOptions()).status == .infeasible)
  }

  @Test(arguments: SolverBackend.allCases)
  func fractionalBoundsOfAnIntegerAreRoundedInwards(backend: SolverBackend) throws {
    var model = Model()
    let x = try model.addVariable("x", .integer, lower: -2.5, upper: 7.9)
    try model.maximize(x.expression)
    let s = try backend.makeSolver().solve(model, options: SolverOptions())
    #expect(s.status == .optimal && close(s.objective, 7))
  }

  /// A 200-item, 10-row multi-dimensional knapsack: GLPK finds solutions at once but cannot
  /// close the gap in one second.
  @Test func timeLimitStopsWithAFeasibleSolutionAndAGap() throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    let s = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: 1))
    #expect(s.status == .feasible)
    #expect(s.stoppedByTimeLimit)
    let gap = try #require(s.gap)
    #expect(gap > 0)
    let (objective, bound) = (try #require(s.objective), try #require(s.bound))
    #expect(bound > objective)  // maximisation: the bound is above the incumbent
    #expect(close(model.objective.value(s.values), objective, 1e-6))
  }

  /// The same knapsack stopped by a node limit instead: not proven, but not the clock's doing,
  /// so another run ends at the same point.
  @Test(arguments: SolverBackend.allCases)
  func aNodeLimitIsNotATimeLimit(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    var options = SolverOptions(timeLimit: 60)
    options.nodeLimit = 20
    let first = try backend.makeSolver().solve(model, options: options)
    #expect(first.status == .feasible)
    #expect(!first.stoppedByTimeLimit)
    let second = try backend.makeSolver().solve(model, options: options)
    #expect(first.values == second.values)
  }

  /// The knapsack with the empty knapsack as start and one simplex iteration allowed: the
  /// root LP stops unsolved, not by the clock, and the start comes back without a bound.
  @Test(arguments: SolverBackend.allCases)
  func anIterationLimitStopsTheRootLPWithoutABound(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    var options = SolverOptions(timeLimit: 60)
    options.iterationLimit = 1
    options.start = [Double](repeating: 0, count: model.variables.count)
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .feasible && close(s.objective, 0))
    #expect(s.bound == nil && s.rootBound == nil)
    #expect(!s.stoppedByTimeLimit)
    options.iterationLimit = nil
    options.nodeLimit = 1
    #expect(try backend.makeSolver().solve(model, options: options).rootBound != nil)
  }

  /// The root bound is the optimum of the LP relaxation; the node-limited search's own bound
  /// lies between it and the incumbent.
  @Test(arguments: SolverBackend.allCases)
  func theRootBoundIsTheLPRelaxationsOptimum(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    let lp = try backend.makeSolver().solve(try relaxation(of: model))
    var options = SolverOptions(timeLimit: 60)
    options.nodeLimit = 20
    options.start = [Double](repeating: 0, count: model.variables.count)
    let s = try backend.makeSolver().solve(model, options: options)
    let root = try #require(s.rootBound)
    #expect(close(root, try #require(lp.objective), 1e-6 * root))
    let (objective, bound) = (try #require(s.objective), try #require(s.bound))
    #expect(objective <= bound + 1e-9 && bound <= root + 1e-6 * root)
  }

  /// On a market-split instance GLPK finds no feasible point in a second by itself; with the
  /// known solution as start the search reports it as incumbent and returns something at
  /// least as good.
  @Test func startingSolutionBecomesTheIncumbent() throws {
    let (model, known) = try marketSplit(rows: 6, columns: 50, seed: 11)
    let startCost = model.objective.value(known)
    let without = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: 1))
    #expect(without.status == .noSolutionFound)

    let incumbents = Mutex<[Double]>([])
    var options = SolverOptions(timeLimit: 1)
    options.start = known
    options.progress = { p in
      if let incumbent = p.incumbent { incumbents.withLock { $0.append(incumbent) } }
    }
    let with = try GLPKSolver().solve(model, options: options)
    #expect(with.hasSolution)
    #expect(try #require(with.objective) <= startCost + 1e-6)
    let first = try #require(incumbents.withLock { $0.first })
    #expect(first <= startCost + 1e-6)
    for row in model.constraints {
      #expect(close(row.expression.value(with.values), row.lower, 1e-6))
    }
  }

  @Test(arguments: SolverBackend.allCases)
  func infeasibleStartIsIgnored(backend: SolverBackend) throws {
    let (model, _) = try Self.knapsack()
    var options = SolverOptions(timeLimit: 30)
    options.start = Array(repeating: 1, count: 10)  // far over capacity
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .optimal && close(s.objective, 309))
  }

  @Test(
    arguments: SolverBackend.allCases, [[Double](), [1, 0], [.nan, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
  func malformedStartIsIgnored(backend: SolverBackend, start: [Double]) throws {
    let (model, _) = try Self.knapsack()
    var options = SolverOptions(timeLimit: 30)
    options.start = start
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .optimal && close(s.objective, 309))
  }

  @Test func progressReportsIncumbentBoundAndTime() throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 3)
    let reports = Mutex<[SolverProgress]>([])
    var options = SolverOptions(timeLimit: 2.5)
    options.progress = { p in reports.withLock { $0.append(p) } }
    _ = try GLPKSolver().solve(model, options: options)
    let seen = reports.withLock { $0 }
    #expect(!seen.isEmpty)
    let last = try #require(seen.last)
    #expect(last.incumbent != nil && last.bound != nil && last.gap != nil)
    #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.seconds <= $1.seconds })
  }

  @Test(arguments: SolverBackend.allCases)
  func relativeGapStopsEarlyAsOptimal(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    let s = try backend.makeSolver().solve(
      model, options: SolverOptions(timeLimit: 20, relativeGap: 0.05))
    #expect(s.status == .optimal)
    let (objective, bound) = (try #require(s.objective), try #require(s.bound))
    #expect(bound >= objective - 1e-6)
    #expect((bound - objective) / objective <= 0.05 + 1e-9)
  }
}
