import Dispatch
import LinearProgramming
import Synchronization
import Testing

/// What `HiGHSSolver` does beyond the shared solve tests (`BackendSolveTests` and the rest):
/// the objective constant (HiGHS's offset) in a bound, progress, and concurrent solves.
struct HiGHSSolverTests {
  /// Stopped by a node limit, the objective constant (HiGHS's offset) moves objective and
  /// bound alike, and only once.
  @Test func theConstantMovesObjectiveAndBoundOfAStoppedSearchAlike() throws {
    var model = try multiKnapsack(items: 200, dimensions: 10, seed: 3)
    var options = SolverOptions()
    options.nodeLimit = 10
    let plain = try HiGHSSolver().solve(model, options: options)
    try model.maximize(model.objective + 1000)
    let shifted = try HiGHSSolver().solve(model, options: options)
    #expect(plain.status == .feasible && shifted.status == .feasible)
    #expect(close(shifted.objective, try #require(plain.objective) + 1000))
    #expect(close(shifted.bound, try #require(plain.bound) + 1000))
    let (objective, bound) = (try #require(shifted.objective), try #require(shifted.bound))
    #expect(bound > objective)
  }

  @Test func progressReportsIncumbentBoundAndTime() throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 3)
    let reports = Mutex<[SolverProgress]>([])
    var options = SolverOptions(timeLimit: 2.5)
    options.progress = { p in reports.withLock { $0.append(p) } }
    let s = try HiGHSSolver().solve(model, options: options)
    let seen = reports.withLock { $0 }
    #expect(!seen.isEmpty)
    let last = try #require(seen.last)
    #expect(last.incumbent != nil && last.bound != nil && last.gap != nil)
    #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.seconds <= $1.seconds })
    // Maximisation: no incumbent reported beats the answer, no bound is below it.
    let objective = try #require(s.objective)
    #expect(seen.allSatisfy { ($0.incumbent ?? -.infinity) <= objective + 1e-6 })
    #expect(seen.allSatisfy { ($0.bound ?? .infinity) >= objective - 1e-6 })
  }

  /// Two solves on two threads at once give what one solve alone gives.
  @Test func concurrentSolvesAgreeWithASolveAlone() throws {
    let model = try multiKnapsack(items: 200, dimensions: 10, seed: 7)
    var limited = SolverOptions()
    limited.nodeLimit = 40
    let options = limited
    let alone = try HiGHSSolver().solve(model, options: options)
    let results = Mutex<[[Double]]>([])
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      let values = (try? HiGHSSolver().solve(model, options: options))?.values ?? []
      results.withLock { $0.append(values) }
    }
    #expect(results.withLock { $0 } == [alone.values, alone.values])
  }
}
