import HarmonizeData
import LinearProgramming

/// Memberships and donors' presence (docs/model.md, "Columns and rows"): `a[s,g]` for eligible pairs, `z[d,g]` with `a ≤ z` per member.
extension PlanningModel {
  mutating func addMemberships() throws(ModelError) {
    let data = index.data
    for j in data.groups.positions where index.isOpen(j) {
      var members: [DonorIndex: [Variable]] = [:]
      for i in data.staff.positions where index.canJoin(i, j) {
        let a = try model.addVariable("a_\(i)_\(j)", .binary)
        active[StaffGroup(staff: i, group: j)] = a
        if index.decisions.pinsMembership(StaffGroup(staff: i, group: j)) {
          try model.setBounds(a, lower: 1, upper: 1)
        }
        if let d = index.donorOf[i] { members[d, default: []].append(a) }
      }
      for d in members.keys.sorted() {
        let z = try model.addVariable("z_\(d)_\(j)", .binary)
        donorActive[DonorGroup(donor: d, group: j)] = z
        try model.addConstraint("zup_\(d)_\(j)", z.expression <= members[d, default: []].sum())
        // One row per member (a ≤ z) rather than Σ a ≤ n·z: the LP bound is much tighter.
        for a in members[d, default: []] {
          try model.addConstraint("zlo_\(a.index)", a - z <= 0)
        }
      }
    }
  }

  /// The assignment's memberships and the donors' presence they give.
  func setMembershipColumns(_ x: inout [Double], _ plan: Assignment) {
    for (pair, a) in active where plan.active.contains(pair) { x[a.index] = 1 }
    for (key, z) in donorActive {
      let on = index.staffOf[key.donor].contains {
        plan.active.contains(StaffGroup(staff: $0, group: key.group))
      }
      x[z.index] = on ? 1 : 0
    }
  }
}
