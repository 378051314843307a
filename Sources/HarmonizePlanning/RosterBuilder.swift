import HarmonizeData

/// Turns an assignment by position into the plan's `Roster`: today's rows kept (demoted to
/// attending when they leave the active level), pairs new in the plan added as active, roles
/// from the first year's seats, and every seat with the first year of its donor's run.
enum RosterBuilder {
  static func roster(_ plan: Assignment, index: PlanningIndex) -> Roster {
    let data = index.data
    var seats: [ChairSeat] = []
    var sinceOf: [SeatKey: [DonorIndex: Int]] = [:]  // seat role-year → donor → since
    for key in plan.seats.keys.sorted() {
      for i in plan.seats[key] ?? [] {
        guard let d = index.donorOf[i] else { continue }
        let since: Int
        if key.year == index.startYear {
          since =
            index.todaySeats.first {
              $0.group == key.group && $0.role == key.role && $0.donor == d
            }?.since ?? key.year
        } else {
          let before = SeatKey(group: key.group, year: key.year - 1, role: key.role)
          since = sinceOf[before]?[d] ?? key.year
        }
        sinceOf[key, default: [:]][d] = since
        seats.append(
          ChairSeat(
            group: data.groups[key.group].id, year: key.year, role: key.role,
            donor: data.donors[d].id, staff: data.staff[i].id, since: since))
      }
    }
    var firstYear: [StaffGroup: ChairSeat] = [:]
    for seat in seats where seat.year == index.startYear {
      if let i = data.staffPosition(seat.staff), let j = data.groupPosition(seat.group) {
        firstYear[StaffGroup(staff: i, group: j)] = seat
      }
    }
    var memberships: [Membership] = []
    var seen = Set<StaffGroup>()
    for m in index.today.memberships {
      guard let i = data.staffPosition(m.staff), let j = data.groupPosition(m.group) else {
        continue
      }
      let pair = StaffGroup(staff: i, group: j)
      guard seen.insert(pair).inserted else { continue }
      let level: Membership.Level =
        plan.active.contains(pair) ? .active : (m.level == .active ? .attending : m.level)
      let seat = firstYear[pair]
      memberships.append(
        Membership(
          staff: m.staff, group: m.group, level: level, role: seat?.role, since: seat?.since))
    }
    for pair in plan.active.sorted() where !seen.contains(pair) {
      let seat = firstYear[pair]
      memberships.append(
        Membership(
          staff: data.staff[pair.staff].id, group: data.groups[pair.group].id, level: .active,
          role: seat?.role, since: seat?.since))
    }
    memberships.sort { ($0.group, $0.staff) < ($1.group, $1.staff) }
    seats.sort {
      ($0.group, $0.year, $0.role, $0.donor, $0.staff) < (
        $1.group, $1.year, $1.role, $1.donor, $1.staff
      )
    }
    return Roster(memberships: memberships, seats: seats, years: index.years)
  }
}
