/// Every budget, share and tolerance of a planning run, in one place.
///
/// The reasons are here; the figures that chose them are in docs/benchmarks.md ("Planning").
enum PlanningTuning {
  /// Share of the time left that a solve of each priority may use, by `PlanningModel.Stage`.
  ///
  /// Priorities 1 to 6 are sums that the solver proves quickly; the ladder runs priorities 4
  /// to 6 once per step, each step with the same share of what is left. The last priority
  /// leaves a fifth: CBC checks its clock only between phases, so a solve overruns its limit.
  static let timeShares: [Double] = [0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 0.8]
  /// Share of the whole time limit kept back from the ladder for the weighted priority.
  static let weightedReserve = 0.15
  /// Branch-and-bound nodes the weighted priority may use: its work budget, so that a run
  /// ended by it gives the same plan on any machine.
  static let weightedNodeLimit = 200
  /// Seconds below which no solve is started (the incumbent stays).
  static let shortestSolve = 0.05
  /// Absolute slack when a continuous optimum (the overload) is fixed for later priorities,
  /// and the largest overload that still counts as a ceiling met.
  static let loadTolerance = 1e-6
  /// Slack added when an integral optimum (shortfall, excess, changes) is fixed or compared.
  static let integerTolerance = 1e-6
  /// Slack within which a column vector meets a row or a bound (relative to the bound when
  /// above 1), as the solvers' own feasibility tolerance.
  static let feasibilityTolerance = 1e-6
  /// Smallest denominator of a relative gap, so a value of 0 gives a finite gap.
  static let smallestGapBase = 1e-9
  /// Step of the price-of-fairness ladder (planning-rules.md): ceilings are multiples of it.
  static let ladderStep = 0.05
  /// Share of the time limit for the plan that keeps the decisions; the rest goes to the
  /// plan without them, whose priorities say what the decisions cost.
  static let decidedShare = 0.7
}
