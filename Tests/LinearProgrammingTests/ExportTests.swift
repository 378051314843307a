import Foundation
import LinearProgramming
import Testing

/// Models written as CPLEX LP and free MPS and solved again by `glpsol` give the objective
/// our own solve gives (less the objective constant, which the files do not carry).
struct ExportTests {
  static let glpsol: String? =
    ["/usr/bin/glpsol", "/usr/local/bin/glpsol"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }
    ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
    .map { "\($0)/glpsol" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  static func models() throws -> [(String, Model)] {
    var ranged = Model(name: "ranged")
    let x = try ranged.addVariable("x[1]", upper: 10)
    let y = try ranged.addVariable("y-2", lower: -5, upper: 10)
    try ranged.addConstraint("range", x + 2 * y, in: 2...6)
    try ranged.addConstraint("fixed", x - y == 1)
    try ranged.minimize(x + 3 * y + 7)
    let gap = try GAPInstance.load("gap1.txt")[0].model()
    return [
      ("chvatal", try LPSolveTests.chvatal().0), ("knapsack", try MIPSolveTests.knapsack().0),
      ("ranged", ranged), ("gap", gap),
    ]
  }

  @Test(
    .enabled(if: glpsol != nil, "glpsol is not on PATH: install glpk-utils to cross-check"),
    arguments: ["lp", "mps"])
  func glpsolSolvesTheExportedModelToTheSameObjective(format: String) throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, model) in try Self.models() {
      let ours = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: 60))
      #expect(ours.status == .optimal)
      let file = folder.appendingPathComponent("\(name).\(format)").path
      try GLPKSolver().export(model, to: file)
      let theirs = try Self.glpsolObjective(file, format: format, model: model)
      let expected = try #require(ours.objective) - model.objective.constant
      #expect(close(theirs, expected, 1e-6), "\(name).\(format): \(theirs) vs \(expected)")
    }
  }

  @Test func lpFileKeepsTheNamesAndTheSense() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("p01.LP").path
    try GLPKSolver().export(try MIPSolveTests.knapsack().0, to: file)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.contains("Maximize"))
    #expect(text.contains("capacity:"))
    #expect(text.contains("item10"))
  }

  @Test func unknownExtensionIsRefused() throws {
    #expect(throws: SolverError.unknownExportFormat(path: "model.txt")) {
      try GLPKSolver().export(try MIPSolveTests.knapsack().0, to: "model.txt")
    }
  }

  @Test func unwritablePathIsAnErrorNamingIt() throws {
    let path = "/nonexistent-\(UUID().uuidString)/model.mps"
    let error = #expect(throws: SolverError.self) {
      try GLPKSolver().writeMPS(try MIPSolveTests.knapsack().0, to: path)
    }
    #expect(error?.description.contains(path) == true)
  }

  @Test func duplicateNamesAreRefused() throws {
    var model = Model()
    let a = try model.addVariable("v")
    let b = try model.addVariable("v")
    try model.minimize(a + b)
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("dup.lp").path
    #expect(throws: SolverError.duplicateName(path: path, name: "v")) {
      try GLPKSolver().writeLP(model, to: path)
    }
  }

  /// Runs glpsol on `file` and reads "Objective:  obj = VALUE" from its report.
  static func glpsolObjective(_ file: String, format: String, model: Model) throws -> Double {
    let report = file + ".out"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(glpsol))
    var arguments = [format == "lp" ? "--lp" : "--freemps", file, "-o", report]
    if model.sense == .maximize { arguments.append("--max") }
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let text = try String(contentsOfFile: report, encoding: .utf8)
    let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Objective:") })
    let afterEquals = try #require(line.split(separator: "=").last)
    let number = try #require(afterEquals.split(separator: " ").first)
    return try #require(Double(String(number)))
  }
}
