/// The columns of one file of the data contract (`docs/data-format.md`).
struct FileSpec {
  var name: String
  /// A required file must exist and hold at least one data row.
  var isRequired: Bool
  var requiredColumns: [String]
  var optionalColumns: [String]

  var columns: [String] { requiredColumns + optionalColumns }

  static let donors = FileSpec(
    name: "donors.csv", isRequired: true, requiredColumns: ["donor"],
    optionalColumns: ["name", "g19", "chair_capacity", "other_duties", "max_groups"])
  static let staff = FileSpec(
    name: "staff.csv", isRequired: true, requiredColumns: ["staff", "donor"],
    optionalColumns: ["name", "days", "max_groups", "skills", "senior", "ta"])
  static let groups = FileSpec(
    name: "groups.csv", isRequired: true, requiredColumns: ["group"],
    optionalColumns: [
      "name", "parent", "pillar", "kind", "min_donors", "max_donors", "chair", "member_days",
      "chair_days", "vice_days", "term", "min_term", "links", "ends",
      // Free text for the task force (what the group is for, who attends); never read.
      "notes",
    ])
  static let needs = FileSpec(
    name: "needs.csv", isRequired: false, requiredColumns: ["group", "skill"],
    optionalColumns: ["level", "count"])
  static let participation = FileSpec(
    name: "participation.csv", isRequired: false, requiredColumns: ["staff", "group"],
    optionalColumns: ["level", "role", "since"])
  static let interests = FileSpec(
    name: "interests.csv", isRequired: false, requiredColumns: ["donor", "group"],
    optionalColumns: ["preference", "from", "to"])

  static let decisions = FileSpec(
    name: "decisions.csv", isRequired: false, requiredColumns: ["decision", "group"],
    optionalColumns: ["staff", "donor", "role", "year", "reason"])

  /// Every file of the contract, in reading order.
  static let all: [FileSpec] = [
    donors, staff, groups, needs, participation, interests, decisions,
  ]
}
