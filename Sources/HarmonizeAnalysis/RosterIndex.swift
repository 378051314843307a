import HarmonizeData

/// A roster indexed once by group, staff and donor, so that every check is a lookup.
struct RosterIndex {
  let dataSet: DataSet
  let roster: Roster
  let firstYear: Int
  /// Whether each group exists in the first year.
  let exists: [Bool]
  /// Per staff index: its memberships in known groups, one per group (the first listed).
  var memberships: [[Membership]]
  /// Per group index: staff indices active there (any staff, TAs included), sorted by id.
  var active: [[Int]]
  /// Per group index: membership counts of non-TA staff by level.
  var levelCounts: [[Membership.Level: Int]]
  /// Per group index: TA staff listed at any level.
  var technicalAssistants: [[Int]]
  /// Per staff index: group indices where the person is active (existing groups).
  var activeGroups: [[Int]]
  /// Per group index: seats held in the roster.
  var seatsByGroup: [[ChairSeat]]
  /// Per staff index: active group set, for link checks.
  var activeSet: [Set<Int>]

  init(_ dataSet: DataSet, _ roster: Roster) {
    self.dataSet = dataSet
    self.roster = roster
    let year = roster.years.first ?? 0
    firstYear = year
    let groupCount = dataSet.groups.count
    let staffCount = dataSet.staff.count
    exists = dataSet.groups.map { $0.exists(in: year) }
    memberships = Array(repeating: [], count: staffCount)
    active = Array(repeating: [], count: groupCount)
    levelCounts = Array(repeating: [:], count: groupCount)
    technicalAssistants = Array(repeating: [], count: groupCount)
    activeGroups = Array(repeating: [], count: staffCount)
    seatsByGroup = Array(repeating: [], count: groupCount)
    activeSet = Array(repeating: [], count: staffCount)

    var seen = Set<Int64>()
    for m in roster.memberships {
      guard let s = dataSet.staffIndex[m.staff], let g = dataSet.groupIndex[m.group] else {
        continue
      }
      guard seen.insert(Int64(s) * Int64(groupCount + 1) + Int64(g)).inserted else { continue }
      memberships[s].append(m)
      let person = dataSet.staff[s]
      if person.isTechnicalAssistant {
        technicalAssistants[g].append(s)
      } else {
        levelCounts[g][m.level, default: 0] += 1
      }
      if m.level == .active, exists[g] {
        active[g].append(s)
        activeGroups[s].append(g)
        activeSet[s].insert(g)
      }
    }
    for seat in roster.seats {
      guard let g = dataSet.groupIndex[seat.group] else { continue }
      seatsByGroup[g].append(seat)
    }
    let staffIds = dataSet.staff.map(\.id)
    let groupIds = dataSet.groups.map(\.id)
    for g in 0..<groupCount {
      active[g].sort { staffIds[$0] < staffIds[$1] }
      technicalAssistants[g].sort { staffIds[$0] < staffIds[$1] }
    }
    for s in 0..<staffCount {
      memberships[s].sort { $0.group < $1.group }
      activeGroups[s].sort { groupIds[$0] < groupIds[$1] }
    }
  }

  /// Whether staff index `s` is a non-TA active member of group index `g`.
  func isActive(_ s: Int, in g: Int) -> Bool { activeSet[s].contains(g) }
}

extension ChairSeat {
  /// Report order: year, group, role, donor, staff.
  static func ordered(_ a: ChairSeat, _ b: ChairSeat) -> Bool {
    (a.year, a.group, a.role, a.donor, a.staff) < (b.year, b.group, b.role, b.donor, b.staff)
  }
}
