import HarmonizeData
import LinearProgramming

/// Who each column belongs to, for the neighbourhoods of the large-neighbourhood search
/// (`PlanningRun.searchNeighbourhoods`).
struct ColumnOwners {
  /// Per column: its group; `nil` for a donor's load columns and the average load.
  var group: [GroupIndex?]
  /// Per column: the staff member whose membership or seat it is (`a`, `h`, and a link's
  /// witness `b`); `nil` for every other column.
  var staff: [StaffIndex?]
  /// Per column: the donor whose load it measures (its overload `o[d]` and its load above the
  /// average `t[d]`); `nil` for every other column.
  var donor: [DonorIndex?]
}

extension PlanningModel {
  /// The group and the staff member of every column.
  func columnOwners() -> ColumnOwners {
    let n = model.variables.count
    var owners = ColumnOwners(
      group: Array(repeating: nil, count: n), staff: Array(repeating: nil, count: n),
      donor: Array(repeating: nil, count: n))
    func own(_ v: Variable, _ j: GroupIndex, _ i: StaffIndex? = nil) {
      owners.group[v.index] = j
      if let i { owners.staff[v.index] = i }
    }
    for (pair, v) in active { own(v, pair.group, pair.staff) }
    for (place, v) in donorActive { own(v, place.group) }
    for (key, held) in holds { for (i, v) in held { own(v, key.group, i) } }
    for (j, v) in donorShort { own(v, j) }
    for (n, v) in needShort {
      if let j = index.data.groupPosition(index.data.needs[n].group) { own(v, j) }
    }
    for (link, cover) in linkCovered {
      own(cover.covered, link.from)
      for (i, b) in cover.witnesses { own(b, link.from, i) }
    }
    for (key, v) in seatShort { own(v, key.group) }
    for (j, v) in excess { own(v, j) }
    for (key, ups) in takesUp { for (_, v) in ups { own(v, key.group) } }
    for (key, v) in vacated { own(v, key.group) }
    for o in overstays { own(o.variable, o.group) }
    for (d, o) in overload { owners.donor[o.variable.index] = d }
    for (d, t) in aboveAverage { owners.donor[t.index] = d }
    return owners
  }
}
