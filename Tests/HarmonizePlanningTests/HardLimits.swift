import HarmonizeData

/// Every hard limit of planning-rules.md checked on a plan's roster, independently of the
/// planner's code; returns one line per broken limit.
enum HardLimits {
  static func broken(_ roster: Roster, _ data: DataSet, startYear: Int, years: Int) -> [String] {
    var problems: [String] = []
    let active = roster.memberships.filter { $0.level == .active }
    for m in roster.memberships where m.role != nil && m.level != .active {
      problems.append("\(m.staff) holds a role in \(m.group) without being active")
    }
    for m in active {
      guard let s = data.staffMember(m.staff), let g = data.group(m.group) else { continue }
      if s.isTechnicalAssistant { problems.append("TA \(s.id) active in \(g.id)") }
      if !g.exists(in: startYear) { problems.append("\(s.id) active in ended \(g.id)") }
    }
    for s in data.staff {
      let mine = active.filter { $0.staff == s.id }
      if let m = s.maxGroups, mine.count > m { problems.append("\(s.id) over max_groups") }
      for y in roster.years {
        var days = 0.0
        for m in mine {
          guard let g = data.group(m.group), g.exists(in: y) else { continue }
          days += g.memberDays
        }
        for seat in roster.seats where seat.staff == s.id && seat.year == y {
          days += data.group(seat.group)?.seatDays(seat.role) ?? 0
        }
        if days > s.days + 1e-9 { problems.append("\(s.id) over days in \(y): \(days)") }
      }
    }
    for d in data.donors {
      let groups = Set(
        active.filter { data.staffMember($0.staff)?.donor == d.id }.map(\.group))
      if let m = d.maxGroups, groups.count > m { problems.append("\(d.id) over max_groups") }
      if let cap = d.chairCapacity {
        for y in roster.years
        where roster.seats.filter({ $0.donor == d.id && $0.year == y })
          .count > cap
        {
          problems.append("\(d.id) over chair_capacity in \(y)")
        }
      }
    }
    for seat in roster.seats {
      guard let s = data.staffMember(seat.staff), let g = data.group(seat.group) else {
        problems.append("unknown seat holder")
        continue
      }
      if !s.canChair { problems.append("\(s.id) cannot chair but holds \(g.id)") }
      if s.donor != seat.donor { problems.append("seat donor mismatch for \(s.id)") }
      if !active.contains(where: { $0.staff == s.id && $0.group == g.id }) {
        problems.append("\(s.id) holds a seat of \(g.id) without being active")
      }
      if !g.exists(in: seat.year) { problems.append("seat of ended \(g.id) in \(seat.year)") }
      if !g.chair.seats.contains(seat.role) { problems.append("\(g.id) has no \(seat.role) seat") }
      let rows = data.interests.filter { $0.donor == seat.donor && $0.group == g.id }
      if !rows.isEmpty, !rows.contains(where: { $0.covers(seat.year) }) {
        problems.append("\(seat.donor) outside its interest window in \(g.id) \(seat.year)")
      }
    }
    for g in data.groups {
      for y in roster.years {
        let seats = roster.seats.filter { $0.group == g.id && $0.year == y }
        if Set(seats.map(\.donor)).count != seats.count {
          problems.append("a donor holds two seats of \(g.id) in \(y)")
        }
        for role in SeatRole.allCases
        where seats.filter({ $0.role == role }).count > g.chair.seats.filter({ $0 == role }).count {
          problems.append("too many \(role) seats in \(g.id) \(y)")
        }
      }
      problems += leadRuns(g, roster, data, startYear: startYear)
    }
    return problems
  }

  /// Term (counting today's run) and min term (for leads started in the plan).
  static func leadRuns(_ g: WorkingGroup, _ roster: Roster, _ data: DataSet, startYear: Int)
    -> [String]
  {
    var problems: [String] = []
    let today = data.participation.first { $0.group == g.id && $0.role == .focal }
    let todayDonor = today.flatMap { data.staffMember($0.staff)?.donor }
    var lead: [Int: String] = [:]
    for seat in roster.seats where seat.group == g.id && seat.role == .focal {
      lead[seat.year] = seat.donor
    }
    let last = roster.years.last ?? startYear
    for donor in Set(lead.values) {
      var run = 0
      if donor == todayDonor { run = startYear - (today?.since ?? startYear - 1) }
      var startedInPlan: Int? = nil
      for y in startYear...last {
        if lead[y] == donor {
          if run == 0 { startedInPlan = y }
          run += 1
          if run > g.term { problems.append("\(donor) leads \(g.id) past its term in \(y)") }
        } else {
          if let s = startedInPlan, run < g.minTerm, y - s < g.minTerm,
            roster.seats.contains(where: { $0.group == g.id && $0.year == y })
          {
            problems.append("\(donor) left the lead of \(g.id) before min_term in \(y)")
          }
          run = 0
          startedInPlan = nil
        }
      }
    }
    return problems
  }
}
