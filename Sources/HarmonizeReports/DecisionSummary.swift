import HarmonizeData
import HarmonizePlanning

/// The summary's lines on the task force's decisions and on an earlier plan rolled forward:
/// each decision with its reason, what the decisions cost (the plan with them against the
/// best plan without them), and where the plan departs from the previous one.
struct DecisionSummary {
  let reports: PlanReports

  /// Empty when the run has neither decisions nor a previous plan.
  func lines() -> [String] {
    var lines: [String] = []
    if let previous = reports.dataSet.previous { lines += rolling(previous) }
    let decisions = reports.dataSet.decisions
    guard !decisions.isEmpty else { return lines }
    if !lines.isEmpty { lines.append("") }
    let changes = reports.changes
    lines.append(
      "Decisions of the task force (\(reports.dataSet.decisionsFile), \(decisions.count) "
        + "\(decisions.count == 1 ? "row" : "rows")): kept as hard rules; \(changes.decided) of "
        + "the \(changes.count) changes are decided, \(changes.chosen) chosen by the tool")
    for d in decisions {
      lines.append("  line \(d.line): \(Self.describe(d)): \(d.shownReason)")
    }
    lines += [""] + cost()
    return lines
  }

  /// `SE leaves HEA`, `SE-01 active in PFM`, `DK holds the focal seat of EDU in 2027`.
  static func describe(_ d: Decision) -> String {
    let role = d.role.map { "the \($0.rawValue) seat" } ?? "any seat"
    let year =
      d.year.map { " in \($0)" }
      ?? (d.kind == .notHolds ? " in any plan year" : " in every plan year")
    switch d.kind {
    case .active: return "\(d.staff ?? "") active in \(d.group)"
    case .notActive: return "\(d.staff ?? "") not active in \(d.group)"
    case .holds:
      let through = d.staff.map { " through \($0)" } ?? ""
      return "\(d.donor ?? "") holds \(role) of \(d.group)\(year)\(through)"
    case .notHolds: return "\(d.donor ?? "") does not hold \(role) of \(d.group)\(year)"
    case .leaves: return "\(d.donor ?? "") leaves \(d.group)"
    case .empty:
      let seats = d.role.map { "the \($0.rawValue) seat" } ?? "every seat"
      return "\(seats) of \(d.group) stays empty\(year)"
    }
  }

  /// Priorities 1 to 6 with and without the decisions, and one sentence on the difference.
  private func cost() -> [String] {
    let with = reports.plan.stages
    let without = reports.plan.withoutDecisions
    var lines = ["What the decisions cost (the best plan without them, at the same ceiling)"]
    guard !without.isEmpty else {
      return lines + ["  not known: the plan without the decisions was not found in time"]
    }
    var table = TextTable(columns: ["priority", "with", "without", "difference"])
    var added: [String] = []
    for stage in without {
      guard let mine = with.first(where: { $0.name == stage.name }), let a = mine.value,
        let b = stage.value
      else { continue }
      let proven = mine.status == .optimal && stage.status == .optimal
      table.append([
        stage.name, Self.number(a), Self.number(b),
        Self.signed(a - b) + (proven ? "" : " (not proven)"),
      ])
      let difference = a - b
      guard abs(difference) > Counting.valueSlack else { continue }
      let amount = Self.number(abs(difference))
      let what = stage.priority == .changes ? "\(amount) changes" : "\(amount) \(stage.name)"
      added.append((difference > 0 ? "add " : "save ") + what)
    }
    lines += PlanSummary.lines(table)
    guard let first = added.first else {
      return lines + [
        "  The decisions cost nothing: the best plan without them is no better at any priority."
      ]
    }
    lines.append("  The decisions " + ([first] + added.dropFirst()).joined(separator: ", ") + ".")
    if added.count > 1 {
      lines.append(
        "  Priorities are strict: the first that differs is the cost; the later ones follow "
          + "from it.")
    }
    return lines
  }

  /// `3`, `0.25`: whole numbers without decimals.
  static func number(_ x: Double) -> String {
    abs(x - x.rounded()) < Counting.valueSlack ? String(Int(x.rounded())) : Format.fixed(x, 2)
  }

  private func rolling(_ previous: PreviousPlan) -> [String] {
    let seats = reports.changes.seats.filter(\.committed)
    let departures =
      seats.filter { $0.change != .continue }.count
      + reports.changes.releases.filter { release in
        release.vacates
          && reports.dataSet.group(release.group).map { previous.covers($0, year: release.year) }
            ?? false
      }.count
    let kept = seats.filter { $0.change == .continue }.count
    return [
      "Rolling plan: from the plan of \(previous.horizon.startYear) in \(previous.folder); its "
        + "seats before \(reports.plan.horizon.startYear) are history, its seats from then on are "
        + "commitments: \(kept) kept, \(departures) departed from (each explained in "
        + "chair_plan.csv)"
    ]
  }

  /// `+2`, `-1`, `0`.
  private static func signed(_ x: Double) -> String {
    abs(x) < Counting.valueSlack ? "0" : (x > 0 ? "+" : "-") + number(abs(x))
  }
}
