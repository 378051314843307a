import HarmonizeData

/// The price-of-fairness ladder (docs/model.md, "The price-of-fairness ladder"): the default load ceiling.
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

  /// Settles the overload, unasked takeovers and changes priorities of `run` at the chosen
  /// ceiling.
  func climb(_ run: inout PlanningRun) throws(PlanningFailure) -> Outcome {
    if let ceiling = options.loadCeiling { return try hold(&run, at: ceiling) }
    let base = run
    var accepted = try self.step(base, ceiling: nil, within: nil)
    var steps = [accepted.step]
    var ceiling: Double?
    var chosen = 0
    while accepted.step.outcome == .proven,
      let largest = accepted.step.largestLoad, let changes = accepted.step.changes,
      let next = Self.nextCeiling(below: largest),
      base.clock.left > PlanningTuning.weightedReserve * options.timeLimit
    {
      var start = base
      start.values = accepted.run.values
      start.reproducible = accepted.run.reproducible
      // A lower ceiling never costs fewer changes: a plan at the last step's count ends the
      // search at once. (The same bound as a row, or the rate as a cutoff row, slowed CBC.)
      let trial = try self.step(
        start, ceiling: next, within: changes...(changes + options.fairnessRate),
        unaskedBefore: accepted.step.unasked)
      steps.append(trial.step)
      // A step the clock cut short is reported: the run is then not reproducible.
      if !trial.run.reproducible { accepted.run.reproducible = false }
      guard trial.step.outcome == .proven else { break }
      accepted = trial
      ceiling = next
      chosen = steps.count - 1
    }
    steps[chosen].chosen = true
    run = accepted.run
    try run.fix(.changes)
    return Outcome(steps: steps, ceiling: ceiling)
  }

  /// Settles the overload, unasked takeovers and changes priorities of `run` at `ceiling`
  /// (`nil`: none), as one step without a ladder.
  func hold(_ run: inout PlanningRun, at ceiling: Double?) throws(PlanningFailure) -> Outcome {
    var step = try self.step(run, ceiling: ceiling, within: nil)
    step.step.chosen = true
    run = step.run
    try run.fix(.changes)
    return Outcome(steps: [step.step], ceiling: ceiling)
  }

  /// The largest multiple of the ladder's step strictly below `load`, if above 0.
  static func nextCeiling(below load: Double) -> Double? {
    let k = (load / PlanningTuning.ladderStep - Counting.roundingSlack).rounded(.up) - 1
    return k >= 1 ? k / (1 / PlanningTuning.ladderStep) : nil
  }

  /// One step: least overload above `ceiling` and fewest unasked takeovers, fixed, then fewest
  /// changes (not yet fixed), searched only `within` the given range when there is one.
  ///
  /// A lower ceiling never needs fewer unasked takeovers; at as many as the step before
  /// (`unaskedBefore`) it never needs fewer changes, so the range's lower end is then a bound.
  /// A step that needs more unasked takeovers is not taken (`moreUnasked`).
  private func step(
    _ from: PlanningRun, ceiling: Double?, within range: ClosedRange<Double>?,
    unaskedBefore: Double? = nil
  ) throws(PlanningFailure) -> (run: PlanningRun, step: Plan.LadderStep) {
    var run = from
    do {
      try run.planning.setCeiling(ceiling)
    } catch {
      throw .modelRejected(error)
    }
    try run.settle(.overload)
    let overload = run.results[.overload]
    var step = Plan.LadderStep(
      ceiling: ceiling, changes: nil, largestLoad: run.planning.largestLoad(run.values),
      overload: overload?.value ?? 0, outcome: .undecided)
    // As for the unasked takeovers below: a trial step must prove it, a step taken anyway
    // goes on.
    let overloadProven = overload?.status == .optimal
    guard overloadProven || range == nil else { return (run, step) }
    if overloadProven, (overload?.value ?? 0) > PlanningTuning.loadTolerance,
      options.loadCeiling == nil
    {
      step.outcome = .unreachable
      return (run, step)
    }
    // A lower ceiling never needs fewer unasked takeovers: the step before's is a bound.
    try run.solve(.unasked, floor: unaskedBefore)
    try run.fix(.unasked)
    let unasked = run.results[.unasked]
    step.unasked = unasked?.value
    // A trial step that did not prove its unasked takeovers cannot be compared; a step taken
    // anyway (the first, or the user's ceiling) still gets its fewest changes, undecided.
    let unaskedProven = unasked?.status == .optimal
    guard unaskedProven || range == nil else { return (run, step) }
    if let before = unaskedBefore, let now = unasked?.value,
      now > before + PlanningTuning.integerTolerance
    {
      step.outcome = .moreUnasked
      return (run, step)
    }
    try run.solve(.changes, floor: range?.lowerBound)
    let changes = run.results[.changes]
    step.changes = changes?.value
    step.largestLoad = run.planning.largestLoad(run.values)
    guard overloadProven, unaskedProven else { return (run, step) }
    if changes?.status == .optimal {
      let over =
        (changes?.value ?? 0) > (range?.upperBound ?? .infinity) + PlanningTuning.integerTolerance
      step.outcome = over ? .overRate : .proven
    } else if let bound = changes?.bound, let range,
      bound > range.upperBound + PlanningTuning.integerTolerance
    {
      step.outcome = .overRate  // its bound already costs more than the rate
    }
    return (run, step)
  }
}
