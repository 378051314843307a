import LinearProgramming
import Testing

/// What every backend must do beyond the textbook solves, first written for CBC: the start,
/// the limits, the statuses where a solver's own are misleading (CBC calls an unbounded LP
/// infeasible, HiGHS's presolve says "infeasible or unbounded"), and the objective constant
/// under maximisation.
struct BackendSolveTests {
  /// A market-split instance is far too hard to prove in a second; with its known solution
  /// as start, the solver keeps an incumbent at least as good and the root LP's optimum.
  @Test(arguments: SolverBackend.allCases)
  func startSolutionIsAcceptedAndKept(backend: SolverBackend) throws {
    let (model, known) = try marketSplit(rows: 6, columns: 50, seed: 11)
    var options = SolverOptions(timeLimit: 1)
    options.start = known
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.hasSolution)
    #expect(try #require(s.objective) <= model.objective.value(known) + 1e-6)
    for row in model.constraints {
      #expect(close(row.expression.value(s.values), row.lower, 1e-6))
    }
    let lp = try backend.makeSolver().solve(try relaxation(of: model))
    #expect(close(s.rootBound, try #require(lp.objective), 1e-6))
  }

  @Test(arguments: SolverBackend.allCases)
  func timeLimitReturnsFeasibleAndSaysSo(backend: SolverBackend) throws {
    let (model, known) = try marketSplit(rows: 6, columns: 50, seed: 11)
    var options = SolverOptions(timeLimit: 1)
    options.start = known
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .feasible)
    #expect(s.stoppedByTimeLimit)
    #expect(try #require(s.gap) > 0)
    #expect(s.seconds < 10)
    let (objective, bound) = (try #require(s.objective), try #require(s.bound))
    #expect(bound <= objective)  // minimisation: the bound is below the incumbent
  }

  /// A node limit stops the search at the same point on every run, and not by the clock.
  @Test(arguments: SolverBackend.allCases)
  func nodeLimitReturnsFeasibleNotStoppedByTime(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 3)
    var options = SolverOptions(timeLimit: 60)
    options.nodeLimit = 10
    let first = try backend.makeSolver().solve(model, options: options)
    let second = try backend.makeSolver().solve(model, options: options)
    #expect(first.status == .feasible)
    #expect(!first.stoppedByTimeLimit)
    let (objective, bound) = (try #require(first.objective), try #require(first.bound))
    #expect(bound >= objective)
    #expect(first.values == second.values && first.bound == second.bound)
  }

  /// Burkardt's knapsack P01 (optimum 309) plus a constant, and Chvátal's LP (13) plus one.
  @Test(arguments: SolverBackend.allCases)
  func maximizingAddsTheObjectiveConstantToObjectiveAndBound(backend: SolverBackend) throws {
    var (knapsack, _) = try MIPSolveTests.knapsack()
    try knapsack.maximize(knapsack.objective + 100)
    let mip = try backend.makeSolver().solve(knapsack)
    #expect(mip.status == .optimal && close(mip.objective, 409) && close(mip.bound, 409))
    var (lp, x, rows) = try LPSolveTests.chvatal()
    try lp.maximize(5 * x[0] + 4 * x[1] + 3 * x[2] - 6)
    let s = try backend.makeSolver().solve(lp)
    #expect(s.status == .optimal && close(s.objective, 7) && close(s.bound, 7))
    #expect(zip(rows.map(s.dual), [1.0, 0, 1]).allSatisfy { close($0, $1) })
  }

  /// Integers in the ranged row 3 ≤ x + 2y ≤ 7: the row binds on either side.
  @Test(arguments: SolverBackend.allCases, [Model.Sense.maximize, .minimize])
  func rangedRowOfAMIPBindsOnEitherSide(backend: SolverBackend, sense: Model.Sense) throws {
    var model = Model()
    let x = try model.addVariable("x", .integer, upper: 10)
    let y = try model.addVariable("y", .integer, upper: 10)
    try model.addConstraint("range", x + 2 * y, in: 3...7)
    if sense == .maximize { try model.maximize(y - x + 5) } else { try model.minimize(y - x + 5) }
    let s = try backend.makeSolver().solve(model)
    #expect(s.status == .optimal)
    // Maximum: x = 0, y = 3 (row 6); minimum: x = 7, y = 0 (row at its upper side 7).
    #expect(close(s.objective, sense == .maximize ? 8 : -2))
    #expect(s.values == (sense == .maximize ? [0, 3] : [7, 0]))
  }

  /// An LP with neither a feasible point nor a bounded objective comes back infeasible, not
  /// unbounded (CBC calls an unbounded LP infeasible; HiGHS's presolve cannot tell).
  @Test(arguments: SolverBackend.allCases, [true, false])
  func lpWithoutFeasiblePointAndWithAnUnboundedRayIsInfeasible(
    backend: SolverBackend, presolve: Bool
  ) throws {
    var model = Model()
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    try model.addConstraint("above", x - y >= 1)
    try model.addConstraint("below", x - y <= 0)
    try model.maximize(x + y)
    var options = SolverOptions()
    options.presolve = presolve
    #expect(try backend.makeSolver().solve(model, options: options).status == .infeasible)
  }

  @Test(arguments: SolverBackend.allCases)
  func backendsAreNamed(backend: SolverBackend) throws {
    #expect(SolverBackend(rawValue: backend.rawValue) == backend)
    let (model, _) = try MIPSolveTests.knapsack()
    #expect(close(try backend.makeSolver().solve(model).objective, 309))
  }
}
