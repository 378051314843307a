import Foundation
import Testing

/// `harmonize plan --solver highs` end to end: the same proven priorities as CBC, and the
/// reports say which backend solved the plan.
struct SolverChoiceCLITests {
  /// Priorities 1 to 4 of a plan written to `out`, from its run.json: name, value, status.
  func priorities(_ out: URL) throws -> (solver: String?, stages: [(String, Double, String)]) {
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(read(out, "run.json").utf8)) as? [String: Any])
    let all = try #require(json["priorities"] as? [[String: Any]])
    let stages = all.prefix(6).map {
      ($0["name"] as? String ?? "", $0["value"] as? Double ?? .nan, $0["status"] as? String ?? "")
    }
    return (json["solver"] as? String, stages)
  }

  /// Priorities 1 to 6 on the bundled Cambodia set and a generated set of the `generate` shape (some groups
  /// without needs), at a fixed ceiling so that no ladder runs.
  @Test(arguments: ["cambodia", "generated"])
  func highsProvesTheSamePrioritiesAsCBC(_ name: String) throws {
    let root = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    var data = PlanCLITests.repository.appendingPathComponent("Data/\(name)")
    if name == "generated" {
      data = root.appendingPathComponent("generated")
      let made = try harmonize([
        "generate", "--donors", "6", "--groups", "8", "--staff", "20", "--seed", "3", "--out",
        data.path,
      ])
      try #require(made.status == 0, "\(made.error)")
    }
    var results: [String: (solver: String?, stages: [(String, Double, String)])] = [:]
    for solver in ["cbc", "highs"] {
      let out = root.appendingPathComponent(solver)
      let run = try harmonize([
        "plan", data.path, "--out", out.path, "--start", "2027", "--time-limit", "60",
        "--load-ceiling", "0.7", "--solver", solver,
      ])
      #expect(run.status == 0, "\(solver): \(run.error)")
      results[solver] = try priorities(out)
      #expect(try read(out, "summary.txt").contains("Solver: \(solver);"))
    }
    let (cbc, highs) = (try #require(results["cbc"]), try #require(results["highs"]))
    #expect(cbc.solver == "cbc" && highs.solver == "highs")
    #expect(
      highs.stages.map(\.0) == [
        "shortfall", "overstay", "excess", "overload", "unasked", "changes",
      ])
    for (a, b) in zip(cbc.stages, highs.stages) {
      #expect(a.2 == "optimal" && b.2 == "optimal", "\(a.0): cbc \(a.2), highs \(b.2)")
      #expect(a.1 == b.1, "\(a.0): cbc \(a.1), highs \(b.1)")
    }
  }
}
