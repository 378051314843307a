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

  /// Runs the priorities in order: least shortfall, least excess, then the price-of-fairness
  /// ladder (overload above a ceiling, then fewest changes, per step), then the weighted rest.
  ///
  /// Never throws: an infeasible or failed run comes back as `Plan.status` `.infeasible` or
  /// `.error`, with `message` naming the rule or the failure.
  public func plan() -> Plan {
    let clock = PlanningClock(limit: options.timeLimit)
    let index = PlanningIndex(
      dataSet, startYear: options.startYear, years: options.years, anyGroup: options.anyGroup)
    do throws(PlanningFailure) {
      var run = try PlanningRun(index: index, options: options, solver: solver, clock: clock)
      try run.settle(.shortfall)
      try run.settle(.excess)
      let ladder = try FairnessLadder(options: options).climb(&run)
      try run.solve(.weighted)
      try run.exportModels()
      return run.plan(ladder: ladder)
    } catch {
      var plan = Plan(
        roster: Roster(memberships: dataSet.participation, seats: [], years: index.years),
        status: error.status, stages: [], gap: 0, seconds: clock.elapsed,
        message: error.message)
      plan.anyGroup = options.anyGroup
      plan.solver = options.solver.rawValue
      return plan
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
