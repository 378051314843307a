import HarmonizeData
import LinearProgramming

/// Hard limits on people and donors: days per year, `max_groups`, `chair_capacity`.
extension PlanningModel {
  mutating func addCapacities() throws(ModelError) {
    let data = index.data
    var seatDays: [StaffIndex: [Int: LinearExpression]] = [:]  // staff → year → seat days
    var donorSeats: [DonorIndex: [Int: LinearExpression]] = [:]  // donor → year → seats
    for key in holds.keys.sorted() {
      let days = data.groups[key.group].seatDays(key.role)
      for (i, h) in holds[key] ?? [] {
        seatDays[i, default: [:]][key.year, default: LinearExpression()].add(h, days)
        if let d = index.donorOf[i] {
          donorSeats[d, default: [:]][key.year, default: LinearExpression()].add(h)
        }
      }
    }
    var memberships: [StaffIndex: [(GroupIndex, Variable)]] = [:]
    for (p, a) in active { memberships[p.staff, default: []].append((p.group, a)) }
    for i in memberships.keys.sorted() {
      let s = data.staff[i]
      let mine = (memberships[i] ?? []).sorted { $0.0 < $1.0 }
      for y in index.years where y == index.startYear || seatDays[i]?[y] != nil {
        var e = seatDays[i]?[y] ?? LinearExpression()
        for (j, a) in mine where data.groups[j].exists(in: y) {
          e.add(a, data.groups[j].memberDays)
        }
        try model.addConstraint("days_\(i)_\(y)", e <= s.days)
      }
      if let m = s.maxGroups, mine.count > m {
        try model.addConstraint("sgroups_\(i)", mine.map(\.1).sum() <= Double(m))
      }
    }
    for d in data.donors.positions {
      let donor = data.donors[d]
      let mine = data.groups.positions.compactMap { donorActive[DonorGroup(donor: d, group: $0)] }
      if let m = donor.maxGroups, mine.count > m {
        try model.addConstraint("dgroups_\(d)", mine.sum() <= Double(m))
      }
      guard let cap = donor.chairCapacity else { continue }
      for y in index.years {
        guard let e = donorSeats[d]?[y], e.variables.count > cap else { continue }
        try model.addConstraint("chaircap_\(d)_\(y)", e <= Double(cap))
      }
    }
  }
}
