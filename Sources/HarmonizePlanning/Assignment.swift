import HarmonizeData
import LinearProgramming

/// A plan by position: first-year active pairs and each seat role's holders per year.
///
/// The heuristic builds one; a solution decodes to one.
struct Assignment: Equatable {
  var active: Set<StaffGroup> = []
  /// Holders of each seat role, sorted by staff position.
  var seats: [SeatKey: [StaffIndex]] = [:]
}

extension PlanningModel {
  /// The assignment a solution's column values describe.
  func assignment(_ values: [Double]) -> Assignment {
    var result = Assignment()
    for (pair, a) in active where values[a.index] > 0.5 { result.active.insert(pair) }
    for (key, list) in holds {
      let holders = list.filter { values[$0.variable.index] > 0.5 }.map(\.staff).sorted()
      if !holders.isEmpty { result.seats[key] = holders }
    }
    return result
  }

  /// A full column vector for an assignment: its memberships and seats, and every derived
  /// column (presence, slacks, links, loads, continuations) at its tightest value.
  func columns(_ plan: Assignment) -> [Double] {
    var x = Array(repeating: 0.0, count: model.variables.count)
    for (pair, a) in active where plan.active.contains(pair) { x[a.index] = 1 }
    for (key, list) in holds {
      let holders = Set(plan.seats[key] ?? [])
      for (i, h) in list where holders.contains(i) { x[h.index] = 1 }
    }
    for (key, z) in donorActive {
      let on = index.staffOf[key.donor].contains {
        plan.active.contains(StaffGroup(staff: $0, group: key.group))
      }
      x[z.index] = on ? 1 : 0
    }
    let data = index.data
    for (j, u) in donorShort {
      let present = data.donors.positions.filter {
        donorActive[DonorGroup(donor: $0, group: j)].map { x[$0.index] > 0.5 } ?? false
      }.count
      x[u.index] = Double(Counting.donorShortfall(data.groups[j], activeDonors: present))
    }
    for (j, e) in excess {
      let present = data.donors.positions.filter {
        donorActive[DonorGroup(donor: $0, group: j)].map { x[$0.index] > 0.5 } ?? false
      }.count
      x[e.index] = Double(Counting.excess(data.groups[j], activeDonors: present))
    }
    var members: [GroupIndex: [StaffIndex]] = [:]  // group → active staff
    for pair in plan.active { members[pair.group, default: []].append(pair.staff) }
    for (n, c) in needShort {
      let need = data.needs[n]
      guard let j = data.groupPosition(need.group) else { continue }
      let have = (members[j] ?? []).filter { Counting.meets(data.staff[$0], need) }
        .count
      x[c.index] = Double(Counting.competencyShortfall(need, meeting: have))
    }
    for (key, link) in linkCovered {
      var covered = false
      for (i, b) in link.witnesses {
        let both =
          plan.active.contains(StaffGroup(staff: i, group: key.from))
          && plan.active.contains(StaffGroup(staff: i, group: key.to))
        x[b.index] = both ? 1 : 0
        covered = covered || both
      }
      x[link.covered.index] = covered ? 1 : 0
    }
    for (key, f) in seatShort {
      let filled = plan.seats[key]?.count ?? 0
      x[f.index] = Double(
        Counting.emptySeats(data.groups[key.group], role: key.role, filled: filled))
    }
    var loadValues: [DonorIndex: Double] = [:]
    for (d, load) in loads { loadValues[d] = load.value(x) }
    for (d, o) in overload {
      let ceiling = model.constraints[o.row.index].upper + (loads[d]?.constant ?? 0)
      x[o.variable.index] = max(0, (loadValues[d] ?? 0) - ceiling)
    }
    if !loadValues.isEmpty {
      // Summed in donor order: a dictionary's order differs from run to run.
      let average =
        loadValues.keys.sorted().reduce(0.0) { $0 + (loadValues[$1] ?? 0) }
        / Double(loadValues.count)
      for (d, t) in aboveAverage { x[t.index] = max(0, (loadValues[d] ?? 0) - average) }
      if let v = averageLoad { x[v.index] = average }
    }
    for (key, list) in takesUp {
      let now = donorHolds(key)
      let previous = donorHolds(SeatKey(group: key.group, year: key.year - 1, role: key.role))
      for (d, n) in list {
        let held = now[d].map { $0.value(x) > 0.5 } ?? false
        let heldBefore = previous[d].map { $0.value(x) > 0.5 } ?? false
        x[n.index] = held && !heldBefore ? 1 : 0
      }
    }
    for (key, v) in vacated {
      let seats = Double(index.seatCount(key.group, key.role))
      let empty = x[seatShort[key]?.index ?? 0]
      let emptyBefore: Double
      if let held = index.baselineHolders(key.group, key.year, key.role) {
        emptyBefore = seats - min(seats, Double(held.count))
      } else {
        let before = SeatKey(group: key.group, year: key.year - 1, role: key.role)
        emptyBefore = seatShort[before].map { x[$0.index] } ?? seats
      }
      x[v.index] = max(0, empty - emptyBefore)
    }
    for o in overstays { x[o.variable.index] = o.value(x) }
    return x
  }
}

extension PlanningModel {
  /// Names of the rows and columns a column vector breaks (beyond
  /// `PlanningTuning.feasibilityTolerance`), for tests and checks.
  func violations(_ x: [Double]) -> [String] {
    let tolerance = PlanningTuning.feasibilityTolerance
    var broken: [String] = []
    for (j, v) in model.variables.enumerated() {
      let value = x[j]
      if value < v.lower - tolerance || value > v.upper + tolerance { broken.append(v.name) }
      if v.kind != .continuous, abs(value - value.rounded()) > tolerance {
        broken.append(v.name)
      }
    }
    for (c, name) in zip(model.constraints, model.constraintNames) {
      let value = c.expression.value(x)
      if value < c.lower - tolerance * max(1, abs(c.lower))
        || value > c.upper + tolerance * max(1, abs(c.upper))
      {
        broken.append(name)
      }
    }
    return broken
  }
}
