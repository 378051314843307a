/// Reads donors.csv rows into `Donor` values.
enum DonorsFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Located<Donor>] {
    var donors: [Located<Donor>] = []
    var seen: [String: Int] = [:]
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      let isG19 = reader.bool("g19")
      let capacity = reader.count("chair_capacity")
      let otherDuties = reader.amount("other_duties", in: Limits.otherDuties)
      let maxGroups = reader.count("max_groups")
      guard let id = reader.identifier("donor") else { continue }
      if let first = seen[id] {
        reader.error("duplicate donor \(MessageText.quoted(id)) (first on line \(first))")
        continue
      }
      seen[id] = row.line
      let donor = Donor(
        id: id, name: reader.text("name"), isG19: isG19 ?? false, chairCapacity: capacity,
        otherDuties: otherDuties ?? 0, maxGroups: maxGroups)
      donors.append(Located(value: donor, line: row.line))
    }
    return donors
  }
}
