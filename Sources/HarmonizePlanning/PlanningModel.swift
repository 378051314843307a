import HarmonizeData
import LinearProgramming

/// The planning MIP (docs/model.md): memberships, donors' presence, seats per year, shortfall
/// and excess slacks, loads, and the four stage objectives as expressions over one model.
struct PlanningModel {
  /// The four priorities, in order.
  enum Stage: Int, CaseIterable {
    case shortfall, excess, maxLoad, preferences

    var name: String {
      switch self {
      case .shortfall: "shortfall"
      case .excess: "excess"
      case .maxLoad: "max_load"
      case .preferences: "preferences"
      }
    }
  }

  let index: PlanningIndex
  let weights: PlanningOptions.Weights
  var model = Model(name: "harmonize")
  /// a[s,g]: staff active in the group (first plan year).
  var active: [Pair: Variable] = [:]
  /// z[d,g]: donor active in the group.
  var donorActive: [Pair: Variable] = [:]
  /// h[s,g,y,r]: staff holds a seat of the role in the year.
  var holds: [SeatKey: [(staff: Int, variable: Variable)]] = [:]
  /// u[g]: donor shortfall.
  var donorShort: [Int: Variable] = [:]
  /// c[n]: competency shortfall per need.
  var needShort: [Int: Variable] = [:]
  /// λ[g,l]: link from cross-cutting g to l covered, with its per-person witnesses b[s,g,l].
  var linkCovered: [Pair: (covered: Variable, witnesses: [(Int, Variable)])] = [:]
  /// f[g,y,r]: empty seats of the role.
  var seatShort: [SeatKey: Variable] = [:]
  /// e[g]: excess donors.
  var excess: [Int: Variable] = [:]
  /// M: the largest load.
  var maxLoad: Variable?
  /// Per donor with capacity: its load as an expression.
  var loads: [Int: LinearExpression] = [:]
  /// t[d]: load above the average load (fairness tie-break in the last stage).
  var aboveAverage: [Int: Variable] = [:]
  /// The average load over donors with capacity (defined by one row).
  var averageLoad: Variable?
  /// n[d,g,y,r]: the donor takes the seat role up in the year (it did not hold it the year
  /// before), for years after the first plan year.
  var takesUp: [SeatKey: [(donor: Int, variable: Variable)]] = [:]
  /// Stage objectives without their constants, and the constants kept apart.
  var objectives: [LinearExpression] = Array(repeating: LinearExpression(), count: 4)
  var constants: [Double] = [0, 0, 0, 0]

  init(_ index: PlanningIndex, weights: PlanningOptions.Weights) throws(ModelError) {
    self.index = index
    self.weights = weights
    try addMemberships()
    try addSeats()
    try addStaffShortfalls()
    try addSeatRules()
    try addCapacities()
  }

  /// Adds what a stage needs beyond the stages before it.
  ///
  /// The loads for `max_load`, the fairness and preference terms (with seat continuations)
  /// for `preferences`. Earlier stages
  /// solve a smaller model; the columns are appended, so earlier values stay valid.
  mutating func prepare(_ stage: Stage) throws(ModelError) {
    switch stage {
    case .shortfall, .excess: break
    case .maxLoad: try addLoads()
    case .preferences:
      try addFairness()
      try addPreferences()
    }
  }

  /// The stage's objective value for column values, constant included.
  ///
  /// The max-load stage reports the largest load itself, not the (possibly slack) bound M.
  func value(_ stage: Stage, _ values: [Double]) -> Double {
    if stage == .maxLoad, !loads.isEmpty {
      return loads.values.map { $0.value(values) }.max() ?? 0
    }
    return objectives[stage.rawValue].value(values) + constants[stage.rawValue]
  }

  /// X[d,g,y,r]: the donor's holding of a seat role in a year, over its staff.
  func donorHolds(_ key: SeatKey) -> [Int: LinearExpression] {
    var result: [Int: LinearExpression] = [:]
    for (i, h) in holds[key] ?? [] {
      guard let d = index.donorOf[i] else { continue }
      result[d, default: LinearExpression()].add(h)
    }
    return result
  }

  // MARK: - Memberships and donors' presence

  private mutating func addMemberships() throws(ModelError) {
    let data = index.data
    for j in data.groups.indices where index.isOpen(j) {
      var members: [Int: [Variable]] = [:]
      for i in data.staff.indices where index.canJoin(i, j) {
        let a = try model.addVariable("a_\(i)_\(j)", .binary)
        active[Pair(staff: i, group: j)] = a
        if let d = index.donorOf[i] { members[d, default: []].append(a) }
      }
      for d in members.keys.sorted() {
        let z = try model.addVariable("z_\(d)_\(j)", .binary)
        donorActive[Pair(staff: d, group: j)] = z
        try model.addConstraint("zup_\(d)_\(j)", z.expression <= members[d, default: []].sum())
        let mine = members[d, default: []]
        try model.addConstraint(
          "zlo_\(d)_\(j)", mine.sum() - Double(mine.count) * z <= 0)
      }
    }
  }

  private mutating func addSeats() throws(ModelError) {
    let data = index.data
    let seniors = data.staff.indices.filter { data.staff[$0].canChair }
    for j in data.groups.indices {
      let members = seniors.filter { active[Pair(staff: $0, group: j)] != nil }
      for y in index.seatYears[j] {
        for r in index.roles(j) {
          let key = SeatKey(group: j, year: y, role: r)
          var list: [(staff: Int, variable: Variable)] = []
          for i in members where index.canHold(i, j, y, r) {
            list.append((i, try model.addVariable("h_\(i)_\(j)_\(y)_\(r)", .binary)))
          }
          holds[key] = list
          let n = Double(index.seatCount(j, r))
          let f = try model.addVariable("f_\(j)_\(y)_\(r)", .integer, lower: 0, upper: n)
          seatShort[key] = f
          try model.addConstraint(
            "seats_\(j)_\(y)_\(r)", list.map(\.variable).sum() + f == n)
          objectives[Stage.shortfall.rawValue].add(f)
        }
      }
    }
  }

  // MARK: - Staff-side shortfalls and excess (first plan year)

  private mutating func addStaffShortfalls() throws(ModelError) {
    let data = index.data
    for j in data.groups.indices where index.isOpen(j) {
      let g = data.groups[j]
      let donors = (0..<data.donors.count).compactMap { donorActive[Pair(staff: $0, group: j)] }
      if g.minDonors > 0 {
        let u = try model.addVariable(
          "u_\(j)", .integer, lower: 0, upper: Double(g.minDonors))
        donorShort[j] = u
        try model.addConstraint("mind_\(j)", donors.sum() + u >= Double(g.minDonors))
        objectives[Stage.shortfall.rawValue].add(u)
      }
      if donors.count > g.maxDonors {
        let e = try model.addVariable("e_\(j)", .integer, lower: 0, upper: Double(donors.count))
        excess[j] = e
        try model.addConstraint("maxd_\(j)", donors.sum() - e <= Double(g.maxDonors))
        objectives[Stage.excess.rawValue].add(e)
      }
      for n in index.needsOf[j] {
        let need = data.needs[n]
        guard need.count > 0 else { continue }
        let c = try model.addVariable("c_\(n)", .integer, lower: 0, upper: Double(need.count))
        needShort[n] = c
        let holders = data.staff.indices.filter {
          data.staff[$0].has(need.skill, atLeast: need.level)
        }
        .compactMap { active[Pair(staff: $0, group: j)] }
        try model.addConstraint("need_\(n)", holders.sum() + c >= Double(need.count))
        objectives[Stage.shortfall.rawValue].add(c)
      }
      guard g.kind == .crossCutting else { continue }
      for id in Set(g.links).sorted() {
        guard let l = data.groupIndex[id], index.isOpen(l) else { continue }
        let lam = try model.addVariable("lk_\(j)_\(l)", .binary)
        var witnesses: [(Int, Variable)] = []
        for i in data.staff.indices {
          guard let aj = active[Pair(staff: i, group: j)], let al = active[Pair(staff: i, group: l)]
          else { continue }
          let b = try model.addVariable("b_\(i)_\(j)_\(l)", lower: 0, upper: 1)
          try model.addConstraint("bj_\(i)_\(j)_\(l)", b <= aj)
          try model.addConstraint("bl_\(i)_\(j)_\(l)", b <= al)
          witnesses.append((i, b))
        }
        try model.addConstraint("link_\(j)_\(l)", lam.expression <= witnesses.map(\.1).sum())
        linkCovered[Pair(staff: j, group: l)] = (lam, witnesses)
        objectives[Stage.shortfall.rawValue].add(lam, -1)
        constants[Stage.shortfall.rawValue] += 1
      }
    }
  }

  // MARK: - Seat rules: one seat per donor and person, term, min term

  private mutating func addSeatRules() throws(ModelError) {
    let data = index.data
    for j in data.groups.indices {
      for y in index.seatYears[j] {
        var perStaff: [Int: LinearExpression] = [:]
        var perDonor: [Int: (LinearExpression, Set<Int>)] = [:]
        for r in index.roles(j) {
          for (i, h) in holds[SeatKey(group: j, year: y, role: r)] ?? [] {
            perStaff[i, default: LinearExpression()].add(h)
            guard let d = index.donorOf[i] else { continue }
            perDonor[d, default: (LinearExpression(), [])].0.add(h)
            perDonor[d, default: (LinearExpression(), [])].1.insert(i)
          }
        }
        for i in perStaff.keys.sorted() {
          guard let a = active[Pair(staff: i, group: j)], let e = perStaff[i] else { continue }
          try model.addConstraint("hold_\(i)_\(j)_\(y)", e <= a)
        }
        for d in perDonor.keys.sorted() {
          guard let (e, people) = perDonor[d], people.count > 1,
            let z = donorActive[Pair(staff: d, group: j)]
          else { continue }
          try model.addConstraint("oneseat_\(d)_\(j)_\(y)", e <= z)
        }
      }
      try addTermRules(j)
    }
  }

  /// Term: in any `term + 1` consecutive years a donor leads at most `term` of them, counting
  /// today's run; min term: a lead started in the plan stays `min_term` years while seats run.
  private mutating func addTermRules(_ j: Int) throws(ModelError) {
    let g = index.data.groups[j]
    let years = index.seatYears[j]
    guard g.chair.seats.contains(.focal), let last = years.last else { return }
    var lead: [Int: [Int: LinearExpression]] = [:]  // donor → year → L
    for y in years {
      for (d, e) in donorHolds(SeatKey(group: j, year: y, role: .focal)) {
        lead[d, default: [:]][y] = e
      }
    }
    let today = index.todayLead(j)
    for d in lead.keys.sorted() {
      let byYear = lead[d] ?? [:]
      func past(_ y: Int) -> Double {
        guard let today, today.donor == d, y < index.startYear, y >= today.since else { return 0 }
        return 1
      }
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
        try model.addConstraint("term_\(d)_\(j)_\(t)", e <= Double(g.term) - fixed)
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
    var seatDays: [Int: [Int: LinearExpression]] = [:]  // staff → year → seat days
    var donorSeats: [Int: [Int: LinearExpression]] = [:]  // donor → year → seats
    for key in holds.keys.sorted() {
      let days = data.groups[key.group].seatDays(key.role)
      for (i, h) in holds[key] ?? [] {
        seatDays[i, default: [:]][key.year, default: LinearExpression()].add(h, days)
        if let d = index.donorOf[i] {
          donorSeats[d, default: [:]][key.year, default: LinearExpression()].add(h)
        }
      }
    }
    var memberships: [Int: [(Int, Variable)]] = [:]
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
    for (d, donor) in data.donors.enumerated() {
      let mine = (0..<data.groups.count).compactMap { donorActive[Pair(staff: d, group: $0)] }
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

  // MARK: - Burden and load

  private mutating func addLoads() throws(ModelError) {
    let data = index.data
    let yearCount = Double(index.years.count)
    var burden: [Int: LinearExpression] = [:]
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
    let m = try model.addVariable("maxload", lower: 0)
    maxLoad = m
    objectives[Stage.maxLoad.rawValue].add(m)
    for (d, donor) in data.donors.enumerated() where index.capacity[d] > 0 {
      var load = burden[d] ?? LinearExpression()
      load.constant += donor.otherDuties
      load = (1 / index.capacity[d]) * load
      loads[d] = load
      try model.addConstraint("load_\(d)", load - m <= 0)
    }
  }

  /// t[d] ≥ load[d] − average: the fairness tie-break of the last stage.
  private mutating func addFairness() throws(ModelError) {
    let donors = loads.keys.sorted()
    guard donors.count > 1, weights.fairness != 0 else { return }
    var mean = LinearExpression()
    for d in donors { mean.add(loads[d] ?? LinearExpression(), times: 1 / Double(donors.count)) }
    let average = try model.addVariable("avgload", lower: -.infinity)
    averageLoad = average
    try model.addConstraint("avgdef", mean - average == 0)
    for d in donors {
      let t = try model.addVariable("above_\(d)", lower: 0)
      aboveAverage[d] = t
      try model.addConstraint("abovedef_\(d)", (loads[d] ?? LinearExpression()) - average - t <= 0)
      objectives[Stage.preferences.rawValue].add(t, weights.fairness)
    }
  }

  // MARK: - Fourth priority: stability, skill fit, chair preferences, rotation

  private mutating func addPreferences() throws(ModelError) {
    let data = index.data
    let p = Stage.preferences.rawValue
    for pair in index.todayActive.sorted() where active[pair] == nil {
      constants[p] += weights.stability  // a membership that must end is a change
    }
    for pair in active.keys.sorted() {
      guard let a = active[pair] else { continue }
      if index.todayActive.contains(pair) {
        objectives[p].add(a, -weights.stability)
        constants[p] += weights.stability
      } else {
        objectives[p].add(a, weights.stability)
      }
      let fits = index.needsOf[pair.group].filter {
        data.staff[pair.staff].has(data.needs[$0].skill, atLeast: data.needs[$0].level)
      }
      if !fits.isEmpty { objectives[p].add(a, -weights.skillFit * Double(fits.count)) }
    }
    for key in holds.keys.sorted() {
      for (i, h) in holds[key] ?? [] {
        guard let d = index.donorOf[i],
          let rank = index.preferenceRank(donor: d, group: key.group, year: key.year)
        else { continue }
        objectives[p].add(h, -weights.preference / Double(max(1, rank)))
      }
      try addContinuations(key)
    }
  }

  /// Seat continuations, rewarded for stability (leads also by the rotation weight).
  ///
  /// Leads thus serve whole terms and rotate when they end. In the first plan year a donor
  /// continues by holding the role it holds today: `X[y0]` itself is rewarded. Later, with
  /// `n ≥ X[y] − X[y−1]`, `n ≥ 0`, the continuation is `X[y] − n` (= min(X[y], X[y−1]) at
  /// the optimum): one row per donor and year instead of two for `k ≤ X[y], k ≤ X[y−1]`.
  private mutating func addContinuations(_ key: SeatKey) throws(ModelError) {
    let p = Stage.preferences.rawValue
    let now = donorHolds(key)
    let reward = weights.stability + (key.role == .focal ? weights.rotation : 0)
    guard reward != 0 else { return }
    if key.year == index.startYear {
      for d in now.keys.sorted() {
        guard let x = now[d],
          index.todaySeats.contains(where: {
            $0.group == key.group && $0.role == key.role && $0.donor == d
          })
        else { continue }
        objectives[p].add(x, times: -reward)
      }
      return
    }
    let previous = donorHolds(SeatKey(group: key.group, year: key.year - 1, role: key.role))
    var list: [(donor: Int, variable: Variable)] = []
    for d in now.keys.sorted() {
      guard let x = now[d], let before = previous[d] else { continue }
      let name = "\(d)_\(key.group)_\(key.year)_\(key.role)"
      let n = try model.addVariable("n_\(name)", lower: 0, upper: 1)
      try model.addConstraint("takeup_\(name)", x - before - n <= 0)
      objectives[p].add(x, times: -reward)
      objectives[p].add(n, reward)
      list.append((d, n))
    }
    takesUp[key] = list
  }
}
