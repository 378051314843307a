import LinearProgramming
import Testing

/// A node limit stops branch-and-cut like a time limit, but at the same point on every run.
struct NodeLimitTests {
  @Test(arguments: SolverBackend.allCases)
  func nodeLimitStopsWithAFeasibleSolutionAndTheSameAnswerEveryRun(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    var options = SolverOptions()
    options.nodeLimit = 40
    let first = try backend.makeSolver().solve(model, options: options)
    let second = try backend.makeSolver().solve(model, options: options)
    #expect(first.status == .feasible)
    #expect(try #require(first.gap) > 0)
    #expect(first.objective == second.objective)
    #expect(first.bound == second.bound)
    #expect(first.values == second.values)
  }

  @Test(arguments: SolverBackend.allCases)
  func nodeLimitBelowOneIsRejected(backend: SolverBackend) throws {
    let model = try multiKnapsack(items: 5, dimensions: 1, seed: 1)
    var options = SolverOptions()
    options.nodeLimit = 0
    #expect(throws: SolverError.self) { try backend.makeSolver().solve(model, options: options) }
  }
}
