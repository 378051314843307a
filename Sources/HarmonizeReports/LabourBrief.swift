import HarmonizeAnalysis
import HarmonizeData

/// A donor brief's division-of-labour part: its concentration, where it steps back and who
/// speaks for it, and for whom it speaks.
enum LabourBrief {
  static let title = "Where it steps back, and who speaks for it"

  /// The lines for `donor`: a concentration line (today -> plan with `before`), then the
  /// step backs and the donors it speaks for.
  static func lines(
    donor: String, now: Concentration, before: Concentration?, delegations: DelegationPartners
  ) -> [String] {
    var lines: [String] = []
    if let c = now.donor(donor) {
      var line = "Concentration: "
      if let b = before?.donor(donor) { line += "\(b.activeGroups.count) group(s) today, " }
      line += "\(c.activeGroups.count) group(s)\(before == nil ? "" : " in the plan")"
      line += " of " + (c.limitFromData ? "its max_groups \(c.limit)" : "the EU Code's 3")
      line += "; a task (a seat or a needed skill) in \(c.proactiveGroups.count)"
      line += "; \(Format.fixed(c.daysPerGroup)) days per group"
      if let share = c.topShare { line += ", \(Format.percent(share)) in its three largest" }
      lines.append(line)
      if c.spreadThin {
        lines.append(
          "  active in many, proactive in few: no task in "
            + c.passiveGroups.joined(separator: ", ")
            + " (be more active in less working groups)")
      }
    }
    lines.append(title)
    let own = delegations.of(donor)
    if own.isEmpty { lines.append("  none") }
    for d in own { lines.append("  " + DelegationText.line(d)) }
    let speaksFor = delegations.delegations.filter { $0.partner == donor }
    if !speaksFor.isEmpty {
      lines.append(
        "It speaks for: "
          + speaksFor.map { "\($0.donor) in \($0.group)" }.joined(separator: ", "))
    }
    return lines
  }
}
