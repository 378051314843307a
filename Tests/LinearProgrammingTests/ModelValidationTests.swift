import LinearProgramming
import Testing

/// Bad input is refused by `Model` (and by the solver's options check) with an error that
/// names the culprit, before GLPK, which aborts on bad input, could see it.
struct ModelValidationTests {
  @Test func nanCoefficientIsRejected() throws {
    var model = Model()
    let x = try model.addVariable("x")
    let error = #expect(throws: ModelError.self) {
      try model.addConstraint("row", Double.nan * x <= 1)
    }
    guard case .badCoefficient("row", let c) = error else {
      Issue.record("expected badCoefficient, got \(String(describing: error))")
      return
    }
    #expect(c.isNaN)
    #expect(model.constraints.isEmpty)
  }

  @Test func infiniteObjectiveCoefficientIsRejected() throws {
    var model = Model()
    let x = try model.addVariable("x")
    #expect(throws: ModelError.badCoefficient("objective", .infinity)) {
      try model.minimize(Double.infinity * x)
    }
  }

  @Test(arguments: [(3.0, 1.0), (.nan, 1), (0, .nan), (.infinity, .infinity)])
  func crossedOrMissingVariableBoundsAreRejected(lower: Double, upper: Double) throws {
    var model = Model()
    #expect(throws: ModelError.self) {
      try model.addVariable("x", lower: lower, upper: upper)
    }
    #expect(model.variables.isEmpty)
  }

  @Test func crossedBoundsFromSetBoundsAreRejected() throws {
    var model = Model()
    let x = try model.addVariable("x")
    #expect(throws: ModelError.badBounds("x", lower: 2, upper: 1)) {
      try model.setBounds(x, lower: 2, upper: 1)
    }
    #expect(throws: ModelError.badBounds("x", lower: .infinity, upper: .infinity)) {
      try model.setBounds(x, lower: .infinity, upper: .infinity)
    }
  }

  @Test func crossedRowBoundsAreRejected() throws {
    var model = Model()
    let x = try model.addVariable("x")
    #expect(throws: ModelError.badBounds("row", lower: 3, upper: 1)) {
      try model.addConstraint("row", Constraint(x.expression, lower: 3, upper: 1))
    }
  }

  @Test(arguments: ["", "has space", "tab\there", "café", String(repeating: "a", count: 256)])
  func badNamesAreRejected(name: String) throws {
    var model = Model()
    #expect(throws: ModelError.badName(name)) { try model.addVariable(name) }
    let x = try model.addVariable("x")
    #expect(throws: ModelError.badName(name)) { try model.addConstraint(name, x <= 1) }
  }

  @Test func variableOfAnotherModelIsRejected() throws {
    var small = Model()
    var large = Model()
    _ = try large.addVariable("a")
    let foreign = try large.addVariable("b")
    _ = try small.addVariable("x")
    #expect(throws: ModelError.unknownVariable("row", 1)) {
      try small.addConstraint("row", foreign <= 1)
    }
  }

  @Test(arguments: [-1.0, 0, .nan])
  func nonPositiveTimeLimitIsRejected(limit: Double) throws {
    var model = Model()
    let x = try model.addVariable("x", upper: 1)
    try model.maximize(x.expression)
    #expect(throws: SolverError.self) {
      try GLPKSolver().solve(model, options: SolverOptions(timeLimit: limit))
    }
  }

  @Test func negativeGapIsRejected() throws {
    var model = Model()
    let x = try model.addVariable("x", .binary)
    try model.maximize(x.expression)
    #expect(throws: SolverError.self) {
      try GLPKSolver().solve(model, options: SolverOptions(relativeGap: -0.1))
    }
  }

  @Test func anIterationLimitBelowOneIsRejected() throws {
    var model = Model()
    let x = try model.addVariable("x", upper: 1)
    try model.maximize(x.expression)
    var options = SolverOptions()
    options.iterationLimit = 0
    #expect(throws: SolverError.self) { try GLPKSolver().solve(model, options: options) }
  }

  /// Repeated terms are merged when a row is added, so they count once; the objective and
  /// empty rows add nothing.
  @Test func nonZerosCountTheMatrixAfterMerging() throws {
    var model = Model()
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    try model.addConstraint("both", x + y + x <= 4)
    try model.addConstraint("one", 2 * y >= 1)
    try model.addConstraint("none", x - x <= 1)
    try model.minimize(x + y)
    #expect(model.nonZeros == 3)
  }

  @Test func termsAreMergedInColumnOrderWithoutZeros() throws {
    var model = Model()
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    let z = try model.addVariable("z")
    let e = (3 * z + x + y + 2 * x - y + 4).merged()
    #expect(e.variables == [x, z])
    #expect(e.coefficients == [3, 3])
    #expect(e.constant == 4)
    let r = try model.addConstraint("row", z + x + x <= 1)
    #expect(model.constraints[r.index].expression.variables == [x, z])
    #expect(model.constraints[r.index].expression.coefficients == [2, 1])
  }
}
