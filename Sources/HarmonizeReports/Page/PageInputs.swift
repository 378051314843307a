import HarmonizeData

/// The report tables a page is drawn from, read by column name so that columns added later
/// are ignored, plus the data set for names, pillars, staff and today's participation.
struct PageInputs {
  let dataSet: DataSet
  let tables: [String: CSVTable]

  /// A plan's folder (it has `staff_plan.csv`) rather than an analysis's.
  var isPlan: Bool { tables["staff_plan.csv"] != nil }

  /// The rows of `file` as column → cell; empty when the folder has no such table.
  func rows(_ file: String) -> [[String: String]] {
    guard let table = tables[file] else { return [] }
    return table.rows.map { row in
      var cells: [String: String] = [:]
      for (column, cell) in zip(table.columns, row) { cells[column] = cell }
      return cells
    }
  }

  /// Whether the folder has `file`.
  func has(_ file: String) -> Bool { tables[file] != nil }

  /// The years of donor_burden.csv's `seats_<year>` columns (the plan's years in a plan,
  /// the current year in an analysis).
  var rosterYears: [Int] { seatYears(suffix: "") }

  /// Today's year: `seats_<year>_before` in a plan, `seats_<year>` in an analysis.
  var currentYear: Int? {
    isPlan ? seatYears(suffix: "_before").first : seatYears(suffix: "").first
  }

  /// The years named by `seats_<year><suffix>` columns of donor_burden.csv, in order.
  private func seatYears(suffix: String) -> [Int] {
    let columns = tables["donor_burden.csv"]?.columns ?? []
    return columns.compactMap { column -> Int? in
      guard column.hasPrefix("seats_"), column.hasSuffix(suffix) else { return nil }
      return Int(column.dropFirst(6).dropLast(suffix.count))
    }
  }

  /// Donor ids in the page's row order (by id).
  var donors: [String] { dataSet.donors.map(\.id).sorted() }

  /// Groups in column order: by pillar (groups without one last), then by id.
  var groups: [WorkingGroup] {
    dataSet.groups.sorted { Self.columnKey($0) < Self.columnKey($1) }
  }

  private static func columnKey(_ g: WorkingGroup) -> (Int, String, String) {
    (g.pillar == nil ? 1 : 0, g.pillar ?? "", g.id)
  }

  /// Group id → its anchor index in `groups`.
  var groupAnchors: [String: Int] {
    Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
  }
}
