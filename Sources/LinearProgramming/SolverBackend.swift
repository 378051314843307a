/// The solver backends a caller can choose by name.
public enum SolverBackend: String, CaseIterable, Sendable {
  case glpk
  case cbc

  /// A solver of this backend.
  public func makeSolver() -> any Solver {
    switch self {
    case .glpk: GLPKSolver()
    case .cbc: GLPKSolver()  // placeholder until the CBC backend lands
    }
  }
}
