import HarmonizeData

/// The heuristic start (docs/model.md): today's roster repaired to meet every hard limit, then
/// greedy improvement (seats kept or filled year by year, gaps filled, excess demoted).
///
/// It only uses columns the model has (`PlanningIndex.canJoin`/`canHold`), so its result is a
/// feasible incumbent for the first stage.
struct StartHeuristic {
  let index: PlanningIndex
  private var plan = Assignment()
  /// Days used per staff and plan year.
  private var used: [StaffIndex: [Int: Double]] = [:]
  private var groupsOfStaff: [StaffIndex: Int] = [:]
  /// Active staff per donor and group.
  private var membersOfDonor: [DonorGroup: Int] = [:]
  private var groupsOfDonor: [DonorIndex: Int] = [:]
  /// Seats per donor and year.
  private var seatsOfDonor: [DonorYear: Int] = [:]
  /// Per donor: days per month of its memberships and seats (seats averaged over the plan
  /// years), without its other duties: the burden of its load.
  private var burden: [DonorIndex: Double] = [:]
  /// Per group: its active staff, and the number of donors with active staff there.
  private var membersOf: PerGroup<Set<StaffIndex>>
  private var donorCount: PerGroup<Int>
  /// Links whose cover counts as shortfall (open cross-cutting group → open linked group),
  /// and per group the positions of the links from or to it.
  private let links: [GroupLink]
  private let linksOf: PerGroup<[Int]>

  init(_ index: PlanningIndex) {
    self.index = index
    let data = index.data
    membersOf = PerGroup(repeating: [], for: data.groups)
    donorCount = PerGroup(repeating: 0, for: data.groups)
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

  /// The heuristic's bookkeeping for an existing plan.
  private static func rebuilt(_ plan: Assignment, index: PlanningIndex) -> StartHeuristic {
    var h = StartHeuristic(index)
    for pair in plan.active.sorted() { h.join(pair.staff, pair.group) }
    for key in plan.seats.keys.sorted() {
      for i in plan.seats[key] ?? [] { h.take(i, key) }
    }
    return h
  }

  /// `plan` with donors demoted from crowded groups where that opens no gap and loses no
  /// seat (the same greedy as the start's last step), for an incumbent the solver left
  /// crowded.
  static func thinned(_ plan: Assignment, index: PlanningIndex) -> Assignment {
    var h = rebuilt(plan, index: index)
    h.removeExcess()
    return h.plan
  }

  /// `plan` with fewer changes where a greedy finds them at no cost to the priorities before.
  ///
  /// Today's active members come back where they fit (their days and groups, no new excess,
  /// their donor within `ceiling`), then joins and promotions that close no gap are undone.
  static func withFewerChanges(_ plan: Assignment, index: PlanningIndex, ceiling: Double?)
    -> Assignment
  {
    var h = rebuilt(plan, index: index)
    h.restoreToday(ceiling: ceiling)
    h.undoNeedlessArrivals()
    return h.plan
  }

  private mutating func restoreToday(ceiling: Double?) {
    for pair in index.todayActive.sorted() where fitsJoin(pair.staff, pair.group) {
      guard let d = index.donorOf[pair.staff] else { continue }
      let group = data.groups[pair.group]
      let present = membersOfDonor[DonorGroup(donor: d, group: pair.group), default: 0] > 0
      if !present && donorCount[pair.group] >= group.maxDonors { continue }
      if let ceiling, index.capacity[d] > 0 {
        let load = Counting.load(
          burden: burden[d, default: 0] + group.memberDays + data.donors[d].otherDuties,
          capacity: index.capacity[d])
        if load > ceiling + Counting.roundingSlack { continue }
      }
      join(pair.staff, pair.group)
    }
  }

  private mutating func undoNeedlessArrivals() {
    for pair in plan.active.sorted() where !index.todayActive.contains(pair) {
      let seated = plan.seats.contains {
        $0.key.group == pair.group && $0.value.contains(pair.staff)
      }
      guard !seated, !index.decisions.pinsMembership(pair) else { continue }
      let before = shortfall(around: pair.group)
      leave(pair.staff, pair.group)
      if shortfall(around: pair.group) > before { join(pair.staff, pair.group) }
    }
  }

  /// Seats of every structure left empty, over the plan years.
  private func emptySeats() -> Int {
    var total = 0
    for j in data.groups.positions {
      for y in index.seatYears[j] {
        for r in index.roles(j) {
          let key = SeatKey(group: j, year: y, role: r)
          total += Counting.emptySeats(data.groups[j], role: r, filled: plan.seats[key]?.count ?? 0)
        }
      }
    }
    return total
  }

  private var data: DataSet { index.data }

  // MARK: - Bookkeeping

  private func memberCost(_ i: StaffIndex, _ j: GroupIndex, _ y: Int) -> Double {
    data.groups[j].exists(in: y) ? data.groups[j].memberDays : 0
  }

  private func fitsJoin(_ i: StaffIndex, _ j: GroupIndex) -> Bool {
    guard index.canJoin(i, j), !plan.active.contains(StaffGroup(staff: i, group: j)),
      let d = index.donorOf[i]
    else { return false }
    let s = data.staff[i]
    if let m = s.maxGroups, groupsOfStaff[i, default: 0] >= m { return false }
    if let m = data.donors[d].maxGroups,
      membersOfDonor[DonorGroup(donor: d, group: j), default: 0] == 0,
      groupsOfDonor[d, default: 0] >= m
    {
      return false
    }
    return index.years.allSatisfy {
      (used[i]?[$0] ?? 0) + memberCost(i, j, $0) <= s.days + Counting.roundingSlack
    }
  }

  private mutating func join(_ i: StaffIndex, _ j: GroupIndex) {
    guard let d = index.donorOf[i] else { return }
    plan.active.insert(StaffGroup(staff: i, group: j))
    membersOf[j].insert(i)
    for y in index.years { used[i, default: [:]][y, default: 0] += memberCost(i, j, y) }
    groupsOfStaff[i, default: 0] += 1
    if membersOfDonor[DonorGroup(donor: d, group: j), default: 0] == 0 {
      groupsOfDonor[d, default: 0] += 1
      donorCount[j] += 1
    }
    membersOfDonor[DonorGroup(donor: d, group: j), default: 0] += 1
    burden[d, default: 0] += data.groups[j].memberDays
  }

  private mutating func leave(_ i: StaffIndex, _ j: GroupIndex) {
    guard let d = index.donorOf[i], plan.active.remove(StaffGroup(staff: i, group: j)) != nil else {
      return
    }
    membersOf[j].remove(i)
    for y in index.years { used[i, default: [:]][y, default: 0] -= memberCost(i, j, y) }
    groupsOfStaff[i, default: 0] -= 1
    membersOfDonor[DonorGroup(donor: d, group: j), default: 0] -= 1
    if membersOfDonor[DonorGroup(donor: d, group: j), default: 0] == 0 {
      groupsOfDonor[d, default: 0] -= 1
      donorCount[j] -= 1
    }
    burden[d, default: 0] -= data.groups[j].memberDays
  }

  private func donorsIn(_ j: GroupIndex) -> Int { donorCount[j] }

  // MARK: - Decisions, then today's roster

  /// Joins the memberships the task force decided, before anything else takes their days.
  private mutating func joinDecided() {
    for pair in index.decisions.pinnedMemberships
    where index.canJoin(pair.staff, pair.group)
      && !plan.active.contains(pair)
    {
      join(pair.staff, pair.group)
    }
  }

  /// Gives the donors the seats decided for them in `year`: through the named person, else
  /// an active member who can take it, else a senior who can join for it.
  private mutating func takeDecidedSeats(_ year: Int) {
    for pin in index.decisions.pinnedSeats where pin.key.year == year {
      let holders = plan.seats[pin.key] ?? []
      guard !holders.contains(where: { index.donorOf[$0] == pin.donor }) else { continue }
      let people = pin.staff.map { [$0] } ?? index.staffOf[pin.donor]
      if let i = people.first(where: { canTake($0, pin.key, continuing: true) }) {
        take(i, pin.key)
        continue
      }
      for i in people where data.staff[i].canChair && fitsJoin(i, pin.key.group) {
        join(i, pin.key.group)
        if canTake(i, pin.key, continuing: true) {
          take(i, pin.key)
          break
        }
        leave(i, pin.key.group)
      }
    }
  }

  private mutating func repairToday() {
    for pair in index.todayActive.sorted() where fitsJoin(pair.staff, pair.group) {
      join(pair.staff, pair.group)
    }
  }

  // MARK: - Seats, year by year

  /// Whether staff `i` can take seat `key` now (model column, days, capacity, one seat per
  /// donor per group-year, and for leads: the lead first, no comeback, the term unless
  /// `overstaying`, a lead without the needed skill only while today's lead is unbroken).
  private func canTake(
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
    if !pinned, !index.isCompetentLead(i, key.group),
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
  private func leadRun(_ d: DonorIndex, _ j: GroupIndex, before year: Int) -> Int {
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
  private func led(_ d: DonorIndex, _ j: GroupIndex, _ year: Int) -> Bool {
    guard year >= index.startYear else { return index.ledBefore(d, j, year) }
    return (plan.seats[SeatKey(group: j, year: year, role: .focal)] ?? []).contains {
      index.donorOf[$0] == d
    }
  }

  /// Consecutive plan years donor `d` leads group `j` right after `year` (decided leads
  /// placed ahead).
  private func leadRun(_ d: DonorIndex, _ j: GroupIndex, after year: Int) -> Int {
    var run = 0
    while (plan.seats[SeatKey(group: j, year: year + run + 1, role: .focal)] ?? []).contains(
      where: { index.donorOf[$0] == d })
    {
      run += 1
    }
    return run
  }

  /// Whether a lead started in the plan must stay in `year` by its min term.
  private func mustStay(_ d: DonorIndex, _ j: GroupIndex, _ year: Int) -> Bool {
    let run = leadRun(d, j, before: year)
    guard run > 0, run < data.groups[j].minTerm else { return false }
    return year - run >= index.startYear  // the run started in the plan
  }

  private mutating func take(_ i: StaffIndex, _ key: SeatKey) {
    guard let d = index.donorOf[i] else { return }
    plan.seats[key, default: []].append(i)
    plan.seats[key]?.sort()
    used[i, default: [:]][key.year, default: 0] += data.groups[key.group].seatDays(key.role)
    seatsOfDonor[DonorYear(donor: d, year: key.year), default: 0] += 1
    burden[d, default: 0] +=
      data.groups[key.group].seatDays(key.role) / Double(max(1, index.years.count))
  }

  /// Whether a decision pins staff `i` to seat `key`.
  private func decided(_ i: StaffIndex, _ key: SeatKey) -> Bool {
    index.donorOf[i].map { index.decisions.pinsSeat(key, donor: $0, staff: i) } ?? false
  }

  private mutating func release(_ i: StaffIndex, _ key: SeatKey) {
    guard let d = index.donorOf[i], let k = plan.seats[key]?.firstIndex(of: i) else { return }
    plan.seats[key]?.remove(at: k)
    if plan.seats[key]?.isEmpty == true { plan.seats[key] = nil }
    used[i, default: [:]][key.year, default: 0] -= data.groups[key.group].seatDays(key.role)
    seatsOfDonor[DonorYear(donor: d, year: key.year), default: 0] -= 1
    burden[d, default: 0] -=
      data.groups[key.group].seatDays(key.role) / Double(max(1, index.years.count))
  }

  /// Holders of the seat role in the year before (today's seats before the first year), or
  /// those an earlier plan committed to it.
  private func previousHolders(_ key: SeatKey) -> [StaffIndex] {
    if let committed = index.committedStaff(key.group, key.year, key.role) { return committed }
    if key.year == index.startYear {
      return index.todaySeats.filter { $0.group == key.group && $0.role == key.role }
        .map(\.staff).sorted()
    }
    return plan.seats[SeatKey(group: key.group, year: key.year - 1, role: key.role)] ?? []
  }

  private mutating func placeSeats(_ y: Int, continuityFirst: Bool) {
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
        take(i, key)
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
  private mutating func overstay(_ key: SeatKey) {
    guard (plan.seats[key] ?? []).isEmpty else { return }
    for i in previousHolders(key) where canTake(i, key, continuing: true, overstaying: true) {
      take(i, key)
      return
    }
  }

  /// Rules v3, rule 1: no other seat under an empty lead. A holder of another seat who can
  /// lead moves up; otherwise the other seats are given up.
  private mutating func leadFirst(_ j: GroupIndex, _ y: Int) {
    let lead = SeatKey(group: j, year: y, role: .focal)
    guard (plan.seats[lead] ?? []).isEmpty else { return }
    let others = index.roles(j).filter { $0 != .focal }.map {
      SeatKey(group: j, year: y, role: $0)
    }
    for key in others {
      for i in plan.seats[key] ?? [] where !decided(i, key) {
        release(i, key)
        if canTake(i, lead, continuing: false) {
          take(i, lead)
          return
        }
        take(i, key)
      }
    }
    for key in others {
      for i in plan.seats[key] ?? [] where !decided(i, key) { release(i, key) }
    }
  }

  /// Keeps the holders of the year before in `key` while they may continue.
  private mutating func keep(_ key: SeatKey) {
    do {
      for i in previousHolders(key)
      where (plan.seats[key] ?? []).count
        < index.seatCount(
          key.group, key.role)
      {
        guard !(plan.seats[key] ?? []).contains(i), canTake(i, key, continuing: true) else {
          continue
        }
        take(i, key)
      }
    }
  }

  /// Fills the empty seats of `key`: active members first (interested donors by rank, then
  /// most days left), else a senior who can join the group for it.
  private mutating func fill(_ key: SeatKey) {
    let g = data.groups[key.group]
    while (plan.seats[key] ?? []).count < index.seatCount(key.group, key.role) {
      func score(_ i: StaffIndex) -> (Int, Double, StaffIndex) {
        let d = index.donorOf[i] ?? DonorIndex(0)
        let rank = index.preferenceRank(donor: d, group: key.group, year: key.year) ?? 1000
        return (rank, -(data.staff[i].days - (used[i]?[key.year] ?? 0)), i)
      }
      let members = index.allStaff.filter {
        !(plan.seats[key] ?? []).contains($0) && canTake($0, key, continuing: false)
      }
      if let best = members.min(by: { score($0) < score($1) }) {
        take(best, key)
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
        join(i, key.group)
        if canTake(i, key, continuing: false) {
          take(i, key)
          placed = true
          break
        }
        leave(i, key.group)
      }
      if !placed { return }
    }
  }

  // MARK: - Staff gaps and excess

  private mutating func addBest(_ j: GroupIndex, from candidates: [StaffIndex]) -> Bool {
    let fitting = candidates.filter { fitsJoin($0, j) }
    let best = fitting.min { a, b in
      let fa = data.staff[a].days - (used[a]?[index.startYear] ?? 0)
      let fb = data.staff[b].days - (used[b]?[index.startYear] ?? 0)
      return (-fa, a) < (-fb, b)
    }
    guard let best else { return false }
    join(best, j)
    return true
  }

  private mutating func fillGaps() {
    let everyone = index.allStaff.sorted()
    for j in data.groups.positions where index.isOpen(j) {
      let g = data.groups[j]
      while donorsIn(j) < g.minDonors {
        let outside = everyone.filter { i in
          index.donorOf[i].map { membersOfDonor[DonorGroup(donor: $0, group: j), default: 0] == 0 }
            ?? false
        }
        if !addBest(j, from: outside) { break }
      }
      for n in index.needsOf[j] {
        let need = data.needs[n]
        let skilled = everyone.filter { Counting.meets(data.staff[$0], need) }
        while skilled.filter({ plan.active.contains(StaffGroup(staff: $0, group: j)) }).count
          < need.count
        {
          if !addBest(j, from: skilled) { break }
        }
      }
    }
    for j in data.groups.positions where index.isOpen(j) && data.groups[j].kind == .crossCutting {
      for id in Set(data.groups[j].links).sorted() {
        guard let l = data.groupPosition(id), index.isOpen(l), !linkCovered(j, l) else { continue }
        let inJ = membersOf[j].sorted()
        let inL = membersOf[l].sorted()
        if !addBest(l, from: inJ) { _ = addBest(j, from: inL) }
      }
    }
  }

  private func linkCovered(_ j: GroupIndex, _ l: GroupIndex) -> Bool {
    !membersOf[j].isDisjoint(with: membersOf[l])
  }

  /// Staff-side shortfall of the whole plan (donor, competency, link), first year.
  private func staffShortfall() -> Int {
    let groups = data.groups.positions.filter { index.isOpen($0) }
    return groups.reduce(0) { $0 + groupShortfall($1) }
      + links.filter { !linkCovered($0.from, $0.to) }.count
  }

  /// The donor and competency shortfall of open group `j`.
  private func groupShortfall(_ j: GroupIndex) -> Int {
    var total = Counting.donorShortfall(data.groups[j], activeDonors: donorsIn(j))
    for n in index.needsOf[j] {
      let need = data.needs[n]
      let have = membersOf[j].filter { Counting.meets(data.staff[$0], need) }
        .count
      total += Counting.competencyShortfall(need, meeting: have)
    }
    return total
  }

  /// The part of `staffShortfall()` that memberships of open group `j` change: its own and
  /// that of the links from or to it.
  private func shortfall(around j: GroupIndex) -> Int {
    groupShortfall(j) + linksOf[j].filter { !linkCovered(links[$0].from, links[$0].to) }.count
  }

  /// Demotes whole donors from over-populated groups when they hold no seat there and the
  /// demotion opens no gap.
  private mutating func removeExcess() {
    for j in data.groups.positions where index.isOpen(j) {
      for d in data.donors.positions.reversed() where donorsIn(j) > data.groups[j].maxDonors {
        let mine = index.staffOf[d].filter { plan.active.contains(StaffGroup(staff: $0, group: j)) }
        guard !mine.isEmpty,
          !mine.contains(where: { index.decisions.pinsMembership(StaffGroup(staff: $0, group: j)) })
        else { continue }
        let seated = plan.seats.contains {
          $0.key.group == j && $0.value.contains(where: mine.contains)
        }
        guard !seated else { continue }
        let before = shortfall(around: j)
        for i in mine { leave(i, j) }
        if shortfall(around: j) > before {
          for i in mine { join(i, j) }
        }
      }
    }
  }
}
