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
      problems += rotation(g, roster, data, startYear: startYear)
    }
    return problems
  }

  /// Rules v3's hard rules of the rotation: lead first, no comeback (A, B, A or A, -, A,
  /// today's run counted), competent lead (today's lead donor excepted while unbroken).
  static func rotation(_ g: WorkingGroup, _ roster: Roster, _ data: DataSet, startYear: Int)
    -> [String]
  {
    guard g.chair.seats.contains(.focal) else { return [] }
    var problems: [String] = []
    let today = data.participation.first { $0.group == g.id && $0.role == .focal }
    let todayDonor = today.flatMap { data.staffMember($0.staff)?.donor }
    func leader(_ y: Int) -> String? {
      if y < startYear { return y >= (today?.since ?? Int.max) ? todayDonor : nil }
      return roster.seats.first { $0.group == g.id && $0.year == y && $0.role == .focal }?.donor
    }
    let needs = data.needs.filter { $0.group == g.id }
    for y in roster.years {
      let seats = roster.seats.filter { $0.group == g.id && $0.year == y }
      if leader(y) == nil, !seats.isEmpty {
        problems.append("\(g.id) has a seat under an empty lead in \(y)")
      }
      guard let donor = leader(y) else { continue }
      if leader(y - 1) != donor, leader(y - 2) == donor {
        problems.append("\(donor) comes back to the lead of \(g.id) in \(y)")
      }
      let unbroken = donor == todayDonor && (startYear..<y).allSatisfy { leader($0) == donor }
      if let seat = seats.first(where: { $0.role == .focal }),
        let s = data.staffMember(seat.staff), !needs.isEmpty,
        !needs.contains(where: { s.has($0.skill, atLeast: $0.level) }), !unbroken
      {
        problems.append("\(s.id) leads \(g.id) in \(y) without a needed skill at its level")
      }
    }
    return problems
  }

  /// Min term (for leads started in the plan); the term itself is no hard limit (rules v3).
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
