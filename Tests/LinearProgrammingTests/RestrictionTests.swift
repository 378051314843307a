import LinearProgramming
import Testing

/// `Model.restricted(free:at:)`: the sub-model of a large-neighbourhood search.
struct RestrictionTests {
  /// Burkardt's knapsack P01 with items 1 and 5 fixed (out and in) and a row on them alone.
  static func fixedKnapsack() throws -> (Model, RestrictedModel) {
    let (knapsack, x) = try MIPSolveTests.knapsack()
    var model = knapsack
    try model.addConstraint("first_or_fifth", x[0] + x[4] <= 1)
    var point = [Double](repeating: 0, count: 10)
    point[4] = 1
    var free = [Bool](repeating: true, count: 10)
    free[0] = false
    free[4] = false
    return (model, model.restricted(free: free, at: point))
  }

  /// The best profit with item 1 out and item 5 in, by enumerating the other 8 items.
  static func bruteForce() -> Double {
    let weights: [Double] = [31, 29, 44, 38, 63, 85, 89, 82]
    let profits: [Double] = [57, 49, 68, 43, 67, 84, 87, 72]
    var best = 0.0
    for subset in 0..<(1 << 8) {
      let items = (0..<8).filter { subset & (1 << $0) != 0 }
      guard items.map({ weights[$0] }).reduce(0, +) <= 165 - 53 else { continue }
      best = max(best, 60 + items.map { profits[$0] }.reduce(0, +))
    }
    return best
  }

  @Test func fixedColumnsLeaveTheModelAndTheirRowsBoundsAndObjective() throws {
    let (_, sub) = try Self.fixedKnapsack()
    #expect(sub.model.variables.count == 8)
    #expect(sub.columns == [1, 2, 3, 5, 6, 7, 8, 9])
    // The row on items 1 and 5 alone is met and dropped; the capacity keeps 165 − 53.
    #expect(sub.model.constraintNames == ["capacity"])
    #expect(sub.model.constraints[0].upper == 112)
    #expect(sub.model.objective.constant == 60)
  }

  @Test(arguments: SolverBackend.allCases)
  func theSubModelsOptimumIsTheBestWithTheFixedColumns(backend: SolverBackend) throws {
    let (model, sub) = try Self.fixedKnapsack()
    var options = SolverOptions(timeLimit: 30)
    options.start = sub.restricted(sub.fixedValues)
    let s = try backend.makeSolver().solve(sub.model, options: options)
    #expect(s.status == .optimal)
    #expect(close(s.objective, Self.bruteForce()))
    let full = sub.expanded(s.values)
    #expect(model.isFeasible(full))
    #expect(full[0] == 0 && full[4] == 1)
    #expect(close(s.objective, model.objective.value(full)))
  }
}
