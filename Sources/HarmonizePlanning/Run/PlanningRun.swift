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
  /// What each priority reached.
  var results = PerPriority<Plan.Stage?>(repeating: nil)
  /// Each priority's model as it was solved, for `--export-model`.
  var solvedModels = PerPriority<Model?>(repeating: nil)
  /// False once the clock, not a proof or a work limit, ended a solve.
  var reproducible = true
  /// Per priority searched by neighbourhoods: how many were solved, and how many were better.
  var neighbourhoods = PerPriority<(tried: Int, better: Int)?>(repeating: nil)
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
  mutating func settle(_ priority: Priority) throws(PlanningFailure) {
    try solve(priority)
    try fix(priority)
  }

  /// Minimises the priority's objective from the incumbent, within its share of the time left.
  ///
  /// `floor` is a known lower bound of its value (0 when `nil`, except for the weighted
  /// priority): an incumbent that reaches it is optimal without a solve.
  mutating func solve(_ priority: Priority, floor: Double? = nil) throws(PlanningFailure) {
    let began = clock.elapsed
    values = planning.columns(planning.assignment(values))
    if let polish = PlanningTuning.policies[priority].polish { self.polish(polish, priority) }
    do {
      try planning.model.minimize(planning.objectives[priority])
    } catch {
      throw .modelRejected(error)
    }
    solvedModels[priority] = planning.model
    var solution: Solution
    if let known = shortcut(priority, floor: floor) {
      solution = known
    } else {
      solution = try search(priority)
      if reachesFloor(solution, priority, floor: floor) {
        solution.status = .optimal
        solution.termination = .optimal
      }
    }
    try accept(solution, priority)
    record(solution, priority, seconds: clock.elapsed - began)
  }

  /// A solution without a search: the objective has no column, the incumbent reaches the
  /// floor, or no time is left (then no solution).
  private mutating func shortcut(_ priority: Priority, floor: Double?) -> Solution? {
    let objective = planning.objectives[priority]
    // Every priority but the weighted one is a count or a sum, never below 0 (or `floor`).
    let lowest = floor ?? (priority == .weighted ? -Double.infinity : 0)
    let reached = objective.value(values) + planning.constants[priority]
    if objective.variables.isEmpty
      || incumbentFeasible && reached <= lowest + PlanningTuning.integerTolerance
    {
      let v = objective.value(values)
      return Solution(status: .optimal, objective: v, bound: v, values: values)
    }
    guard budget(priority) < PlanningTuning.shortestSolve else { return nil }
    reproducible = false  // no time was left to try
    var none = Solution(status: .noSolutionFound)
    none.termination = .limitReached(.time)
    return none
  }

  /// Whether an unproven plan reaches the priority's known lower bound (`floor`, else 0 for
  /// every priority but the weighted one), so is optimal all the same.
  func reachesFloor(_ solution: Solution, _ priority: Priority, floor: Double?) -> Bool {
    guard solution.status == .feasible, priority != .weighted || floor != nil else {
      return false
    }
    let value = planning.objectives[priority].value(solution.values) + planning.constants[priority]
    return value <= (floor ?? 0) + PlanningTuning.integerTolerance
  }

  /// The seconds a solve of the priority may use.
  private func budget(_ priority: Priority) -> Double {
    clock.left * PlanningTuning.policies[priority].timeShare
  }

  /// The solver's search, from the incumbent when it meets every row; by neighbourhoods on a
  /// model too large to search whole.
  private mutating func search(_ priority: Priority) throws(PlanningFailure) -> Solution {
    if incumbentFeasible, planning.model.nonZeros >= options.neighbourhoodNonZeros {
      return try searchNeighbourhoods(priority, from: values, budget: budget(priority))
    }
    let policy = PlanningTuning.policies[priority]
    let budget = budget(priority)
    let began = clock.elapsed
    let share = policy.nodeLimit == nil ? PlanningTuning.neighbourhoods.wholeShare : 1
    var solverOptions = SolverOptions(timeLimit: budget * share, relativeGap: options.mipGap)
    solverOptions.start = incumbentFeasible ? values : nil
    solverOptions.nodeLimit = policy.nodeLimit
    solverOptions.cuts = policy.cuts
    let solution: Solution
    do {
      solution = try solver.solve(planning.model, options: solverOptions)
    } catch {
      throw .solverFailed(priority, error)
    }
    if solution.stoppedByTimeLimit { reproducible = false }
    guard share < 1, solution.stoppedByTimeLimit else { return solution }
    return try searchNeighbourhoods(
      priority, after: solution, budget: budget - (clock.elapsed - began))
  }

  /// Takes the solution as the incumbent (its polished columns when no worse), keeps the
  /// incumbent when the search found nothing, or ends the run.
  private mutating func accept(_ solution: Solution, _ priority: Priority) throws(PlanningFailure) {
    let objective = planning.objectives[priority]
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
      guard incumbentFeasible else { throw .noPlanFound(priority) }
    case .infeasible, .unbounded:
      throw .infeasible(priority)
    }
  }

  /// Records what the priority reached: its value (whole for a count), bound, status and gap.
  private mutating func record(_ solution: Solution, _ priority: Priority, seconds: Double) {
    let constant = planning.constants[priority]
    var value = planning.objectives[priority].value(values) + constant
    // A count is whole; the solvers' tolerances leave a few millionths on continuous slacks.
    if priority.isCount { value = value.rounded() }
    let proven = solution.status == .optimal
    let bound = proven ? value : solution.bound.map { $0 + constant }
    var gap = 0.0
    if !proven {
      gap = bound.map { abs(value - $0) / max(PlanningTuning.smallestGapBase, abs(value)) } ?? 1
    }
    var stage = Plan.Stage(
      priority: priority, value: value, bound: bound, status: proven ? .optimal : .feasible,
      gap: gap, seconds: seconds)
    stage.stoppedByClock = solution.stoppedByTimeLimit
    if let counts = neighbourhoods[priority] {
      (stage.neighbourhoods, stage.betterNeighbourhoods) = counts
    }
    results[priority] = stage
    report(
      "\(priority.name): \(format(value))" + (proven ? " (proven)" : "")
        + String(format: ", %.1f s", clock.elapsed))
  }

  /// Improves the incumbent with a greedy of the start heuristic before the solver starts
  /// from it.
  ///
  /// Donors demoted from crowded groups (excess); today's members kept and needless arrivals
  /// undone (changes). On large sets the solver finds such plans slowly. Kept only when it
  /// meets every row (the optima fixed so far among them) and is better.
  private mutating func polish(_ polish: PlanningTuning.Polish, _ priority: Priority) {
    guard incumbentFeasible else { return }
    let plan = planning.assignment(values)
    let polished: Assignment
    switch polish {
    case .thin: polished = StartHeuristic.thinned(plan, index: planning.index)
    case .fewerChanges:
      polished = StartHeuristic.withFewerChanges(
        plan, index: planning.index, ceiling: planning.ceiling)
    }
    let columns = planning.columns(polished)
    let objective = planning.objectives[priority]
    if objective.value(columns) < objective.value(values) - PlanningTuning.integerTolerance,
      planning.model.isFeasible(columns)
    {
      values = columns
    }
  }

  /// Keeps a priority's value for the priorities after it: integral counts exactly, the
  /// overload up to `PlanningTuning.loadTolerance`.
  mutating func fix(_ priority: Priority) throws(PlanningFailure) {
    let objective = planning.objectives[priority]
    guard !objective.variables.isEmpty else { return }
    let reached = objective.value(values)
    let limit =
      priority.isCount
      ? reached.rounded() + PlanningTuning.integerTolerance
      : reached + PlanningTuning.loadTolerance
    do {
      try planning.model.addConstraint("fix_\(priority.name)", objective <= limit)
    } catch {
      throw .modelRejected(error)
    }
  }

  /// The plan of this run, with the ladder that chose its ceiling.
  func plan(ladder: FairnessLadder.Outcome) -> Plan {
    let stages = Priority.allCases.compactMap { results[$0] }
    let status: Plan.Status = stages.allSatisfy { $0.status == .optimal } ? .optimal : .feasible
    var plan = Plan(
      roster: RosterBuilder.roster(planning.assignment(values), index: planning.index),
      status: status, stages: stages, gap: stages.map(\.gap).max() ?? 0,
      seconds: clock.elapsed, facts: planning.index.facts)
    plan.reproducible = reproducible
    plan.ceiling = ladder.ceiling
    plan.ceilingSource =
      options.loadCeiling != nil ? .given : ladder.ceiling != nil ? .ladder : .none
    if options.exportModelPath != nil {
      for priority in Priority.allCases {
        if let model = solvedModels[priority] { plan.solvedModels[priority] = model }
      }
    }
    plan.ladder = ladder.steps
    // The weighted priority may move loads below the ceiling: the chosen step shows the plan's.
    for k in plan.ladder.indices where plan.ladder[k].chosen {
      plan.ladder[k].largestLoad = planning.largestLoad(values)
    }
    plan.anyGroup = options.anyGroup
    plan.solver = options.solver
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
