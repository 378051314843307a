/// Reads interests.csv rows into `Interest` values.
enum InterestsFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Located<Interest>] {
    var interests: [Located<Interest>] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      let preference = reader.count("preference", in: Limits.preference)
      let from = reader.year("from")
      let to = reader.year("to")
      let donor = reader.identifier("donor")
      guard let donor, let group = reader.identifier("group") else { continue }
      if let from, let to, from > to {
        reader.error("from \(from) is after to \(to)")
      }
      let key = donor + ":" + group
      if let first = seen[key] {
        reader.error(
          "duplicate interest of donor \(MessageText.quoted(donor)) in group \(MessageText.quoted(group)) (first on line \(first))"
        )
        continue
      }
      seen[key] = row.line
      let interest = Interest(
        donor: donor, group: group, preference: preference ?? 1, from: from, to: to)
      interests.append(Located(value: interest, line: row.line))
    }
    return interests
  }
}
