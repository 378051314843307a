import HarmonizeAnalysis
import HarmonizeData

/// The division-of-labour tables: `concentration.csv`, `pillars.csv` and `parents.csv`, and
/// the concentration columns `donor_burden.csv` ends with.
///
/// Each takes the diagnosis of the folder's roster and, in a plan, today's as `before`, whose
/// measures follow in columns suffixed `_before`. Columns are documented in docs/reports.md.
public enum LabourReports {
  /// `concentration.csv`: one row per group, sorted by id.
  public static func concentration(_ d: Diagnosis, before: Diagnosis? = nil) -> CSVTable {
    let measures = [
      "active_donors", "code_range", "active_members", "herfindahl", "effective_donors",
      "largest_donor", "largest_share",
    ]
    var columns = ["group", "pillar", "parent"] + measures
    if before != nil { columns += measures.map { $0 + "_before" } }
    var table = CSVTable(columns: columns + ["donors", "name"])
    let now = Concentration(of: d.dataSet, roster: d.roster)
    let was = before.map { Concentration(of: $0.dataSet, roster: $0.roster) }
    for group in d.dataSet.groups.sorted(by: { $0.id < $1.id }) {
      guard let c = now.group(group.id) else { continue }
      var row = [group.id, group.pillar ?? "", group.parent ?? ""] + cells(c)
      if let b = was?.group(group.id) { row += cells(b) }
      table.append(row + [c.activeDonors.joined(separator: "; "), group.name])
    }
    return table
  }

  private static func cells(_ c: GroupConcentration) -> [String] {
    [
      "\(c.activeDonors.count)", c.range.rawValue, "\(c.activeMembers)",
      c.herfindahl.map { Format.fixed($0, 0) } ?? "",
      c.effectiveDonors.map { Format.fixed($0) } ?? "",
      c.largestDonor ?? "", c.largestShare.map { Format.fixed($0, 3) } ?? "",
    ]
  }

  /// `pillars.csv`: one row per pillar (`(none)` for groups without one), sorted by name.
  public static func pillars(_ d: Diagnosis, before: Diagnosis? = nil) -> CSVTable {
    let measures = [
      "shortfall", "donor_shortfall", "competency_shortfall", "link_shortfall",
      "chair_shortfall", "excess", "seats_filled", "seats_required", "days", "active_donors",
    ]
    var columns = ["pillar", "groups"] + measures
    if before != nil { columns += measures.map { $0 + "_before" } }
    var table = CSVTable(columns: columns)
    let was = before.map(PillarRollup.of) ?? []
    for p in PillarRollup.of(d) {
      var row = [pillarName(p.pillar), "\(p.groups.count)"] + cells(p)
      if before != nil, let b = was.first(where: { $0.pillar == p.pillar }) { row += cells(b) }
      table.append(row)
    }
    return table
  }

  /// The name a pillar is shown by: `(none)` for groups without one.
  static func pillarName(_ pillar: String) -> String { pillar.isEmpty ? "(none)" : pillar }

  private static func cells(_ p: PillarRollup) -> [String] {
    let s = p.shortfalls
    return [
      "\(s.total)", "\(s.donors)", "\(s.competency)", "\(s.links)", "\(s.chairs)",
      "\(p.excess)", "\(p.seatsFilled)", "\(p.seatsRequired)", Format.fixed(p.days),
      "\(p.activeDonors.count)",
    ]
  }

  /// `parents.csv`: one row per group that is the `parent` of another, sorted by id.
  public static func parents(_ d: Diagnosis, before: Diagnosis? = nil) -> CSVTable {
    let measures = [
      "shortfall", "excess", "children_shortfall", "children_excess", "children_gaps",
    ]
    var columns = ["group", "pillar", "children", "under"] + measures
    if before != nil { columns += measures.map { $0 + "_before" } }
    var table = CSVTable(columns: columns + ["name"])
    let was = before.map(ParentRollup.of) ?? []
    for p in ParentRollup.of(d) {
      let group = d.dataSet.group(p.group)
      var row = [
        p.group, group?.pillar ?? "", p.children.joined(separator: "; "),
        p.descendants.joined(separator: "; "),
      ]
      row += cells(p)
      if before != nil, let b = was.first(where: { $0.group == p.group }) { row += cells(b) }
      table.append(row + [group?.name ?? p.group])
    }
    return table
  }

  private static func cells(_ p: ParentRollup) -> [String] {
    [
      "\(p.shortfall)", "\(p.excess)", "\(p.childShortfall)", "\(p.childExcess)",
      p.childGaps.map { "\($0.group) \($0.shortfall)" }.joined(separator: "; "),
    ]
  }

  /// The concentration measures at the end of `donor_burden.csv`.
  static let burdenMeasures = [
    "group_limit", "limit_from", "over_limit", "group_days", "days_per_group", "top3_share",
    "proactive_groups", "spread_thin",
  ]

  /// The columns `donor_burden.csv` ends with: the measures, and with a `suffix` the same
  /// measures of the compared roster.
  static func burdenColumns(suffix: String?) -> [String] {
    burdenMeasures + (suffix.map { s in burdenMeasures.map { $0 + s } } ?? [])
  }

  /// The concentration cells of one donor, in `burdenMeasures` order; blanks for a donor the
  /// concentration does not know.
  static func burdenCells(_ c: DonorConcentration?) -> [String] {
    guard let c else { return Array(repeating: "", count: burdenMeasures.count) }
    return [
      "\(c.limit)", c.limitFromData ? "max_groups" : "eu_code", "\(c.overLimit)",
      Format.fixed(c.groupDays), Format.fixed(c.daysPerGroup),
      c.topShare.map { Format.fixed($0, 3) } ?? "", "\(c.proactiveGroups.count)",
      c.spreadThin ? "yes" : "no",
    ]
  }
}
