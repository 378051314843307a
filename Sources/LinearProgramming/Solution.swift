/// What a solve found.
///
/// The status tells optimal, limit-reached, infeasible and the rest apart.
public struct Solution: Sendable {
  public enum Status: String, Sendable, Equatable {
    /// Proven optimal (within the requested relative gap).
    case optimal
    /// A feasible solution, not proven optimal: a limit stopped the search (see `gap`).
    case feasible
    case infeasible
    case unbounded
    /// A limit stopped the search before any feasible solution was found.
    case noSolutionFound
  }

  public var status: Status
  /// Objective value of the solution (including the objective constant); `nil` without one.
  public var objective: Double?
  /// Best proven bound on the objective (MIP); equals `objective` for a solved LP.
  public var bound: Double?
  /// Column values, indexed by `Variable.index`; empty without a solution.
  public var values: [Double]
  /// Row duals (LP only), indexed by `ConstraintReference.index`.
  public var duals: [Double]
  /// Reduced costs (LP only), indexed by `Variable.index`.
  public var reducedCosts: [Double]
  /// Wall-clock seconds spent in the solver.
  public var seconds: Double
  /// Why the solve ended, in the manner of OR-Tools MathOpt's `Termination`: a proof, or
  /// the limit that stopped it. (A failure is a thrown `SolverError`, never a solution.)
  public var termination: Termination
  /// Whether the time limit, not a proof, a gap or a work limit, ended the solve: a solve
  /// ended by work limits only is deterministic, one ended by the clock is not.
  public var stoppedByTimeLimit: Bool { termination == .limitReached(.time) }
  /// The optimum of the LP relaxation at the root of a MIP search.
  ///
  /// Set when that LP was solved before branching (always so with a `SolverOptions.start`).
  /// Unlike `bound` after a search the clock stopped, it is the same on every run.
  public var rootBound: Double?

  public init(
    status: Status, objective: Double? = nil, bound: Double? = nil, values: [Double] = [],
    duals: [Double] = [], reducedCosts: [Double] = [], seconds: Double = 0
  ) {
    self.status = status
    self.objective = objective
    self.bound = bound
    self.values = values
    self.duals = duals
    self.reducedCosts = reducedCosts
    self.seconds = seconds
    termination = Termination(status)
  }

  /// Records the limit that stopped a search without a proof.
  ///
  /// `clock`: the time limit; else the node or iteration limit the options set. A proven
  /// status keeps its termination.
  mutating func stopped(byClock clock: Bool, _ options: SolverOptions) {
    guard status == .feasible || status == .noSolutionFound else { return }
    let limit: Termination.Limit =
      clock
      ? .time
      : options.nodeLimit != nil ? .nodes : options.iterationLimit != nil ? .iterations : .other
    termination = .limitReached(limit)
  }

  /// Relative gap |objective - bound| / max(`SolverTuning.gapFloor`, |objective|); 0 when
  /// optimal.
  public var gap: Double? {
    guard let objective, let bound else { return nil }
    if status == .optimal { return 0 }
    return abs(objective - bound) / max(SolverTuning.gapFloor, abs(objective))
  }

  public var hasSolution: Bool { status == .optimal || status == .feasible }

  public func value(_ variable: Variable) -> Double { values[variable.index] }
  public func value(_ expression: LinearExpression) -> Double { expression.value(values) }
  public func dual(_ constraint: ConstraintReference) -> Double { duals[constraint.index] }
  public func reducedCost(_ variable: Variable) -> Double { reducedCosts[variable.index] }
}

/// Why a solve ended.
public enum Termination: Sendable, Equatable {
  /// Proven optimal (within the requested gap).
  case optimal
  case infeasible
  case unbounded
  /// A limit stopped the search: with a solution (`Solution.Status.feasible`) or without.
  case limitReached(Limit)

  /// The limits a search can reach.
  public enum Limit: Sendable, Equatable {
    /// The time limit: where it strikes depends on the machine.
    case time
    /// The node limit: the same on every run.
    case nodes
    /// The simplex iteration limit: the same on every run.
    case iterations
    /// Another stop of the solver's own (a solution limit, an interrupted root).
    case other
  }

  /// The termination a status implies before any limit is known.
  init(_ status: Solution.Status) {
    switch status {
    case .optimal: self = .optimal
    case .infeasible: self = .infeasible
    case .unbounded: self = .unbounded
    case .feasible, .noSolutionFound: self = .limitReached(.other)
    }
  }
}

/// Progress of a running MIP search, reported to `SolverOptions.progress`.
public struct SolverProgress: Sendable {
  public var incumbent: Double?
  public var bound: Double?
  public var gap: Double?
  public var seconds: Double
}

/// The branching rule of a GLPK MIP search (`GLPKSolver.branching`).
public enum Branching: Sendable {
  /// Hybrid pseudocosts (`GLP_BR_PCH`); Driebeck–Tomlin above `GLPKSolver`'s size limit
  /// under a time limit, where initialising the pseudocosts would overrun it.
  case pseudocost
  /// Driebeck–Tomlin (`GLP_BR_DTH`), GLPK's default.
  case driebeckTomlin
  /// The first fractional column (`GLP_BR_FFV`): no work per node to choose.
  case firstFractional
}

/// How to solve: limits, MIP strategy, a starting solution, progress and output.
public struct SolverOptions: Sendable {
  /// Wall-clock limit in seconds; `nil` for none.
  public var timeLimit: Double?
  /// Branch-and-cut subproblems after which a MIP search stops, as at a time limit.
  ///
  /// `nil` for none. Unlike a time limit it gives the same answer on every run.
  public var nodeLimit: Int?
  /// Simplex iterations after which an LP, or a MIP's root LP, stops without a solution.
  ///
  /// `nil` for none. Unlike a time limit it stops at the same point on every run. `CBCSolver`
  /// and `HiGHSSolver` apply it to LPs and to the root LP they solve when a start is given,
  /// not to the search.
  public var iterationLimit: Int?
  /// Relative MIP gap at which to stop as optimal.
  public var relativeGap: Double = 0
  public var presolve = true
  /// Cutting planes (Gomory, MIR, cover, clique); for HiGHS, those separated below the root.
  public var cuts = true
  /// Feasibility pump heuristic (HiGHS: feasibility jump, its counterpart).
  public var feasibilityPump = true
  /// A full column vector to offer as the first incumbent; ignored if infeasible.
  public var start: [Double]?
  /// Called now and then during a MIP search, on the solving thread (GLPK and HiGHS: CBC's C
  /// interface has a message callback without a context pointer, but no incumbent callback).
  public var progress: (@Sendable (SolverProgress) -> Void)?
  /// Whether the solver's own terminal output reaches standard error.
  public var verbose = false

  public init(timeLimit: Double? = nil, relativeGap: Double = 0) {
    self.timeLimit = timeLimit
    self.relativeGap = relativeGap
  }
}

/// Solves models.
///
/// `GLPKSolver`, `CBCSolver` and `HiGHSSolver` are the backends; `SolverBackend` picks one by
/// name.
public protocol Solver {
  func solve(_ model: Model, options: SolverOptions) throws -> Solution
}

extension Solver {
  /// Solves `model` with the default options.
  public func solve(_ model: Model) throws -> Solution {
    try solve(model, options: SolverOptions())
  }
}
