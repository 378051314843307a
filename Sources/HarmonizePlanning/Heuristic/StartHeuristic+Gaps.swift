import HarmonizeData

/// Staff gaps and their counts: members added where a group lacks donors, skills or a link,
/// and the shortfall the heuristic compares its tries by (`Counting`'s rules).
extension StartHeuristic {
  mutating func addBest(_ j: GroupIndex, from candidates: [StaffIndex]) -> Bool {
    let fitting = candidates.filter { fitsJoin($0, j) }
    let best = fitting.min { a, b in
      let fa = data.staff[a].days - (used[a]?[index.startYear] ?? 0)
      let fb = data.staff[b].days - (used[b]?[index.startYear] ?? 0)
      return (-fa, a) < (-fb, b)
    }
    guard let best else { return false }
    ledger.join(best, j)
    return true
  }

  mutating func fillGaps() {
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

  func linkCovered(_ j: GroupIndex, _ l: GroupIndex) -> Bool {
    !membersOf[j].isDisjoint(with: membersOf[l])
  }

  /// Staff-side shortfall of the whole plan (donor, competency, link), first year.
  func staffShortfall() -> Int {
    let groups = data.groups.positions.filter { index.isOpen($0) }
    return groups.reduce(0) { $0 + groupShortfall($1) }
      + links.filter { !linkCovered($0.from, $0.to) }.count
  }

  /// The donor and competency shortfall of open group `j`.
  func groupShortfall(_ j: GroupIndex) -> Int {
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
  func shortfall(around j: GroupIndex) -> Int {
    groupShortfall(j) + linksOf[j].filter { !linkCovered(links[$0].from, links[$0].to) }.count
  }

  /// Seats of every structure left empty, over the plan years.
  func emptySeats() -> Int {
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
}
