import HarmonizeData
import HarmonizePlanning
import LinearProgramming

/// Small hand-made data sets and helpers shared by the planner's tests.
enum Fixture {
  static let year = 2027

  static func plan(
    _ dataSet: DataSet, years: Int = 3, weights: PlanningOptions.Weights = .init(),
    loadCeiling: Double? = nil
  ) -> Plan {
    var options = PlanningOptions(startYear: year)
    options.years = years
    options.loadCeiling = loadCeiling
    options.timeLimit = 30
    options.weights = weights
    return Planner(dataSet, options: options).plan()
  }

  static func data(
    donors: [Donor], staff: [StaffMember], groups: [WorkingGroup], needs: [Need] = [],
    participation: [Membership] = [], interests: [Interest] = []
  ) -> DataSet {
    DataSet(
      name: "test", donors: donors, staff: staff, groups: groups, needs: needs,
      participation: participation, interests: interests)
  }
}

extension Plan {
  /// Staff ids active in a group, sorted.
  func active(in group: String) -> [String] {
    roster.memberships.filter { $0.group == group && $0.level == .active }.map(\.staff).sorted()
  }

  func level(_ staff: String, _ group: String) -> Membership.Level? {
    roster.memberships.first { $0.staff == staff && $0.group == group }?.level
  }

  /// Donors holding a role of a group in a year, sorted.
  func holders(_ group: String, _ year: Int, _ role: SeatRole) -> [String] {
    roster.seats.filter { $0.group == group && $0.year == year && $0.role == role }.map(\.donor)
      .sorted()
  }

  func stage(_ name: String) -> Double? { stages.first { $0.name == name }?.value }
}

extension Plan {
  /// Writes the solved models as the command line does (`--export-model`).
  func exportModels(beside path: String) throws {
    for priority in Priority.allCases {
      guard let model = solvedModels[priority] else { continue }
      try GLPKSolver().export(model, to: priority.modelFile(beside: path))
    }
  }
}
