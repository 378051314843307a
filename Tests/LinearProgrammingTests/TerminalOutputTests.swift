import Foundation
import LinearProgramming
import Testing

/// The solvers' terminal output never reaches standard output.
///
/// With `verbose` it goes to standard error. The tests swap the process's file descriptors, so they run one at a time.
@Suite(.serialized)
struct TerminalOutputTests {
  /// Runs `body` with file descriptor `fd` redirected to a file; returns what was written.
  static func captured(_ fd: Int32, _ body: () throws -> Void) throws -> String {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("out.txt").path
    let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    try #require(file >= 0)
    let saved = dup(fd)
    fflush(nil)
    dup2(file, fd)
    defer {
      fflush(nil)
      dup2(saved, fd)
      close(saved)
      close(file)
    }
    try body()
    fflush(nil)
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  static func solveBoth(_ backend: SolverBackend, verbose: Bool) throws {
    var options = SolverOptions(timeLimit: 30)
    options.verbose = verbose
    let solver = backend.makeSolver()
    _ = try solver.solve(try LPSolveTests.chvatal().0, options: options)
    _ = try solver.solve(try MIPSolveTests.knapsack().0, options: options)
    var plain = options
    (plain.presolve, plain.cuts, plain.feasibilityPump) = (false, false, false)
    _ = try solver.solve(try MIPSolveTests.knapsack().0, options: plain)
    // A start, a node limit and an infeasible MIP: CBC's messages about them too.
    let (split, known) = try marketSplit(rows: 4, columns: 30, seed: 5)
    options.start = known
    options.nodeLimit = 50
    _ = try solver.solve(split, options: options)
    var infeasible = Model()
    let x = try infeasible.addVariable("x", .integer, upper: 10)
    try infeasible.addConstraint("odd", 2 * x == 3)
    _ = try solver.solve(infeasible, options: SolverOptions())
  }

  /// Markers of GLPK's, CBC's, Clp's and HiGHS's log lines.
  static let solverMarkers = [
    "obj =", "mip =", "Cbc0", "Clp0", "Coin0", "Welcome to the CBC", "Running HiGHS",
    "Solving report",
  ]

  @Test(arguments: SolverBackend.allCases)
  func quietSolveWritesNothingToStandardOutputOrError(backend: SolverBackend) throws {
    var err = ""
    let out = try Self.captured(1) {
      err = try Self.captured(2) { try Self.solveBoth(backend, verbose: false) }
    }
    for marker in Self.solverMarkers {
      #expect(!out.contains(marker))
      #expect(!err.contains(marker))
    }
  }

  @Test func verboseSolveWritesGLPKOutputToStandardErrorOnly() throws {
    var err = ""
    let out = try Self.captured(1) {
      err = try Self.captured(2) { try Self.solveBoth(.glpk, verbose: true) }
    }
    #expect(err.contains("obj ="))  // simplex iterations
    #expect(err.contains("mip ="))  // branch-and-cut progress
    #expect(!out.contains("obj ="))
  }

  @Test func verboseSolveWritesCBCOutputToStandardErrorOnly() throws {
    var err = ""
    let out = try Self.captured(1) {
      err = try Self.captured(2) { try Self.solveBoth(.cbc, verbose: true) }
    }
    #expect(err.contains("Cbc0"))  // branch-and-cut messages
    #expect(err.contains("Clp0"))  // simplex messages
    for marker in Self.solverMarkers { #expect(!out.contains(marker)) }
  }

  @Test func verboseSolveWritesHiGHSOutputToStandardErrorOnly() throws {
    var err = ""
    let out = try Self.captured(1) {
      err = try Self.captured(2) { try Self.solveBoth(.highs, verbose: true) }
    }
    #expect(err.contains("Running HiGHS"))  // the banner of every run
    #expect(err.contains("Solving report"))  // the MIP search's closing report
    for marker in Self.solverMarkers { #expect(!out.contains(marker)) }
  }

  @Test func exportMessagesAreNotPrinted() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = try Self.captured(1) {
      try GLPKSolver().writeLP(
        try MIPSolveTests.knapsack().0, to: folder.appendingPathComponent("k.lp").path)
    }
    #expect(!out.contains("Writing problem data"))
  }
}
