import HarmonizePlanning

/// The summary's section "What a fairer plan would cost": every step of the price-of-fairness
/// ladder as a table and a small text chart of changes against the ceiling.
struct FairnessChart {
  let plan: Plan
  /// `--fairness-rate`: the most changes a step could add and be taken.
  let rate: Double

  init(_ plan: Plan, rate: Double) {
    self.plan = plan
    self.rate = rate
  }

  /// Width of the longest bar, in characters.
  static let width = 40

  func lines() -> [String] {
    var lines = ["What a fairer plan would cost (price-of-fairness ladder; tradeoff.csv)"]
    let counts = plan.ladder.compactMap(\.changes)
    let least = counts.min() ?? 0
    let most = counts.max() ?? 0
    var table = TextTable(columns: ["ceiling", "changes", "largest load", "status", "changes"])
    var before: Double?
    for step in plan.ladder {
      defer { if step.outcome == .proven { before = step.changes } }
      var bar = ""
      if let changes = step.changes {
        let span = max(1, most - least)
        let length = 1 + Int(((changes - least) / span * Double(Self.width - 1)).rounded())
        bar = String(repeating: "#", count: length)
      }
      var changes = step.changes.map { String(Int($0.rounded())) } ?? "-"
      if step.outcome == .overRate, step.changes == nil, let before {
        changes = "> \(Int((before + rate).rounded(.down)))"
      }
      table.append([
        step.ceiling.map { Format.percent($0) } ?? "none", changes,
        step.largestLoad.map { Format.percent($0) } ?? "-",
        PlanReports.stepStatus(step),
        bar + (step.chosen ? " <- chosen" : ""),
      ])
    }
    lines += PlanSummary.lines(table)
    if plan.ladder.count > 1 {
      lines += [
        "Each step lowers the ceiling by 5 points below the last plan's largest load; a step is",
        "taken while it costs at most \(Format.fixed(rate)) more changes than the "
          + "one before (--fairness-rate).",
        "Rerun with --load-ceiling to choose another step.",
      ]
    }
    return lines
  }
}
