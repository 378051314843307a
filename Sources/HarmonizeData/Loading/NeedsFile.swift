/// Reads needs.csv rows into `Need` values.
enum NeedsFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Located<Need>] {
    var needs: [Located<Need>] = []
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      let level = reader.level("level")
      let count = reader.count("count")
      let group = reader.identifier("group")
      guard let group, let skill = reader.identifier("skill") else { continue }
      let need = Need(
        group: group, skill: skill, level: level ?? Defaults.needLevel, count: count ?? 1)
      needs.append(Located(value: need, line: row.line))
    }
    return needs
  }
}
