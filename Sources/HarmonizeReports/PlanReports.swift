import HarmonizeAnalysis
import HarmonizeData
import HarmonizePlanning

/// The reports of `harmonize plan`: the staff and chair plans with their change labels,
/// burden before and after, the readable summary, one brief per donor and `run.json`.
///
/// A plan without a roster (infeasible or failed) gets only `summary.txt` and `run.json`.
public struct PlanReports: Sendable {
  public let dataSet: DataSet
  public let plan: Plan
  public let options: PlanningOptions
  /// The tool's version, recorded in run.json.
  public let version: String
  /// Today's roster: participation as it stands, its seats in the year before the plan.
  public let today: Roster
  public let changes: PlanChanges
  /// Today's roster judged by the planning rules.
  public let before: Diagnosis
  /// The plan's roster judged by the same rules.
  public let after: Diagnosis
  /// Every empty seat-year and overstay year of the plan, explained.
  let chairGaps: ChairGaps
  /// The seats to ask donors to take and those they could volunteer for.
  let calls: CallsForInterest
  /// Who speaks for each donor stepping back, and the concentration today and in the plan.
  public let labour: LabourFacts

  public init(dataSet: DataSet, plan: Plan, options: PlanningOptions, version: String) {
    self.dataSet = dataSet
    self.plan = plan
    self.options = options
    self.version = version
    today = Roster(today: dataSet, year: plan.horizon.startYear - 1)
    before = Diagnosis(of: dataSet, roster: today)
    after = Diagnosis(of: dataSet, roster: plan.roster, horizon: plan.horizon.years)
    changes = PlanChanges(before: before, after: after, facts: plan.facts, ceiling: plan.ceiling)
    chairGaps = ChairGaps(
      dataSet: dataSet, after: after, today: today, facts: plan.facts, anyGroup: plan.anyGroup)
    calls = CallsForInterest(facts: plan.facts, changes: changes, gaps: chairGaps)
    labour = LabourFacts(plan: after, today: before, ceiling: plan.ceiling)
  }

  /// Today against the plan, like with like: the CLI's first line.
  public var headlineShortfall: String { PlanHeadline(self).shortfallLine }

  /// The value a priority reached, as a whole count (0 when it was not solved).
  public func stageCount(_ priority: Priority) -> Int {
    Int((plan.stages.first { $0.priority == priority }?.value ?? 0).rounded())
  }

  /// `priorities.csv`: each priority in strict order, with the value reached, the best bound
  /// and whether it was proven.
  func priorities() -> CSVTable {
    var table = CSVTable(columns: ["priority", "name", "value", "bound", "status", "gap"])
    for stage in plan.stages {
      table.append([
        String(stage.priority.rank), stage.name, stage.value.map { Format.fixed($0) } ?? "",
        stage.bound.map { Format.fixed($0) } ?? "", stage.status.rawValue,
        Format.fixed(stage.gap, 4),
      ])
    }
    return table
  }

  /// Whether the plan has a roster to report (optimal or feasible).
  public var hasRoster: Bool { plan.status == .optimal || plan.status == .feasible }

  /// Every report file, ready for `ReportFolder.write(to:)`.
  public func folder() -> ReportFolder {
    var folder = ReportFolder()
    folder.add("run.json", runRecord().rendered())
    folder.add("summary.txt", PlanSummary(self).rendered())
    guard hasRoster else {
      folder.add("index.html", HTMLPage(dataSet, tables: folder.tables).rendered())
      return folder
    }
    folder.add("staff_plan.csv", staffPlan())
    folder.add("chair_plan.csv", chairPlan())
    folder.add("gaps.csv", AnalysisReports.gaps(after, anyGroup: plan.anyGroup))
    folder.add("duplications.csv", AnalysisReports.duplications(after))
    folder.add("donor_burden.csv", donorBurden())
    folder.add("tradeoff.csv", tradeoff())
    folder.add("calls.csv", calls.table(plan.facts))
    folder.add("priorities.csv", priorities())
    folder.add("concentration.csv", LabourReports.concentration(after, before: before))
    folder.add("pillars.csv", LabourReports.pillars(after, before: before))
    folder.add("parents.csv", LabourReports.parents(after, before: before))
    for (donor, file) in DonorBrief.fileNames(dataSet) {
      folder.add("donors/\(file)", DonorPlanBrief(self, donor: donor).text)
    }
    folder.add("index.html", HTMLPage(dataSet, tables: folder.tables).rendered())
    return folder
  }

  /// `staff_plan.csv`: one row per (staff, group) pair active today or in the plan.
  public func staffPlan() -> CSVTable {
    var table = CSVTable(columns: PlanFileColumns.staffPlan)
    for row in changes.staff {
      let delegation = labour.delegation(staff: row.staff, donor: row.donor, group: row.group)
      table.append([
        row.staff, row.donor, row.group, row.after?.rawValue ?? "", row.change.rawValue,
        dataSet.staffMember(row.staff)?.name ?? row.staff, row.before?.rawValue ?? "",
        row.reason, row.decision.map { "line \($0.line)" } ?? "",
        delegation?.partner ?? "", delegation.map(DelegationText.why) ?? "",
      ])
    }
    return table
  }

  /// `chair_plan.csv`: one row per seat held in each plan year and one per seat left empty
  /// (`change` = `empty`); `blocked` says, for an empty seat and an overstay, who could have
  /// held it and what stops each.
  public func chairPlan() -> CSVTable {
    var table = CSVTable(columns: PlanFileColumns.chairPlan)
    var empties = chairGaps.items.filter { $0.kind == .empty }[...]
    func emptyRows(before key: (String, Int, SeatRole)?) {
      while let item = empties.first,
        key.map({ (item.group, item.year, item.role) < $0 }) ?? true
      {
        empties.removeFirst()
        table.append([
          item.group, String(item.year), item.role.rawValue, "", "", "empty", "", "", "",
          "seat left empty", item.decision.map { "line \($0.line)" } ?? "", item.blocked,
        ])
      }
    }
    for row in changes.seats {
      let seat = row.seat
      emptyRows(before: (seat.group, seat.year, seat.role))
      let overstay = seat.role == .focal ? chairGaps.overstay(seat.group, seat.year) : nil
      table.append([
        seat.group, String(seat.year), seat.role.rawValue, seat.donor, seat.staff,
        row.change.rawValue, row.volunteered ? "yes" : "no", row.previousDonor ?? "",
        String(seat.since), row.reason, row.decision.map { "line \($0.line)" } ?? "",
        overstay?.blocked ?? "",
      ])
    }
    emptyRows(before: nil)
    return table
  }

  /// `donor_burden.csv`: the columns of `analyze`'s file for the plan, then the same measures
  /// of today suffixed `_before` (seats per year: `seats_<year>` for the plan,
  /// `seats_<year>_before` for today).
  public func donorBurden() -> CSVTable {
    AnalysisReports.donorBurden(after, compared: before, suffix: "_before")
  }

  /// `tradeoff.csv`: one row per step of the price-of-fairness ladder (a single row at the
  /// ceiling given with `--load-ceiling`).
  public func tradeoff() -> CSVTable {
    var table = CSVTable(columns: [
      "ceiling", "changes", "largest_load", "status", "chosen", "overload", "unasked",
    ])
    for step in plan.ladder {
      table.append([
        step.ceiling.map { Format.fixed($0, 2) } ?? "none",
        step.changes.map { String(Int($0.rounded())) } ?? "",
        step.largestLoad.map { Format.fixed($0, 4) } ?? "",
        Self.stepStatus(step), step.chosen ? "yes" : "no", Format.fixed(step.overload, 4),
        step.unasked.map { String(Int($0.rounded())) } ?? "",
      ])
    }
    return table
  }

  /// `optimal` (fewest changes proven), `over_rate` (costs more than --fairness-rate over
  /// the step before), `unreachable` (the ceiling cannot be met) or `undecided` (not proven
  /// within the time limit).
  static func stepStatus(_ step: Plan.LadderStep) -> String {
    step.outcome == .proven ? "optimal" : step.outcome.rawValue
  }

  /// The donor with the highest finite load in `diagnosis` (first by id on ties).
  static func maxLoadDonor(_ diagnosis: Diagnosis) -> DonorDiagnosis? {
    diagnosis.donors.filter { $0.load.isFinite }
      .sorted { ($0.load, $1.donor.id) > ($1.load, $0.donor.id) }.first
  }
}
