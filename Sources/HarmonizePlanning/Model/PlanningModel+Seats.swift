import HarmonizeData
import LinearProgramming

/// Seats per year: `h[s,g,y,r]`, their shortfall `f`, decided seats, one seat per person and donor.
extension PlanningModel {
  mutating func addSeats() throws(ModelError) {
    let data = index.data
    let seniors = data.staff.positions.filter { data.staff[$0].canChair }
    for j in data.groups.positions {
      let members = seniors.filter { active[StaffGroup(staff: $0, group: j)] != nil }
      for y in index.seatYears[j] {
        for r in index.roles(j) {
          let key = SeatKey(group: j, year: y, role: r)
          var list: [(staff: StaffIndex, variable: Variable)] = []
          for i in members where index.canHold(i, j, y, r) {
            list.append((i, try model.addVariable("h_\(i)_\(j)_\(y)_\(r)", .binary)))
          }
          holds[key] = list
          let n = Double(index.seatCount(j, r))
          let f = try model.addVariable("f_\(j)_\(y)_\(r)", .integer, lower: 0, upper: n)
          seatShort[key] = f
          try model.addConstraint(
            "seats_\(j)_\(y)_\(r)", list.map(\.variable).sum() + f == n)
          objectives[.shortfall].add(f)
        }
      }
    }
  }

  /// A seat decided to be held: the donor (or the named person) holds one seat of the role.
  ///
  /// A decision without a column (validation missed why) leaves the model infeasible.
  mutating func addDecidedSeats() throws(ModelError) {
    for pin in index.decisions.pinnedSeats {
      let through = (holds[pin.key] ?? []).filter { holder in
        index.donorOf[holder.staff] == pin.donor && (pin.staff ?? holder.staff) == holder.staff
      }
      try model.addConstraint("decided_\(pin.decision.line)", through.map(\.variable).sum() >= 1)
    }
    for pair in index.decisions.pinnedMemberships where active[pair] == nil {
      try model.addConstraint("decided_\(pair.staff)_\(pair.group)", LinearExpression() >= 1)
    }
  }

  mutating func addSeatRules() throws(ModelError) {
    let data = index.data
    for j in data.groups.positions {
      for y in index.seatYears[j] {
        var perStaff: [StaffIndex: LinearExpression] = [:]
        var perDonor: [DonorIndex: (LinearExpression, Set<StaffIndex>)] = [:]
        for r in index.roles(j) {
          for (i, h) in holds[SeatKey(group: j, year: y, role: r)] ?? [] {
            perStaff[i, default: LinearExpression()].add(h)
            guard let d = index.donorOf[i] else { continue }
            perDonor[d, default: (LinearExpression(), [])].0.add(h)
            perDonor[d, default: (LinearExpression(), [])].1.insert(i)
          }
        }
        for i in perStaff.keys.sorted() {
          guard let a = active[StaffGroup(staff: i, group: j)], let e = perStaff[i] else {
            continue
          }
          try model.addConstraint("hold_\(i)_\(j)_\(y)", e <= a)
        }
        for d in perDonor.keys.sorted() {
          guard let (e, people) = perDonor[d], people.count > 1,
            let z = donorActive[DonorGroup(donor: d, group: j)]
          else { continue }
          try model.addConstraint("oneseat_\(d)_\(j)_\(y)", e <= z)
        }
      }
      try addTermRules(j)
    }
  }

  /// The assignment's seats and the empty seats they leave.
  func setSeatColumns(_ x: inout [Double], _ plan: Assignment) {
    for (key, list) in holds {
      let holders = Set(plan.seats[key] ?? [])
      for (i, h) in list where holders.contains(i) { x[h.index] = 1 }
    }
    for (key, f) in seatShort {
      let filled = plan.seats[key]?.count ?? 0
      x[f.index] = Double(
        Counting.emptySeats(index.data.groups[key.group], role: key.role, filled: filled))
    }
  }
}
