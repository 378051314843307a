import HarmonizeData
import LinearProgramming

/// The planning MIP (docs/model.md): memberships, donors' presence, seats per year, shortfall
/// and excess slacks, overstay years, loads against a ceiling, unasked takeovers and changes
/// against today, and the seven priorities' objectives as expressions over one model.
struct PlanningModel {
  let index: PlanningIndex
  let weights: PlanningOptions.Weights
  var model = Model(name: "harmonize")
  /// a[s,g]: staff active in the group (first plan year).
  var active: [StaffGroup: Variable] = [:]
  /// z[d,g]: donor active in the group.
  var donorActive: [DonorGroup: Variable] = [:]
  /// h[s,g,y,r]: staff holds a seat of the role in the year.
  var holds: [SeatKey: [(staff: StaffIndex, variable: Variable)]] = [:]
  /// u[g]: donor shortfall.
  var donorShort: [GroupIndex: Variable] = [:]
  /// c[n]: competency shortfall per need.
  var needShort: [NeedIndex: Variable] = [:]
  /// λ[g,l]: link from cross-cutting g to l covered, with its per-person witnesses b[s,g,l].
  var linkCovered: [GroupLink: (covered: Variable, witnesses: [(StaffIndex, Variable)])] = [:]
  /// f[g,y,r]: empty seats of the role.
  var seatShort: [SeatKey: Variable] = [:]
  /// e[g]: excess donors.
  var excess: [GroupIndex: Variable] = [:]
  /// Per donor with capacity: its load as an expression (constant: other duties).
  var loads: [DonorIndex: LinearExpression] = [:]
  /// o[d] ≥ load[d] − ceiling: the donor's overload, and the row that defines it.
  var overload: [DonorIndex: (variable: Variable, row: ConstraintReference)] = [:]
  /// t[d]: load above the average load (the spread term of the weighted priority).
  var aboveAverage: [DonorIndex: Variable] = [:]
  /// The average load over donors with capacity (defined by one row).
  var averageLoad: Variable?
  /// n[d,g,y,r]: the donor takes the seat role up in the year (it did not hold it the year
  /// before), where both years have a column for it.
  var takesUp: [SeatKey: [(donor: DonorIndex, variable: Variable)]] = [:]
  /// Per seat role and year: the donors taking it up (Σ n, or X where the donor had no
  /// column the year before).
  var incoming: [SeatKey: LinearExpression] = [:]
  /// v[g,y,r]: seats of the role held the year before and empty in this year.
  var vacated: [SeatKey: Variable] = [:]
  /// o[d,g,t] ≥ Σ lead years in t...t+term − term: a donor's overstay years in a window of
  /// `term + 1` years (rules v3, rule 3), with the lead it sums and the years it may lead.
  var overstays: [Overstay] = []
  /// The load ceiling of the overload rows (`setCeiling`); `nil` for none.
  private(set) var ceiling: Double?
  /// Each priority's objective without its constant, and the constants kept apart.
  var objectives = PerPriority(repeating: LinearExpression())
  var constants = PerPriority(repeating: 0.0)

  init(_ index: PlanningIndex, weights: PlanningOptions.Weights) throws(ModelError) {
    self.index = index
    self.weights = weights
    try addMemberships()
    try addSeats()
    try addDecidedSeats()
    try addStaffShortfalls()
    try addSeatRules()
    try addRotationRules()
    try addCapacities()
    try addLoads()
    try addMembershipChanges()
    for key in holds.keys.sorted() { try addSeatChanges(key) }
    for j in index.data.groups.positions where index.roles(j).contains(.focal) {
      try addRotationCuts(j)
    }
    try addWeightedTerms()
  }

  /// The priority's objective value for column values, constant included.
  func value(_ priority: Priority, _ values: [Double]) -> Double {
    objectives[priority].value(values) + constants[priority]
  }

  /// The largest donor load of a plan (reported, no longer a priority of its own).
  func largestLoad(_ values: [Double]) -> Double {
    loads.values.map { $0.value(values) }.max() ?? 0
  }

  /// Sets the load ceiling of the overload rows; `nil` for none (every overload 0).
  ///
  /// Without a ceiling each row's bound is one above the largest load the donor could reach,
  /// never a free row: some MPS readers take a free row for the objective.
  mutating func setCeiling(_ ceiling: Double?) throws(ModelError) {
    self.ceiling = ceiling
    for (d, o) in overload {
      let load = loads[d] ?? LinearExpression()
      let most = load.coefficients.filter { $0 > 0 }.reduce(0.0) { $0 + $1 }
      let upper = ceiling.map { $0 - load.constant } ?? (most + 1)
      try model.setBounds(o.row, lower: -.infinity, upper: upper)
    }
  }

  /// X[d,g,y,r]: the donor's holding of a seat role in a year, over its staff.
  func donorHolds(_ key: SeatKey) -> [DonorIndex: LinearExpression] {
    var result: [DonorIndex: LinearExpression] = [:]
    for (i, h) in holds[key] ?? [] {
      guard let d = index.donorOf[i] else { continue }
      result[d, default: LinearExpression()].add(h)
    }
    return result
  }

  // MARK: - Memberships and donors' presence

  private mutating func addMemberships() throws(ModelError) {
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

  private mutating func addSeats() throws(ModelError) {
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
  private mutating func addDecidedSeats() throws(ModelError) {
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

  // MARK: - Staff-side shortfalls and excess (first plan year)

  private mutating func addStaffShortfalls() throws(ModelError) {
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

  // MARK: - Seat rules: one seat per donor and person, term, min term

  private mutating func addSeatRules() throws(ModelError) {
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

  /// Overstay years (rules v3, rule 3): in any `term + 1` consecutive years a donor's lead
  /// years beyond `term` are counted (today's run included), not forbidden; min term: a lead
  /// started in the plan stays `min_term` years while seats run.
  private mutating func addTermRules(_ j: GroupIndex) throws(ModelError) {
    let g = index.data.groups[j]
    let years = index.seatYears[j]
    guard g.chair.seats.contains(.focal), let last = years.last else { return }
    var lead: [DonorIndex: [Int: LinearExpression]] = [:]  // donor → year → L
    for y in years {
      for (d, e) in donorHolds(SeatKey(group: j, year: y, role: .focal)) {
        lead[d, default: [:]][y] = e
      }
    }
    for d in lead.keys.sorted() {
      let byYear = lead[d] ?? [:]
      func past(_ y: Int) -> Double { index.ledBefore(d, j, y) ? 1 : 0 }
      for t in (index.startYear - g.term)...last {
        let window = t...(t + g.term)
        var e = LinearExpression()
        var fixed = 0.0
        var count = 0
        for y in window {
          if y < index.startYear {
            fixed += past(y)
          } else if let l = byYear[y] {
            e.add(l)
            count += 1
          }
        }
        guard count > 0, Double(count) + fixed > Double(g.term) else { continue }
        let o = try model.addVariable("o_\(d)_\(j)_\(t)", lower: 0)
        try model.addConstraint("term_\(d)_\(j)_\(t)", e - o <= Double(g.term) - fixed)
        overstays.append(
          Overstay(
            variable: o, lead: e, allowed: Double(g.term) - fixed, donor: d, group: j, start: t))
        objectives[.overstay].add(o)
      }
      guard g.minTerm > 1 else { continue }
      for y in years {
        guard let now = byYear[y] else { continue }
        let before = byYear[y - 1] ?? LinearExpression(constant: past(y - 1))
        for k in 1..<g.minTerm where y + k <= last && years.contains(y + k) {
          let later = byYear[y + k] ?? LinearExpression()
          try model.addConstraint("minterm_\(d)_\(j)_\(y)_\(k)", now - before - later <= 0)
        }
      }
    }
  }

  // MARK: - Hard limits on people and donors

  private mutating func addCapacities() throws(ModelError) {
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

  // MARK: - Burden, load and overload above the ceiling

  /// load[d] = (member days + seat days averaged over the plan years + other duties) /
  /// capacity, and o[d] ≥ load[d] − ceiling with o[d] ≥ 0 (the ceiling is set later).
  private mutating func addLoads() throws(ModelError) {
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

  // MARK: - Changes against today (planning-rules.md, "Changes")

  /// A membership label other than `keep`: a demotion of a member active today (1 − a), or a
  /// promotion or join (a); a member today who can no longer be active (a technical
  /// assistant among them) is a fixed change.
  private mutating func addMembershipChanges() throws(ModelError) {
    let c = Priority.changes
    var today: [StaffGroup: Membership.Level] = [:]
    for m in index.data.participation {
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
  private mutating func addSeatChanges(_ key: SeatKey) throws(ModelError) {
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
      if !index.volunteered(donor: d, group: key.group), !index.decisions.pinsSeat(key, donor: d) {
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

  /// Valid rows that tighten the LP bound of the change count.
  ///
  /// A lead filled in each of `term + 1` consecutive years is taken up in one of the last
  /// `term` of them, unless some of those years it is empty or its holder overstays in the
  /// window. Without them the LP keeps constant fractional leads that never rotate.
  private mutating func addRotationCuts(_ j: GroupIndex) throws(ModelError) {
    let term = index.data.groups[j].term
    let years = index.seatYears[j]
    guard let firstYear = years.first, term >= 1 else { return }
    let todayFilled = index.todayLead(j) != nil
    for t in (firstYear - 1)...(years.last ?? firstYear) {
      let window = t...(t + term)
      guard window.allSatisfy({ years.contains($0) || ($0 == firstYear - 1 && todayFilled) })
      else { continue }
      // A year an earlier plan committed counts changes against the commitment, not the
      // year before: the argument of the cut does not hold there.
      guard !window.contains(where: { $0 > t && index.committedHolders(j, $0, .focal) != nil })
      else { continue }
      var row = LinearExpression()
      for y in window {
        let key = SeatKey(group: j, year: y, role: .focal)
        if y > t { row.add(incoming[key] ?? LinearExpression()) }
        if let f = seatShort[key] { row.add(f) }
      }
      for o in overstays where o.group == j && o.start == t { row.add(o.variable) }
      try model.addConstraint("rotate_\(j)_\(t)", row >= 1)
    }
  }

  // MARK: - The weighted rest: preferences, skill fit, rotation, spread of loads

  private mutating func addWeightedTerms() throws(ModelError) {
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
          let rank = index.preferenceRank(donor: d, group: key.group, year: key.year)
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
  private mutating func addLeadContinuity(_ j: GroupIndex) throws(ModelError) {
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
  private mutating func addSpread() throws(ModelError) {
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
