/// Draws the rows of a `SyntheticDataSet`, file by file, from one seeded generator.
struct SyntheticBuilder {
  struct Group {
    var id: String
    var kind: WorkingGroup.Kind
    var chair: ChairStructure
    /// The group's field: the skills its needs are drawn from.
    var skills: [String]
    /// The skills its needs.csv rows name (one to three).
    var needs: [String] = []
    var weight: Double
  }

  struct Person {
    var id: String
    var donor: Int
    var isSenior: Bool
    var isTA: Bool
    var skills: [String]
  }

  struct Seat {
    var role: SeatRole
    var since: Int
  }

  let parameters: SyntheticDataSet.Parameters
  var random: SplitMix64
  var donorIDs: [String] = []
  var groups: [Group] = []
  var people: [Person] = []
  var usedGroupIDs: Set<String> = []
  /// Per parent group id: the skills it and its sub-groups and task forces need so far.
  var topicsTaken: [String: [String]] = [:]

  init(_ parameters: SyntheticDataSet.Parameters) {
    self.parameters = parameters
    random = SplitMix64(seed: parameters.seed)
  }

  mutating func build() -> [String: String] {
    let donors = donorsFile()
    let groupsText = groupsFile()
    let needs = needsFile()
    let staff = staffFile()
    let (participation, interests) = participationAndInterests()
    return [
      "donors.csv": donors, "staff.csv": staff, "groups.csv": groupsText, "needs.csv": needs,
      "participation.csv": participation, "interests.csv": interests,
    ]
  }

  mutating func donorsFile() -> String {
    var csv = CSVWriter(header: [
      "donor", "name", "g19", "chair_capacity", "other_duties", "max_groups",
    ])
    let pool = SyntheticVocabulary.donors
    for index in 0..<max(1, parameters.donors) {
      let (id, name) =
        index < pool.count ? pool[index] : ("D\(index + 1)", "Donor \(index + 1)")
      donorIDs.append(id)
      let g19 = random.chance(0.7) ? "yes" : "no"
      let capacity = random.chance(0.4) ? String(random.int(in: 1...4)) : ""
      let duties = random.chance(0.2) ? random.pick(["0.5", "1", "2", "3"]) : ""
      let maxGroups = random.chance(0.3) ? String(random.int(in: 3...8)) : ""
      csv.append([id, name, g19, capacity, duties, maxGroups])
    }
    return csv.text
  }

  mutating func uniqueID(_ base: String) -> String {
    var id = base
    var suffix = 2
    while usedGroupIDs.contains(id) {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    usedGroupIDs.insert(id)
    return id
  }
}
