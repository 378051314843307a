import LinearProgramming
import Testing

/// Linear programs with textbook answers: values, duals, reduced costs and statuses.
struct LPSolveTests {
  /// The example of Chvátal, *Linear Programming* (1983), chapter 2.
  ///
  /// Max 5x1 + 4x2 + 3x3 with three ≤ rows.
  /// Optimum 13 at x = (2, 0, 1); duals y = (1, 0, 1); reduced cost of x2 is 4 − 7 = −3.
  static func chvatal() throws -> (Model, [Variable], [ConstraintReference]) {
    var model = Model(name: "chvatal")
    let x = try (1...3).map { try model.addVariable("x\($0)") }
    let rows = [
      try model.addConstraint("r1", 2 * x[0] + 3 * x[1] + 1 * x[2] <= 5),
      try model.addConstraint("r2", 4 * x[0] + 1 * x[1] + 2 * x[2] <= 11),
      try model.addConstraint("r3", 3 * x[0] + 4 * x[1] + 2 * x[2] <= 8),
    ]
    try model.maximize(5 * x[0] + 4 * x[1] + 3 * x[2])
    return (model, x, rows)
  }

  @Test(arguments: SolverBackend.allCases, [true, false])
  func textbookLPHasKnownOptimumDualsAndReducedCosts(
    backend: SolverBackend, presolve: Bool
  ) throws {
    let (model, x, rows) = try Self.chvatal()
    var options = SolverOptions()
    options.presolve = presolve
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .optimal)
    #expect(close(s.objective, 13))
    #expect(close(s.bound, 13))
    #expect(zip(x.map(s.value), [2.0, 0, 1]).allSatisfy { close($0, $1) })
    #expect(zip(rows.map(s.dual), [1.0, 0, 1]).allSatisfy { close($0, $1) })
    #expect(zip(x.map(s.reducedCost), [0.0, -3, 0]).allSatisfy { close($0, $1) })
    #expect(s.gap == 0)
  }

  @Test(arguments: SolverBackend.allCases)
  func minimizingAddsTheObjectiveConstant(backend: SolverBackend) throws {
    var model = Model()
    let x = try model.addVariable("x", lower: 1)
    let y = try model.addVariable("y", lower: 2)
    try model.addConstraint("sum", x + y >= 5)
    try model.minimize(2 * x + 3 * y + 10)
    let s = try backend.makeSolver().solve(model, options: SolverOptions())
    #expect(s.status == .optimal)
    // Cheapest: y at its bound 2, x = 3 → 6 + 6 + 10.
    #expect(close(s.objective, 22))
    #expect(close(s.value(x), 3))
    #expect(close(s.value(2 * x + 3 * y + 10), 22))
  }

  /// 2 ≤ x + 2y ≤ 6 with x, y in [0, 10]: maximising x + y reaches the upper side
  /// (x = 6, dual 1), minimising reaches the lower side (y = 1, dual 1/2).
  @Test(arguments: SolverBackend.allCases, [Model.Sense.maximize, .minimize])
  func rangedConstraintBindsOnEitherSide(backend: SolverBackend, sense: Model.Sense) throws {
    var model = Model()
    let x = try model.addVariable("x", upper: 10)
    let y = try model.addVariable("y", upper: 10)
    let r = try model.addConstraint("range", x + 2 * y, in: 2...6)
    if sense == .maximize { try model.maximize(x + y) } else { try model.minimize(x + y) }
    let s = try backend.makeSolver().solve(model, options: SolverOptions())
    #expect(s.status == .optimal)
    #expect(close(s.objective, sense == .maximize ? 6 : 1))
    #expect(close(s.value(x + 2 * y), sense == .maximize ? 6 : 2))
    #expect(close(s.dual(r), sense == .maximize ? 1 : 0.5))
  }

  @Test(arguments: SolverBackend.allCases, [true, false])
  func infeasibleLPIsReportedInfeasible(backend: SolverBackend, presolve: Bool) throws {
    var model = Model()
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    try model.addConstraint("atMostOne", x + y <= 1)
    try model.addConstraint("atLeastTwo", x + y >= 2)
    try model.minimize(x + y)
    var options = SolverOptions()
    options.presolve = presolve
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .infeasible)
    #expect(s.objective == nil && s.values.isEmpty && !s.hasSolution)
  }

  @Test(arguments: SolverBackend.allCases, [true, false])
  func unboundedLPIsReportedUnbounded(backend: SolverBackend, presolve: Bool) throws {
    var model = Model()
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    try model.addConstraint("diff", x - y <= 1)
    try model.maximize(x + y)
    var options = SolverOptions()
    options.presolve = presolve
    let s = try backend.makeSolver().solve(model, options: options)
    #expect(s.status == .unbounded)
  }

  @Test(arguments: SolverBackend.allCases)
  func modelWithoutRowsIsSolvedByBounds(backend: SolverBackend) throws {
    var model = Model()
    let x = try model.addVariable("x", lower: -3, upper: 4)
    try model.maximize(2 * x)
    let s = try backend.makeSolver().solve(model, options: SolverOptions())
    #expect(s.status == .optimal)
    #expect(close(s.objective, 8))
    #expect(s.duals.isEmpty)
  }

  @Test(arguments: SolverBackend.allCases)
  func modelWithoutColumnsChecksItsConstantRows(backend: SolverBackend) throws {
    var feasible = Model()
    try feasible.addConstraint("zero", LinearExpression(constant: 0) <= 1)
    try feasible.minimize(LinearExpression(constant: 5))
    let s = try backend.makeSolver().solve(feasible, options: SolverOptions())
    #expect(s.status == .optimal && close(s.objective, 5))
    var infeasible = Model()
    try infeasible.addConstraint("one", LinearExpression(constant: 1) <= 0)
    #expect(
      try backend.makeSolver().solve(infeasible, options: SolverOptions()).status == .infeasible)
  }
}
