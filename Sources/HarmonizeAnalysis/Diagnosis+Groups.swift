import HarmonizeData

extension Diagnosis {
  static func groups(_ index: RosterIndex, horizon: Int?) -> [GroupDiagnosis] {
    let data = index.dataSet
    var needsByGroup: [String: [Need]] = [:]
    for need in data.needs { needsByGroup[need.group, default: []].append(need) }
    return data.groups.indices.map { g in
      group(g, index, needs: needsByGroup[data.groups[g].id] ?? [], horizon: horizon)
    }
  }

  private static func group(
    _ g: Int, _ index: RosterIndex, needs: [Need], horizon: Int?
  ) -> GroupDiagnosis {
    let data = index.dataSet
    let group = data.groups[g]
    let exists = index.exists[g]
    let members = index.active[g].filter { Counting.counts(data.staff[$0], at: .active) }
    var staffByDonor: [String: [String]] = [:]
    for s in members { staffByDonor[data.staff[s].donor, default: []].append(data.staff[s].id) }
    let covers: [GroupDiagnosis.NeedCover] =
      exists
      ? needs.map { need in
        let current = members.reduce(0) {
          $0 + (Counting.meets(data.staff[$1], need) ? 1 : 0)
        }
        return GroupDiagnosis.NeedCover(need: need, current: current)
      } : []
    var links: [GroupDiagnosis.LinkCover] = []
    if exists, group.kind == .crossCutting {
      for id in group.links {
        guard let h = data.groupIndex[id], index.exists[h] else { continue }
        let via = members.filter { index.isActive($0, in: h) }.map { data.staff[$0].id }
        links.append(GroupDiagnosis.LinkCover(group: id, via: via))
      }
    }
    let (seatYears, stray) = seats(g, index, members: members, horizon: horizon)
    var lead: GroupDiagnosis.Lead?
    if let last = seatYears.last, let seat = last.filled.first(where: { $0.role == .focal }) {
      lead = GroupDiagnosis.Lead(
        seat: seat, yearsServed: last.year + 1 - seat.since, term: group.term)
    }
    let counts = index.levelCounts[g]
    let listed = counts.values.reduce(0, +) + index.technicalAssistants[g].count
    return GroupDiagnosis(
      group: group, exists: exists, activeDonors: staffByDonor.keys.sorted(), needs: covers,
      links: links, seats: seatYears, strayIssues: stray, lead: lead,
      activeMembers: counts[.active] ?? 0, attendingMembers: counts[.attending] ?? 0,
      informedMembers: counts[.informed] ?? 0,
      technicalAssistants: index.technicalAssistants[g].map { data.staff[$0].id },
      internalDuplications: staffByDonor.keys.sorted().compactMap { donor in
        guard let staff = staffByDonor[donor], staff.count > 1 else { return nil }
        return GroupDiagnosis.InternalDuplication(donor: donor, staff: staff)
      },
      pastEnd: !exists && listed > 0, stepBack: [])
  }

  /// Seats of each year the group has a chair, and seats held in years it has none.
  private static func seats(
    _ g: Int, _ index: RosterIndex, members: [Int], horizon: Int?
  ) -> ([GroupDiagnosis.SeatYear], [GroupDiagnosis.SeatIssue]) {
    let data = index.dataSet
    let group = data.groups[g]
    var byYear: [Int: [ChairSeat]] = [:]
    for seat in index.seatsByGroup[g] { byYear[seat.year, default: []].append(seat) }
    var years: [GroupDiagnosis.SeatYear] = []
    var stray: [GroupDiagnosis.SeatIssue] = []
    for (i, year) in index.roster.years.enumerated() {
      let held = (byYear.removeValue(forKey: year) ?? []).sorted(by: ChairSeat.ordered)
      let inHorizon = group.kind == .main || horizon.map { i < $0 } ?? true
      guard group.exists(in: year), inHorizon, !group.chair.seats.isEmpty else {
        let why =
          !group.exists(in: year)
          ? "the group no longer exists in \(year)"
          : inHorizon ? "the group has no chair seats" : "\(year) is past the group's horizon"
        stray += held.map { GroupDiagnosis.SeatIssue(seat: $0, reason: why) }
        continue
      }
      years.append(seatYear(year, group: g, held: held, index, members: members))
    }
    for year in byYear.keys.sorted() {
      stray += (byYear[year] ?? []).sorted(by: ChairSeat.ordered).map {
        GroupDiagnosis.SeatIssue(seat: $0, reason: "\(year) is not a year of the roster")
      }
    }
    return (years, stray)
  }

  private static func seatYear(
    _ year: Int, group g: Int, held: [ChairSeat], _ index: RosterIndex, members: [Int]
  ) -> GroupDiagnosis.SeatYear {
    let data = index.dataSet
    let required = data.groups[g].chair.seats
    var open = required
    var filled: [ChairSeat] = []
    var issues: [GroupDiagnosis.SeatIssue] = []
    var seated = Set<String>()
    for seat in held {
      var reason: String?
      if let s = data.staffIndex[seat.staff] {
        let person = data.staff[s]
        if person.donor != seat.donor {
          reason = "\(seat.staff) does not work for \(seat.donor)"
        } else if person.isTechnicalAssistant {
          reason = "\(seat.staff) is a technical assistant"
        } else if !person.isSenior {
          reason = "\(seat.staff) is not senior"
        } else if !index.isActive(s, in: g) {
          reason = "\(seat.staff) is not an active member"
        }
      } else {
        reason = "unknown staff \(seat.staff)"
      }
      if reason == nil, seated.contains(seat.donor) {
        reason = "second seat of \(seat.donor)"
      }
      if reason == nil {
        if let i = open.firstIndex(of: seat.role) {
          open.remove(at: i)
        } else {
          reason =
            required.contains(seat.role)
            ? "the \(seat.role.rawValue) seat is already filled"
            : "the chair structure has no \(seat.role.rawValue) seat"
        }
      }
      if let reason {
        issues.append(GroupDiagnosis.SeatIssue(seat: seat, reason: reason))
      } else {
        filled.append(seat)
        seated.insert(seat.donor)
      }
    }
    let hasCandidate = members.contains { s in
      data.staff[s].canChair && !seated.contains(data.staff[s].donor)
    }
    return GroupDiagnosis.SeatYear(
      year: year, required: required, filled: filled, issues: issues, hasCandidate: hasCandidate)
  }
}
