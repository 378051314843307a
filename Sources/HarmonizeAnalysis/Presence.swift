import HarmonizeData

/// Who is active where under a roster, by donor: the counting rules (`Counting.counts`) in
/// the roster's first year, indexed once for the division-of-labour figures.
struct Presence {
  let dataSet: DataSet
  let firstYear: Int
  /// Per group index: donor id to its active non-TA staff indices there, sorted by staff id.
  let staffByDonor: [[String: [Int]]]
  /// Per donor id: group indices where it is active, sorted by group id.
  let groupsOf: [String: [Int]]
  /// Per group index: the first year's seats held, by donor.
  let seatsByDonor: [[String: [ChairSeat]]]
  /// Per group index: its rows of needs.csv.
  let needs: [[Need]]

  init(_ dataSet: DataSet, _ roster: Roster) {
    self.dataSet = dataSet
    let year = roster.years.first ?? 0
    firstYear = year
    let count = dataSet.groups.count
    var staff = Array(repeating: [String: [Int]](), count: count)
    var seen = Set<[Int]>()
    for m in roster.memberships {
      guard let s = dataSet.staffIndex[m.staff], let g = dataSet.groupIndex[m.group],
        dataSet.groups[g].exists(in: year), Counting.counts(dataSet.staff[s], at: m.level),
        seen.insert([s, g]).inserted
      else { continue }
      staff[g][dataSet.staff[s].donor, default: []].append(s)
    }
    let ids = dataSet.staff.map(\.id)
    var groupsOf: [String: [Int]] = [:]
    for g in 0..<count {
      for donor in staff[g].keys {
        staff[g][donor]?.sort { ids[$0] < ids[$1] }
        groupsOf[donor, default: []].append(g)
      }
    }
    let groupIds = dataSet.groups.map(\.id)
    self.groupsOf = groupsOf.mapValues { $0.sorted { groupIds[$0] < groupIds[$1] } }
    staffByDonor = staff
    var seats = Array(repeating: [String: [ChairSeat]](), count: count)
    for seat in roster.seats where seat.year == year {
      guard let g = dataSet.groupIndex[seat.group] else { continue }
      seats[g][seat.donor, default: []].append(seat)
    }
    seatsByDonor = seats
    var needs = Array(repeating: [Need](), count: count)
    for need in dataSet.needs {
      if let g = dataSet.groupIndex[need.group] { needs[g].append(need) }
    }
    self.needs = needs
  }

  /// Whether `donor` is active in group index `g`.
  func isActive(_ donor: String, in g: Int) -> Bool { staffByDonor[g][donor] != nil }

  /// Donors active in group index `g`, sorted.
  func donors(in g: Int) -> [String] { staffByDonor[g].keys.sorted() }

  /// Needs of group index `g` that at least one of `staff` meets.
  func needsMet(in g: Int, by staff: [Int]) -> [Need] {
    needs[g].filter { need in staff.contains { Counting.meets(dataSet.staff[$0], need) } }
  }

  /// Days per month `donor` gives group index `g` in the first year: `member_days` per active
  /// staff member plus the days of its seats there.
  func days(_ donor: String, in g: Int) -> Double {
    let group = dataSet.groups[g]
    let members = Double(staffByDonor[g][donor]?.count ?? 0) * group.memberDays
    let seats = (seatsByDonor[g][donor] ?? []).reduce(0) { $0 + group.seatDays($1.role) }
    return members + seats
  }
}
