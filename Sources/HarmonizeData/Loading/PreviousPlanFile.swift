import Foundation

/// Reads an earlier plan's report folder: run.json for its horizon, chair_plan.csv for its
/// seats, checked against the current data set.
enum PreviousPlanFile {
  /// The files read from the folder (each must be a file; the CSV files need a data row).
  static let files = ["run.json", "chair_plan.csv", "staff_plan.csv"]

  static func read(folder: String, dataSet: DataSet, log: ProblemLog) -> PreviousPlan? {
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    let runPath = url.appendingPathComponent("run.json").path
    let chairPath = url.appendingPathComponent("chair_plan.csv").path
    let staffPath = url.appendingPathComponent("staff_plan.csv").path
    guard let runBytes = bytes(runPath, "the previous plan's run record", log: log) else {
      return nil
    }
    guard let json = try? JSONSerialization.jsonObject(with: Data(runBytes)) as? [String: Any],
      let start = json["start_year"] as? Int, let years = json["years"] as? Int,
      Limits.year.contains(start), (1...100).contains(years)
    else {
      log.error(runPath, 0, "not a run.json of `harmonize plan` (no start_year and years)")
      return nil
    }
    if let status = json["status"] as? String, status != "optimal", status != "feasible" {
      log.error(runPath, 0, "the previous run has no plan (status \(MessageText.quoted(status)))")
      return nil
    }
    // A plan's staff plan and chair plan always have rows: an empty or header-only file is a
    // truncated one, never "every seat agreed to stay empty".
    if let staffBytes = bytes(staffPath, "the previous plan's staff plan", log: log) {
      let staffSpec = FileSpec(
        name: staffPath, isRequired: true, requiredColumns: PlanFileColumns.staffPlanRequired,
        optionalColumns: PlanFileColumns.optional(
          PlanFileColumns.staffPlan, PlanFileColumns.staffPlanRequired))
      _ = InputTable.read(staffBytes, spec: staffSpec, log: log)
    }
    guard let chairBytes = bytes(chairPath, "the previous plan's chair plan", log: log) else {
      return nil
    }
    let spec = FileSpec(
      name: chairPath, isRequired: true, requiredColumns: PlanFileColumns.chairPlanRequired,
      optionalColumns: PlanFileColumns.optional(
        PlanFileColumns.chairPlan, PlanFileColumns.chairPlanRequired))
    guard let table = InputTable.read(chairBytes, spec: spec, log: log), !table.rows.isEmpty
    else {
      return nil
    }
    let horizon = PlanHorizon(startYear: start, years: years)
    var seats: [ChairSeat] = []
    for row in table.rows {
      let reader = RowReader(table: table, row: row, log: log)
      // A seat the plan left empty (rules v3 reports them) commits no one.
      if reader.text("change") == "empty" { continue }
      let year = reader.year("year")
      let role = reader.choice("role", SeatRole.self)
      let since = reader.year("since")
      guard let groupID = reader.identifier("group"), let donor = reader.identifier("donor"),
        let year, let role
      else { continue }
      guard let group = dataSet.group(groupID) else {
        reader.warning(
          "group \(MessageText.quoted(groupID)) is no longer in the data set; seat ignored")
        continue
      }
      guard dataSet.donor(donor) != nil else {
        reader.warning(
          "donor \(MessageText.quoted(donor)) is no longer in the data set; seat ignored")
        continue
      }
      guard horizon.seatYears(of: group).contains(year), group.chair.seats.contains(role) else {
        reader.warning(
          "group \(MessageText.quoted(groupID)) has no \(role.rawValue) seat in \(year) "
            + "(chair \(group.chair.rawValue)); seat ignored")
        continue
      }
      let staffID = reader.text("staff") ?? ""
      guard let person = dataSet.staffMember(staffID), person.donor == donor, person.canChair
      else {
        reader.warning(
          "staff \(MessageText.quoted(staffID)) is no longer a senior member of "
            + "\(MessageText.quoted(donor)); seat ignored")
        continue
      }
      seats.append(
        ChairSeat(
          group: groupID, year: year, role: role, donor: donor, staff: staffID,
          since: min(since ?? year, year)))
    }
    return PreviousPlan(folder: folder, horizon: horizon, seats: seats)
  }

  /// The bytes of `path`, or `nil` after an error naming `what` the file is.
  private static func bytes(_ path: String, _ what: String, log: ProblemLog) -> [UInt8]? {
    let outcome = InputFile.read(path)
    if case .bytes(let bytes) = outcome { return bytes }
    log.error(path, 0, "cannot read \(what): \(InputFile.message(outcome) ?? "unreadable")")
    return nil
  }
}
