import Foundation
import HarmonizeData
import LinearProgramming

/// Proposes a staff distribution and a multi-year chair rotation for a data set by solving the
/// planning MIP (docs/model.md) with GLPK in four lexicographic stages.
public struct Planner {
  public let dataSet: DataSet
  public let options: PlanningOptions

  public init(_ dataSet: DataSet, options: PlanningOptions) {
    self.dataSet = dataSet
    self.options = options
  }

  /// Share of the remaining time each stage may use; the last stage takes what is left.
  static let timeShares: [Double] = [0.5, 0.3, 0.7, 1.0]
  /// Share of a stage's time the neighbourhood search may use before GLPK gets the rest.
  ///
  /// The whole-model solve proves the shortfall and excess stages; in the max-load and
  /// preferences stages its bound is weak and its first LP slow (11 s and 25 s on
  /// Data/mozambique), so the search gets more there (docs/model.md, "Time").
  static let searchShares: [Double] = [0.5, 0.5, 0.85, 0.85]
  /// Simplex iterations per second of `timeLimit` for each stage's whole-model root LP.
  ///
  /// A work limit, so whether a stage gets its LP bound does not depend on the machine's
  /// load. Calibrated on Data/mozambique at 60 s (docs/model.md, "Time"): the max-load LP
  /// takes ~18,000 iterations in ~10 s, the preferences LP ~39,000 in ~25 s, more than that
  /// stage's time.
  static let rootIterationsPerSecond: [Double] = [2000, 2000, 500, 100]
  /// The fewest root LP iterations a stage gets, so small models are solved whatever the limit.
  static let fewestRootIterations = 5000
  /// Seconds below which a stage calls no solver (or search) and keeps its incumbent.
  static let shortestSolve = 0.05
  /// Seconds per non-zero a whole-model solve spends before GLPK looks at its time limit
  /// (checks, loading, the simplex's set-up).
  ///
  /// Measured on generated 100/200/1,500 (4.7-8 million non-zeros): with 1.7 s and 2.7 s
  /// left, solves took 4.4 s and 4.2 s. A stage with less time left keeps its incumbent.
  static let solveSetUpSecondsPerNonZero = 5e-7
  /// Relative and absolute slack when the max-load optimum is fixed for the last stage.
  static let loadTolerance = 1e-6

  /// Never throws for infeasible or failed solves: those come back as Plan.status
  /// .infeasible / .error with `message` naming the rule that could not be met.
  public func plan() -> Plan {
    let clock = ContinuousClock()
    let began = clock.now
    func elapsed() -> Double {
      (clock.now - began).inSeconds
    }
    let index = PlanningIndex(dataSet, startYear: options.startYear, years: options.years)
    let empty = Roster(memberships: dataSet.participation, seats: [], years: index.years)
    var planning: PlanningModel
    do {
      planning = try PlanningModel(index, weights: options.weights)
    } catch {
      return Plan(
        roster: empty, status: .error, stages: [], gap: 0, seconds: elapsed(),
        message: "the planning model could not be built: \(error)")
    }
    let start = StartHeuristic.run(index)
    var values = planning.columns(start)
    options.progress?(
      "start: shortfall \(format(planning.value(.shortfall, values))), "
        + "excess \(format(planning.value(.excess, values))), \(format(elapsed())) s")
    var results: [(solution: Solution?, seconds: Double)] = []
    var reproducible = true
    let solver = GLPKSolver()
    for stage in PlanningModel.Stage.allCases {
      let stageBegan = elapsed()
      do {
        try planning.prepare(stage)
      } catch {
        return Plan(
          roster: empty, status: .error, stages: [], gap: 0, seconds: elapsed(),
          message: "the planning model could not be built: \(error)")
      }
      values = planning.columns(planning.assignment(values))
      let objective = planning.objectives[stage.rawValue]
      guard !objective.variables.isEmpty else {
        results.append((nil, 0))
        continue
      }
      do {
        try planning.model.minimize(objective)
        // Shortfall, excess and the largest load are never below 0: a plan that reaches 0
        // is proven optimal for its stage without a search.
        let floor = -planning.constants[stage.rawValue]
        // The stage's share of what is left of the whole run (model building included), the
        // search its part of it; no sub-MIP or solve runs past the stage's end.
        let share = max(0, options.timeLimit - elapsed()) * Self.timeShares[stage.rawValue]
        let stageEnd = clock.now + .seconds(share)
        let searchTime = share * Self.searchShares[stage.rawValue]
        if searchTime >= Self.shortestSolve {
          let search = try searchNeighbourhoods(
            planning, from: values, stage: stage,
            target: stage == .preferences ? -.infinity : floor,
            deadline: clock.now + .seconds(searchTime))
          // Exact in every row: the search polishes each plan it accepts (`PlanningModel.columns`).
          values = search.values
          if search.stoppedByTimeLimit { reproducible = false }
        } else if stage == .preferences || objective.value(values) > floor + 1e-9 {
          reproducible = false  // no time left to search a stage not settled yet
        }
        let stageLeft = (stageEnd - clock.now).inSeconds
        var solverOptions = SolverOptions(
          timeLimit: max(Self.shortestSolve, stageLeft), relativeGap: options.mipGap)
        solverOptions.start = values
        solverOptions.iterationLimit = max(
          Self.fewestRootIterations,
          Int(options.timeLimit * Self.rootIterationsPerSecond[stage.rawValue]))
        if stage == .maxLoad || stage == .preferences {
          // Measured on Data/cambodia: the feasibility pump and the cut rounds at the root of
          // these 12,000-row models run for ~20 s without looking at the time limit (the
          // preferences solve ended 8 s past it), and neither improved the search's plan.
          solverOptions.cuts = false
          solverOptions.feasibilityPump = false
        }
        if let report = options.progress {
          let name = stage.name
          let constant = planning.constants[stage.rawValue]
          solverOptions.progress = { p in
            report(
              Self.progressLine(
                name, p.incumbent, p.bound, p.gap, p.seconds, constant: constant))
          }
        }
        let setUpSeconds = Double(planning.model.nonZeros) * Self.solveSetUpSecondsPerNonZero
        var solution: Solution
        if stage != .preferences, objective.value(values) <= floor + 1e-9 {
          let value = objective.value(values)
          solution = Solution(status: .optimal, objective: value, bound: value, values: values)
        } else if stageLeft < max(Self.shortestSolve, setUpSeconds) {
          solution = Solution(status: .noSolutionFound)  // no time left: the incumbent stays
          reproducible = false
        } else {
          solution = try solver.solve(planning.model, options: solverOptions)
          if solution.stoppedByTimeLimit {
            // Where the clock stops branch-and-cut, and so its bound, differs from run to run;
            // the root LP's bound does not, unless the clock stopped that LP too.
            solution.bound = solution.rootBound
            if solution.rootBound == nil { reproducible = false }
          }
        }
        switch solution.status {
        case .optimal, .feasible:
          // A solve the clock stopped ends wherever it got to: its plan may differ next run.
          if solution.stoppedByTimeLimit,
            planning.assignment(solution.values) != planning.assignment(values)
          {
            reproducible = false
          }
          values = solution.values
        case .noSolutionFound:
          break  // the start (or the previous stage's plan) stays the incumbent
        case .infeasible, .unbounded:
          return Plan(
            roster: empty, status: .infeasible, stages: [], gap: 0, seconds: elapsed(),
            message:
              "stage \(stage.name): no plan meets the hard limits (staff days and max_groups, "
              + "donor max_groups and chair_capacity, term, min_term, interest windows)")
        }
        let reached = objective.value(values)
        options.progress?(
          Self.progressLine(
            stage.name, reached, solution.bound, solution.gap, elapsed() - stageBegan,
            constant: planning.constants[stage.rawValue]))
        results.append((solution, elapsed() - stageBegan))
        if stage != .preferences { try fix(stage, at: reached, in: &planning) }
      } catch {
        return Plan(
          roster: empty, status: .error, stages: [], gap: 0, seconds: elapsed(),
          message: "stage \(stage.name): \(error)")
      }
    }
    if let path = options.exportModelPath {
      do {
        try solver.export(planning.model, to: path)
      } catch {
        return Plan(
          roster: empty, status: .error, stages: [], gap: 0, seconds: elapsed(),
          message: "could not export the model to \(path): \(error)")
      }
    }
    let stages = zip(PlanningModel.Stage.allCases, results).map { stage, result in
      stageReport(stage, result.solution, seconds: result.seconds, planning, values)
    }
    let gap = stages.map(\.gap).max() ?? 0
    let status: Plan.Status = stages.allSatisfy { $0.status == .optimal } ? .optimal : .feasible
    var plan = Plan(
      roster: RosterBuilder.roster(planning.assignment(values), index: index), status: status,
      stages: stages, gap: gap, seconds: elapsed())
    plan.reproducible = reproducible
    return plan
  }

  /// Fixes a stage's optimum for the stages after it: integer counts exactly (as an upper
  /// bound, the stage having minimised them), the max load up to a small tolerance.
  private func fix(_ stage: PlanningModel.Stage, at value: Double, in planning: inout PlanningModel)
    throws(ModelError)
  {
    let objective = planning.objectives[stage.rawValue]
    let limit =
      stage == .maxLoad
      ? value + Self.loadTolerance * max(1, abs(value)) : value.rounded() + 1e-6
    try planning.model.addConstraint("fix_\(stage.name)", objective <= limit)
  }

  private func stageReport(
    _ stage: PlanningModel.Stage, _ solution: Solution?, seconds: Double,
    _ planning: PlanningModel, _ values: [Double]
  ) -> Plan.Stage {
    let value = planning.value(stage, values)
    guard let solution else {
      return Plan.Stage(
        name: stage.name, value: value, bound: value, status: .optimal, gap: 0, seconds: 0)
    }
    let optimal = solution.status == .optimal
    // No bound known (the limit struck before the first LP was solved) reads as a 100% gap.
    let bound = optimal ? value : solution.bound.map { $0 + planning.constants[stage.rawValue] }
    var gap = 0.0
    if !optimal {
      gap = bound.map { abs(value - $0) / max(1e-9, abs(value)) } ?? 1
    }
    return Plan.Stage(
      name: stage.name, value: value, bound: bound, status: optimal ? .optimal : .feasible,
      gap: gap, seconds: seconds)
  }

  /// `stage NAME: incumbent I, bound B, gap G%, S s`, with the stage's constant added back.
  static func progressLine(
    _ name: String, _ incumbent: Double?, _ bound: Double?, _ gap: Double?, _ seconds: Double,
    constant: Double
  ) -> String {
    let shownIncumbent = incumbent.map { format($0 + constant) } ?? "none"
    let shownBound = bound.map { format($0 + constant) } ?? "none"
    let shownGap = gap.map { String(format: "%.1f%%", $0 * 100) } ?? "n/a"
    return "stage \(name): incumbent \(shownIncumbent), bound \(shownBound), gap \(shownGap), "
      + String(format: "%.1f s", seconds)
  }
}

/// A number with up to three decimals and no trailing zeros, for progress lines.
func format(_ x: Double) -> String {
  var s = String(format: "%.3f", x)
  while s.hasSuffix("0") { s.removeLast() }
  if s.hasSuffix(".") { s.removeLast() }
  return s == "-0" ? "0" : s
}
