/// The price-of-fairness ladder (planning-rules.md): the default load ceiling.
///
/// From the plan with the fewest changes, the ceiling is lowered in steps of 0.05 below the
/// largest load, and each step is taken while it costs at most `fairnessRate` more changes
/// than the step before. The ladder stops at the first step that costs more, whose ceiling
/// cannot be met, or that is not decided (proven) within the time limit. With a ceiling of
/// the user's there is no ladder: one step at that ceiling.
struct FairnessLadder {
  /// The steps tried and the ceiling chosen (`nil`: no ceiling).
  struct Outcome {
    var steps: [Plan.LadderStep]
    var ceiling: Double?
  }

  let options: PlanningOptions

  /// Settles the overload and changes priorities of `run` at the chosen ceiling.
  func climb(_ run: inout PlanningRun) throws(PlanningFailure) -> Outcome {
    if let ceiling = options.loadCeiling {
      var step = try self.step(run, ceiling: ceiling)
      step.step.chosen = true
      run = step.run
      try run.fix(.changes)
      return Outcome(steps: [step.step], ceiling: ceiling)
    }
    let base = run
    var accepted = try self.step(base, ceiling: nil)
    var steps = [accepted.step]
    var ceiling: Double?
    var chosen = 0
    while accepted.step.status == .optimal,
      let largest = accepted.step.largestLoad, let changes = accepted.step.changes,
      let next = Self.nextCeiling(below: largest), next > 0,
      base.clock.left > PlanningTuning.weightedReserve * options.timeLimit
    {
      var start = base
      start.values = accepted.run.values
      start.reproducible = accepted.run.reproducible
      let trial = try self.step(start, ceiling: next)
      steps.append(trial.step)
      guard trial.step.status == .optimal, let cost = trial.step.changes,
        cost - changes <= options.fairnessRate + PlanningTuning.integerTolerance
      else { break }
      accepted = trial
      ceiling = next
      chosen = steps.count - 1
    }
    steps[chosen].chosen = true
    run = accepted.run
    try run.fix(.changes)
    return Outcome(steps: steps, ceiling: ceiling)
  }

  /// The largest multiple of the ladder's step strictly below `load`.
  static func nextCeiling(below load: Double) -> Double? {
    let k = (load / PlanningTuning.ladderStep - 1e-9).rounded(.up) - 1
    return k >= 1 ? k / (1 / PlanningTuning.ladderStep) : nil
  }

  /// One step: least overload above `ceiling`, fixed, then fewest changes (not yet fixed).
  private func step(_ from: PlanningRun, ceiling: Double?) throws(PlanningFailure) -> (
    run: PlanningRun, step: Plan.LadderStep
  ) {
    var run = from
    do {
      try run.planning.setCeiling(ceiling)
    } catch {
      throw .modelRejected(error)
    }
    try run.settle(.overload)
    let overload = run.results[PlanningModel.Stage.overload.rawValue]
    var step = Plan.LadderStep(
      ceiling: ceiling, changes: nil, largestLoad: run.planning.largestLoad(run.values),
      overload: overload?.value ?? 0, status: .feasible)
    guard overload?.status == .optimal else { return (run, step) }
    if (overload?.value ?? 0) > PlanningTuning.loadTolerance, options.loadCeiling == nil {
      step.status = .infeasible  // the ceiling cannot be met: the ladder stops here
      return (run, step)
    }
    try run.solve(.changes)
    let changes = run.results[PlanningModel.Stage.changes.rawValue]
    step.changes = changes?.value
    step.largestLoad = run.planning.largestLoad(run.values)
    step.status = changes?.status ?? .feasible
    return (run, step)
  }
}
