/// Reads participation.csv rows into `Membership` values.
enum ParticipationFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Located<Membership>] {
    var memberships: [Located<Membership>] = []
    memberships.reserveCapacity(table.rows.count)
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      let level = reader.choice("level", Membership.Level.self)
      let role = reader.choice("role", SeatRole.self)
      let since = reader.year("since")
      let staff = reader.identifier("staff")
      guard let staff, let group = reader.identifier("group") else { continue }
      let membership = Membership(
        staff: staff, group: group, level: level ?? .active, role: role, since: since)
      if role != nil && membership.level != .active {
        reader.error(
          "role \"\(role?.rawValue ?? "")\" held by a member at level "
            + "\(membership.level.rawValue); only active members hold roles")
      }
      if since != nil && role == nil && reader.text("role") == nil {
        reader.warning("since is ignored without a role")
      }
      memberships.append(Located(value: membership, line: row.line))
    }
    return memberships
  }
}
