import HarmonizeData
import LinearProgramming

/// Neighbourhoods for the large neighbourhood search (docs/model.md, "Solving"): sets of
/// groups whose integer columns are freed together while the rest of the plan stays fixed.
extension PlanningModel {
  /// Integer columns about each group (index = group): memberships, donors' presence, seats,
  /// their continuations and the group's shortfall and excess counts.
  func columnsByGroup() -> [[Variable]] {
    var columns = gapColumnsByGroup()
    for (pair, a) in active { columns[pair.group].append(a) }
    for (pair, z) in donorActive { columns[pair.group].append(z) }
    for (key, list) in holds { columns[key.group].append(contentsOf: list.map(\.variable)) }
    for (key, list) in takesUp { columns[key.group].append(contentsOf: list.map(\.variable)) }
    for (pair, link) in linkCovered {
      columns[pair.staff].append(link.covered)
      columns[pair.group].append(link.covered)
    }
    return columns.map { $0.sorted { $0.index < $1.index } }
  }

  /// Each group's shortfall and excess counts (index = group): its donor shortfall, its
  /// needs' competency shortfalls, its empty seats and its excess.
  func gapColumnsByGroup() -> [[Variable]] {
    let data = index.data
    var columns = Array(repeating: [Variable](), count: data.groups.count)
    for (key, f) in seatShort { columns[key.group].append(f) }
    for (j, u) in donorShort { columns[j].append(u) }
    for (j, e) in excess { columns[j].append(e) }
    for (n, c) in needShort {
      if let j = data.groupIndex[data.needs[n].group] { columns[j].append(c) }
    }
    return columns
  }

  /// One neighbourhood per group, the most promising first, after the person neighbourhoods.
  ///
  /// Most promising: for the shortfall and excess stages the groups the incumbent `values`
  /// leaves short (most short first), for the max-load stage the groups where the most loaded
  /// donors sit, for the preferences stage the groups with the most membership changes. Each
  /// holds the group and the `size - 1` groups that share the most of its members in
  /// `values`, so people can move between them.
  func neighbourhoods(around values: [Double], size: Int, stage: Stage = .shortfall)
    -> [[Variable]]
  {
    let data = index.data
    let columns = columnsByGroup()
    var shortfall = Array(repeating: 0.0, count: data.groups.count)
    for (key, f) in seatShort { shortfall[key.group] += values[f.index] }
    for (j, u) in donorShort { shortfall[j] += values[u.index] }
    for (n, c) in needShort {
      if let j = data.groupIndex[data.needs[n].group] { shortfall[j] += values[c.index] }
    }
    for (pair, link) in linkCovered { shortfall[pair.staff] += 1 - values[link.covered.index] }
    for (j, e) in excess { shortfall[j] += values[e.index] }
    let sitting = sittingMembers(values)
    var priority = shortfall
    switch stage {
    case .shortfall, .excess: break
    case .maxLoad:
      var load = Array(repeating: 0.0, count: data.donors.count)
      for (d, e) in loads { load[d] = e.value(values) }
      priority = sitting.map { people in
        people.compactMap { index.donorOf[$0] }.map { load[$0] }.max() ?? 0
      }
    case .preferences:
      // Groups with the most membership changes against today first.
      priority = Array(repeating: 0, count: data.groups.count)
      for (pair, a) in active where (values[a.index] > 0.5) != index.todayActive.contains(pair) {
        priority[pair.group] += 1
      }
      for pair in index.todayActive where active[pair] == nil { priority[pair.group] += 1 }
    }
    var groupsOf = Array(repeating: [Int](), count: data.staff.count)
    for (j, people) in sitting.enumerated() {
      for i in people { groupsOf[i].append(j) }
    }
    let seeds = data.groups.indices.filter { !columns[$0].isEmpty }
      .sorted { (-priority[$0], $0) < (-priority[$1], $1) }
    var first = personNeighbourhoods(
      around: values, groupsOf: groupsOf, shortfall: shortfall, columns: columns)
    if stage == .maxLoad, let top = seeds.first.map({ priority[$0] }) {
      // Single groups of the most loaded donors: small sub-MIPs that hand one of their
      // memberships or seats to another donor.
      first += seeds.filter { priority[$0] >= top - 1e-9 }.map { columns[$0] }
    }
    return first
      + seeds.map { j in
        var shared: [Int: Int] = [:]
        for i in sitting[j] {
          for k in groupsOf[i] where k != j && !columns[k].isEmpty { shared[k, default: 0] += 1 }
        }
        let related = shared.sorted { (-$0.value, $0.key) < (-$1.value, $1.key) }
          .prefix(size - 1).map(\.key)
        return ([j] + related).flatMap { columns[$0] }
      }
  }

  /// Per group, the staff who are members or seat holders in `values`, sorted.
  func sittingMembers(_ values: [Double]) -> [[Int]] {
    var sitting = Array(repeating: Set<Int>(), count: index.data.groups.count)
    for (pair, a) in active where values[a.index] > 0.5 { sitting[pair.group].insert(pair.staff) }
    for (key, list) in holds {
      for (i, h) in list where values[h.index] > 0.5 { sitting[key.group].insert(i) }
    }
    return sitting.map { $0.sorted() }
  }
}

extension PlanningModel {
  /// For each gap a specific person could close, one neighbourhood per such person: the short
  /// group with every group that person sits in (member or seat holder, `groupsOf`, sorted)
  /// in `values`.
  ///
  /// A competency need is met only by people with the skill, and an empty seat by a senior
  /// member with the days; both are usually busy elsewhere. Groups chosen by shared possible
  /// members miss them, since nearly everyone may join nearly every group.
  func personNeighbourhoods(
    around values: [Double], groupsOf: [[Int]], shortfall: [Double], columns: [[Variable]]
  ) -> [[Variable]] {
    let data = index.data
    var gaps: [(group: Int, people: [Int])] = []
    for n in needShort.keys.sorted() {
      guard let c = needShort[n], values[c.index] > 0.5,
        let j = data.groupIndex[data.needs[n].group]
      else { continue }
      let need = data.needs[n]
      let people = data.staff.indices.filter { i in
        guard let a = active[Pair(staff: i, group: j)] else { return false }
        return values[a.index] < 0.5 && data.staff[i].has(need.skill, atLeast: need.level)
      }
      gaps.append((j, people))
    }
    for key in seatShort.keys.sorted() {
      guard let f = seatShort[key], values[f.index] > 0.5 else { continue }
      // Senior members already in the group who lack the days: free their other groups.
      let people = (holds[key] ?? []).map(\.staff).filter { i in
        guard let a = active[Pair(staff: i, group: key.group)] else { return false }
        return values[a.index] > 0.5
      }
      gaps.append((key.group, people))
    }
    gaps.sort { (-shortfall[$0.group], $0.group) < (-shortfall[$1.group], $1.group) }
    var seen = Set<[Int]>()
    var result: [[Variable]] = []
    for (j, people) in gaps {
      for i in people {
        let groups = [j] + groupsOf[i].filter { $0 != j }
        guard groups.count > 1, seen.insert(groups).inserted else { continue }
        result.append(groups.flatMap { columns[$0] })
      }
    }
    return result
  }
}

extension Planner {
  /// Groups freed together in one neighbourhood.
  static let neighbourhoodSize = 3
  /// Branch-and-bound nodes per sub-MIP: a node limit, not a time limit, keeps runs
  /// deterministic.
  static let subproblemNodes = 200
  /// Passes over all neighbourhoods at most.
  static let neighbourhoodPasses = 4
  /// Rounds of the max-load search at most (each one pass, its neighbourhoods and penalty
  /// thresholds set around the incumbent of the round before).
  static let loadSearchRounds = 20
  /// Most loaded donors paired with every less loaded one in each max-load round.
  static let heaviestDonors = 3

  /// Sub-MIPs the search may solve per second of `PlanningOptions.timeLimit`, by stage.
  ///
  /// A work limit set from the limit the user gave, not from the clock, ends the search at the
  /// same point on every run, so a run whose searches end by it is reproducible. Calibrated
  /// on Data/mozambique and Data/cambodia (docs/model.md, "Work limits and reproducibility")
  /// so that at the default 60 s the searches usually end by their budget before their share
  /// of the time.
  static let subproblemsPerSecond: [Double] = [10, 10, 5, 1.5]
  /// Branch-and-bound nodes per sub-MIP of the max-load and preferences searches: their
  /// sub-MIPs' bounds are weak, so most that cannot improve would run to the node limit.
  static let weakBoundSubproblemNodes = 50

  /// Improves the incumbent of the stage whose objective `planning.model` minimises by
  /// large neighbourhood search, until `target`, the passes, the stage's sub-MIP budget or
  /// `deadline` (no sub-MIP runs past it).
  func searchNeighbourhoods(
    _ planning: PlanningModel, from values: [Double], stage: PlanningModel.Stage,
    target: Double, deadline: ContinuousClock.Instant
  ) throws -> NeighbourhoodSearch.Result {
    var sub = SolverOptions()
    let weakBounds = stage == .maxLoad || stage == .preferences
    sub.nodeLimit = weakBounds ? Self.weakBoundSubproblemNodes : Self.subproblemNodes
    // Measured on Data/mozambique: GLPK initialises pseudocosts with two dual simplex runs
    // per fractional column; Driebeck-Tomlin branching made the shortfall stage's search 3x
    // faster and let the max-load search solve 116 sub-MIPs instead of ~30 in its time. The
    // first fractional column halved it again (210 max-load sub-MIPs in 11.8 s instead of
    // 23.5 s, largest load 0.513 against 0.510): Driebeck-Tomlin's choice, glp_eval_tab_row
    // and glp_get_mat_col per candidate, was a fifth of the run's time (docs/model.md).
    sub.branching = .firstFractional
    sub.timeLimit = max(0.5, options.timeLimit / 20)
    // Measured on Data/mozambique: without cuts and the pump, sub-MIPs are 3x faster and
    // the search reaches the same or better plans in the same time.
    sub.cuts = false
    sub.feasibilityPump = false
    let budget = Int((options.timeLimit * Self.subproblemsPerSecond[stage.rawValue]).rounded(.up))
    let clock = ContinuousClock()
    let began = clock.now
    let result: NeighbourhoodSearch.Result
    if stage == .maxLoad {
      result = try searchLoads(
        planning, from: values, options: sub, budget: budget, deadline: deadline)
    } else {
      let search = NeighbourhoodSearch(
        subproblemOptions: sub, maxPasses: Self.neighbourhoodPasses, maxSubproblems: budget)
      let pairs = stage == .preferences ? planning.changePairNeighbourhoods(around: values) : []
      result = try search.improve(
        planning.model, start: values,
        neighbourhoods: pairs
          + planning.neighbourhoods(around: values, size: Self.neighbourhoodSize, stage: stage),
        target: target, deadline: deadline,
        polish: { planning.columns(planning.assignment($0)) })
    }
    let seconds = (clock.now - began).inSeconds
    let reached = planning.value(stage, result.values)
    options.progress?(
      "stage \(stage.name): neighbourhood search \(format(reached)) after "
        + "\(result.subproblems) sub-MIPs (\(result.improvements) improving), \(format(seconds)) s"
        + (result.reachedDeadline
          ? ", stopped by the time limit"
          : result.stoppedByTimeLimit ? ", some sub-MIPs stopped by their time limit" : ""))
    return result
  }

  /// Rounds of the max-load search: each round searches one pass of neighbourhoods around the
  /// incumbent with the penalty thresholds set from its largest load
  /// (`PlanningModel.loadSearchModel`); a round without improvement ends the search.
  private func searchLoads(
    _ planning: PlanningModel, from values: [Double], options sub: SolverOptions, budget: Int,
    deadline: ContinuousClock.Instant
  ) throws -> NeighbourhoodSearch.Result {
    let columns = planning.model.variables.count
    var total = NeighbourhoodSearch.Result(
      values: values, objective: planning.value(.maxLoad, values), subproblems: 0,
      improvements: 0)
    for _ in 0..<Self.loadSearchRounds {
      guard total.subproblems < budget else { break }
      let search = NeighbourhoodSearch(
        subproblemOptions: sub, maxPasses: 1, maxSubproblems: budget - total.subproblems)
      let largest = planning.value(.maxLoad, total.values)
      let (model, start) = try planning.loadSearchModel(around: total.values)
      let round = try search.improve(
        model, start: start,
        neighbourhoods: planning.donorPairNeighbourhoods(
          around: total.values, top: Self.heaviestDonors)
          + planning.neighbourhoods(
            around: total.values, size: Self.neighbourhoodSize, stage: .maxLoad),
        deadline: deadline,
        polish: { planning.loadSearchColumns($0, thresholdsOf: largest) })
      total.subproblems += round.subproblems
      total.improvements += round.improvements
      total.values = Array(round.values.prefix(columns))
      total.stoppedByTimeLimit = total.stoppedByTimeLimit || round.stoppedByTimeLimit
      total.reachedDeadline = round.reachedDeadline
      if round.improvements == 0 || round.reachedDeadline { break }
    }
    total.objective = planning.value(.maxLoad, total.values)
    return total
  }
}
