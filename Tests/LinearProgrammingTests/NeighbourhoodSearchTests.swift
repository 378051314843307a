import Testing

@testable import LinearProgramming

/// A 5 × 5 assignment problem (minimise cost, each row and column once) with the
/// identity assignment as a poor start.
private func assignment() throws -> (Model, x: [[Variable]], start: [Double]) {
  let cost: [[Double]] = [
    [9, 2, 7, 8, 6], [6, 4, 3, 7, 5], [5, 8, 1, 8, 4], [7, 6, 9, 4, 3], [3, 5, 8, 6, 9],
  ]
  var model = Model(name: "assignment")
  var x: [[Variable]] = []
  for i in 0..<5 {
    x.append(try (0..<5).map { j in try model.addVariable("x_\(i)_\(j)", .binary) })
  }
  for i in 0..<5 {
    try model.addConstraint("row_\(i)", x[i].sum() == 1)
    try model.addConstraint("col_\(i)", (0..<5).map { x[$0][i] }.sum() == 1)
  }
  var objective = LinearExpression()
  for i in 0..<5 { for j in 0..<5 { objective.add(x[i][j], cost[i][j]) } }
  try model.minimize(objective)
  var start = [Double](repeating: 0, count: 25)
  for i in 0..<5 { start[x[i][i].index] = 1 }
  return (model, x, start)
}

@Suite struct NeighbourhoodSearchTests {
  @Test func oneNeighbourhoodHoldingEveryColumnReachesTheOptimum() throws {
    let (model, x, start) = try assignment()
    let optimum = try #require(try GLPKSolver().solve(model).objective)
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 1)
    let result = try search.improve(model, start: start, neighbourhoods: [x.flatMap { $0 }])
    #expect(model.objective.value(start) == 27)  // 9 + 4 + 1 + 4 + 9
    #expect(abs(result.objective - optimum) < 1e-9)
    #expect(result.improvements == 1)
  }

  @Test func rowPairsNeverWorsenAndKeepEveryRowFeasible() throws {
    let (model, x, start) = try assignment()
    let pairs = (0..<5).flatMap { a in ((a + 1)..<5).map { b in x[a] + x[b] } }
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 3)
    let result = try search.improve(model, start: start, neighbourhoods: pairs)
    #expect(result.objective < model.objective.value(start))
    #expect(abs(model.objective.value(result.values) - result.objective) < 1e-9)
    for c in model.constraints {
      let value = c.expression.value(result.values)
      #expect(value >= c.lower - 1e-9 && value <= c.upper + 1e-9)
    }
  }

  /// What `polish` returns for an improved solution is what the search keeps and goes on from.
  @Test func thePolishedSolutionIsKept() throws {
    var (model, x, start) = try assignment()
    let mark = try model.addVariable("mark", upper: 1)
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 1)
    let result = try search.improve(
      model, start: start + [0], neighbourhoods: [x.flatMap { $0 }],
      polish: { values in
        var polished = values
        polished[mark.index] = 1
        return polished
      })
    #expect(result.improvements == 1)
    #expect(result.values[mark.index] == 1)
    #expect(close(result.objective, model.objective.value(result.values)))
  }

  @Test func anEmptyNeighbourhoodKeepsTheStart() throws {
    let (model, _, start) = try assignment()
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 2)
    let result = try search.improve(model, start: start, neighbourhoods: [[]])
    #expect(result.values == start)
    #expect(result.improvements == 0)
  }

  @Test func theTargetStopsTheSearch() throws {
    let (model, x, start) = try assignment()
    let pairs = (0..<5).flatMap { a in ((a + 1)..<5).map { b in x[a] + x[b] } }
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 3)
    let result = try search.improve(
      model, start: start, neighbourhoods: pairs, target: model.objective.value(start))
    #expect(result.subproblems == 0)
  }

  @Test func aPassedDeadlineSolvesNoSubproblemAndKeepsTheStart() throws {
    let (model, x, start) = try assignment()
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 3)
    let result = try search.improve(
      model, start: start, neighbourhoods: [x.flatMap { $0 }],
      deadline: ContinuousClock.now - .seconds(1))
    #expect(result.subproblems == 0)
    #expect(result.values == start)
  }

  /// A sub-MIP cut by its own time limit says the clock touched the search, but the search
  /// goes on with the next neighbourhood until its deadline or budget. (GLPK does not solve
  /// this market-split instance in a second, so each 0.05 s sub-MIP stops by its limit.)
  @Test func aSubproblemStoppedByItsTimeLimitDoesNotEndTheSearch() throws {
    let (model, start) = try marketSplit(rows: 6, columns: 50, seed: 11)
    var options = SolverOptions(timeLimit: 0.05)
    options.branching = .driebeckTomlin
    let search = NeighbourhoodSearch(subproblemOptions: options, maxPasses: 1)
    let all = model.variables.indices.map { Variable(index: $0) }
    let result = try search.improve(
      model, start: start, neighbourhoods: [all, all],
      deadline: ContinuousClock.now + .seconds(60))
    #expect(result.subproblems == 2)
    #expect(result.stoppedByTimeLimit)
    #expect(!result.reachedDeadline)
    #expect(result.objective <= model.objective.value(start))
  }

  @Test func theRestrictedModelKeepsFreeColumnsAndRowsThatTouchThem() throws {
    let (model, x, start) = try assignment()
    var free = [Bool](repeating: false, count: 25)
    for v in x[0] + x[1] { free[v.index] = true }
    let (sub, columns) = try NeighbourhoodSearch.restricted(model, to: free, at: start)
    #expect(columns == (x[0] + x[1]).map(\.index).sorted())
    // Rows 0 and 1 and all five columns touch a free variable; rows 2-4 do not.
    #expect(sub.constraints.count == 7)
    // Rows 2-4 keep columns 2-4, so rows 0 and 1 share columns 0 and 1: x01 + x10 = 2 + 6
    // beats x00 + x11 = 9 + 4; the fixed rows add 1 + 4 + 9 as a constant.
    let solution = try GLPKSolver().solve(sub)
    #expect(close(solution.objective, 2 + 6 + 1 + 4 + 9))
  }

  /// Three binaries with a continuous average `m = (x0 + x1 + x2) / 3` and a continuous
  /// `t ≥ 1 − x2` that only touches x2's row.
  @Test func freeColumnsReachAnAverageThroughRowsAndFixFarContinuousColumns() throws {
    var model = Model(name: "average")
    let x = try (0..<3).map { try model.addVariable("x_\($0)", .binary) }
    let m = try model.addVariable("m", lower: 0, upper: 1)
    let t = try model.addVariable("t", lower: 0, upper: 1)
    let u = try model.addVariable("u", lower: 0, upper: 1)
    try model.addConstraint("avg", (1.0 / 3) * x.sum() - m == 0)
    try model.addConstraint("tdef", x[2] + t >= 1)
    try model.addConstraint("uofm", m - u <= 0)
    let free = NeighbourhoodSearch.freeColumns(model, [x[0]])
    #expect(free[x[0].index] && free[m.index])
    #expect(free[u.index])  // reached through m, a continuous column
    #expect(!free[x[1].index] && !free[x[2].index] && !free[t.index])
  }

  /// Lowering a total needs the average free, and with it the rows `t_i ≥ x_i − avg` of the
  /// columns outside the neighbourhood: minimise the average of three binaries of which at
  /// least one must be 1, from the start (1, 1, 1).
  @Test func aMoveThatLowersAnAverageIsFound() throws {
    var model = Model(name: "lower")
    let x = try (0..<3).map { try model.addVariable("x_\($0)", .binary) }
    let avg = try model.addVariable("avg", lower: 0, upper: 1)
    let t = try (0..<3).map { try model.addVariable("t_\($0)", lower: 0, upper: 1) }
    try model.addConstraint("avg", (1.0 / 3) * x.sum() - avg == 0)
    for i in 0..<3 { try model.addConstraint("above_\(i)", x[i] - avg - t[i] <= 0) }
    try model.addConstraint("one", x.sum() >= 1)
    try model.minimize(avg.expression)
    let start = [1.0, 1, 1, 1, 0, 0, 0]
    let search = NeighbourhoodSearch(subproblemOptions: SolverOptions(), maxPasses: 2)
    let result = try search.improve(model, start: start, neighbourhoods: x.map { [$0] })
    #expect(close(result.objective, 1.0 / 3))
    #expect(result.improvements == 2)
  }
}
