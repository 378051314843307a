import Foundation
import LinearProgramming
import Testing

/// GLPK's terminal output never reaches standard output.
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

  static func solveBoth(verbose: Bool) throws {
    var options = SolverOptions(timeLimit: 30)
    options.verbose = verbose
    _ = try GLPKSolver().solve(try LPSolveTests.chvatal().0, options: options)
    _ = try GLPKSolver().solve(try MIPSolveTests.knapsack().0, options: options)
  }

  @Test func quietSolveWritesNothingToStandardOutput() throws {
    let out = try Self.captured(1) { try Self.solveBoth(verbose: false) }
    #expect(!out.contains("obj ="))
    #expect(!out.contains("mip ="))
  }

  @Test func verboseSolveWritesGLPKOutputToStandardErrorOnly() throws {
    var err = ""
    let out = try Self.captured(1) {
      err = try Self.captured(2) { try Self.solveBoth(verbose: true) }
    }
    #expect(err.contains("obj ="))  // simplex iterations
    #expect(err.contains("mip ="))  // branch-and-cut progress
    #expect(!out.contains("obj ="))
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
