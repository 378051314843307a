extension SyntheticBuilder {
  /// Staff spread unevenly over donors (every donor gets one first), each with 1-4 skills:
  /// one that a home group needs, the others mostly from its field and the generic skills.
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
      let skills = skills(home: groups[random.int(in: 0...(groups.count - 1))])
      csv.append([
        id, donorIDs[donor], name, days, maxGroups, skillsText(skills), isSenior ? "yes" : "no",
        isTA ? "yes" : "",
      ])
      people.append(
        Person(id: id, donor: donor, isSenior: isSenior, isTA: isTA, skills: skills))
    }
    return csv.text
  }

  /// One to four skills (mostly two): one the home group needs, then each from the home
  /// group's field or from the whole vocabulary.
  private mutating func skills(home: Group) -> [String] {
    let draw = random.unit()
    let wanted = draw < 0.25 ? 1 : draw < 0.75 ? 2 : draw < 0.92 ? 3 : 4
    let near = home.skills + home.needs
    var chosen: [String] = [random.pick(home.needs)]
    var attempts = 0
    while chosen.count < wanted && attempts < 20 {
      attempts += 1
      let pool = random.chance(0.75) ? near : SyntheticVocabulary.skills
      let skill = random.pick(pool)
      if !chosen.contains(skill) { chosen.append(skill) }
    }
    return chosen
  }

  /// `skill:level` items; a bare skill means level 2.
  private mutating func skillsText(_ skills: [String]) -> String {
    skills.map { skill in
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
