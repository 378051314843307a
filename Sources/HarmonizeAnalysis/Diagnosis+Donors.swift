import HarmonizeData

extension Diagnosis {
  static func donors(_ index: RosterIndex) -> [DonorDiagnosis] {
    let data = index.dataSet
    let years = index.roster.years
    let yearSlot = Dictionary(years.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var staffOf = Array(repeating: [Int](), count: data.donors.count)
    for (s, person) in data.staff.enumerated() where !person.isTechnicalAssistant {
      if let d = data.donorIndex[person.donor] { staffOf[d].append(s) }
    }
    var seatsOf = Array(repeating: [ChairSeat](), count: data.donors.count)
    for seat in index.roster.seats {
      if let d = data.donorIndex[seat.donor] { seatsOf[d].append(seat) }
    }
    var result: [DonorDiagnosis] = data.donors.indices.map { d in
      let staff = staffOf[d].sorted { data.staff[$0].id < data.staff[$1].id }
      var groups = Set<Int>()
      var memberDays = 0.0
      for s in staff {
        for g in index.activeGroups[s] {
          groups.insert(g)
          memberDays += data.groups[g].memberDays
        }
      }
      let seats = seatsOf[d].sorted(by: ChairSeat.ordered)
      var perYear = Array(repeating: 0, count: years.count)
      var seatDays = 0.0
      for seat in seats {
        if let slot = yearSlot[seat.year] { perYear[slot] += 1 }
        if let group = data.group(seat.group) { seatDays += group.seatDays(seat.role) }
      }
      let donor = data.donors[d]
      let overCapacity = donor.chairCapacity.map { cap in
        years.indices.filter { perYear[$0] > cap }.map { years[$0] }
      }
      return DonorDiagnosis(
        donor: donor, staff: staff.map { data.staff[$0].id },
        activeGroups: groups.map { data.groups[$0].id }.sorted(), seats: seats,
        seatsPerYear: perYear, memberDays: memberDays,
        chairDays: years.isEmpty ? 0 : seatDays / Double(years.count),
        capacity: staff.reduce(0) { $0 + data.staff[$1].days }, burdenShare: 0, seatShare: 0,
        capacityShare: 0, chairHeavy: false, overChairCapacity: overCapacity ?? [])
    }
    let totalBurden = result.reduce(0) { $0 + $1.burden }
    let totalSeats = result.reduce(0) { $0 + $1.seats.count }
    let totalFree = result.reduce(0) { $0 + max(0, $1.capacity - $1.otherDuties) }
    for i in result.indices {
      let free = max(0, result[i].capacity - result[i].otherDuties)
      result[i].burdenShare = totalBurden > 0 ? result[i].burden / totalBurden : 0
      result[i].seatShare = totalSeats > 0 ? Double(result[i].seats.count) / Double(totalSeats) : 0
      result[i].capacityShare = totalFree > 0 ? free / totalFree : 0
      result[i].chairHeavy =
        result[i].seats.count >= chairHeavyMinSeats
        && result[i].seatShare > chairHeavyFactor * result[i].capacityShare
    }
    return result
  }

  static func staff(_ index: RosterIndex) -> [StaffDiagnosis] {
    let data = index.dataSet
    let years = index.roster.years
    var seatsOf = Array(repeating: [ChairSeat](), count: data.staff.count)
    for seat in index.roster.seats {
      if let s = data.staffIndex[seat.staff] { seatsOf[s].append(seat) }
    }
    return data.staff.indices.map { s in
      let groups = index.activeGroups[s]
      let memberDays = groups.reduce(0) { $0 + data.groups[$1].memberDays }
      let seats = seatsOf[s].sorted(by: ChairSeat.ordered)
      var busiest = 0.0
      for year in years {
        let days = seats.filter { $0.year == year }.reduce(0.0) { total, seat in
          total + (data.group(seat.group)?.seatDays(seat.role) ?? 0)
        }
        busiest = max(busiest, days)
      }
      return StaffDiagnosis(
        staff: data.staff[s], memberships: index.memberships[s],
        activeGroups: groups.map { data.groups[$0].id }, seats: seats,
        daysUsed: memberDays + busiest)
    }
  }

  /// Ranks the donors of each over-populated group by how well they could step back
  /// (see `StepBackCandidate`).
  static func rankStepBack(
    _ groups: inout [GroupDiagnosis], _ index: RosterIndex, loads: [DonorDiagnosis]
  ) {
    let data = index.dataSet
    for g in groups.indices where groups[g].excess > 0 {
      let diag = groups[g]
      var membersOf: [String: [Int]] = [:]
      for s in index.active[g] where !data.staff[s].isTechnicalAssistant {
        membersOf[data.staff[s].donor, default: []].append(s)
      }
      let seatHolders = Set(index.seatsByGroup[g].map(\.donor))
      var candidates = diag.activeDonors.map { donor -> StepBackCandidate in
        let members = membersOf[donor] ?? []
        var opensGap = diag.activeDonors.count - 1 < diag.group.minDonors
        var needsMet = 0
        var levels = 0
        for cover in diag.needs {
          var k = 0
          var best = 0
          for s in members {
            let level = data.staff[s].skills[cover.need.skill] ?? 0
            if level >= cover.need.level { k += 1 }
            best = max(best, level)
          }
          if k > 0 { needsMet += 1 }
          if k > 0, cover.current - k < cover.need.count { opensGap = true }
          levels += best
        }
        let carries = { (id: String) in data.staffIndex[id].map { data.staff[$0].donor } == donor }
        if diag.links.contains(where: { $0.covered && $0.via.allSatisfy(carries) }) {
          opensGap = true
        }
        let load = data.donorIndex[donor].map { loads[$0].load } ?? 0
        return StepBackCandidate(
          donor: donor, rank: 0, opensGap: opensGap, holdsSeat: seatHolders.contains(donor),
          needsMet: needsMet, skillLevels: levels, load: load, suggested: false)
      }
      candidates.sort { a, b in
        if a.opensGap != b.opensGap { return !a.opensGap }
        if a.holdsSeat != b.holdsSeat { return !a.holdsSeat }
        if a.needsMet != b.needsMet { return a.needsMet < b.needsMet }
        if a.skillLevels != b.skillLevels { return a.skillLevels < b.skillLevels }
        if a.load != b.load { return a.load > b.load }
        return a.donor < b.donor
      }
      var toSuggest = diag.excess
      for i in candidates.indices {
        candidates[i].rank = i + 1
        if toSuggest > 0, !candidates[i].opensGap {
          candidates[i].suggested = true
          toSuggest -= 1
        }
      }
      groups[g].stepBack = candidates
    }
  }
}
