import HarmonizeData
import LinearProgramming

/// Proposes a staff distribution and a multi-year chair rotation for a data set by solving the
/// planning MIP (docs/model.md) one priority at a time, strictly in the rules' order.
public struct Planner {
  public let dataSet: DataSet
  public let options: PlanningOptions
  let solver: any Solver

  /// `solver` solves every stage; tests may pass a fake.
  public init(_ dataSet: DataSet, options: PlanningOptions, solver: (any Solver)? = nil) {
    self.dataSet = dataSet
    self.options = options
    self.solver = solver ?? options.solver.makeSolver()
  }

  /// Runs the priorities in order: least shortfall, fewest overstay years, least excess, then
  /// the price-of-fairness ladder (overload above a ceiling, fewest unasked takeovers, fewest
  /// changes, per step), then the weighted rest.
  ///
  /// Never throws: an infeasible or failed run comes back as `Plan.status` `.infeasible` or
  /// `.error`, with `message` naming the rule or the failure.
  ///
  /// With decisions, a second run without them (at the plan's ceiling, priorities 1 to 6)
  /// gives `Plan.withoutDecisions`: what the decisions cost.
  public func plan() -> Plan {
    let began = ContinuousClock.now
    let decided = !dataSet.decisions.isEmpty
    let share = decided ? PlanningTuning.decidedShare : 1
    var plan = plan(dataSet, clock: PlanningClock(limit: options.timeLimit * share))
    guard decided, plan.status == .optimal || plan.status == .feasible else { return plan }
    let elapsed = (ContinuousClock.now - began).inSeconds
    let clock = PlanningClock(limit: max(0, options.timeLimit - elapsed))
    if let without = withoutDecisions(ceiling: plan.ceiling, clock: clock) {
      plan.withoutDecisions = without.stages
      if !without.reproducible { plan.reproducible = false }
    }
    plan.seconds = (ContinuousClock.now - began).inSeconds
    return plan
  }

  /// A run on the index's data set with its first three priorities settled.
  private func settled(_ index: PlanningIndex, options: PlanningOptions, clock: PlanningClock)
    throws(PlanningFailure) -> PlanningRun
  {
    var run = try PlanningRun(index: index, options: options, solver: solver, clock: clock)
    try run.settle(.shortfall)
    try run.settle(.overstay)
    try run.settle(.excess)
    return run
  }

  private func index(_ data: DataSet) -> PlanningIndex {
    PlanningIndex(
      data, startYear: options.startYear, years: options.years, anyGroup: options.anyGroup)
  }

  private func plan(_ data: DataSet, clock: PlanningClock) -> Plan {
    let index = index(data)
    do throws(PlanningFailure) {
      var run = try settled(index, options: options, clock: clock)
      let ladder = try FairnessLadder(options: options).climb(&run)
      try run.solve(.weighted)
      return run.plan(ladder: ladder)
    } catch {
      var message = error.message
      if case .infeasible = error, !data.decisions.isEmpty {
        message += "; together with the \(data.decisions.count) decisions of \(data.decisionsFile)"
      }
      var plan = Plan(
        roster: Roster(memberships: index.today.memberships, seats: [], years: index.years),
        status: error.status, stages: [], gap: 0, seconds: clock.elapsed, message: message,
        facts: index.facts)
      plan.anyGroup = options.anyGroup
      plan.solver = options.solver
      return plan
    }
  }

  /// Priorities 1 to 6 of the best plan without the decisions, at `ceiling`.
  private func withoutDecisions(ceiling: Double?, clock: PlanningClock)
    -> (stages: [Plan.Stage], reproducible: Bool)?
  {
    var data = dataSet
    data.decisions = []
    var options = options
    options.loadCeiling = ceiling
    options.exportModelPath = nil
    do throws(PlanningFailure) {
      var run = try settled(index(data), options: options, clock: clock)
      _ = try FairnessLadder(options: options).hold(&run, at: ceiling)
      return (Priority.ranked.compactMap { run.results[$0] }, run.reproducible)
    } catch {
      return nil
    }
  }
}

/// Seconds since a run began, against its time limit.
struct PlanningClock {
  let limit: Double
  private let began = ContinuousClock.now

  init(limit: Double) { self.limit = limit }

  var elapsed: Double { (ContinuousClock.now - began).inSeconds }
  var left: Double { max(0, limit - elapsed) }
}
