/// Reads decisions.csv rows into `Decision` values, checking each row's own columns: which
/// a kind of decision needs, and which it does not take.
enum DecisionsFile {
  static func read(_ table: InputTable, log: ProblemLog) -> [Decision] {
    var decisions: [Decision] = []
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      let kind = reader.choice("decision", Decision.Kind.self)
      let group = reader.identifier("group")
      let role = reader.choice("role", SeatRole.self)
      let year = reader.year("year")
      let staff = reader.text("staff").flatMap { checked($0, "staff", reader) }
      let donor = reader.text("donor").flatMap { checked($0, "donor", reader) }
      let reason = reader.text("reason") ?? ""
      if reader.text("decision") == nil {
        reader.error("missing value for required column \"decision\"")
      }
      guard let kind, let group else { continue }
      var valid = true
      func require(_ value: Any?, _ column: String) {
        guard value == nil else { return }
        reader.error("a \(kind.rawValue) decision needs a \(column)")
        valid = false
      }
      func refuse(_ value: Any?, _ column: String, _ why: String) {
        guard value != nil else { return }
        reader.error("a \(kind.rawValue) decision takes no \(column): \(why)")
        valid = false
      }
      switch kind {
      case .active, .notActive:
        require(staff, "staff")
        refuse(role, "role", "memberships have no seat role")
        refuse(year, "year", "memberships are planned for the first plan year")
      case .holds:
        require(donor, "donor")
        require(role, "role")
        require(year, "year")
      case .notHolds:
        require(donor, "donor")
        refuse(staff, "staff", "it forbids the donor's seat, whoever would hold it")
      case .leaves:
        require(donor, "donor")
        refuse(staff, "staff", "the whole donor leaves the group")
        refuse(role, "role", "the whole donor leaves the group")
        refuse(year, "year", "memberships are planned for the first plan year")
      case .empty:
        refuse(staff, "staff", "an empty seat has no holder")
        refuse(donor, "donor", "an empty seat has no holder")
      }
      if reason.isEmpty {
        reader.warning("no reason given: the reports will say \"no reason given\"")
      }
      guard valid else { continue }
      decisions.append(
        Decision(
          kind: kind, group: group, staff: staff, donor: donor, role: role, year: year,
          reason: reason, line: row.line))
    }
    return decisions
  }

  /// `decisions` without the rows that repeat an earlier one (the same decision, group, staff,
  /// donor, role and year; the reason aside), each a warning at its line: a decision counts
  /// once in every check, in the plan and in the reports.
  static func withoutRepeats(_ decisions: [Decision], file: String, log: ProblemLog) -> [Decision] {
    var first: [String: Int] = [:]
    return decisions.filter { d in
      let key = [
        d.kind.rawValue, d.group, d.staff ?? "", d.donor ?? "", d.role?.rawValue ?? "",
        d.year.map(String.init) ?? "",
      ].joined(separator: "|")
      if let line = first[key] {
        log.warning(file, d.line, "repeats line \(line); counted once")
        return false
      }
      first[key] = d.line
      return true
    }
  }

  private static func checked(_ value: String, _ column: String, _ reader: RowReader) -> String? {
    RowReader.checkIdentifier(value, column: column, reader: reader) ? value : nil
  }
}
