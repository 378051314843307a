import HarmonizeData

/// A proposed staff distribution (first plan year) and chair rotation (every plan year),
/// with how well the solver did at each priority.
public struct Plan: Sendable {
  /// Run status, as in the contract's `run.json`.
  public enum Status: String, Sendable {
    /// Every priority proven optimal.
    case optimal
    /// A time limit stopped the search; the plan is feasible, not proven optimal.
    case feasible
    /// No plan meets the hard limits; `message` says which rule could not be met.
    case infeasible
    /// The model could not be built or solved; `message` says why.
    case error
  }

  /// One priority of the lexicographic order and what the solver reached for it.
  public struct Stage: Sendable {
    /// `shortfall`, `excess`, `max_load` or `preferences` (the weighted fourth priority).
    public var name: String
    /// Value reached (the incumbent's), in the stage's own unit.
    public var value: Double?
    /// Best proven bound.
    public var bound: Double?
    public var status: Status
    public var gap: Double
    public var seconds: Double

    public init(
      name: String, value: Double?, bound: Double?, status: Status, gap: Double, seconds: Double
    ) {
      self.name = name
      self.value = value
      self.bound = bound
      self.status = status
      self.gap = gap
      self.seconds = seconds
    }
  }

  /// Memberships as planned for `startYear` (every level) and seats for every plan year.
  public var roster: Roster
  public var status: Status
  public var stages: [Stage]
  /// Worst relative gap over the stages; 0 when optimal.
  public var gap: Double
  public var seconds: Double
  /// Why the plan is infeasible or failed; empty otherwise.
  public var message: String
  /// Whether only work limits (sub-MIP and root-LP iteration budgets, passes, proofs) ended
  /// the run, so the same input and options give the same reports on any machine fast
  /// enough; false when the clock stopped a search or a root LP, left a stage no time, or
  /// stopped a solve that changed the plan.
  public var reproducible = true

  public init(
    roster: Roster, status: Status, stages: [Stage], gap: Double, seconds: Double,
    message: String = ""
  ) {
    self.roster = roster
    self.status = status
    self.stages = stages
    self.gap = gap
    self.seconds = seconds
    self.message = message
  }
}

/// Everything a planning run can be told; the CLI maps its options onto these.
public struct PlanningOptions: Sendable {
  /// First plan year (the coming year).
  public var startYear: Int
  /// Chair horizon in years; `main` groups get at least `Defaults.mainHorizon`.
  public var years: Int = Defaults.horizon
  /// Wall-clock limit for the whole run, in seconds.
  public var timeLimit: Double = 60
  /// Relative MIP gap at which a stage stops as optimal.
  public var mipGap: Double = 0
  public var weights = Weights()
  /// Where to write the final stage's model (`.lp` CPLEX LP or `.mps` free MPS), if anywhere.
  public var exportModelPath: String?
  /// Called with a line of progress (stage, incumbent, bound, gap, elapsed).
  public var progress: (@Sendable (String) -> Void)?

  public init(startYear: Int) { self.startYear = startYear }

  /// Weights of the fourth priority, traded against each other only.
  public struct Weights: Sendable, Equatable {
    /// Per change of membership or seat against today.
    public var stability: Double = 10
    /// Per need of a group that an active member meets (skill at the asked level or above).
    public var skillFit: Double = 1
    /// Per seat given where a donor asked for it, scaled down by preference rank.
    public var preference: Double = 3
    /// Per year a lead continues from the year before (on top of `stability`), so leads serve
    /// their whole term and rotate right after it ends rather than before.
    public var rotation: Double = 5
    /// Per unit of a donor's load above the average load: the tie-break among plans with the
    /// same largest load.
    public var fairness: Double = 10

    public init() {}
  }
}
