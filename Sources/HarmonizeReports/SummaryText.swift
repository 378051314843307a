import HarmonizeAnalysis
import HarmonizeData

/// The text of `summary.txt`, what a Head of Cooperation reads in two minutes.
///
/// Each section is public so the plan report can show the same sections for its roster.
public enum SummaryText {
  /// How many rows the "worst" and "most crowded" lists show.
  public static let listLength = 10
  /// How many lines the lists of rotations, misplaced assistants and staff show.
  public static let lineLimit = 20

  /// The whole analysis summary of today's roster.
  public static func analysis(_ d: Diagnosis) -> String {
    analysis(d, labour: LabourFacts(analysis: d))
  }

  /// The analysis summary, with the division-of-labour figures already computed.
  static func analysis(_ d: Diagnosis, labour: LabourFacts) -> String {
    let year = d.roster.years.first.map(String.init) ?? "?"
    let next = d.roster.years.last.map { String($0 + 1) } ?? "?"
    var out = "Harmonize analysis of \(d.dataSet.name): current year \(year)"
    out += " (the plan would start in \(next))\n\n"
    out += headline(d)
    out += section("Worst gaps", worstGaps(d))
    out += section("Most crowded groups", crowded(d))
    out += section("Burden by donor (days per month)", burden(d))
    out += section("Rotations due in \(next)", rotations(d))
    out += section("Technical assistants misplaced", misplacedAssistants(d))
    out += section("Staff over their limits", overLimits(d))
    out += section("Task forces past their end", pastEnd(d))
    out += section("Pillars", pillars(d))
    out += section("Chair seats (holder donors; - is an empty seat)", seatTable(d))
    out += LabourSummary(analysis: d, facts: labour).text()
    return out
  }

  /// A titled block, or the title with `none` when the body is empty.
  public static func section(_ title: String, _ body: String) -> String {
    "\(title)\n" + (body.isEmpty ? "  none\n" : body) + "\n"
  }

  /// Totals: shortfall by kind, excess, largest load, sizes.
  public static func headline(_ d: Diagnosis) -> String {
    let s = d.shortfalls
    var out = "Total shortfall \(d.shortfall): donors \(s.donors), competency \(s.competency),"
    out += " links \(s.links), chair seats \(s.chairs)\n"
    let crowded = d.groups.filter { $0.excess > 0 }.count
    out += "Excess \(d.excess): donors above max_donors in \(crowded) group(s)\n"
    let worst = d.donors.filter { $0.load.isFinite }.max {
      ($0.load, $1.donor.id) < ($1.load, $0.donor.id)
    }
    let over = d.donors.filter(\.overloaded).count
    out += "Largest donor load \(Format.percent(d.maxLoad))"
    out += worst.map { " (\($0.donor.id))" } ?? ""
    out += "; \(over) donor(s) above 100%\n"
    let tas = d.dataSet.staff.filter(\.isTechnicalAssistant).count
    out += "\(d.dataSet.groups.count) groups, \(d.dataSet.donors.count) donors,"
    out += " \(d.dataSet.staff.count) staff (\(tas) technical assistants)\n\n"
    return out
  }

  /// Groups with the largest shortfall, by kind.
  public static func worstGaps(_ d: Diagnosis) -> String {
    let worst = d.groups.filter { $0.shortfalls.total > 0 }
      .sorted { ($1.shortfalls.total, $0.group.id) < ($0.shortfalls.total, $1.group.id) }
    guard !worst.isEmpty else { return "" }
    var table = TextTable(columns: [
      "group", "shortfall", "donors", "competency", "links", "chairs", "what is missing",
    ])
    for g in worst.prefix(listLength) {
      let s = g.shortfalls
      table.append([
        g.group.id, "\(s.total)", "\(s.donors)", "\(s.competency)", "\(s.links)", "\(s.chairs)",
        missing(g),
      ])
    }
    return table.rendered() + more(worst.count)
  }

  /// Over-populated groups, most excess first, with who could step back.
  public static func crowded(_ d: Diagnosis) -> String {
    let groups = d.groups.filter { $0.excess > 0 }
      .sorted { ($1.excess, $0.group.id) < ($0.excess, $1.group.id) }
    guard !groups.isEmpty else { return "" }
    var table = TextTable(columns: ["group", "active", "max", "excess", "could step back"])
    for g in groups.prefix(listLength) {
      let names = g.stepBack.filter(\.suggested).map(\.donor)
      table.append([
        g.group.id, "\(g.activeDonors.count)", "\(g.group.maxDonors)", "\(g.excess)",
        names.isEmpty ? "no one without opening a gap" : names.joined(separator: ", "),
      ])
    }
    return table.rendered() + more(groups.count)
  }

  /// Every donor's burden, capacity and load, sorted by donor.
  public static func burden(_ d: Diagnosis) -> String {
    guard !d.donors.isEmpty else { return "" }
    var table = TextTable(columns: [
      "donor", "groups", "seats", "days", "capacity", "load", "share", "flags",
    ])
    for donor in d.donors.sorted(by: { $0.donor.id < $1.donor.id }) {
      table.append([
        donor.donor.id, "\(donor.activeGroups.count)", "\(donor.seatsPerYear.first ?? 0)",
        Format.fixed(donor.burden), Format.fixed(donor.capacity),
        AnalysisReports.loadText(donor.load), Format.percent(donor.burdenShare),
        DonorBrief.flags(donor).joined(separator: ", "),
      ])
    }
    return table.rendered()
  }

  /// Leads that have served their term by the year after the roster.
  public static func rotations(_ d: Diagnosis) -> String {
    var lines: [String] = []
    for g in d.groups.sorted(by: { $0.group.id < $1.group.id }) {
      guard let lead = g.lead, lead.rotationDue else { continue }
      lines.append(
        "\(g.group.id): \(lead.seat.donor) has led since \(lead.seat.since)"
          + " (\(lead.yearsServed) years, term \(lead.term))")
    }
    return capped(lines)
  }

  /// Task forces past their `ends` year that still list members.
  public static func pastEnd(_ d: Diagnosis) -> String {
    capped(
      d.groups.sorted(by: { $0.group.id < $1.group.id }).filter(\.pastEnd).map { g in
        let listed =
          g.activeMembers + g.attendingMembers + g.informedMembers + g.technicalAssistants.count
        return "\(g.group.id): ended \(g.group.ends.map(String.init) ?? "?");"
          + " still lists \(listed) member(s)"
      })
  }

  /// Technical assistants listed as active members or holding a seat.
  public static func misplacedAssistants(_ d: Diagnosis) -> String {
    capped(
      d.staff.sorted(by: { $0.staff.id < $1.staff.id }).filter(\.misplacedTechnicalAssistant)
        .map { "\($0.staff.id) (\($0.staff.donor)): " + DonorBrief.assistantProblem($0) })
  }

  /// Staff over their days or `max_groups`.
  public static func overLimits(_ d: Diagnosis) -> String {
    capped(
      d.staff.sorted(by: { $0.staff.id < $1.staff.id })
        .filter { !$0.staff.isTechnicalAssistant && ($0.overDays || $0.overMaxGroups) }
        .map { "\($0.staff.id) (\($0.staff.donor)): " + DonorBrief.staffProblems($0) })
  }

  /// Indented lines, at most `lineLimit`, then how many more the donor briefs hold.
  static func capped(_ lines: [String]) -> String {
    var out = lines.prefix(lineLimit).map { "  \($0)\n" }.joined()
    if lines.count > lineLimit {
      out += "  ... and \(lines.count - lineLimit) more (see donors/*.txt)\n"
    }
    return out
  }

  /// Shortfall and excess per pillar.
  public static func pillars(_ d: Diagnosis) -> String {
    guard !d.pillars.isEmpty else { return "" }
    var table = TextTable(columns: [
      "pillar", "groups", "shortfall", "donors", "competency", "links", "chairs", "excess",
    ])
    for p in d.pillars {
      let s = p.shortfalls
      table.append([
        p.pillar.isEmpty ? "(none)" : p.pillar, "\(p.groups.count)", "\(s.total)",
        "\(s.donors)", "\(s.competency)", "\(s.links)", "\(s.chairs)", "\(p.excess)",
      ])
    }
    return table.rendered()
  }

  /// Groups × roster years: the donors holding the seats, lead first, `-` for an empty seat,
  /// blank where the group has no chair that year.
  public static func seatTable(_ d: Diagnosis) -> String {
    let years = d.roster.years
    var table = TextTable(columns: ["group", "chair"] + years.map(String.init))
    for g in d.groups.sorted(by: { $0.group.id < $1.group.id }) where !g.group.chair.seats.isEmpty {
      var cells = [g.group.id, g.group.chair.rawValue]
      for year in years {
        guard let seatYear = g.seats.first(where: { $0.year == year }) else {
          cells.append("")
          continue
        }
        var open = seatYear.filled
        let holders = seatYear.required.map { role -> String in
          guard let i = open.firstIndex(where: { $0.role == role }) else { return "-" }
          return open.remove(at: i).donor
        }
        cells.append(holders.joined(separator: " / "))
      }
      table.append(cells)
    }
    return table.rows.isEmpty ? "" : table.rendered()
  }

  /// A short list of what a group misses.
  static func missing(_ g: GroupDiagnosis) -> String {
    var parts: [String] = []
    if g.donorShortfall > 0 {
      parts.append("\(g.donorShortfall) donor(s)")
    }
    for cover in g.needs.sorted(by: AnalysisReports.needOrder) where cover.shortfall > 0 {
      parts.append("\(cover.shortfall) x \(cover.need.skill)>=\(cover.need.level)")
    }
    for link in g.links where !link.covered { parts.append("link to \(link.group)") }
    for year in g.seats where year.shortfall > 0 {
      let roles = year.emptyRoles.map(\.rawValue).joined(separator: "+")
      parts.append("\(roles) \(year.year)")
    }
    return parts.joined(separator: "; ")
  }

  static func more(_ count: Int) -> String {
    count > listLength ? "  ... and \(count - listLength) more (see the CSV files)\n" : ""
  }
}
