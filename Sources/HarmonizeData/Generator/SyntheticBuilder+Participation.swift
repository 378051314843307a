extension SyntheticBuilder {
  /// Participation (levels 60/25/15) mostly in groups needing a skill the person holds,
  /// today's chair seats on senior active non-TA members (one donor per seat, one seat per
  /// donor per group) and chairing interests for ~30% of the (donor, group) pairs where the
  /// donor is active.
  mutating func participationAndInterests() -> (String, String) {
    let memberships = drawMemberships()
    let seats = drawSeats(memberships)
    var csv = CSVWriter(header: ["staff", "group", "level", "role", "since"])
    var activeDonors = Array(
      repeating: [Bool](repeating: false, count: donorIDs.count),
      count: groups.count)
    for (index, entry) in memberships.enumerated() {
      let person = people[entry.person]
      let seat = seats[index]
      var level = entry.level.rawValue
      if entry.level == .active && seat == nil && random.chance(0.3) { level = "" }
      csv.append([
        person.id, groups[entry.group].id, level, seat?.role.rawValue ?? "",
        seat.map { String($0.since) } ?? "",
      ])
      if entry.level == .active && !person.isTA { activeDonors[entry.group][person.donor] = true }
    }
    return (csv.text, interestsFile(activeDonors))
  }

  /// Each person's groups: 1 to 5 (or the target's share).
  ///
  /// Without a target, no more than the open groups needing one of their skills. Drawn by
  /// popularity among those, now and then (or when they run out) among all open groups. A
  /// membership outside the person's field is seldom active.
  private mutating func drawMemberships() -> [(person: Int, group: Int, level: Membership.Level)] {
    let open = groups.indices.filter { groups[$0].weight > 0 }
    let cumulative = Self.cumulative(groups.map(\.weight))
    var needing: [String: [Int]] = [:]
    for group in open {
      for skill in groups[group].needs { needing[skill, default: []].append(group) }
    }
    let pools = needing.mapValues { ($0, Self.cumulative($0.map { groups[$0].weight })) }
    var counts: [Int]
    if let target = parameters.participation, !people.isEmpty {
      let base = target / people.count
      let extra = target % people.count
      counts = people.indices.map { min(open.count, base + ($0 < extra ? 1 : 0)) }
      counts = random.shuffled(counts)
    } else {
      counts = people.map { person in
        let wanted = min(open.count, random.int(in: 1...5))
        let field = person.skills.compactMap { pools[$0]?.0 }
        return max(1, Self.distinctCount(field, upTo: wanted))
      }
    }
    var result: [(person: Int, group: Int, level: Membership.Level)] = []
    for (person, count) in counts.enumerated() {
      let field = people[person].skills.compactMap { pools[$0] }
      var chosen: [Int] = []
      var attempts = 0
      while chosen.count < count && attempts < count * 20 {
        attempts += 1
        let group: Int
        if !field.isEmpty && random.chance(0.97) {
          let (members, weights) = random.pick(field)
          group = members[Self.draw(weights, &random)]
        } else {
          group = Self.draw(cumulative, &random)
        }
        if !chosen.contains(group) { chosen.append(group) }
      }
      if chosen.count < count {
        for group in field.flatMap(\.0) + open
        where chosen.count < count && !chosen.contains(group) {
          chosen.append(group)
        }
      }
      for group in chosen {
        let inField = groups[group].needs.contains { people[person].skills.contains($0) }
        let (active, attending) = inField ? (0.6, 0.85) : (0.2, 0.6)
        let draw = random.unit()
        let level: Membership.Level =
          draw < active ? .active : draw < attending ? .attending : .informed
        result.append((person, group, level))
      }
    }
    return result
  }

  /// How many distinct groups `lists` hold together, counting no further than `limit`.
  private static func distinctCount(_ lists: [[Int]], upTo limit: Int) -> Int {
    var seen: Set<Int> = []
    for list in lists {
      for group in list {
        seen.insert(group)
        if seen.count >= limit { return limit }
      }
    }
    return seen.count
  }

  private mutating func drawSeats(
    _ memberships: [(person: Int, group: Int, level: Membership.Level)]
  ) -> [Seat?] {
    var candidates = Array(repeating: [Int](), count: groups.count)
    for (index, entry) in memberships.enumerated() where entry.level == .active {
      let person = people[entry.person]
      if person.isSenior && !person.isTA { candidates[entry.group].append(index) }
    }
    var seats = [Seat?](repeating: nil, count: memberships.count)
    for (group, pool) in candidates.enumerated() where !pool.isEmpty {
      var seatedDonors: Set<Int> = []
      for role in groups[group].chair.seats where random.chance(0.85) {
        let open = pool.filter { !seatedDonors.contains(people[memberships[$0].person].donor) }
        guard !open.isEmpty else { break }
        let index = random.pick(open)
        seatedDonors.insert(people[memberships[index].person].donor)
        let since = parameters.year - random.int(in: 0...(role == .focal ? 3 : 2))
        seats[index] = Seat(role: role, since: since)
      }
    }
    return seats
  }

  private mutating func interestsFile(_ activeDonors: [[Bool]]) -> String {
    var csv = CSVWriter(header: ["donor", "group", "preference", "from", "to"])
    let year = parameters.year
    for (group, donors) in activeDonors.enumerated() where groups[group].chair != .none {
      for (donor, active) in donors.enumerated() where active && random.chance(0.3) {
        let preference = random.chance(0.5) ? "" : String(random.int(in: 1...3))
        let from = random.chance(0.2) ? year + random.int(in: 1...2) : nil
        let to = random.chance(0.2) ? max(from ?? year + 1, year + 1) + random.int(in: 0...3) : nil
        csv.append([
          donorIDs[donor], groups[group].id, preference, from.map(String.init) ?? "",
          to.map(String.init) ?? "",
        ])
      }
    }
    return csv.text
  }
}
