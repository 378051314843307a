import HarmonizeData
import LinearProgramming

/// The weighted rest: preferences, skill fit, lead continuity, spread of loads.
extension PlanningModel {
  mutating func addWeightedTerms() throws(ModelError) {
    let data = index.data
    let w = Priority.weighted
    for pair in active.keys.sorted() {
      guard let a = active[pair] else { continue }
      let fits = index.needsOf[pair.group].filter {
        Counting.meets(data.staff[pair.staff], data.needs[$0])
      }
      if !fits.isEmpty { objectives[w].add(a, -weights.skillFit * Double(fits.count)) }
    }
    for key in holds.keys.sorted() {
      for (i, h) in holds[key] ?? [] {
        guard let d = index.donorOf[i],
          let rank = index.facts.preferenceRank(d, key.group, year: key.year)
        else { continue }
        objectives[w].add(h, -weights.preference / Double(max(1, rank)))
      }
    }
    // A seat kept as an earlier plan agreed (`--previous`) is rewarded like a lead year
    // continued, so that among plans with as few changes the agreed one is kept.
    for key in holds.keys.sorted() {
      guard let committed = index.committedHolders(key.group, key.year, key.role) else {
        continue
      }
      for (d, x) in donorHolds(key) where committed.contains(d) {
        objectives[w].add(x, times: -weights.rotation)
      }
    }
    for j in data.groups.positions where index.roles(j).contains(.focal) {
      try addLeadContinuity(j)
    }
    try addSpread()
  }

  /// Leads serve their whole term: each lead year continued from the year before is rewarded.
  /// (A lead taken back after a single year away is forbidden: `addNoComeback`.)
  mutating func addLeadContinuity(_ j: GroupIndex) throws(ModelError) {
    let w = Priority.weighted
    var lead: [DonorIndex: [Int: LinearExpression]] = [:]  // donor → year → X
    for y in index.seatYears[j] {
      for (d, x) in donorHolds(SeatKey(group: j, year: y, role: .focal)) {
        lead[d, default: [:]][y] = x
      }
    }
    let today = index.todayLead(j)
    func held(_ d: DonorIndex, _ y: Int) -> LinearExpression? {
      if y >= index.startYear { return lead[d]?[y] }
      guard let today, today.donor == d, y >= today.since else { return nil }
      return LinearExpression(constant: 1)
    }
    for d in lead.keys.sorted() {
      for y in index.seatYears[j] {
        guard let x = held(d, y) else { continue }
        if let previous = held(d, y - 1) {
          if let n = takesUp[SeatKey(group: j, year: y, role: .focal)]?.first(where: {
            $0.donor == d
          }) {
            objectives[w].add(x, times: -weights.rotation)
            objectives[w].add(n.variable, weights.rotation)
          } else if previous.variables.isEmpty {
            objectives[w].add(x, times: -weights.rotation)
          }
        }
      }
    }
  }

  /// t[d] ≥ load[d] − average: loads spread evenly below the ceiling.
  mutating func addSpread() throws(ModelError) {
    let donors = loads.keys.sorted()
    guard donors.count > 1, weights.fairness != 0 else { return }
    var mean = LinearExpression()
    for d in donors { mean.add(loads[d] ?? LinearExpression(), times: 1 / Double(donors.count)) }
    let average = try model.addVariable("avgload", lower: 0)  // loads are never negative
    averageLoad = average
    try model.addConstraint("avgdef", mean - average == 0)
    for d in donors {
      let t = try model.addVariable("above_\(d)", lower: 0)
      aboveAverage[d] = t
      try model.addConstraint("abovedef_\(d)", (loads[d] ?? LinearExpression()) - average - t <= 0)
      objectives[.weighted].add(t, weights.fairness)
    }
  }
}
