import HarmonizeData
import LinearProgramming

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
    public var priority: Priority
    /// The priority's name, as reports and run.json write it.
    public var name: String { priority.name }
    /// Value reached (the incumbent's), in the stage's own unit.
    public var value: Double?
    /// Best proven bound.
    public var bound: Double?
    public var status: Status
    public var gap: Double
    public var seconds: Double
    /// Whether the clock, not a proof or a work budget, ended the solve.
    public var stoppedByClock = false
    /// Parts of the plan solved again with the rest fixed (docs/model.md, "A country's data
    /// set"), and how many of them gave a better plan; 0 when none was.
    public var neighbourhoods = 0
    public var betterNeighbourhoods = 0

    public init(
      priority: Priority, value: Double?, bound: Double?, status: Status, gap: Double,
      seconds: Double
    ) {
      self.priority = priority
      self.value = value
      self.bound = bound
      self.status = status
      self.gap = gap
      self.seconds = seconds
    }
  }

  /// One step of the price-of-fairness ladder (`tradeoff.csv`).
  public struct LadderStep: Sendable, Equatable {
    /// How a step ended.
    public enum Outcome: String, Sendable {
      /// The step's fewest changes were proven.
      case proven
      /// The step costs more than `fairnessRate` changes over the step before (proven).
      case overRate = "over_rate"
      /// No plan meets the ceiling (its least overload is above 0).
      case unreachable
      /// The ceiling needs more unasked seat takeovers than the step before (proven).
      case moreUnasked = "more_unasked"
      /// Not decided within the time limit.
      case undecided
    }

    /// The load ceiling tried; `nil` for none (the plan with the fewest changes).
    public var ceiling: Double?
    /// The fewest changes at this ceiling, when proven (or the best found when undecided).
    public var changes: Double?
    /// The largest donor load of the step's plan.
    public var largestLoad: Double?
    /// The least total overload above the ceiling (0 when it is met).
    public var overload: Double
    /// The fewest unasked seat takeovers at this ceiling, when the step got that far.
    public var unasked: Double?
    public var outcome: Outcome
    /// Whether the plan was taken from this step.
    public var chosen = false

    public init(
      ceiling: Double?, changes: Double?, largestLoad: Double?, overload: Double,
      outcome: Outcome
    ) {
      self.ceiling = ceiling
      self.changes = changes
      self.largestLoad = largestLoad
      self.overload = overload
      self.outcome = outcome
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
  /// The load ceiling the plan keeps (chosen by the ladder or given); `nil` for none.
  public var ceiling: Double?
  /// Every step of the price-of-fairness ladder that was tried, in order.
  public var ladder: [LadderStep] = []
  /// Whether the eligibility rule was off (anyone could join any group): a what-if.
  public var anyGroup = false
  /// The solver backend that solved the plan.
  public var solver = PlanningOptions.defaultSolver
  /// The first plan year and the chair horizon (`main` groups get more: `roster.years`).
  public var horizon: PlanHorizon { facts.horizon }
  /// Where the load ceiling came from.
  public var ceilingSource = CeilingSource.none
  /// What the planner knew of each seat and membership (interests, commitments, decisions):
  /// the reports quote it rather than derive it again.
  public var facts: PlanFacts
  /// Each priority's model as it was solved, kept when `PlanningOptions.exportModelPath` is
  /// set: the command line writes them (`Priority.modelFile(beside:)`).
  public var solvedModels: [Priority: Model] = [:]

  /// Where a plan's load ceiling came from.
  public enum CeilingSource: String, Sendable {
    /// `--load-ceiling`.
    case given
    /// The price-of-fairness ladder chose a step below the first.
    case ladder
    /// No ceiling: the ladder's first step (or a lower one cost too many changes).
    case none
  }
  /// Priorities 1 to 6 of the best plan without the task force's decisions.
  ///
  /// Solved at the same ceiling: what the decisions cost. Empty without decisions (or when
  /// that run failed).
  public var withoutDecisions: [Stage] = []

  /// A plan of `facts`' data set and horizon.
  public init(
    roster: Roster, status: Status, stages: [Stage], gap: Double, seconds: Double,
    message: String = "", facts: PlanFacts
  ) {
    self.facts = facts
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
  public var timeLimit = Self.defaultTimeLimit
  /// The whole run's default wall-clock limit: a minute, enough to prove every priority on
  /// the bundled sets (docs/benchmarks.md).
  public static let defaultTimeLimit: Double = 60
  /// Relative MIP gap at which a stage stops as optimal.
  public var mipGap: Double = 0
  public var weights = Weights()
  /// The load ceiling, a fraction of capacity; `nil` to let the ladder choose it.
  public var loadCeiling: Double?
  /// The most changes one ladder step may add over the step before and still be taken.
  public var fairnessRate: Double = 2
  /// Switches the eligibility rule off: anyone may be active in any group (a what-if).
  public var anyGroup = false
  /// The model size, in non-zeros, from which priorities are searched by neighbourhoods.
  ///
  /// Fix and optimise (`PlanningRun.searchNeighbourhoods`) rather than the whole model: a
  /// country's data set, whose root LP alone outlasts the minute.
  /// `PlanningTuning.neighbourhoods` by default; tests lower it to search small models so.
  public var neighbourhoodNonZeros = PlanningTuning.neighbourhoods.fromNonZeros
  /// The solver backend.
  public var solver = Self.defaultSolver
  /// HiGHS, by measurement (docs/benchmarks.md, "Planning"): on the bundled and generated
  /// sets it proves as much as CBC or more, in less time on all but the smallest solves.
  public static let defaultSolver = SolverBackend.highs
  /// Where the command line writes each priority's model, if anywhere.
  ///
  /// `.lp` is CPLEX LP, `.mps` free MPS; `plan.mps` becomes `plan-shortfall.mps`,
  /// `plan-excess.mps`, …. When set, the plan keeps its solved models (`Plan.solvedModels`);
  /// run.json records it.
  public var exportModelPath: String?
  /// Called with a line of progress (stage, incumbent, bound, gap, elapsed).
  public var progress: (@Sendable (String) -> Void)?

  public init(startYear: Int) { self.startYear = startYear }

  /// Weights of the seventh priority, traded against each other only (never against the
  /// priorities before it).
  public struct Weights: Sendable, Equatable {
    /// Per need of a group that an active member meets (skill at the asked level or above).
    public var skillFit: Double = 1
    /// Per seat given where a donor asked for it, scaled down by preference rank.
    public var preference: Double = 3
    /// Per year a lead continues from the year before, so leads serve their whole term and
    /// rotate right after it ends rather than before.
    public var rotation: Double = 5
    /// Per unit of a donor's load above the average load: loads spread evenly below the
    /// ceiling.
    public var fairness: Double = 10

    public init() {}
  }
}
