/// Reads staff.csv rows into `StaffMember` values.
enum StaffFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Located<StaffMember>] {
    var staff: [Located<StaffMember>] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      let donor = reader.identifier("donor")
      let days = reader.amount("days", in: Limits.monthDays)
      let maxGroups = reader.count("max_groups")
      let skills = Self.skills(reader)
      let isSenior = reader.bool("senior")
      let isTA = reader.bool("ta")
      // A row without a valid donor still defines its id, so references to it stay quiet.
      guard let id = reader.identifier("staff") else { continue }
      if let first = seen[id] {
        reader.error("duplicate staff \(MessageText.quoted(id)) (first on line \(first))")
        continue
      }
      seen[id] = row.line
      let member = StaffMember(
        id: id, donor: donor ?? "", name: reader.text("name"), days: days ?? Defaults.staffDays,
        maxGroups: maxGroups, skills: skills, isSenior: isSenior ?? false,
        isTechnicalAssistant: isTA ?? false)
      staff.append(Located(value: member, line: row.line))
    }
    return staff
  }

  /// `skill:level` items separated by `;`; a bare skill is level 2.
  static func skills(_ reader: RowReader) -> [String: Int] {
    guard let cell = reader.text("skills") else { return [:] }
    var skills: [String: Int] = [:]
    for item in RowReader.listItems(cell) {
      let parts = item.split(separator: ":", omittingEmptySubsequences: false)
      let skill = RowReader.trim(parts[0])
      guard parts.count <= 2, !skill.isEmpty else {
        reader.error("skills: \(MessageText.quoted(item)) is not a skill or skill:level")
        continue
      }
      var level = Defaults.skillLevel
      if parts.count == 2 {
        let text = RowReader.trim(parts[1])
        guard
          let value = RowReader.wholeNumber(
            text, column: "skills: level of \(MessageText.quoted(skill))", range: Limits.count,
            reader: reader)
        else { continue }
        guard SkillLevel.range.contains(value) else {
          reader.error("skills: level \(value) of \(MessageText.quoted(skill)) is outside 1-3")
          continue
        }
        level = value
      }
      if skills[skill] != nil {
        reader.error("skills: \(MessageText.quoted(skill)) listed twice")
        continue
      }
      skills[skill] = level
    }
    return skills
  }
}
