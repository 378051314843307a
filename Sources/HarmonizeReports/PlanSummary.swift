import HarmonizeAnalysis
import HarmonizeData
import HarmonizePlanning

/// `summary.txt` of a plan: today and the plan side by side, what the solver reached at each
/// priority, the rotation table and the changes by donor.
///
/// Every timing figure sits on a line containing `seconds`; all other lines are the same
/// bytes on every run with the same input and the same solver outcome.
struct PlanSummary {
  let reports: PlanReports

  init(_ reports: PlanReports) { self.reports = reports }

  func rendered() -> String {
    var lines = header()
    lines += [""] + comparison()
    lines += [""] + priorities()
    if !reports.plan.ladder.isEmpty {
      lines += [""] + FairnessChart(reports.plan, rate: reports.options.fairnessRate).lines()
    }
    let decisions = DecisionSummary(reports: reports).lines()
    if reports.hasRoster, !decisions.isEmpty { lines += [""] + decisions }
    if reports.hasRoster {
      lines += [""] + remainingGaps()
      lines += [""] + outsideGaps()
      lines += [""] + seatsToFill()
      lines += [""] + callsForInterest()
      lines += [""] + rotation()
      lines += [""] + seatsPerDonor()
      lines += [""] + changesByDonor()
      lines +=
        [""]
        + LabourSummary(plan: reports.after, today: reports.before, facts: reports.labour).lines()
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func header() -> [String] {
    let plan = reports.plan
    let horizon = plan.horizon
    let years = plan.roster.years.isEmpty ? [horizon.startYear] : plan.roster.years
    var lines = ["Harmonize plan for \(reports.dataSet.name) (harmonize \(reports.version))"]
    if plan.anyGroup {
      lines.append(
        "WHAT-IF: the eligibility rule is OFF (--any-group): anyone may be active in any "
          + "group, whatever their skills")
    }
    var span = "Plan years: \(Self.span(Array(years.prefix(horizon.years))))"
    if years.count > horizon.years, let last = years.last {
      span += " (main groups to \(last))"
    }
    lines.append(span + "; today is \(horizon.startYear - 1)")
    switch plan.status {
    case .optimal:
      lines.append("Status: optimal (every priority proven optimal)")
    case .feasible:
      lines.append("Status: feasible (\(plan.proofSummary))")
    case .infeasible:
      lines.append("Status: infeasible: no plan meets the hard limits")
    case .error:
      lines.append("Status: error: the plan could not be computed")
    }
    if !plan.message.isEmpty { lines.append("Reason: \(plan.message)") }
    if let line = plan.neighbourhoodSummary { lines.append(line) }
    if plan.status == .optimal || plan.status == .feasible {
      lines.append(
        plan.reproducible
          ? "Reproducible: yes, the search ended by its work limits (same input and options, "
            + "same plan)"
          : "Reproducible: no, the time limit stopped the search (another run may differ; "
            + "a longer --time-limit helps)")
    }
    if reports.hasRoster {
      let ceiling =
        plan.ceiling.map {
          Format.percent($0)
            + (plan.ceilingSource == .given ? " (--load-ceiling)" : " (chosen by the ladder)")
        }
        ?? "none (a lower one cost too many changes)"
      var changes = "changes: \(reports.changes.count)"
      if !reports.dataSet.decisions.isEmpty {
        changes += " (\(reports.changes.decided) decided, \(reports.changes.chosen) chosen)"
      }
      lines.append("Load ceiling: \(ceiling); \(changes)")
    }
    lines.append("Solver: \(plan.solver.rawValue); time: \(Format.fixed(plan.seconds)) seconds")
    return lines
  }

  private func comparison() -> [String] {
    let was = reports.before
    let now: Diagnosis? = reports.hasRoster ? reports.after : nil
    var table = TextTable(columns: ["", "today", "plan"])
    func add(_ label: String, _ value: (Diagnosis) -> String) {
      table.append([label, value(was), now.map(value) ?? "-"])
    }
    add("donor shortfall") { String($0.shortfalls.donors) }
    add("competency shortfall") { String($0.shortfalls.competency) }
    add("link shortfall") { String($0.shortfalls.links) }
    add("chair shortfall, one year") { d in
      let first = d.roster.years.first
      return String(
        d.groups.flatMap(\.seats).filter { $0.year == first }.reduce(0) { $0 + $1.shortfall })
    }
    add("total shortfall, one year") { d in
      let first = d.roster.years.first
      let s = d.shortfalls
      return String(
        s.donors + s.competency + s.links
          + d.groups.flatMap(\.seats).filter { $0.year == first }.reduce(0) { $0 + $1.shortfall })
    }
    add("chair shortfall, all years") { String($0.shortfalls.chairs) }
    add("total shortfall, all years") { String($0.shortfall) }
    add("excess") { String($0.excess) }
    add("largest load") { Format.percent($0.maxLoad) }
    add("most loaded donor") { PlanReports.maxLoadDonor($0)?.donor.id ?? "-" }
    return [
      "Today and the plan (one year: today's seats against the plan's first year; all years: "
        + "the plan's chair seats over its horizon)"
    ]
      + Self.lines(table)
  }

  private func priorities() -> [String] {
    var lines = ["Priorities, in strict order (value reached, best bound, status, gap)"]
    var table = TextTable(columns: ["priority", "value", "bound", "status", "gap"])
    var timings: [String] = []
    for stage in reports.plan.stages {
      table.append([
        "\(stage.priority.rank). \(stage.name)", stage.value.map { Format.fixed($0) } ?? "-",
        stage.bound.map { Format.fixed($0) } ?? "-", stage.status.rawValue,
        Format.percent(stage.gap),
      ])
      timings.append("  \(stage.name): \(Format.fixed(stage.seconds)) seconds")
    }
    if table.rows.isEmpty { return lines + ["  (no stage was solved)"] }
    lines += Self.lines(table)
    return lines + ["Time per priority, in seconds"] + timings
  }

  /// Gaps left that no eligible person could close.
  private func outsideGaps() -> [String] {
    let table = AnalysisReports.gaps(reports.after, anyGroup: reports.plan.anyGroup)
    guard let outside = table.columns.firstIndex(of: "outside"),
      let detail = table.columns.firstIndex(of: "detail")
    else { return [] }
    let rows = table.rows.filter { $0[outside] == "yes" }
    guard !rows.isEmpty else {
      return ["Gaps that need someone from outside: none"]
    }
    var lines = [
      "Gaps that need someone from outside (no eligible person; a new hire, a consultant or "
        + "another donor): \(rows.count)"
    ]
    for row in rows {
      let reason = row[detail].replacingOccurrences(of: "; " + OutsideNeeds.note, with: "")
      lines.append("  \(row[0]) \(row[1]) \(row[6]): \(reason)")
    }
    return lines
  }

  /// Groups × years: the lead's donor first, then the other seats; `-` is an empty seat.
  private func rotation() -> [String] {
    let years = reports.plan.roster.years
    var seats: [String: [Int: [ChairSeat]]] = [:]
    for seat in reports.plan.roster.seats {
      seats[seat.group, default: [:]][seat.year, default: []].append(seat)
    }
    var table = TextTable(columns: ["group"] + years.map(String.init))
    for diagnosis in reports.after.groups.sorted(by: { $0.group.id < $1.group.id })
    where diagnosis.group.chair != .none {
      var row = [diagnosis.group.id]
      for year in years {
        guard let seatYear = diagnosis.seats.first(where: { $0.year == year }) else {
          row.append("")
          continue
        }
        var held = (seats[diagnosis.group.id]?[year] ?? []).sorted {
          ($0.role, $0.donor) < ($1.role, $1.donor)
        }
        var cells: [String] = []
        for role in seatYear.required {
          if let i = held.firstIndex(where: { $0.role == role }) {
            cells.append(held.remove(at: i).donor)
          } else {
            cells.append("-")
          }
        }
        row.append(cells.joined(separator: "/"))
      }
      table.append(row)
    }
    return ["Chair rotation (lead first, then the other seats; - is an empty seat)"]
      + Self.lines(table)
  }

  private func changesByDonor() -> [String] {
    var lines = ["Changes by donor"]
    for donor in reports.dataSet.donors.map(\.id).sorted() {
      let staff = reports.changes.staff.filter { $0.donor == donor }
      let seats = reports.changes.seats.filter { $0.seat.donor == donor }
      let memberCounts = PlanChanges.MemberChange.allCases.compactMap { kind in
        let n = staff.filter { $0.change == kind }.count
        return n > 0 ? "\(kind.rawValue) \(n)" : nil
      }
      let seatCounts = PlanChanges.SeatChange.allCases.compactMap { kind in
        let n = seats.filter { $0.change == kind }.count
        return n > 0 ? "\(kind.rawValue) \(n)" : nil
      }
      let members = memberCounts.isEmpty ? "no memberships" : memberCounts.joined(separator: ", ")
      let chairs = seatCounts.isEmpty ? "no seats" : "seats " + seatCounts.joined(separator: ", ")
      lines.append("  \(donor): \(members); \(chairs)")
    }
    return lines
  }

  /// `2027-2029`, or one year alone.
  static func span(_ years: [Int]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    return first == last ? String(first) : "\(first)-\(last)"
  }

  /// The table's lines, without the final newline.
  static func lines(_ table: TextTable) -> [String] {
    table.rendered().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      .map(String.init)
  }
}

extension Plan {
  /// Which priorities were searched by neighbourhoods, and what they found; `nil` when none
  /// was.
  public var neighbourhoodSummary: String? {
    let searched = stages.filter { $0.neighbourhoods > 0 }
    guard !searched.isEmpty else { return nil }
    let counts = searched.map {
      "\($0.name) \($0.neighbourhoods) (\($0.betterNeighbourhoods) better)"
    }
    return "Searched by neighbourhoods (a few groups' people re-planned with the rest fixed, "
      + "where the whole plan could not be searched in the time limit): "
      + counts.joined(separator: ", ")
  }

  /// Which priorities are proven optimal and how each other one ended.
  ///
  /// For example `shortfall, excess, overload, changes proven; weighted ended on its work
  /// budget (gap 3.1%)`.
  public var proofSummary: String {
    let proven = stages.filter { $0.status == .optimal }.map(\.name)
    var parts = proven.isEmpty ? [] : [proven.joined(separator: ", ") + " proven"]
    for stage in stages where stage.status != .optimal {
      let budget = stage.priority == .weighted && !stage.stoppedByClock
      let how = budget ? " ended on its work budget" : " NOT proven"
      parts.append(
        stage.name + how
          + (stage.bound == nil ? " (no bound)" : " (gap \(Format.percent(stage.gap)))"))
    }
    return parts.joined(separator: "; ")
  }
}
