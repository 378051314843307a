import HarmonizeData

/// The task force's decisions (`DataSet.decisions`) by position: what the model pins and what
/// it forbids.
///
/// Forbidden memberships and seats get no column at all; pinned ones are rows.
struct DecisionIndex {
  /// Memberships decided active or not active.
  private var memberships: [StaffGroup: Decision] = [:]
  /// Donors that leave a group: none of their staff active, no seat.
  private var leaving: [DonorGroup: Decision] = [:]
  /// Seats decided to be held, by seat role and year, with the donor and the person if named.
  private(set) var pinnedSeats:
    [(key: SeatKey, donor: DonorIndex, staff: StaffIndex?, decision: Decision)] = []
  /// Seats forbidden to a donor (`not-holds`), by group.
  private var refusedSeats: [DonorGroup: [Decision]] = [:]
  /// Seats that stay empty (`empty`), by group.
  private var emptySeats: [GroupIndex: [Decision]] = [:]

  init(_ data: DataSet, horizon: PlanHorizon) {
    for d in data.decisions {
      guard let j = data.groupPosition(d.group) else { continue }
      let donor = d.donor.flatMap { data.donorPosition($0) }
      switch d.kind {
      case .active, .notActive:
        guard let i = d.staff.flatMap({ data.staffPosition($0) }) else { continue }
        memberships[StaffGroup(staff: i, group: j)] = d
      case .leaves:
        guard let donor else { continue }
        leaving[DonorGroup(donor: donor, group: j)] = d
      case .holds:
        guard let donor, let role = d.role, let year = d.year,
          horizon.seatYears(of: data.groups[j]).contains(year)
        else { continue }
        let key = SeatKey(group: j, year: year, role: role)
        pinnedSeats.append((key, donor, d.staff.flatMap { data.staffPosition($0) }, d))
      case .notHolds:
        guard let donor else { continue }
        refusedSeats[DonorGroup(donor: donor, group: j), default: []].append(d)
      case .empty:
        emptySeats[j, default: []].append(d)
      }
    }
  }

  /// The pairs decided active.
  var pinnedMemberships: [StaffGroup] {
    memberships.filter { $0.value.kind == .active }.keys.sorted()
  }

  /// Whether the pair is decided active.
  func pinsMembership(_ pair: StaffGroup) -> Bool { memberships[pair]?.kind == .active }

  /// Whether the pair may not be active: decided not active, or its donor leaves the group.
  func forbidsMembership(_ pair: StaffGroup, donor: DonorIndex) -> Bool {
    memberships[pair]?.kind == .notActive
      || leaving[DonorGroup(donor: donor, group: pair.group)] != nil
  }

  /// Whether staff `i` of donor `d` may hold the seat: not left empty, not refused to the
  /// donor, the donor not leaving, and, when the donor's seat is decided through a named
  /// person, that person.
  func allowsSeat(_ key: SeatKey, donor d: DonorIndex, staff i: StaffIndex) -> Bool {
    guard barring(key, donor: d) == nil else { return false }
    return !pinnedSeats.contains {
      $0.key == key && $0.donor == d && $0.staff != nil && $0.staff != i
    }
  }

  /// Whether a decision pins seat `key` to donor `d` through staff `i` (the named person, or
  /// any of its staff when none is named): the competent-lead and no-comeback rules are
  /// lifted for that seat.
  func pinsSeat(_ key: SeatKey, donor d: DonorIndex, staff i: StaffIndex) -> Bool {
    pinnedSeats.contains { $0.key == key && $0.donor == d && ($0.staff ?? i) == i }
  }

  /// Whether a decision pins seat `key` to donor `d`.
  func pinsSeat(_ key: SeatKey, donor d: DonorIndex) -> Bool {
    pinnedSeats.contains { $0.key == key && $0.donor == d }
  }

  /// The decision that pins seat `key` to donor `d`, if any.
  func pin(_ key: SeatKey, donor d: DonorIndex) -> Decision? {
    pinnedSeats.first { $0.key == key && $0.donor == d }?.decision
  }

  /// The first decision in the file that keeps donor `d` out of seat `key`: the seat left
  /// empty, refused to the donor, or the donor leaving the group; with no donor, only a seat
  /// left empty.
  func barring(_ key: SeatKey, donor d: DonorIndex?) -> Decision? {
    let covers = { (decision: Decision) in decision.covers(role: key.role, year: key.year) }
    var found = (emptySeats[key.group] ?? []).filter(covers)
    if let d {
      let place = DonorGroup(donor: d, group: key.group)
      found += (refusedSeats[place] ?? []).filter(covers)
      if let leaves = leaving[place] { found.append(leaves) }
    }
    return found.min { $0.line < $1.line }
  }

  /// The decision that settles whether the pair is active (decided active or not active, or
  /// its donor leaving the group; the first in the file), if any.
  func settling(_ pair: StaffGroup, donor d: DonorIndex?) -> Decision? {
    let leaves = d.flatMap { leaving[DonorGroup(donor: $0, group: pair.group)] }
    return [memberships[pair], leaves].compactMap { $0 }.min { $0.line < $1.line }
  }

  /// Whether a decision pins group `j`'s lead in `year` to donor `d`.
  func pinsLead(group j: GroupIndex, year: Int, donor d: DonorIndex) -> Bool {
    pinsSeat(SeatKey(group: j, year: year, role: .focal), donor: d)
  }
}
