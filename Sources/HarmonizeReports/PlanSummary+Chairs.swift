import HarmonizeAnalysis
import HarmonizeData

/// The summary's sections on what is left to do: the remaining gaps by group, the seats the
/// task force must fill (empty seat-years and overstays, each explained), the calls for
/// interest and the seats per donor per year.
extension PlanSummary {
  /// Every gap of the plan, a line per group.
  func remainingGaps() -> [String] {
    let gaps = AnalysisReports.gaps(reports.after, anyGroup: reports.plan.anyGroup)
    guard let kind = gaps.columns.firstIndex(of: "kind"),
      let short = gaps.columns.firstIndex(of: "shortfall"),
      let year = gaps.columns.firstIndex(of: "year")
    else { return [] }
    var byGroup: [String: [String]] = [:]
    var total = 0
    for row in gaps.rows {
      let n = Int(row[short]) ?? 0
      total += n
      let what = row[kind] == "chair" ? "chair \(row[year])" : row[kind]
      byGroup[row[0], default: []].append("\(what) \(n)")
    }
    guard !byGroup.isEmpty else { return ["Remaining gaps by group: none"] }
    return ["Remaining gaps by group (gaps.csv; \(total) in all)"]
      + byGroup.keys.sorted().map { "  \($0): " + (byGroup[$0] ?? []).joined(separator: ", ") }
  }

  /// Each empty seat-year and overstay year, with the donors that could have held it.
  func seatsToFill() -> [String] {
    let items = reports.chairGaps.items
    guard !items.isEmpty else { return ["Seats the task force must fill: none"] }
    let empty = items.filter { $0.kind == .empty }.count
    var lines = [
      "Seats the task force must fill (\(empty) empty seat-years, "
        + "\(items.count - empty) overstay years; chair_plan.csv, column blocked)"
    ]
    for item in items {
      let what: String
      switch item.kind {
      case .empty:
        what = "\(item.role.rawValue) empty"
      case .overstay:
        let years = item.yearsPast == 1 ? "1 year" : "\(item.yearsPast) years"
        what = "\(item.holder ?? "") stays as lead, \(years) past the term; no successor"
      }
      lines.append("  \(item.group) \(item.year) \(what): \(item.blocked)")
    }
    return lines
  }

  /// The count of calls.csv's rows, by kind.
  func callsForInterest() -> [String] {
    let rows = reports.calls.rows
    let asks = rows.filter { $0.call == .ask }.count
    return [
      "Calls for interest (calls.csv, rows that paste into interests.csv): \(asks) seat-years "
        + "the plan gives to a donor that did not ask (the task force must ask it), "
        + "\(rows.count - asks) seats coming free that a donor could volunteer for"
    ]
  }

  /// Seats per donor per year, today and in the plan (the seeds' "balanced number of focal
  /// points").
  func seatsPerDonor() -> [String] {
    let years = reports.plan.roster.years
    var table = TextTable(columns: ["donor", "today"] + years.map(String.init))
    for donor in reports.dataSet.donors.map(\.id).sorted() {
      let today = reports.today.seats.filter { $0.donor == donor }.count
      let counts = years.map { y in
        reports.plan.roster.seats.filter { $0.donor == donor && $0.year == y }.count
      }
      guard today > 0 || counts.contains(where: { $0 > 0 }) else { continue }
      table.append([donor, String(today)] + counts.map(String.init))
    }
    return ["Chair seats per donor per year (donor_burden.csv, seats_<year>)"] + Self.lines(table)
  }
}
