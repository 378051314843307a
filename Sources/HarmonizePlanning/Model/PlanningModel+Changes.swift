import HarmonizeData
import LinearProgramming

/// Changes against today (docs/model.md, "The priorities, in order", 6), and the unasked takeovers among them.
extension PlanningModel {
  /// A membership label other than `keep`: a demotion of a member active today (1 − a), or a
  /// promotion or join (a); a member today who can no longer be active (a technical
  /// assistant among them) is a fixed change.
  mutating func addMembershipChanges() throws(ModelError) {
    let c = Priority.changes
    var today: [StaffGroup: Membership.Level] = [:]
    for m in index.today.memberships {
      guard let i = index.data.staffPosition(m.staff), let j = index.data.groupPosition(m.group)
      else { continue }
      today[StaffGroup(staff: i, group: j)] = m.level
    }
    for (pair, level) in today where level == .active && active[pair] == nil {
      constants[c] += 1
    }
    for pair in active.keys.sorted() {
      guard let a = active[pair] else { continue }
      if today[pair] == .active {
        objectives[c].add(a, -1)
        constants[c] += 1
      } else {
        objectives[c].add(a)
      }
    }
  }

  /// Per seat role and year: each donor that holds it without having held it the year before
  /// (today's roster before the first year; an earlier plan's commitment for a year it
  /// covered), and each seat held the year before left empty.
  mutating func addSeatChanges(_ key: SeatKey) throws(ModelError) {
    let c = Priority.changes
    let now = donorHolds(key)
    let baseline = index.baselineHolders(key.group, key.year, key.role)
    let first = baseline != nil
    let before =
      first ? [:] : donorHolds(SeatKey(group: key.group, year: key.year - 1, role: key.role))
    let heldToday = baseline ?? []
    var list: [(donor: DonorIndex, variable: Variable)] = []
    var incoming = LinearExpression()
    for d in now.keys.sorted() {
      guard let x = now[d] else { continue }
      var takeover: LinearExpression
      if first {
        guard !heldToday.contains(d) else { continue }
        takeover = x
      } else if let previous = before[d] {
        let name = "\(d)_\(key.group)_\(key.year)_\(key.role)"
        let n = try model.addVariable("n_\(name)", .binary)
        try model.addConstraint("takeup_\(name)", x - previous - n <= 0)
        takeover = n.expression
        list.append((d, n))
      } else {
        takeover = x
      }
      incoming.add(takeover)
      // Rules v3, rule 4: a takeover by a donor without interests.csv rows for the group
      // (a decided seat is the task force's own choice).
      if !index.facts.asked(d, key.group), !index.decisions.pinsSeat(key, donor: d) {
        objectives[.unasked].add(takeover)
      }
    }
    objectives[c].add(incoming)
    takesUp[key] = list
    self.incoming[key] = incoming
    guard let f = seatShort[key] else { return }
    let seats = Double(index.seatCount(key.group, key.role))
    let name = "\(key.group)_\(key.year)_\(key.role)"
    if first {
      let filledToday = Double(min(heldToday.count, Int(seats)))
      guard filledToday > 0 else { return }
      let v = try model.addVariable("v_\(name)", .integer, lower: 0, upper: seats)
      try model.addConstraint("vacate_\(name)", f - v <= seats - filledToday)
      vacated[key] = v
      objectives[c].add(v)
    } else if let previous = seatShort[
      SeatKey(group: key.group, year: key.year - 1, role: key.role)]
    {
      let v = try model.addVariable("v_\(name)", .integer, lower: 0, upper: seats)
      try model.addConstraint("vacate_\(name)", f - previous - v <= 0)
      vacated[key] = v
      objectives[c].add(v)
    }
  }

  /// The take-ups and vacated seats of the change count, after the seats are set.
  func setChangeColumns(_ x: inout [Double]) {
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
  }
}
