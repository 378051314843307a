import HarmonizeAnalysis
import HarmonizeData

/// The CSV reports of a diagnosis and the whole report folder of `harmonize analyze`.
///
/// `gaps.csv`, `duplications.csv` and `donor_burden.csv`: every row sorted, numbers through
/// `Format`, columns documented in `docs/reports.md`.
public enum AnalysisReports {
  /// Every report of `harmonize analyze`: the three CSV files, `summary.txt` and one
  /// `donors/<donor>.txt` brief per donor.
  public static func folder(_ diagnosis: Diagnosis) -> ReportFolder {
    var folder = ReportFolder()
    folder.add("gaps.csv", gaps(diagnosis))
    folder.add("duplications.csv", duplications(diagnosis))
    folder.add("donor_burden.csv", donorBurden(diagnosis))
    folder.add("concentration.csv", LabourReports.concentration(diagnosis))
    folder.add("pillars.csv", LabourReports.pillars(diagnosis))
    folder.add("parents.csv", LabourReports.parents(diagnosis))
    let index = DonorBriefIndex(diagnosis)
    folder.add("summary.txt", SummaryText.analysis(diagnosis, labour: index.labour))
    for (donor, file) in DonorBrief.fileNames(diagnosis.dataSet) {
      if let d = diagnosis.donor(donor) {
        folder.add("donors/\(file)", DonorBrief.render(d, in: diagnosis, index: index))
      }
    }
    folder.add("index.html", HTMLPage(diagnosis.dataSet, tables: folder.tables).rendered())
    return folder
  }

  /// `gaps.csv`: one row per shortfall (kind `donors`, `competency`, `link` or `chair`),
  /// sorted by group, kind, year and detail.
  public static func gaps(_ d: Diagnosis, anyGroup: Bool = false) -> CSVTable {
    var table = CSVTable(
      columns: [
        "group", "kind", "required", "current", "shortfall", "detail", "year", "pillar",
        "outside",
      ])
    let first = d.roster.years.first.map(String.init) ?? ""
    let outside = OutsideNeeds(d.dataSet, anyGroup: anyGroup)
    for g in d.groups.sorted(by: { $0.group.id < $1.group.id }) {
      let pillar = g.group.pillar ?? ""
      func row(
        _ kind: String, _ req: Int, _ cur: Int, _ short: Int, _ why: String, _ y: String,
        fromOutside: Bool
      ) {
        let detail = fromOutside ? why + "; " + OutsideNeeds.note : why
        table.append([
          g.group.id, kind, "\(req)", "\(cur)", "\(short)", detail, y, pillar,
          fromOutside ? "yes" : "no",
        ])
      }
      if g.donorShortfall > 0 {
        let active = g.activeDonors.isEmpty ? "none" : g.activeDonors.joined(separator: "; ")
        row(
          "donors", g.group.minDonors, g.activeDonors.count, g.donorShortfall,
          "active donors: \(active)", first, fromOutside: outside.donors(g))
      }
      for cover in g.needs.sorted(by: needOrder) where cover.shortfall > 0 {
        row(
          "competency", cover.need.count, cover.current, cover.shortfall,
          "\(cover.need.skill) at level \(cover.need.level) or above", first,
          fromOutside: outside.competency(g, cover))
      }
      for link in g.links.sorted(by: { $0.group < $1.group }) where !link.covered {
        row(
          "link", 1, 0, 1, "no active member also active in \(link.group)", first,
          fromOutside: outside.link(g, to: link.group))
      }
      for year in g.seats where year.shortfall > 0 {
        row(
          "chair", year.required.count, year.filled.count, year.shortfall, seatDetail(year),
          "\(year.year)", fromOutside: outside.chair(g, year))
      }
    }
    return table
  }

  /// `duplications.csv`: one `donors` row per over-populated group, with its ranked step-back
  /// candidates, and one `internal` row per donor with two or more active staff in a group.
  public static func duplications(_ d: Diagnosis) -> CSVTable {
    var table = CSVTable(
      columns: [
        "group", "active_donors", "max_donors", "excess", "detail", "kind", "suggested",
        "candidates",
      ])
    for g in d.groups.sorted(by: { $0.group.id < $1.group.id }) {
      let common = [g.group.id, "\(g.activeDonors.count)", "\(g.group.maxDonors)"]
      if g.excess > 0 {
        let suggested = g.stepBack.filter(\.suggested).map(\.donor)
        var detail = "active donors: \(g.activeDonors.joined(separator: "; "))"
        if suggested.count < g.excess {
          detail += "; only \(suggested.count) can step back without opening a gap"
        }
        let ranked = g.stepBack.map { "\($0.rank). \($0.donor) (\(reasons($0, g)))" }
        table.append(
          common + [
            "\(g.excess)", detail, "donors", suggested.joined(separator: "; "),
            ranked.joined(separator: "; "),
          ])
      }
      for dup in g.internalDuplications {
        table.append(
          common + [
            "0",
            "\(dup.donor) has \(dup.staff.count) active staff: "
              + dup.staff.joined(separator: "; "), "internal", "", "",
          ])
      }
    }
    return table
  }

  /// `donor_burden.csv`: one row per donor of `shown`, sorted by id; with `other`, each
  /// measure of its roster follows in a column suffixed `suffix` (`plan` shows the plan and
  /// compares today, `_before`).
  public static func donorBurden(
    _ shown: Diagnosis, compared other: Diagnosis? = nil, suffix: String = ""
  ) -> CSVTable {
    let measures = [
      "active_groups", "chair_roles", "days", "share", "capacity", "load", "other_duties",
      "member_days", "chair_days", "seat_share", "capacity_share", "chair_heavy",
    ]
    func yearColumns(_ d: Diagnosis, _ suffix: String) -> [String] {
      d.roster.years.map { "seats_\($0)\(suffix)" }
    }
    var columns = ["donor"] + measures + yearColumns(shown, "")
    if let other { columns += measures.map { $0 + suffix } + yearColumns(other, suffix) }
    columns.append("name")
    columns += LabourReports.burdenColumns(suffix: other != nil ? suffix : nil)
    var table = CSVTable(columns: columns)
    let main = Concentration(of: shown.dataSet, roster: shown.roster)
    let compared = other.map { Concentration(of: $0.dataSet, roster: $0.roster) }
    for donor in shown.dataSet.donors.map(\.id).sorted() {
      guard let d = shown.donor(donor) else { continue }
      var row = [donor] + burdenCells(d)
      if let o = other?.donor(donor) { row += burdenCells(o) }
      row.append(d.donor.name)
      row += LabourReports.burdenCells(main.donor(donor))
      if let compared { row += LabourReports.burdenCells(compared.donor(donor)) }
      table.append(row)
    }
    return table
  }

  static func burdenCells(_ d: DonorDiagnosis) -> [String] {
    [
      "\(d.activeGroups.count)", "\(d.seatsPerYear.first ?? 0)", Format.fixed(d.burden),
      Format.fixed(d.burdenShare, 3), Format.fixed(d.capacity), Format.fixed(d.load, 3),
      Format.fixed(d.otherDuties), Format.fixed(d.memberDays), Format.fixed(d.chairDays),
      Format.fixed(d.seatShare, 3), Format.fixed(d.capacityShare, 3), d.chairHeavy ? "yes" : "no",
    ] + d.seatsPerYear.map { "\($0)" }
  }

  /// Needs in report order: skill, level, count.
  static func needOrder(_ a: GroupDiagnosis.NeedCover, _ b: GroupDiagnosis.NeedCover) -> Bool {
    (a.need.skill, a.need.level, a.need.count) < (b.need.skill, b.need.level, b.need.count)
  }

  /// What is empty in a year's chair, and why held seats do not count.
  static func seatDetail(_ year: GroupDiagnosis.SeatYear) -> String {
    var parts = ["empty: " + year.emptyRoles.map(\.rawValue).joined(separator: "; ")]
    if !year.hasCandidate { parts.append("no senior active member of a donor without a seat") }
    for issue in year.issues {
      parts.append(
        "\(issue.seat.donor) \(issue.seat.role.rawValue) does not count: \(issue.reason)")
    }
    return parts.joined(separator: "; ")
  }

  /// Why a donor ranks where it does as a step-back candidate.
  static func reasons(_ c: StepBackCandidate, _ g: GroupDiagnosis) -> String {
    var parts: [String] = []
    if c.opensGap { parts.append("would open a gap") }
    parts.append(c.holdsSeat ? "holds a seat" : "no seat")
    parts.append("meets \(c.needsMet) of \(g.needs.count) needs")
    parts.append("load " + loadText(c.load))
    return parts.joined(separator: ", ")
  }

  /// A load as a percentage, or `inf` for a burden without capacity.
  static func loadText(_ load: Double) -> String {
    load.isFinite ? Format.percent(load) : "inf"
  }
}
