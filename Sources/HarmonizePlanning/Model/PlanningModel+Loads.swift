import HarmonizeData
import LinearProgramming

/// Burden, load and overload above the ceiling.
extension PlanningModel {
  /// load[d] = (member days + seat days averaged over the plan years + other duties) /
  /// capacity, and o[d] ≥ load[d] − ceiling with o[d] ≥ 0 (the ceiling is set later).
  mutating func addLoads() throws(ModelError) {
    let data = index.data
    let yearCount = Double(index.years.count)
    var burden: [DonorIndex: LinearExpression] = [:]
    for p in active.keys.sorted() {
      guard let d = index.donorOf[p.staff], let a = active[p] else { continue }
      burden[d, default: LinearExpression()].add(a, data.groups[p.group].memberDays)
    }
    for key in holds.keys.sorted() {
      let days = data.groups[key.group].seatDays(key.role) / yearCount
      for (i, h) in holds[key] ?? [] {
        guard let d = index.donorOf[i] else { continue }
        burden[d, default: LinearExpression()].add(h, days)
      }
    }
    for d in data.donors.positions where index.capacity[d] > 0 {
      var load = burden[d] ?? LinearExpression()
      load.constant += data.donors[d].otherDuties
      load = (1 / index.capacity[d]) * load
      loads[d] = load
      let o = try model.addVariable("over_\(d)", lower: 0)
      var row = load - o
      row.constant = 0
      let ref = try model.addConstraint("ceiling_\(d)", row <= .infinity)
      overload[d] = (o, ref)
      objectives[.overload].add(o)
    }
    try setCeiling(nil)
  }

  /// The overload above the ceiling, the average load and each load above it, after the
  /// memberships and seats are set.
  func setLoadColumns(_ x: inout [Double]) {
    var loadValues: [DonorIndex: Double] = [:]
    for (d, load) in loads { loadValues[d] = load.value(x) }
    for (d, o) in overload {
      x[o.variable.index] = ceiling.map { max(0, (loadValues[d] ?? 0) - $0) } ?? 0
    }
    guard !loadValues.isEmpty else { return }
    // Summed in donor order: a dictionary's order differs from run to run.
    let average =
      loadValues.keys.sorted().reduce(0.0) { $0 + (loadValues[$1] ?? 0) }
      / Double(loadValues.count)
    for (d, t) in aboveAverage { x[t.index] = max(0, (loadValues[d] ?? 0) - average) }
    if let v = averageLoad { x[v.index] = average }
  }
}
