import Foundation
import HarmonizeData
import LinearProgramming

/// The state of one planning run: the model with every optimum fixed so far, the incumbent
/// plan's columns, and what each priority reached.
///
/// A value: the fairness ladder copies it to try a step and keeps the copy it chooses.
struct PlanningRun {
  var planning: PlanningModel
  /// The incumbent plan's column values, exact in every row.
  var values: [Double]
  /// What each priority reached, by `PlanningModel.Stage.rawValue`.
  var results: [Plan.Stage?] = Array(repeating: nil, count: PlanningModel.Stage.allCases.count)
  /// Each priority's model as it was solved, for `--export-model`.
  var solvedModels: [Model?] = Array(repeating: nil, count: PlanningModel.Stage.allCases.count)
  /// False once the clock, not a proof or a work limit, ended a solve.
  var reproducible = true
  /// Whether `values` meet every row: the heuristic start may miss a decision.
  var incumbentFeasible: Bool
  let options: PlanningOptions
  let solver: any Solver
  let clock: PlanningClock

  init(index: PlanningIndex, options: PlanningOptions, solver: any Solver, clock: PlanningClock)
    throws(PlanningFailure)
  {
    do {
      planning = try PlanningModel(index, weights: options.weights)
    } catch {
      throw .modelRejected(error)
    }
    self.options = options
    self.solver = solver
    self.clock = clock
    values = planning.columns(StartHeuristic.run(index))
    incumbentFeasible = planning.model.isFeasible(values)
    report("start: shortfall \(format(planning.value(.shortfall, values)))")
  }

  /// Solves a priority, then fixes its optimum (or its incumbent, when not proven) for the
  /// priorities after it.
  mutating func settle(_ stage: PlanningModel.Stage) throws(PlanningFailure) {
    try solve(stage)
    try fix(stage)
  }

  /// Minimises the stage's objective from the incumbent, within its share of the time left.
  ///
  /// `floor` is a known lower bound of the stage's value (0 when `nil`, except for the
  /// weighted priority): an incumbent that reaches it is optimal without a solve.
  mutating func solve(_ stage: PlanningModel.Stage, floor: Double? = nil)
    throws(PlanningFailure)
  {
    let began = clock.elapsed
    values = planning.columns(planning.assignment(values))
    if stage == .excess || stage == .changes { polish(stage) }
    let objective = planning.objectives[stage.rawValue]
    let constant = planning.constants[stage.rawValue]
    do {
      try planning.model.minimize(objective)
    } catch {
      throw .modelRejected(error)
    }
    solvedModels[stage.rawValue] = planning.model
    // Every priority but the weighted one is a count or a sum, never below 0 (or `floor`).
    let lowest = floor ?? (stage == .weighted ? -Double.infinity : 0)
    let provenByStart =
      incumbentFeasible
      && objective.value(values) + constant <= lowest + PlanningTuning.integerTolerance
    let time = clock.left * PlanningTuning.timeShares[stage.rawValue]
    var solution: Solution
    if objective.variables.isEmpty || provenByStart {
      let v = objective.value(values)
      solution = Solution(status: .optimal, objective: v, bound: v, values: values)
    } else if time < PlanningTuning.shortestSolve {
      solution = Solution(status: .noSolutionFound)
      solution.stoppedByTimeLimit = true  // no time was left to try
      reproducible = false
    } else {
      var solverOptions = SolverOptions(timeLimit: time, relativeGap: options.mipGap)
      solverOptions.start = incumbentFeasible ? values : nil
      if stage == .weighted {
        solverOptions.nodeLimit = PlanningTuning.weightedNodeLimit
        solverOptions.cuts = false
      }
      do {
        solution = try solver.solve(planning.model, options: solverOptions)
      } catch {
        throw .solverFailed(stage, error)
      }
      if solution.stoppedByTimeLimit { reproducible = false }
    }
    switch solution.status {
    case .optimal, .feasible:
      let polished = planning.columns(planning.assignment(solution.values))
      let better =
        objective.value(polished)
        <= objective.value(solution.values) + PlanningTuning.feasibilityTolerance
        && planning.model.isFeasible(polished)
      values = better ? polished : solution.values
      incumbentFeasible = true
    case .noSolutionFound:
      // The incumbent stays, when it meets every row.
      guard incumbentFeasible else { throw .noPlanFound(stage) }
    case .infeasible, .unbounded:
      throw .infeasible(stage)
    }
    var value = objective.value(values) + constant
    // A count is whole; the solvers' tolerances leave a few millionths on continuous slacks.
    if stage.isCount { value = value.rounded() }
    let proven = solution.status == .optimal
    let bound = proven ? value : solution.bound.map { $0 + constant }
    var gap = 0.0
    if !proven {
      gap = bound.map { abs(value - $0) / max(PlanningTuning.smallestGapBase, abs(value)) } ?? 1
    }
    results[stage.rawValue] = Plan.Stage(
      name: stage.name, value: value, bound: bound, status: proven ? .optimal : .feasible,
      gap: gap, seconds: clock.elapsed - began)
    results[stage.rawValue]?.stoppedByClock = solution.stoppedByTimeLimit
    report(
      "\(stage.name): \(format(value))" + (proven ? " (proven)" : "")
        + String(format: ", %.1f s", clock.elapsed))
  }

  /// Improves the incumbent with a greedy of the start heuristic before the solver starts
  /// from it.
  ///
  /// Donors demoted from crowded groups (excess); today's members kept and needless arrivals
  /// undone (changes). On large sets the solver finds such plans slowly. Kept only when it
  /// meets every row (the optima fixed so far among them) and is better.
  private mutating func polish(_ stage: PlanningModel.Stage) {
    guard incumbentFeasible else { return }
    let plan = planning.assignment(values)
    let polished = planning.columns(
      stage == .excess
        ? StartHeuristic.thinned(plan, index: planning.index)
        : StartHeuristic.withFewerChanges(
          plan, index: planning.index, ceiling: planning.ceiling))
    let objective = planning.objectives[stage.rawValue]
    if objective.value(polished) < objective.value(values) - PlanningTuning.integerTolerance,
      planning.model.isFeasible(polished)
    {
      values = polished
    }
  }

  /// Keeps a priority's value for the priorities after it: integral counts exactly, the
  /// overload up to `PlanningTuning.loadTolerance`.
  mutating func fix(_ stage: PlanningModel.Stage) throws(PlanningFailure) {
    let objective = planning.objectives[stage.rawValue]
    guard !objective.variables.isEmpty else { return }
    let reached = objective.value(values)
    let limit =
      stage == .overload
      ? reached + PlanningTuning.loadTolerance
      : reached.rounded() + PlanningTuning.integerTolerance
    do {
      try planning.model.addConstraint("fix_\(stage.name)", objective <= limit)
    } catch {
      throw .modelRejected(error)
    }
  }

  /// Writes each priority's model, as solved, beside `options.exportModelPath`
  /// (`plan.mps` → `plan-shortfall.mps`, …).
  func exportModels() throws(PlanningFailure) {
    guard let path = options.exportModelPath else { return }
    for stage in PlanningModel.Stage.allCases {
      guard let model = solvedModels[stage.rawValue] else { continue }
      let target = Self.exportPath(path, stage: stage)
      do {
        try GLPKSolver().export(model, to: target)
      } catch {
        throw .exportFailed(path: target, error)
      }
    }
  }

  /// `dir/plan.mps` → `dir/plan-changes.mps`.
  static func exportPath(_ path: String, stage: PlanningModel.Stage) -> String {
    let url = URL(fileURLWithPath: path)
    let ext = url.pathExtension
    let base = url.deletingPathExtension().path
    return "\(base)-\(stage.name).\(ext)"
  }

  /// The plan of this run, with the ladder that chose its ceiling.
  func plan(ladder: FairnessLadder.Outcome) -> Plan {
    let stages = results.compactMap { $0 }
    let status: Plan.Status = stages.allSatisfy { $0.status == .optimal } ? .optimal : .feasible
    var plan = Plan(
      roster: RosterBuilder.roster(planning.assignment(values), index: planning.index),
      status: status, stages: stages, gap: stages.map(\.gap).max() ?? 0,
      seconds: clock.elapsed)
    plan.reproducible = reproducible
    plan.ceiling = ladder.ceiling
    plan.ladder = ladder.steps
    // The weighted priority may move loads below the ceiling: the chosen step shows the plan's.
    for k in plan.ladder.indices where plan.ladder[k].chosen {
      plan.ladder[k].largestLoad = planning.largestLoad(values)
    }
    plan.anyGroup = options.anyGroup
    plan.solver = options.solver.rawValue
    return plan
  }

  private func report(_ line: String) { options.progress?(line) }
}

/// A number with up to three decimals and no trailing zeros, for progress lines.
func format(_ x: Double) -> String {
  var s = String(format: "%.3f", x)
  while s.hasSuffix("0") { s.removeLast() }
  if s.hasSuffix(".") { s.removeLast() }
  return s == "-0" ? "0" : s
}
