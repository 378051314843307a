import HarmonizeData

/// The heuristic's plan so far and the counters its moves keep (days per staff and year,
/// groups per staff and donor, seats per donor and year, burden, members and donors per
/// group); only `join`, `leave`, `take` and `release` change them, so they always agree.
struct Ledger {
  let index: PlanningIndex
  private(set) var plan = Assignment()
  /// Days used per staff and plan year.
  private(set) var used: [StaffIndex: [Int: Double]] = [:]
  private(set) var groupsOfStaff: [StaffIndex: Int] = [:]
  /// Active staff per donor and group.
  private(set) var membersOfDonor: [DonorGroup: Int] = [:]
  private(set) var groupsOfDonor: [DonorIndex: Int] = [:]
  /// Seats per donor and year.
  private(set) var seatsOfDonor: [DonorYear: Int] = [:]
  /// Per donor: days per month of its memberships and seats (seats averaged over the plan
  /// years), without its other duties: the burden of its load.
  private(set) var burden: [DonorIndex: Double] = [:]
  /// Per group: its active staff, and the number of donors with active staff there.
  private(set) var membersOf: PerGroup<Set<StaffIndex>>
  private(set) var donorCount: PerGroup<Int>

  init(_ index: PlanningIndex) {
    self.index = index
    membersOf = PerGroup(repeating: [], for: index.data.groups)
    donorCount = PerGroup(repeating: 0, for: index.data.groups)
  }

  private var data: DataSet { index.data }

  func memberCost(_ i: StaffIndex, _ j: GroupIndex, _ y: Int) -> Double {
    data.groups[j].exists(in: y) ? data.groups[j].memberDays : 0
  }

  func fitsJoin(_ i: StaffIndex, _ j: GroupIndex) -> Bool {
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

  mutating func join(_ i: StaffIndex, _ j: GroupIndex) {
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

  mutating func leave(_ i: StaffIndex, _ j: GroupIndex) {
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

  func donorsIn(_ j: GroupIndex) -> Int { donorCount[j] }

  mutating func take(_ i: StaffIndex, _ key: SeatKey) {
    guard let d = index.donorOf[i] else { return }
    plan.seats[key, default: []].append(i)
    plan.seats[key]?.sort()
    used[i, default: [:]][key.year, default: 0] += data.groups[key.group].seatDays(key.role)
    seatsOfDonor[DonorYear(donor: d, year: key.year), default: 0] += 1
    burden[d, default: 0] +=
      data.groups[key.group].seatDays(key.role) / Double(max(1, index.years.count))
  }

  mutating func release(_ i: StaffIndex, _ key: SeatKey) {
    guard let d = index.donorOf[i], let k = plan.seats[key]?.firstIndex(of: i) else { return }
    plan.seats[key]?.remove(at: k)
    if plan.seats[key]?.isEmpty == true { plan.seats[key] = nil }
    used[i, default: [:]][key.year, default: 0] -= data.groups[key.group].seatDays(key.role)
    seatsOfDonor[DonorYear(donor: d, year: key.year), default: 0] -= 1
    burden[d, default: 0] -=
      data.groups[key.group].seatDays(key.role) / Double(max(1, index.years.count))
  }
}
