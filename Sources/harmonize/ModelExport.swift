import HarmonizePlanning
import LinearProgramming

/// Writes each priority's model of a plan, as solved, beside the `--export-model` path
/// (`plan.mps` → `plan-shortfall.mps`, …), as CPLEX LP or free MPS by its extension.
enum ModelExport {
  /// The files written, in priority order; throws the first write that fails.
  static func write(_ plan: Plan, beside path: String) throws -> [String] {
    var written: [String] = []
    for priority in Priority.allCases {
      guard let model = plan.solvedModels[priority] else { continue }
      let file = priority.modelFile(beside: path)
      try GLPKSolver().export(model, to: file)
      written.append(file)
    }
    return written
  }
}
