import LinearProgramming
import Testing

/// OR-Library generalised assignment instances (Beasley) reach their published optima.
struct ORLibraryTests {
  /// File, position in the file, published optimum (maximisation), as in the README.
  static let cases: [(file: String, index: Int, optimum: Double)] = [
    ("gap1.txt", 0, 336), ("gap1.txt", 1, 327), ("gap1.txt", 4, 326),
    ("gap2.txt", 0, 434), ("gap2.txt", 1, 436), ("gap2.txt", 4, 428),
  ]

  @Test(arguments: SolverBackend.allCases, cases)
  func generalisedAssignmentReachesPublishedOptimum(
    backend: SolverBackend, instance known: (file: String, index: Int, optimum: Double)
  ) throws {
    let instance = try GAPInstance.load(known.file)[known.index]
    let optimum = known.optimum
    let model = try instance.model()
    let s = try backend.makeSolver().solve(model, options: SolverOptions(timeLimit: 60))
    #expect(s.status == .optimal)
    #expect(close(s.objective, optimum))
    // The solution is a real assignment within capacities.
    let (m, n) = (instance.capacities.count, instance.profits[0].count)
    for j in 0..<n {
      #expect(close((0..<m).map { s.values[$0 * n + j] }.reduce(0.0) { $0 + $1 }, 1))
    }
    for i in 0..<m {
      let use = (0..<n).map { instance.uses[i][$0] * s.values[i * n + $0] }.reduce(0.0) { $0 + $1 }
      #expect(use <= instance.capacities[i] + 1e-6)
    }
  }

  /// Every branching rule of GLPK proves the same optimum; only the path differs.
  @Test(arguments: [Branching.pseudocost, .driebeckTomlin, .firstFractional])
  func everyBranchingRuleReachesThePublishedOptimum(branching: Branching) throws {
    let model = try GAPInstance.load("gap2.txt")[1].model()
    let options = SolverOptions(timeLimit: 60)
    let s = try GLPKSolver(branching: branching).solve(model, options: options)
    #expect(s.status == .optimal)
    #expect(close(s.objective, 436))
  }

  @Test func fixtureFilesHoldFiveInstancesEach() throws {
    #expect(try GAPInstance.load("gap1.txt").map { $0.capacities.count } == [5, 5, 5, 5, 5])
    #expect(try GAPInstance.load("gap2.txt").map { $0.profits[0].count } == [20, 20, 20, 20, 20])
  }
}
