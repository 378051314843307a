/// Every budget, share and tolerance of a planning run, in one place.
///
/// The reasons are here; the figures that chose them are in docs/benchmarks.md ("Planning").
enum PlanningTuning {
  /// How each priority is solved.
  struct StagePolicy {
    /// Share of the time left that one solve may use.
    var timeShare: Double
    /// Branch-and-bound nodes after which the search stops (its work budget), if any.
    var nodeLimit: Int? = nil
    /// Whether the solver adds cutting planes.
    var cuts = true
    /// The start heuristic's greedy that polishes the incumbent before the solve, if any.
    var polish: Polish? = nil
  }

  /// A greedy of the start heuristic applied to the incumbent before a solve.
  enum Polish {
    /// Donors demoted from crowded groups where no gap opens.
    case thin
    /// Today's members kept where they fit, needless arrivals undone.
    case fewerChanges
  }

  /// The policy of each priority.
  ///
  /// Priorities 1 to 6 are sums that the solver proves quickly; the ladder runs priorities 4
  /// to 6 once per step, each step with the same share of what is left. The last priority
  /// leaves a fifth: CBC checks its clock only between phases, so a solve overruns its limit.
  /// It ends on a node budget, so a run ended by it gives the same plan on any machine; its
  /// cuts cost more than they prune there.
  static let policies = PerPriority<StagePolicy> { priority in
    switch priority {
    case .shortfall, .overstay, .overload, .unasked: StagePolicy(timeShare: 0.3)
    case .excess: StagePolicy(timeShare: 0.3, polish: .thin)
    case .changes: StagePolicy(timeShare: 0.5, polish: .fewerChanges)
    case .weighted: StagePolicy(timeShare: 0.8, nodeLimit: 200, cuts: false)
    }
  }
  /// Share of the whole time limit kept back from the ladder for the weighted priority.
  static let weightedReserve = 0.15
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
  /// Step of the price-of-fairness ladder (docs/model.md, "The price-of-fairness ladder"): ceilings are multiples of it.
  static let ladderStep = 0.05
  /// Share of the time limit for the plan that keeps the decisions; the rest goes to the
  /// plan without them, whose priorities say what the decisions cost.
  static let decidedShare = 0.7

  /// How a country's data set is searched: by neighbourhoods (fix and optimise,
  /// `PlanningRun.searchNeighbourhoods`) instead of on the whole model.
  struct NeighbourhoodPolicy {
    /// Non-zeros from which every priority is searched so: at 1.3 million the root LP alone
    /// takes HiGHS over 100 s and a minute's share found nothing better than the start; the
    /// largest model the whole search proves priorities on has under 100,000
    /// (docs/benchmarks.md, "Planning").
    var fromNonZeros: Int
    /// Groups with room to improve (their gaps, for the shortfall) freed at a time.
    var groups: Int
    /// Staff freed at first (those active in the groups first, then others who may join
    /// them), doubled after each pass over the groups that finds nothing better.
    var staff: Int
    /// Passes over the groups without a better plan before the search ends.
    var passes: Int
    /// The most seconds and nodes one neighbourhood's solve may use.
    var seconds: Double
    var nodes: Int
    /// Below `fromNonZeros`: the share of a priority's time the whole search gets; when the
    /// clock ends it unproven, neighbourhoods of its plan get the rest.
    var wholeShare: Double
  }

  static let neighbourhoods = NeighbourhoodPolicy(
    fromNonZeros: 400_000, groups: 2, staff: 40, passes: 3, seconds: 5, nodes: 500,
    wholeShare: 0.6)
}
