import HarmonizeAnalysis
import HarmonizeData

/// `donors/<donor>.txt` of a plan: what the plan asks of one donor, why, and its seats in
/// each plan year, to read out at the donor's own meeting.
struct DonorPlanBrief {
  let text: String

  init(_ reports: PlanReports, donor id: String) {
    let name = reports.dataSet.donor(id)?.name ?? id
    let years = reports.plan.roster.years
    var lines = ["\(name) (\(id)): the plan for \(PlanSummary.span(years))", ""]
    if let was = reports.before.donor(id), let now = reports.after.donor(id) {
      lines.append(
        "Load: \(Format.percent(was.load)) today, \(Format.percent(now.load)) in the plan "
          + "(\(Format.fixed(was.burden)) and \(Format.fixed(now.burden)) days per month "
          + "of \(Format.fixed(now.capacity)))")
      lines.append(
        "Active groups: \(was.activeGroups.count) today, \(now.activeGroups.count) in the plan"
          + (now.activeGroups.isEmpty ? "" : ": " + now.activeGroups.joined(separator: ", ")))
    }
    lines += [""] + Self.staffLines(reports, donor: id)
    lines += [""] + Self.seatLines(reports, donor: id, years: years)
    lines += [""] + Self.callLines(reports, donor: id, call: .ask)
    lines += [""] + Self.callLines(reports, donor: id, call: .volunteer)
    lines += [""] + reports.labour.briefLines(id)
    text = lines.joined(separator: "\n") + "\n"
  }

  /// The donor's rows of calls.csv of one kind.
  private static func callLines(
    _ reports: PlanReports, donor: String, call: CallsForInterest.Call
  ) -> [String] {
    let title =
      call == .ask
      ? "Seats the task force will ask you to take" : "Seats you could volunteer for"
    let rows = reports.calls.rows.filter { $0.donor == donor && $0.call == call }
    if rows.isEmpty { return [title, "  none"] }
    return [title]
      + rows.map { "  \($0.year): \($0.group) \($0.role.rawValue): \($0.why)" }
  }

  private static func staffLines(_ reports: PlanReports, donor: String) -> [String] {
    let rows = reports.changes.staff.filter { $0.donor == donor }
    var lines = ["Staff changes"]
    let changed = rows.filter { $0.change != .keep }
    if changed.isEmpty { lines.append("  none") }
    for row in changed {
      let person = reports.dataSet.staffMember(row.staff)?.name ?? row.staff
      var line = "  \(row.change.rawValue) \(row.group): \(person) (\(row.staff))"
      switch row.change {
      case .demote: line += ", now \(row.after?.rawValue ?? "attending")"
      case .promote: line += ", was \(row.before?.rawValue ?? "informed")"
      default: break
      }
      if !row.reason.isEmpty { line += ": \(row.reason)" }
      lines.append(line)
    }
    let kept = rows.filter { $0.change == .keep }.map { "\($0.group) (\($0.staff))" }
    if !kept.isEmpty { lines.append("  kept: " + kept.joined(separator: ", ")) }
    return lines
  }

  private static func seatLines(
    _ reports: PlanReports, donor: String, years: [Int]
  ) -> [String] {
    var lines = ["Chair seats per year"]
    let seats = reports.changes.seats.filter { $0.seat.donor == donor }
    let releases = reports.changes.releases.filter { $0.donor == donor }
    for year in years {
      let held = seats.filter { $0.seat.year == year }
      if held.isEmpty { lines.append("  \(year): none") }
      for row in held {
        var line = "  \(year): \(row.seat.group) \(row.seat.role.rawValue) "
        line += "through \(row.seat.staff), \(row.change.rawValue)"
        if let previous = row.previousDonor { line += " from \(previous)" }
        if !row.reason.isEmpty { line += ": \(row.reason)" }
        lines.append(line)
      }
      for release in releases where release.year == year {
        var line = "  \(year): hands over \(release.group) \(release.role.rawValue)"
        if let successor = release.successor { line += " to \(successor)" }
        if !release.reason.isEmpty { line += ": \(release.reason)" }
        lines.append(line)
      }
    }
    return lines
  }
}
