import HarmonizeData
import LinearProgramming

/// Fix and optimise, a large-neighbourhood search, for models too large for the solver to
/// get through its root in a priority's share of the minute (`PlanningTuning.neighbourhoods`).
///
/// Each round frees the memberships and seats of a few dozen staff around the groups with the
/// most room to improve (their gaps, for the shortfall) and fixes every other column at the
/// incumbent; the solver answers the small model that is left, and its plan is taken when it
/// is better. A sub-model's plan meets every row of the whole model (only fixed columns were
/// taken out, at values that meet them), so the optima fixed before still hold.
extension PlanningRun {
  /// The plan of a whole search the clock ended (or the incumbent when it found none)
  /// improved by neighbourhoods for the rest of the priority's time, with its bound.
  mutating func searchNeighbourhoods(
    _ priority: Priority, after whole: Solution, budget: Double
  ) throws(PlanningFailure) -> Solution {
    let start: [Double]
    if whole.hasSolution, planning.model.isFeasible(whole.values) {
      start = whole.values
    } else if incumbentFeasible {
      start = values
    } else {
      return whole
    }
    var improved = try searchNeighbourhoods(priority, from: start, budget: budget)
    improved.bound = whole.bound
    return improved
  }

  /// `start`, a plan that meets every row, improved by neighbourhoods within `budget`
  /// seconds: never proven.
  mutating func searchNeighbourhoods(_ priority: Priority, from start: [Double], budget: Double)
    throws(PlanningFailure) -> Solution
  {
    let policy = PlanningTuning.neighbourhoods
    let deadline = clock.elapsed + budget
    let owners = planning.columnOwners()
    let objective = planning.objectives[priority]
    var best = start
    var bestValue = objective.value(best)
    var hot = hotGroups(objective, owners, at: best)
    var round = 0
    var misses = 0
    var clockEnded = false
    var (tried, better) = (0, 0)
    // Each pass over the groups without a better plan doubles the people freed.
    while misses < hot.count * policy.passes {
      let left = deadline - clock.elapsed
      guard left > PlanningTuning.shortestSolve else {
        clockEnded = true
        break
      }
      let batch = Set(
        (0..<policy.groups).map {
          hot[(round * policy.groups + $0) % hot.count]
        })
      round += 1
      tried += 1
      let people = policy.staff << (misses / max(1, hot.count))
      let free = neighbourhood(batch, owners, at: best, round: round, people: people)
      let sub = planning.model.restricted(free: free, at: best)
      var options = SolverOptions(
        timeLimit: min(left, policy.seconds), relativeGap: 0)
      options.start = sub.restricted(best)
      options.nodeLimit = policy.nodes
      let solution: Solution
      do {
        solution = try solver.solve(sub.model, options: options)
      } catch {
        throw .solverFailed(priority, error)
      }
      if solution.stoppedByTimeLimit { clockEnded = true }
      let full = solution.hasSolution ? sub.expanded(solution.values) : best
      let value = objective.value(full)
      if value < bestValue - PlanningTuning.integerTolerance, planning.model.isFeasible(full) {
        (best, bestValue, misses) = (full, value, 0)
        better += 1
        hot = hotGroups(objective, owners, at: best)
        round = 0
      } else {
        misses += 1
      }
    }
    if clockEnded { reproducible = false }
    neighbourhoods[priority] = (tried, better)
    options.progress?("\(priority.name): \(tried) neighbourhoods, \(better) better")
    var solution = Solution(status: .feasible, objective: bestValue, values: best)
    solution.termination = .limitReached(clockEnded ? .time : .other)
    return solution
  }

  /// Groups where the objective could still fall, most room first: per column, its distance
  /// to the bound that would lower the objective, times its weight; a donor's load column
  /// gives its room to the groups the donor is active in.
  private func hotGroups(_ objective: LinearExpression, _ owners: ColumnOwners, at x: [Double])
    -> [GroupIndex]
  {
    var room: [GroupIndex: Double] = [:]
    var donorRoom: [DonorIndex: Double] = [:]
    let columns = planning.model.variables
    for (v, c) in zip(objective.variables, objective.coefficients) {
      let bound = c > 0 ? columns[v.index].lower : columns[v.index].upper
      let r = c * (x[v.index] - bound)
      guard r > PlanningTuning.integerTolerance else { continue }
      if let j = owners.group[v.index] {
        room[j, default: 0] += r
      } else if let d = owners.donor[v.index] {
        donorRoom[d, default: 0] += r
      }
    }
    for (pair, a) in planning.active where x[a.index] > 0.5 {
      guard let d = planning.index.donorOf[pair.staff], let r = donorRoom[d] else { continue }
      room[pair.group, default: 0] += r
    }
    return room.keys.sorted { (room[$0] ?? 0, $1) > (room[$1] ?? 0, $0) }
  }

  /// Which columns one neighbourhood frees: the memberships and seats of up to `people`
  /// people who may be active in `batch` (those active there first,
  /// then others in an order that changes with `round`), and the other columns of `batch` and
  /// of the groups those people are active in; columns of no group (loads) stay free.
  private func neighbourhood(
    _ batch: Set<GroupIndex>, _ owners: ColumnOwners, at x: [Double], round: Int, people cap: Int
  ) -> [Bool] {
    var inside: [StaffIndex] = []
    var outside: [StaffIndex] = []
    for (pair, a) in planning.active where batch.contains(pair.group) {
      if x[a.index] > 0.5 { inside.append(pair.staff) } else { outside.append(pair.staff) }
    }
    func shuffled(_ i: StaffIndex) -> UInt64 {
      var z = UInt64(i.rawValue) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(round)
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      return z ^ (z >> 27)
    }
    let people = Set(inside).union(
      Set(outside).subtracting(inside).sorted { (shuffled($0), $0) < (shuffled($1), $1) }
        .prefix(max(0, cap - Set(inside).count)))
    var groups = batch
    for (pair, a) in planning.active where people.contains(pair.staff) && x[a.index] > 0.5 {
      groups.insert(pair.group)
    }
    return owners.group.indices.map { k in
      guard let j = owners.group[k] else { return true }
      guard groups.contains(j) else { return false }
      return owners.staff[k].map { people.contains($0) } ?? true
    }
  }
}
