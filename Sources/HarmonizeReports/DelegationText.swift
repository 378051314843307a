import HarmonizeAnalysis
import HarmonizeData

/// Why a donor that steps back delegates its voice to its partner, in the words of the
/// Mozambique note ("delegations of money/voice, through delegated cooperation and silent
/// partnership"); one wording for staff_plan.csv, the briefs and the summaries.
enum DelegationText {
  /// The reason of `delegation`, for a CSV cell or a line.
  static func why(_ d: Delegation) -> String {
    guard let partner = d.partner else { return unspoken(d) }
    var parts = [
      "silent partnership: \(partner) speaks for \(d.donor) in \(d.group) (delegated cooperation)"
    ]
    if let pillar = d.pillar {
      if !d.sharedPillarGroups.isEmpty {
        parts.append(
          "both active in \(d.sharedPillarGroups.joined(separator: ", ")) of pillar \(pillar)")
      } else if d.partnerPillarGroups > 0 {
        parts.append(
          "\(partner) active in \(d.partnerPillarGroups) other group(s) of pillar \(pillar)")
      }
    }
    if !d.needsBrought.isEmpty {
      let carried = d.needsCarried.isEmpty ? "none" : d.needsCarried.joined(separator: ", ")
      parts.append(
        "carries \(carried) of the needs \(d.donor) met (\(d.needsBrought.joined(separator: ", ")))"
      )
    }
    if let load = d.partnerLoad {
      var text = "load \(AnalysisReports.loadText(load))"
      if let ceiling = d.loadCeiling {
        text +=
          d.partnerAboveCeiling
          ? ", above the ceiling \(Format.percent(ceiling)) (no partner below it)"
          : ", within the ceiling \(Format.percent(ceiling))"
      }
      parts.append(text)
    }
    if d.candidates.count > 1 { parts.append("chosen of \(d.candidates.joined(separator: ", "))") }
    return parts.joined(separator: "; ")
  }

  /// The flag of a donor stepping back where no one can speak for it.
  static func unspoken(_ d: Delegation) -> String {
    "no one can speak for \(d.donor) in \(d.group): no donor stays active there"
      + " (keep \(d.donor) active, or find a partner)"
  }

  /// A line of a brief or summary: how the donor steps back and who speaks for it.
  static func line(_ d: Delegation) -> String {
    let how = d.demoted ? "steps back to attending" : "leaves"
    return "\(d.group): \(how); " + why(d)
  }
}
