/// The columns of the plan files `plan` writes and `--previous` reads back (docs/reports.md),
/// named once so that a column added to a report is never an "unknown column" in the next
/// year's run.
public enum PlanFileColumns {
  /// `staff_plan.csv`, in order.
  public static let staffPlan = [
    "staff", "donor", "group", "level", "change", "name", "previous_level", "reason", "decided",
    "delegate_to", "delegate_reason",
  ]
  /// The columns of `staff_plan.csv` a previous plan must have.
  static let staffPlanRequired = ["staff", "donor", "group"]

  /// `chair_plan.csv`, in order.
  public static let chairPlan = [
    "group", "year", "role", "donor", "staff", "change", "volunteered", "previous_donor",
    "since", "reason", "decided", "blocked",
  ]
  /// The columns of `chair_plan.csv` a previous plan must have.
  static let chairPlanRequired = ["group", "year", "role", "donor"]

  /// The columns of `all` that `required` leaves out.
  static func optional(_ all: [String], _ required: [String]) -> [String] {
    all.filter { !required.contains($0) }
  }
}
