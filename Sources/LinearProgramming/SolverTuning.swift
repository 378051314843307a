/// Every tolerance and tuning constant of the solver layer, in one place, each with its reason.
///
/// The figures that chose the size limits are in docs/benchmarks.md ("Solver backends"); the
/// planner's own budgets and shares are `PlanningTuning` in HarmonizePlanning.
enum SolverTuning {
  // MARK: Both backends

  /// Slack when an integer column's bounds are rounded inwards, so that a bound computed as
  /// 2.9999999999 still allows 3.
  static let integerBoundSlack = 1e-9
  /// How far a start may break a bound, integrality or a row (times max(1, |bound|) for rows)
  /// and still be offered to a solver: a start computed in floating point passes, a start
  /// that breaks a rule does not.
  static let startTolerance = 1e-6
  /// Least relative gain, times max(1, |objective|), for which the start replaces the solver's
  /// incumbent: a tie keeps the solver's solution.
  static let startGain = 1e-9
  /// Smallest denominator of a relative gap, so that the gap at objective 0 stays finite.
  static let gapFloor = 1e-9
  /// A bound or objective from GLPK, CBC or HiGHS at or beyond this magnitude means "none":
  /// GLPK and CBC report a missing one as ±`DBL_MAX` (`COIN_DBL_MAX`), HiGHS as ±infinity.
  static let noValue = 1e300

  /// The GLPK backend (`GLPKSolver`).
  enum GLPK {
    /// Non-zeros above which `glp_simplex` runs without GLPK's LP presolver under a time
    /// limit: the presolver, and the scaling of the presolved LP it does, are not interrupted
    /// by `tm_lim` and can take most of a stage's limit on a large generated set.
    static let presolveLimit = 400_000
    /// Non-zeros above which branch-and-cut under a time limit branches by Driebeck-Tomlin
    /// instead of pseudocosts: GLPK initialises a pseudocost with two dual simplex runs per
    /// fractional column, outside its time check, so a larger solve overran its limit by far.
    static let pseudocostLimit = 30_000
    /// Least time between two progress reports while the incumbent stays the same.
    static let progressInterval = Duration.seconds(1)
    /// Chunks of GLPK's terminal output kept for error messages.
    static let outputChunks = 32
    /// Lines of that output an error message quotes.
    static let errorLines = 3
    /// Longest problem name GLPK accepts, in bytes.
    static let nameBytes = 255
  }

  /// The CBC backend (`CBCSolver`).
  enum CBC {
    /// Least time limit given to Clp or CBC, in seconds, so that a limit already spent is
    /// still a positive limit for the solver.
    static let shortestLimit = 0.001
    /// Seconds of the time limit below which a crashed branch-and-cut is not tried again.
    static let shortestRetry = 1.0
    /// The branch-and-cut child's own time limit ends it first; the parent kills a child that
    /// hangs after this multiple of the limit plus `hangGrace` seconds (a day without a limit).
    static let hangFactor = 2.0
    static let hangGrace = 30.0
    static let hangWithoutLimit = 86_400.0
  }

  /// The HiGHS backend (`HiGHSSolver`).
  enum HiGHS {
    /// Least time limit given to HiGHS, in seconds, so that a limit already spent is still a
    /// positive limit for the solver.
    static let shortestLimit = 0.001
    /// Least time between two progress reports while the incumbent stays the same.
    static let progressInterval = Duration.seconds(1)
    /// HiGHS's random seed, fixed so that every run takes the same path.
    static let randomSeed: Int32 = 0
  }
}
