extension SyntheticBuilder {
  /// Staff spread unevenly over donors (every donor gets one first), each with 1-4 skills
  /// drawn from a home group's sector and the generic skills.
  mutating func staffFile() -> String {
    var csv = CSVWriter(header: [
      "staff", "donor", "name", "days", "max_groups", "skills", "senior", "ta",
    ])
    let donorWeights = donorIDs.map { _ in 0.5 + 2.5 * random.unit() }
    let cumulative = Self.cumulative(donorWeights)
    var perDonor = Array(repeating: 0, count: donorIDs.count)
    for index in 0..<max(0, parameters.staff) {
      let donor = index < donorIDs.count ? index : Self.draw(cumulative, &random)
      perDonor[donor] += 1
      let id = "\(donorIDs[donor])-\(Self.padded(perDonor[donor]))"
      let name =
        "\(random.pick(SyntheticVocabulary.firstNames)) "
        + random.pick(SyntheticVocabulary.familyNames)
      let days = random.chance(0.2) ? "\(random.int(in: 2...7)).5" : String(random.int(in: 2...8))
      let maxGroups = random.chance(0.25) ? String(random.int(in: 2...5)) : ""
      let isSenior = random.chance(0.4)
      let isTA = random.chance(0.07)
      let home = groups[random.int(in: 0...(groups.count - 1))]
      csv.append([
        id, donorIDs[donor], name, days, maxGroups, skills(home), isSenior ? "yes" : "no",
        isTA ? "yes" : "",
      ])
      people.append(Person(id: id, donor: donor, isSenior: isSenior, isTA: isTA))
    }
    return csv.text
  }

  private mutating func skills(_ home: Group) -> String {
    let pool = home.skills + SyntheticVocabulary.genericSkills
    var chosen: [String] = [random.pick(home.skills)]
    let wanted = random.int(in: 1...4)
    var attempts = 0
    while chosen.count < wanted && attempts < 10 {
      attempts += 1
      let skill = random.pick(pool)
      if !chosen.contains(skill) { chosen.append(skill) }
    }
    return chosen.map { skill in
      let draw = random.unit()
      if draw < 0.2 { return "\(skill):1" }
      if draw < 0.45 { return skill }
      if draw < 0.7 { return "\(skill):2" }
      return "\(skill):3"
    }.joined(separator: ";")
  }

  static func padded(_ number: Int) -> String {
    let text = String(number)
    return text.count >= 3 ? text : String(repeating: "0", count: 3 - text.count) + text
  }

  static func cumulative(_ weights: [Double]) -> [Double] {
    var total = 0.0
    return weights.map {
      total += $0
      return total
    }
  }

  /// An index drawn with probability proportional to its weight (binary search).
  static func draw(_ cumulative: [Double], _ random: inout SplitMix64) -> Int {
    let target = random.unit() * (cumulative.last ?? 0)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
