/// The solver backends a caller can pick by name, for example from a command-line option.
public enum SolverBackend: String, CaseIterable, Sendable, CustomStringConvertible {
  /// `GLPKSolver`: GLPK 5's simplex and branch-and-cut.
  case glpk
  /// `CBCSolver`: COIN-OR CBC 2.10 for MIPs, Clp for LPs.
  case cbc
  /// `HiGHSSolver`: HiGHS 1.15's simplex and branch-and-cut.
  case highs

  /// A new solver of this kind.
  public func makeSolver() -> any Solver {
    switch self {
    case .glpk: GLPKSolver()
    case .cbc: CBCSolver()
    case .highs: HiGHSSolver()
    }
  }

  public var description: String { rawValue }
}
