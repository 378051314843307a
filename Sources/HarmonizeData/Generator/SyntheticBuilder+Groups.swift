extension SyntheticBuilder {
  /// Main groups first, then sectors (half of them sub-groups of a main group), then
  /// cross-cutting groups, then task forces: parents always come earlier, so no cycle.
  ///
  /// Every group needs one to three skills, mostly from its field.
  mutating func groupsFile() -> String {
    var csv = CSVWriter(header: [
      "group", "name", "parent", "pillar", "kind", "min_donors", "max_donors", "chair",
      "member_days", "term", "links", "ends",
    ])
    let total = max(1, parameters.groups)
    let crossCutting = total >= 5 ? max(1, total / 10) : 0
    let taskForces = total >= 6 ? max(1, total / 12) : 0
    let mains = max(1, total / 6)
    let sectors = total - mains - crossCutting - taskForces
    let sectorPool = SyntheticVocabulary.sectors
    var sectorIndex = 0
    var mainIndices: [Int] = []
    var pillarOf: [Int: String] = [:]
    for m in 0..<mains {
      let sector = sectorPool[sectorIndex % sectorPool.count]
      sectorIndex += 1
      let id = uniqueID(sector.id)
      let pillar = SyntheticVocabulary.pillars[m % SyntheticVocabulary.pillars.count]
      pillarOf[groups.count] = pillar
      mainIndices.append(groups.count)
      addGroup(Group(id: id, kind: .main, chair: .troika, skills: sector.skills, weight: 3))
      csv.append([id, sector.name, "", pillar, "main", "3", "7", "", "1.5", "", "", ""])
    }
    for s in 0..<sectors {
      if s % 2 == 0, let parentIndex = mainIndices.isEmpty ? nil : random.pick(mainIndices) {
        let parent = groups[parentIndex]
        let id = uniqueID("\(parent.id)-sub")
        let chair = sectorChair()
        let name = "\(parent.id) sub-group \(s / 2 + 1)"
        addGroup(
          Group(id: id, kind: .sector, chair: chair, skills: parent.skills, weight: weight()),
          within: parent)
        csv.append([
          id, name, parent.id, pillarOf[parentIndex] ?? "", "", "",
          random.pick(["", "", "4", "6"]),
          chairText(chair), "", "", "", "",
        ])
      } else {
        let sector = sectorPool[sectorIndex % sectorPool.count]
        sectorIndex += 1
        let id = uniqueID(sector.id)
        let chair = sectorChair()
        addGroup(
          Group(id: id, kind: .sector, chair: chair, skills: sector.skills, weight: weight()))
        let term = random.chance(0.2) ? "3" : ""
        csv.append([
          id, sector.name, "", random.pick(SyntheticVocabulary.pillars), "sector", "", "",
          chairText(chair), "", term, "", "",
        ])
      }
    }
    let linkable = groups.indices.filter { groups[$0].kind != .crossCutting }
    for c in 0..<crossCutting {
      let theme = SyntheticVocabulary.themes[c % SyntheticVocabulary.themes.count]
      let id = uniqueID(theme.id)
      let links = random.shuffled(linkable).prefix(random.int(in: 2...3)).map { groups[$0].id }
      addGroup(
        Group(id: id, kind: .crossCutting, chair: .focal, skills: theme.skills, weight: weight()))
      csv.append([
        id, theme.name, "", "", "cross-cutting", "", "4", "focal", "0.5", "",
        links.joined(separator: ";"), "",
      ])
    }
    let parents = Array(groups.indices.filter { groups[$0].kind != .crossCutting })
    for t in 0..<taskForces {
      let parent = groups[random.pick(parents)]
      let id = uniqueID("tf-\(parent.id)")
      addGroup(
        Group(id: id, kind: .taskForce, chair: .focal, skills: parent.skills, weight: weight()),
        within: parent)
      let ends = String(parameters.year + random.int(in: 0...2))
      csv.append([
        id, "Task force \(t + 1), \(parent.id)", parent.id, "", "task-force", "2", "4", "focal",
        "0.5", "1", "", ends,
      ])
    }
    markEmptyGroups()
    return csv.text
  }

  private mutating func sectorChair() -> ChairStructure {
    let draw = random.unit()
    if draw < 0.75 { return .focalAndVice }
    if draw < 0.95 { return .focal }
    return .none
  }

  private func chairText(_ chair: ChairStructure) -> String {
    chair == .focalAndVice && groups.count % 3 == 0 ? "" : chair.rawValue
  }

  /// Popularity of a group: most ordinary, about one in ten crowded.
  private mutating func weight() -> Double {
    random.chance(0.1) ? 4 : 0.5 + random.unit()
  }

  /// About one group in twenty (never a main group) gets no participants at all.
  private mutating func markEmptyGroups() {
    let candidates = groups.indices.filter { groups[$0].kind != .main }
    let empty = groups.count >= 10 ? groups.count / 20 : 0
    for index in random.shuffled(candidates).prefix(empty) { groups[index].weight = 0 }
  }

  /// Appends `group` with one to three needs (mostly one): first a skill of its field (for a
  /// sub-group or task force, a topic of its own: a skill neither its parent nor an earlier
  /// sibling starts with, from the field while it lasts), then skills of its field, generic
  /// skills or any skill.
  private mutating func addGroup(_ group: Group, within parent: Group? = nil) {
    var group = group
    let draw = random.unit()
    let count = draw < 0.8 ? 1 : draw < 0.96 ? 2 : 3
    let taken = parent.map { topicsTaken[$0.id] ?? $0.needs } ?? []
    let own = group.skills.filter { !taken.contains($0) }
    let others = SyntheticVocabulary.skills.filter { !taken.contains($0) }
    group.needs = [random.pick(!own.isEmpty ? own : !others.isEmpty ? others : group.skills)]
    if let parent { topicsTaken[parent.id] = taken + [group.needs[0]] }
    while group.needs.count < count {
      let pool =
        random.chance(0.5)
        ? group.skills + SyntheticVocabulary.genericSkills : SyntheticVocabulary.skills
      let skill = random.pick(pool)
      if !group.needs.contains(skill) { group.needs.append(skill) }
    }
    groups.append(group)
  }

  mutating func needsFile() -> String {
    var csv = CSVWriter(header: ["group", "skill", "level", "count"])
    for group in groups {
      for skill in group.needs {
        let level = random.pick(["", "", "1", "3"])
        let count = random.chance(0.2) ? "2" : ""
        csv.append([group.id, skill, level, count])
      }
    }
    return csv.text
  }
}
