import HarmonizeData
import LinearProgramming

/// Staff-side shortfalls and excess of the first plan year: donors `u`, competency `c`, links `λ`, excess `e`.
extension PlanningModel {
  mutating func addStaffShortfalls() throws(ModelError) {
    let data = index.data
    for j in data.groups.positions where index.isOpen(j) {
      let g = data.groups[j]
      let donors = data.donors.positions.compactMap {
        donorActive[DonorGroup(donor: $0, group: j)]
      }
      if g.minDonors > 0 {
        let u = try model.addVariable(
          "u_\(j)", .integer, lower: 0, upper: Double(g.minDonors))
        donorShort[j] = u
        try model.addConstraint("mind_\(j)", donors.sum() + u >= Double(g.minDonors))
        objectives[.shortfall].add(u)
      }
      if donors.count > g.maxDonors {
        let e = try model.addVariable("e_\(j)", .integer, lower: 0, upper: Double(donors.count))
        excess[j] = e
        try model.addConstraint("maxd_\(j)", donors.sum() - e <= Double(g.maxDonors))
        objectives[.excess].add(e)
      }
      for n in index.needsOf[j] {
        let need = data.needs[n]
        guard need.count > 0 else { continue }
        let c = try model.addVariable("c_\(n)", .integer, lower: 0, upper: Double(need.count))
        needShort[n] = c
        let holders = data.staff.positions.filter {
          Counting.meets(data.staff[$0], need)
        }
        .compactMap { active[StaffGroup(staff: $0, group: j)] }
        try model.addConstraint("need_\(n)", holders.sum() + c >= Double(need.count))
        objectives[.shortfall].add(c)
      }
      guard g.kind == .crossCutting else { continue }
      for id in Set(g.links).sorted() {
        guard let l = data.groupPosition(id), index.isOpen(l) else { continue }
        let lam = try model.addVariable("lk_\(j)_\(l)", .binary)
        var witnesses: [(StaffIndex, Variable)] = []
        for i in data.staff.positions {
          guard let aj = active[StaffGroup(staff: i, group: j)],
            let al = active[StaffGroup(staff: i, group: l)]
          else { continue }
          let b = try model.addVariable("b_\(i)_\(j)_\(l)", lower: 0, upper: 1)
          try model.addConstraint("bj_\(i)_\(j)_\(l)", b <= aj)
          try model.addConstraint("bl_\(i)_\(j)_\(l)", b <= al)
          witnesses.append((i, b))
        }
        try model.addConstraint("link_\(j)_\(l)", lam.expression <= witnesses.map(\.1).sum())
        linkCovered[GroupLink(from: j, to: l)] = (lam, witnesses)
        objectives[.shortfall].add(lam, -1)
        constants[.shortfall] += 1
      }
    }
  }

  /// The shortfall and excess slacks at their tightest, after the memberships are set.
  func setShortfallColumns(_ x: inout [Double], _ plan: Assignment) {
    let data = index.data
    func present(_ j: GroupIndex) -> Int {
      data.donors.positions.filter {
        donorActive[DonorGroup(donor: $0, group: j)].map { x[$0.index] > 0.5 } ?? false
      }.count
    }
    for (j, u) in donorShort {
      x[u.index] = Double(Counting.donorShortfall(data.groups[j], activeDonors: present(j)))
    }
    for (j, e) in excess {
      x[e.index] = Double(Counting.excess(data.groups[j], activeDonors: present(j)))
    }
    var members: [GroupIndex: [StaffIndex]] = [:]  // group → active staff
    for pair in plan.active { members[pair.group, default: []].append(pair.staff) }
    for (n, c) in needShort {
      let need = data.needs[n]
      guard let j = data.groupPosition(need.group) else { continue }
      let have = (members[j] ?? []).filter { Counting.meets(data.staff[$0], need) }.count
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
  }
}
