import HarmonizeData

/// The heuristic start (docs/model.md): today's roster repaired to meet every hard limit, then
/// greedy improvement (seats kept or filled year by year, gaps filled, excess demoted).
///
/// It only uses columns the model has (`PlanningIndex.canJoin`/`canHold`), so its result is a
/// feasible incumbent for the first stage.
struct StartHeuristic {
  let index: PlanningIndex
  /// The plan so far and its counters.
  var ledger: Ledger
  /// Links whose cover counts as shortfall (open cross-cutting group → open linked group),
  /// and per group the positions of the links from or to it.
  let links: [GroupLink]
  let linksOf: PerGroup<[Int]>

  init(_ index: PlanningIndex) {
    self.index = index
    let data = index.data
    ledger = Ledger(index)
    var links: [GroupLink] = []
    var linksOf = PerGroup<[Int]>(repeating: [], for: data.groups)
    for j in data.groups.positions where index.isOpen(j) && data.groups[j].kind == .crossCutting {
      for id in Set(data.groups[j].links).sorted() {
        guard let l = data.groupPosition(id), index.isOpen(l) else { continue }
        linksOf[j].append(links.count)
        if l != j { linksOf[l].append(links.count) }
        links.append(GroupLink(from: j, to: l))
      }
    }
    self.links = links
    self.linksOf = linksOf
  }

  /// Builds the start assignment.
  ///
  /// Two seat orders are tried and the plan with the smaller shortfall kept (the first on a
  /// tie): every holder continuing first (stability), or the scarcest seats first (leads, then
  /// the roles with the fewest candidates), where a holder only continues in its turn.
  static func run(_ index: PlanningIndex) -> Assignment {
    var best: (Int, Assignment)?
    for continuityFirst in [true, false] {
      var h = StartHeuristic(index)
      // Decisions first, so today's roster cannot take the days a decided seat needs.
      h.joinDecided()
      for y in index.years { h.takeDecidedSeats(y) }
      h.repairToday()
      for y in index.years { h.placeSeats(y, continuityFirst: continuityFirst) }
      h.fillGaps()
      h.removeExcess()
      let shortfall = h.staffShortfall() + h.emptySeats()
      if best == nil || shortfall < best?.0 ?? 0 { best = (shortfall, h.plan) }
    }
    return best?.1 ?? Assignment()
  }

  var data: DataSet { index.data }

  // The ledger's counters, read here; only the ledger changes them.
  var plan: Assignment { ledger.plan }
  var used: [StaffIndex: [Int: Double]] { ledger.used }
  var groupsOfStaff: [StaffIndex: Int] { ledger.groupsOfStaff }
  var membersOfDonor: [DonorGroup: Int] { ledger.membersOfDonor }
  var seatsOfDonor: [DonorYear: Int] { ledger.seatsOfDonor }
  var burden: [DonorIndex: Double] { ledger.burden }
  var membersOf: PerGroup<Set<StaffIndex>> { ledger.membersOf }
  func donorsIn(_ j: GroupIndex) -> Int { ledger.donorsIn(j) }
  func fitsJoin(_ i: StaffIndex, _ j: GroupIndex) -> Bool { ledger.fitsJoin(i, j) }
  func memberCost(_ i: StaffIndex, _ j: GroupIndex, _ y: Int) -> Double {
    ledger.memberCost(i, j, y)
  }

  /// Joins the memberships the task force decided, before anything else takes their days.
  mutating func joinDecided() {
    for pair in index.decisions.pinnedMemberships
    where index.canJoin(pair.staff, pair.group)
      && !plan.active.contains(pair)
    {
      ledger.join(pair.staff, pair.group)
    }
  }

  /// Gives the donors the seats decided for them in `year`: through the named person, else
  /// an active member who can take it, else a senior who can join for it.
  mutating func takeDecidedSeats(_ year: Int) {
    for pin in index.decisions.pinnedSeats where pin.key.year == year {
      let holders = plan.seats[pin.key] ?? []
      guard !holders.contains(where: { index.donorOf[$0] == pin.donor }) else { continue }
      let people = pin.staff.map { [$0] } ?? index.staffOf[pin.donor]
      if let i = people.first(where: { canTake($0, pin.key, continuing: true) }) {
        ledger.take(i, pin.key)
        continue
      }
      for i in people where data.staff[i].canChair && fitsJoin(i, pin.key.group) {
        ledger.join(i, pin.key.group)
        if canTake(i, pin.key, continuing: true) {
          ledger.take(i, pin.key)
          break
        }
        ledger.leave(i, pin.key.group)
      }
    }
  }

  mutating func repairToday() {
    for pair in index.todayActive.sorted() where fitsJoin(pair.staff, pair.group) {
      ledger.join(pair.staff, pair.group)
    }
  }

  /// Whether staff `i` can take seat `key` now (model column, days, capacity, one seat per
  /// donor per group-year, and for leads: the lead first, no comeback, the term unless
  /// `overstaying`, a lead without the needed skill only while today's lead is unbroken).
  func canTake(
    _ i: StaffIndex, _ key: SeatKey, continuing: Bool, overstaying: Bool = false
  ) -> Bool {
    guard let d = index.donorOf[i], index.canHold(i, key.group, key.year, key.role),
      plan.active.contains(StaffGroup(staff: i, group: key.group))
    else { return false }
    let g = data.groups[key.group]
    let days = (used[i]?[key.year] ?? 0) + g.seatDays(key.role)
    guard days <= data.staff[i].days + Counting.roundingSlack else { return false }
    if let cap = data.donors[d].chairCapacity,
      seatsOfDonor[DonorYear(donor: d, year: key.year), default: 0] >= cap
    {
      return false
    }
    for r in index.roles(key.group) {
      let other = SeatKey(group: key.group, year: key.year, role: r)
      if (plan.seats[other] ?? []).contains(where: { index.donorOf[$0] == d }) { return false }
    }
    let pinned = index.decisions.pinsSeat(key, donor: d, staff: i)
    guard key.role == .focal else {
      // Decided seats come first, before the lead they sit under is placed.
      return pinned
        || !(plan.seats[SeatKey(group: key.group, year: key.year, role: .focal)] ?? []).isEmpty
    }
    let runBefore = leadRun(d, key.group, before: key.year)
    if !pinned, !index.facts.isCompetentLead(i, key.group),
      runBefore < key.year - index.startYear + 1
    {
      return false  // today's lead continues through this person only while unbroken
    }
    // Decided leads of later years may already be placed: the run counts them too.
    let after = leadRun(d, key.group, after: key.year)
    // A decided lead may overstay; the task force chose it.
    if continuing {
      return overstaying || pinned || runBefore + 1 + after <= g.term
    }
    if runBefore > 0 || (!pinned && after + 1 > g.term) { return false }
    if !pinned, led(d, key.group, key.year - 2) { return false }  // a comeback
    // A new lead must be able to stay `min_term` years while the group's seats run.
    for k in 1..<max(1, g.minTerm) where index.seatYears[key.group].contains(key.year + k) {
      if !index.canHold(i, key.group, key.year + k, .focal) { return false }
    }
    return true
  }

  /// Consecutive years donor `d` led group `j` right before `year` (today's run included).
  func leadRun(_ d: DonorIndex, _ j: GroupIndex, before year: Int) -> Int {
    var run = 0
    var y = year - 1
    while true {
      if y >= index.startYear {
        let holders = plan.seats[SeatKey(group: j, year: y, role: .focal)] ?? []
        guard holders.contains(where: { index.donorOf[$0] == d }) else { return run }
      } else {
        guard let today = index.todayLead(j), today.donor == d, y >= today.since else {
          return run
        }
      }
      run += 1
      y -= 1
    }
  }

  /// Whether donor `d` leads group `j` in `year` (today's run before the plan).
  func led(_ d: DonorIndex, _ j: GroupIndex, _ year: Int) -> Bool {
    guard year >= index.startYear else { return index.ledBefore(d, j, year) }
    return (plan.seats[SeatKey(group: j, year: year, role: .focal)] ?? []).contains {
      index.donorOf[$0] == d
    }
  }

  /// Consecutive plan years donor `d` leads group `j` right after `year` (decided leads
  /// placed ahead).
  func leadRun(_ d: DonorIndex, _ j: GroupIndex, after year: Int) -> Int {
    var run = 0
    while (plan.seats[SeatKey(group: j, year: year + run + 1, role: .focal)] ?? []).contains(
      where: { index.donorOf[$0] == d })
    {
      run += 1
    }
    return run
  }

  /// Whether a lead started in the plan must stay in `year` by its min term.
  func mustStay(_ d: DonorIndex, _ j: GroupIndex, _ year: Int) -> Bool {
    let run = leadRun(d, j, before: year)
    guard run > 0, run < data.groups[j].minTerm else { return false }
    return year - run >= index.startYear  // the run started in the plan
  }

  /// Whether a decision pins staff `i` to seat `key`.
  func decided(_ i: StaffIndex, _ key: SeatKey) -> Bool {
    index.donorOf[i].map { index.decisions.pinsSeat(key, donor: $0, staff: i) } ?? false
  }

  /// Holders of the seat role in the year before (today's seats before the first year), or
  /// those an earlier plan committed to it.
  func previousHolders(_ key: SeatKey) -> [StaffIndex] {
    if let committed = index.committedStaff(key.group, key.year, key.role) { return committed }
    if key.year == index.startYear {
      return index.todaySeats.filter { $0.group == key.group && $0.role == key.role }
        .map(\.staff).sorted()
    }
    return plan.seats[SeatKey(group: key.group, year: key.year - 1, role: key.role)] ?? []
  }

  mutating func placeSeats(_ y: Int, continuityFirst: Bool) {
    var keys = data.groups.positions.filter { index.seatYears[$0].contains(y) }.flatMap { j in
      index.roles(j).map { SeatKey(group: j, year: y, role: $0) }
    }
    if !continuityFirst {
      let candidates = Dictionary(
        uniqueKeysWithValues: keys.map { key in
          (key, index.allStaff.filter { index.canHold($0, key.group, y, key.role) }.count)
        })
      keys.sort { a, b in
        let ka = (a.role == .focal ? 0 : 1, candidates[a] ?? 0)
        let kb = (b.role == .focal ? 0 : 1, candidates[b] ?? 0)
        return ka != kb ? ka < kb : a < b
      }
    }
    // Leads bound by their min term first, then every holder who can continue.
    for key in keys where key.role == .focal {
      for i in previousHolders(key) {
        guard let d = index.donorOf[i], mustStay(d, key.group, y),
          canTake(i, key, continuing: true)
        else { continue }
        ledger.take(i, key)
      }
    }
    for key in keys {
      if !continuityFirst {
        keep(key)
        fill(key)
        continue
      }
      keep(key)
    }
    for key in keys { fill(key) }
    for key in keys where key.role == .focal { overstay(key) }
    for j in Set(keys.map(\.group)).sorted() { leadFirst(j, y) }
  }

  /// A lead no one else could take stays with the holder of the year before past its term
  /// (rules v3: an overstay, not an empty seat).
  mutating func overstay(_ key: SeatKey) {
    guard (plan.seats[key] ?? []).isEmpty else { return }
    for i in previousHolders(key) where canTake(i, key, continuing: true, overstaying: true) {
      ledger.take(i, key)
      return
    }
  }

  /// Rules v3, rule 1: no other seat under an empty lead.
  ///
  /// A holder of another seat who can lead moves up; otherwise the other seats are given up.
  mutating func leadFirst(_ j: GroupIndex, _ y: Int) {
    let lead = SeatKey(group: j, year: y, role: .focal)
    guard (plan.seats[lead] ?? []).isEmpty else { return }
    let others = index.roles(j).filter { $0 != .focal }.map {
      SeatKey(group: j, year: y, role: $0)
    }
    for key in others {
      for i in plan.seats[key] ?? [] where !decided(i, key) {
        ledger.release(i, key)
        if canTake(i, lead, continuing: false) {
          ledger.take(i, lead)
          return
        }
        ledger.take(i, key)
      }
    }
    for key in others {
      for i in plan.seats[key] ?? [] where !decided(i, key) { ledger.release(i, key) }
    }
  }

  /// Keeps the holders of the year before in `key` while they may continue.
  mutating func keep(_ key: SeatKey) {
    do {
      for i in previousHolders(key)
      where (plan.seats[key] ?? []).count
        < index.seatCount(
          key.group, key.role)
      {
        guard !(plan.seats[key] ?? []).contains(i), canTake(i, key, continuing: true) else {
          continue
        }
        ledger.take(i, key)
      }
    }
  }

  /// Fills the empty seats of `key`: active members first (interested donors by rank, then
  /// most days left), else a senior who can join the group for it.
  mutating func fill(_ key: SeatKey) {
    let g = data.groups[key.group]
    while (plan.seats[key] ?? []).count < index.seatCount(key.group, key.role) {
      func score(_ i: StaffIndex) -> (Int, Double, StaffIndex) {
        let d = index.donorOf[i] ?? DonorIndex(0)
        let rank = index.facts.preferenceRank(d, key.group, year: key.year) ?? 1000
        return (rank, -(data.staff[i].days - (used[i]?[key.year] ?? 0)), i)
      }
      let members = index.allStaff.filter {
        !(plan.seats[key] ?? []).contains($0) && canTake($0, key, continuing: false)
      }
      if let best = members.min(by: { score($0) < score($1) }) {
        ledger.take(best, key)
        continue
      }
      let recruits = index.allStaff.filter { i in
        guard data.staff[i].canChair, fitsJoin(i, key.group) else { return false }
        return index.years.allSatisfy { y in
          (used[i]?[y] ?? 0) + memberCost(i, key.group, y)
            + (y == key.year ? g.seatDays(key.role) : 0) <= data.staff[i].days
            + Counting.roundingSlack
        }
      }
      var placed = false
      for (_, i) in recruits.map({ (score($0), $0) }).sorted(by: { $0.0 < $1.0 }) {
        ledger.join(i, key.group)
        if canTake(i, key, continuing: false) {
          ledger.take(i, key)
          placed = true
          break
        }
        ledger.leave(i, key.group)
      }
      if !placed { return }
    }
  }

}
