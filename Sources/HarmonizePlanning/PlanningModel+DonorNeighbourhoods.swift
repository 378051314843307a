import LinearProgramming

/// Neighbourhoods of two donors for the max-load and preferences searches (docs/model.md,
/// "Searching the largest load", "Searching the last priority"): every column of both donors
/// is freed together, so a sub-MIP can trade memberships and seats between them across groups.
extension PlanningModel {
  /// Integer columns of each donor (index = donor): its staff's memberships and seats, its
  /// presence in groups, and the shortfall and excess counts of the groups it may join (so a
  /// move between two donors may also shift which of a group's gaps stays open).
  func columnsByDonor() -> [[Variable]] {
    let data = index.data
    var columns = Array(repeating: [Variable](), count: data.donors.count)
    var groupsOf = Array(repeating: Set<Int>(), count: data.donors.count)
    for (pair, a) in active {
      guard let d = index.donorOf[pair.staff] else { continue }
      columns[d].append(a)
      groupsOf[d].insert(pair.group)
    }
    for (pair, z) in donorActive { columns[pair.staff].append(z) }
    for (_, list) in holds {
      for (i, h) in list {
        if let d = index.donorOf[i] { columns[d].append(h) }
      }
    }
    let gapsOf = gapColumnsByGroup()
    for d in columns.indices {
      for j in groupsOf[d] { columns[d] += gapsOf[j] }
    }
    return columns.map { $0.sorted { $0.index < $1.index } }
  }

  /// Donor pairs for the max-load search, the least loaded partner first.
  ///
  /// Each of the `top` most loaded donors in `values` is paired with every donor less loaded.
  /// Freeing two donors' columns lets a sub-MIP hand memberships and seats from one to the
  /// other across all groups.
  func donorPairNeighbourhoods(around values: [Double], top: Int) -> [[Variable]] {
    let columns = columnsByDonor()
    let byLoad = loads.keys.map { (donor: $0, load: loads[$0]?.value(values) ?? 0) }
      .filter { !columns[$0.donor].isEmpty }
      .sorted { ($1.load, $0.donor) < ($0.load, $1.donor) }
    var result: [[Variable]] = []
    for (k, heavy) in byLoad.prefix(top).enumerated() {
      for light in byLoad[(k + 1)...].reversed() {
        let both = Set(columns[heavy.donor] + columns[light.donor])
        result.append(both.sorted { $0.index < $1.index })
      }
    }
    return result
  }
}

extension PlanningModel {
  /// Donor pairs for the preferences search: two donors between which `values` moves
  /// something, most moves first.
  ///
  /// A seat role passing from one donor to another between consecutive years (today to the
  /// first plan year included), or a group where one donor's member leaves while another's
  /// joins against today. Under the fixed largest load such a change is often the cheapest
  /// way to balance loads, and undoing it takes a trade across groups: freeing both donors
  /// lets a sub-MIP find one (keep the seat, hand over something else).
  func changePairNeighbourhoods(around values: [Double]) -> [[Variable]] {
    var moves: [Pair: Int] = [:]  // (lower, higher) donor index → moves between the two
    func count(_ a: Int, _ b: Int) {
      guard a != b else { return }
      moves[Pair(staff: min(a, b), group: max(a, b)), default: 0] += 1
    }
    var holder: [SeatKey: Set<Int>] = [:]
    for (key, list) in holds {
      for (i, h) in list where values[h.index] > 0.5 {
        if let d = index.donorOf[i] { holder[key, default: []].insert(d) }
      }
    }
    for seat in index.todaySeats {
      let key = SeatKey(group: seat.group, year: index.startYear, role: seat.role)
      for d in holder[key] ?? [] where d != seat.donor { count(seat.donor, d) }
    }
    for (key, now) in holder where key.year > index.startYear {
      let before = holder[SeatKey(group: key.group, year: key.year - 1, role: key.role)] ?? []
      for a in before.subtracting(now) {
        for b in now.subtracting(before) { count(a, b) }
      }
    }
    var leaving: [Int: Set<Int>] = [:]
    var joining: [Int: Set<Int>] = [:]
    for pair in index.todayActive {
      guard let d = index.donorOf[pair.staff] else { continue }
      if (active[pair].map { values[$0.index] } ?? 0) < 0.5 {
        leaving[pair.group, default: []].insert(d)
      }
    }
    for (pair, a) in active where values[a.index] > 0.5 && !index.todayActive.contains(pair) {
      if let d = index.donorOf[pair.staff] { joining[pair.group, default: []].insert(d) }
    }
    for (j, out) in leaving {
      for a in out {
        for b in joining[j] ?? [] { count(a, b) }
      }
    }
    let columns = columnsByDonor()
    return moves.sorted { (-$0.value, $0.key) < (-$1.value, $1.key) }.map { pair, _ in
      Set(columns[pair.staff] + columns[pair.group]).sorted { $0.index < $1.index }
    }
  }
}
