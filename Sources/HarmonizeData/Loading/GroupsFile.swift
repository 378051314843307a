/// Reads groups.csv rows into `WorkingGroup` values and checks each row on its own.
enum GroupsFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Located<WorkingGroup>] {
    var groups: [Located<WorkingGroup>] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      guard let group = group(reader) else { continue }
      if let first = seen[group.id] {
        reader.error("duplicate group \(MessageText.quoted(group.id)) (first on line \(first))")
        continue
      }
      seen[group.id] = row.line
      groups.append(Located(value: group, line: row.line))
    }
    return groups
  }

  private static func group(_ reader: RowReader) -> WorkingGroup? {
    let kind = reader.choice("kind", WorkingGroup.Kind.self)
    let chair = reader.choice("chair", ChairStructure.self)
    let minDonors = reader.count("min_donors")
    let maxDonors = reader.count("max_donors")
    let memberDays = reader.amount("member_days", in: Limits.monthDays)
    let chairDays = reader.amount("chair_days", in: Limits.monthDays)
    let viceDays = reader.amount("vice_days", in: Limits.monthDays)
    let term = reader.count("term", in: Limits.term)
    let minTerm = reader.count("min_term", in: Limits.term)
    let parent = reader.text("parent")
    if let parent { _ = RowReader.checkIdentifier(parent, column: "parent", reader: reader) }
    let links = reader.identifierList("links")
    let ends = reader.year("ends")
    guard let id = reader.identifier("group") else { return nil }
    let group = WorkingGroup(
      id: id, name: reader.text("name"), parent: parent, pillar: reader.text("pillar"),
      kind: kind ?? .sector, minDonors: minDonors ?? Defaults.minDonors,
      maxDonors: maxDonors ?? Defaults.maxDonors, chair: chair,
      memberDays: memberDays ?? Defaults.memberDays, chairDays: chairDays ?? Defaults.chairDays,
      viceDays: viceDays ?? Defaults.viceDays, term: term ?? Defaults.term,
      minTerm: minTerm ?? Defaults.minTerm, links: uniqueLinks(links, of: id, reader),
      ends: ends)
    if group.minDonors > group.maxDonors {
      reader.error("min_donors \(group.minDonors) exceeds max_donors \(group.maxDonors)")
    }
    if group.minTerm > group.term {
      reader.error("min_term \(group.minTerm) exceeds term \(group.term)")
    }
    if !group.links.isEmpty && group.kind != .crossCutting {
      reader.warning("links are only used by cross-cutting groups; kind is \(group.kind.rawValue)")
    }
    return group
  }

  private static func uniqueLinks(_ links: [String], of id: String, _ reader: RowReader)
    -> [String]
  {
    var unique: [String] = []
    var seen: Set<String> = []
    for link in links {
      if link == id {
        reader.error("links: group \(MessageText.quoted(id)) links to itself")
      } else if !seen.insert(link).inserted {
        reader.warning("links: group \(MessageText.quoted(link)) listed twice")
      } else {
        unique.append(link)
      }
    }
    return unique
  }
}
