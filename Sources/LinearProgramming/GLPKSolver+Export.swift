/// Writing models to files that other solvers (and `glpsol`) read.
///
/// GLPK's writers are used, so the caveats are GLPK's: the CPLEX LP writer mangles names it
/// cannot print (space → `_`, `[` → `(`, `]` → `)`, `-` → `~`) and replaces names that are not
/// valid LP names with `r_N` / `x_N`; free MPS has no objective sense (pass `--max` to
/// `glpsol`, or the sense to another solver). Neither file carries the objective constant:
/// add `model.objective.constant` to what the file's solver reports.
extension GLPKSolver {
  /// Writes `model` in CPLEX LP format to `path`.
  public func writeLP(_ model: Model, to path: String) throws {
    try Self.write(model, to: path, lp: true)
  }

  /// Writes `model` in free MPS format to `path` (read back with `glpsol --freemps`).
  public func writeMPS(_ model: Model, to path: String) throws {
    try Self.write(model, to: path, lp: false)
  }

  /// Writes `model` to `path` as CPLEX LP or free MPS, chosen by the extension `.lp` or
  /// `.mps` (any case); throws `SolverError.unknownExportFormat` otherwise.
  public func export(_ model: Model, to path: String) throws {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".lp") {
      try writeLP(model, to: path)
    } else if lowered.hasSuffix(".mps") {
      try writeMPS(model, to: path)
    } else {
      throw SolverError.unknownExportFormat(path: path)
    }
  }
}
