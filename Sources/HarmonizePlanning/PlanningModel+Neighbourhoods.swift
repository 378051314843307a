import HarmonizeData
import LinearProgramming

/// Neighbourhoods for the large neighbourhood search (docs/model.md, "Solving"): sets of
/// groups whose integer columns are freed together while the rest of the plan stays fixed.
extension PlanningModel {
  /// Integer columns about each group (index = group): memberships, donors' presence, seats,
  /// their continuations and the group's shortfall and excess counts.
  func columnsByGroup() -> [[Variable]] {
    var columns = Array(repeating: [Variable](), count: index.data.groups.count)
    for (pair, a) in active { columns[pair.group].append(a) }
    for (pair, z) in donorActive { columns[pair.group].append(z) }
    for (key, list) in holds { columns[key.group].append(contentsOf: list.map(\.variable)) }
    for (key, f) in seatShort { columns[key.group].append(f) }
    for (key, list) in continues { columns[key.group].append(contentsOf: list.map(\.variable)) }
    for (j, u) in donorShort { columns[j].append(u) }
    for (j, e) in excess { columns[j].append(e) }
    for (n, c) in needShort {
      if let j = index.data.groupIndex[index.data.needs[n].group] { columns[j].append(c) }
    }
    for (pair, link) in linkCovered {
      columns[pair.staff].append(link.covered)
      columns[pair.group].append(link.covered)
    }
    return columns.map { $0.sorted { $0.index < $1.index } }
  }

  /// One neighbourhood per group that the incumbent `values` leaves short of something (most
  /// short first), then one per other group: the group itself and the `size - 1` groups that
  /// share the most possible members with it, so people can move between them.
  func neighbourhoods(around values: [Double], size: Int) -> [[Variable]] {
    let data = index.data
    let columns = columnsByGroup()
    var candidates = Array(repeating: Set<Int>(), count: data.groups.count)
    for pair in active.keys { candidates[pair.group].insert(pair.staff) }
    var shortfall = Array(repeating: 0.0, count: data.groups.count)
    for (key, f) in seatShort { shortfall[key.group] += values[f.index] }
    for (j, u) in donorShort { shortfall[j] += values[u.index] }
    for (n, c) in needShort {
      if let j = data.groupIndex[data.needs[n].group] { shortfall[j] += values[c.index] }
    }
    for (pair, link) in linkCovered { shortfall[pair.staff] += 1 - values[link.covered.index] }
    for (j, e) in excess { shortfall[j] += values[e.index] }
    let seeds = data.groups.indices.filter { !columns[$0].isEmpty }
      .sorted { (-shortfall[$0], $0) < (-shortfall[$1], $1) }
    let byPerson = personNeighbourhoods(around: values, shortfall: shortfall, columns: columns)
    return byPerson + seeds.map { j in
      let related = data.groups.indices.filter { $0 != j && !columns[$0].isEmpty }
        .map { (k: $0, shared: candidates[j].intersection(candidates[$0]).count) }
        .filter { $0.shared > 0 }
        .sorted { (-$0.shared, $0.k) < (-$1.shared, $1.k) }
        .prefix(size - 1)
      return ([j] + related.map(\.k)).flatMap { columns[$0] }
    }
  }
}

extension PlanningModel {
  /// For each gap a specific person could close, one neighbourhood per such person: the short
  /// group with every group that person sits in (member or seat holder) in `values`.
  ///
  /// A competency need is met only by people with the skill, and an empty seat by a senior
  /// member with the days; both are usually busy elsewhere. Groups chosen by shared possible
  /// members miss them, since nearly everyone may join nearly every group.
  func personNeighbourhoods(around values: [Double], shortfall: [Double], columns: [[Variable]])
    -> [[Variable]]
  {
    let data = index.data
    var sitsIn = Array(repeating: Set<Int>(), count: data.staff.count)
    for (pair, a) in active where values[a.index] > 0.5 { sitsIn[pair.staff].insert(pair.group) }
    for (key, list) in holds {
      for (i, h) in list where values[h.index] > 0.5 { sitsIn[i].insert(key.group) }
    }
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
        let groups = ([j] + sitsIn[i].subtracting([j]).sorted())
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

  /// Improves the incumbent of the stage whose objective `planning.model` minimises by
  /// large neighbourhood search, until `target`, the passes or `shouldStop`.
  func searchNeighbourhoods(
    _ planning: PlanningModel, from values: [Double], stage: PlanningModel.Stage,
    target: Double, shouldStop: () -> Bool
  ) throws -> [Double] {
    var sub = SolverOptions()
    sub.nodeLimit = Self.subproblemNodes
    sub.timeLimit = max(0.5, options.timeLimit / 20)
    // Measured on Data/mozambique: without cuts and the pump, sub-MIPs are 3x faster and
    // the search reaches the same or better plans in the same time.
    sub.cuts = false
    sub.feasibilityPump = false
    let clock = ContinuousClock()
    let began = clock.now
    let search = NeighbourhoodSearch(subproblemOptions: sub, maxPasses: Self.neighbourhoodPasses)
    let result = try search.improve(
      planning.model, start: values,
      neighbourhoods: planning.neighbourhoods(around: values, size: Self.neighbourhoodSize),
      target: target, shouldStop: shouldStop)
    let seconds = (clock.now - began).inSeconds
    let reached = result.objective + planning.constants[stage.rawValue]
    options.progress?(
      "stage \(stage.name): neighbourhood search \(format(reached)) after "
        + "\(result.subproblems) sub-MIPs (\(result.improvements) improving), \(format(seconds)) s")
    return result.values
  }
}
