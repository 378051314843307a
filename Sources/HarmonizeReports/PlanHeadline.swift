import HarmonizeAnalysis
import HarmonizeData

/// Today against the plan like with like: staff gaps and one year of chair seats each (today's
/// seats against the plan's first year), and the plan's empty seats in each of its years.
struct PlanHeadline {
  /// Today's total shortfall (its roster has one year of seats).
  let today: Int
  /// The plan's staff shortfall and its first year's empty seats.
  let firstYear: Int
  /// The plan's empty seats per plan year.
  let emptySeats: [(year: Int, count: Int)]

  init(_ reports: PlanReports) {
    let before = reports.before
    today = before.shortfall
    let after = reports.after
    let staff = after.shortfalls.donors + after.shortfalls.competency + after.shortfalls.links
    let years = reports.plan.roster.years
    emptySeats = years.map { year in
      (
        year,
        after.groups.flatMap(\.seats).filter { $0.year == year }.reduce(0) { $0 + $1.shortfall }
      )
    }
    firstYear = staff + (emptySeats.first?.count ?? 0)
  }

  /// `shortfall 17 -> 7 in 2027 (empty seats per year 2027-2029: 6, 4, 3)`.
  var shortfallLine: String {
    let first = emptySeats.first.map { " in \($0.year)" } ?? ""
    let span = PlanSummary.span(emptySeats.map(\.year))
    let counts = emptySeats.map { String($0.count) }.joined(separator: ", ")
    return "shortfall \(today) -> \(firstYear)\(first) (today's seats against the first year's; "
      + "empty seats per year \(span): \(counts))"
  }
}
