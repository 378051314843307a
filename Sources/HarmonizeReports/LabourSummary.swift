import HarmonizeAnalysis
import HarmonizeData

/// The division-of-labour sections of `summary.txt`: who speaks for whom, concentration by
/// donor and by group, pillars and parent groups; for today's roster alone (`analyze`) or
/// today beside the plan (`plan`, each figure `today -> plan`).
struct LabourSummary {
  let now: Diagnosis
  let was: Diagnosis?
  let facts: LabourFacts

  /// Today's roster; the delegations are those of the suggested step backs.
  init(analysis d: Diagnosis, facts: LabourFacts) {
    now = d
    was = nil
    self.facts = facts
  }

  /// The plan (`after`) beside today.
  init(plan after: Diagnosis, today: Diagnosis, facts: LabourFacts) {
    now = after
    was = today
    self.facts = facts
  }

  private var delegations: DelegationPartners { facts.delegations }
  private var concentration: Concentration { facts.concentration }
  private var before: Concentration? { facts.before }

  /// Every section, each a title and its body (`none` when empty), as `summary.txt` text.
  func text() -> String {
    let speaks =
      was == nil
      ? "Who would speak for those stepping back (delegated cooperation, silent partnership)"
      : "Who speaks for those stepping back (delegated cooperation, silent partnership)"
    var out = SummaryText.section(speaks, delegationLines())
    out += SummaryText.section(
      "Donors spread thin (EU Code of Conduct: max_groups, else 3, groups per donor)"
        + arrowNote, donorTable())
    out += SummaryText.section(
      "Groups outside 3-5 active donors (EU Code of Conduct), with the Herfindahl index of"
        + " their active members (0-10000)" + arrowNote, groupTable())
    if was != nil {
      out += SummaryText.section(
        "Pillars" + arrowNote
          + " (shortfall counts chair seats over each roster's years; seats: first year)",
        pillarTable())
    }
    out += SummaryText.section(
      "Main groups and what lies under them (sub-groups, task forces)" + arrowNote,
      parentTable())
    return out
  }

  private var arrowNote: String { was == nil ? "" : ", today -> plan" }

  private func change(_ today: String?, _ plan: String) -> String {
    guard let today else { return plan }
    return today == plan ? plan : "\(today) -> \(plan)"
  }

  private func delegationLines() -> String {
    let lines = delegations.delegations.map { "\($0.donor) in " + DelegationText.line($0) }
    var out = SummaryText.capped(lines)
    let unspoken = delegations.unspoken.count
    if unspoken > 0 { out += "  \(unspoken) step back(s) with no one to speak for the donor\n" }
    return out
  }

  private func donorTable() -> String {
    let rows = concentration.donors.filter { c in
      c.overLimit > 0 || c.spreadThin || (before?.donor(c.donor).map { $0.overLimit > 0 } ?? false)
    }.sorted { $0.donor < $1.donor }
    guard !rows.isEmpty else { return "" }
    var table = TextTable(columns: [
      "donor", "groups", "limit", "with a task", "days per group", "top 3 share", "flags",
    ])
    for c in rows {
      let b = before?.donor(c.donor)
      var flags: [String] = []
      if c.overLimit > 0 { flags.append("over its limit by \(c.overLimit)") }
      if c.spreadThin { flags.append("active in many, proactive in few") }
      table.append([
        c.donor, change(b.map { "\($0.activeGroups.count)" }, "\(c.activeGroups.count)"),
        "\(c.limit)" + (c.limitFromData ? "" : " (EU Code)"),
        change(b.map { "\($0.proactiveGroups.count)" }, "\(c.proactiveGroups.count)"),
        change(b.map { Format.fixed($0.daysPerGroup) }, Format.fixed(c.daysPerGroup)),
        change(b.map(Self.share), Self.share(c)), flags.joined(separator: ", "),
      ])
    }
    return table.rendered()
  }

  private static func share(_ c: DonorConcentration) -> String {
    c.topShare.map(Format.percent) ?? "-"
  }

  private func groupTable() -> String {
    let rows = concentration.groups.filter { $0.range == .below || $0.range == .above }
      .sorted { $0.group < $1.group }
    guard !rows.isEmpty else { return "" }
    var table = TextTable(columns: ["group", "active donors", "range", "herfindahl", "largest"])
    for c in rows.prefix(SummaryText.listLength) {
      let b = before?.group(c.group)
      table.append([
        c.group, change(b.map { "\($0.activeDonors.count)" }, "\(c.activeDonors.count)"),
        c.range.rawValue, change(b.map(Self.index), Self.index(c)),
        c.largestDonor.map { "\($0) \(Format.percent(c.largestShare ?? 0))" } ?? "-",
      ])
    }
    return table.rendered() + SummaryText.more(rows.count)
  }

  private static func index(_ c: GroupConcentration) -> String {
    c.herfindahl.map { Format.fixed($0, 0) } ?? "-"
  }

  private func pillarTable() -> String {
    let today = was.map(PillarRollup.of) ?? []
    let rows = PillarRollup.of(now)
    guard !rows.isEmpty else { return "" }
    var table = TextTable(columns: [
      "pillar", "groups", "shortfall", "excess", "seats filled", "days", "donors",
    ])
    for p in rows {
      let b = was == nil ? nil : today.first { $0.pillar == p.pillar }
      table.append([
        LabourReports.pillarName(p.pillar), "\(p.groups.count)",
        change(b.map { "\($0.shortfalls.total)" }, "\(p.shortfalls.total)"),
        change(b.map { "\($0.excess)" }, "\(p.excess)"),
        change(
          b.map { "\($0.seatsFilled)/\($0.seatsRequired)" }, "\(p.seatsFilled)/\(p.seatsRequired)"),
        change(b.map { Format.fixed($0.days) }, Format.fixed(p.days)),
        change(b.map { "\($0.activeDonors.count)" }, "\(p.activeDonors.count)"),
      ])
    }
    return table.rendered()
  }

  private func parentTable() -> String {
    let today = was.map(ParentRollup.of) ?? []
    let rows = ParentRollup.of(now)
    guard !rows.isEmpty else { return "" }
    var table = TextTable(columns: [
      "group", "under it", "own shortfall", "excess", "shortfall under it", "gaps under it",
    ])
    for p in rows {
      let b = was == nil ? nil : today.first { $0.group == p.group }
      let gaps = p.childGaps.map { "\($0.group) \($0.shortfall)" }.joined(separator: ", ")
      table.append([
        p.group, "\(p.descendants.count)", change(b.map { "\($0.shortfall)" }, "\(p.shortfall)"),
        change(b.map { "\($0.excess)" }, "\(p.excess)"),
        change(b.map { "\($0.childShortfall)" }, "\(p.childShortfall)"),
        gaps.isEmpty ? "none" : gaps,
      ])
    }
    return table.rendered()
  }

  /// The text as lines without the final newline, for the plan summary's line list.
  func lines() -> [String] {
    var lines = text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    while lines.last == "" { lines.removeLast() }
    return lines
  }
}
