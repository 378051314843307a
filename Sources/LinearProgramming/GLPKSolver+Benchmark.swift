/// The hook `harmonize-bench lp-load` times.
extension GLPKSolver {
  /// Benchmark hook, not for production use: builds `model` as a GLPK problem (rows,
  /// columns, bounds, matrix, and names when `names` is set), frees it without solving and
  /// returns the seconds the build took.
  public func loadForBenchmark(_ model: Model, names: Bool = true) throws -> Double {
    try Self.timeLoad(model, names: names)
  }
}
