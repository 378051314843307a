import HarmonizeData
import HarmonizePlanning

/// A small hand-made data set, today's roster (2026) and a plan for 2027-2028 that together
/// show every change label.
///
/// Today: A leads G1 since 2025 through a1 with a2 also active, B attends G1 and leads the task
/// force TF (ended 2026) through b1; nobody sits in G2. The plan: a1 keeps G1, a2 steps down to
/// attending, b1 becomes active in G1 and takes the lead from A (A's two-year term is over), A
/// moves to the vice seat, b1 leaves TF, and c1 joins G2 to lead it (C volunteered for 2027 only).
enum PlanFixture {
  static let startYear = 2027

  static func dataSet(names: [String: String] = [:]) -> DataSet {
    DataSet(
      name: "fixture",
      donors: [
        Donor(id: "A", name: names["A"] ?? "Avalon"), Donor(id: "B", name: "Borduria"),
        Donor(id: "C", name: "Carpania"),
      ],
      staff: [
        StaffMember(id: "a1", donor: "A", name: names["a1"], isSenior: true),
        StaffMember(id: "a2", donor: "A", name: names["a2"]),
        StaffMember(id: "b1", donor: "B", isSenior: true),
        StaffMember(id: "c1", donor: "C", isSenior: true),
      ],
      groups: [
        WorkingGroup(id: "G1", minDonors: 2, maxDonors: 2),
        WorkingGroup(id: "G2", chair: .focal),
        WorkingGroup(id: "TF", kind: .taskForce, chair: .focal, ends: 2026),
      ],
      participation: [
        Membership(staff: "a1", group: "G1", role: .focal, since: 2025),
        Membership(staff: "a2", group: "G1"),
        Membership(staff: "b1", group: "G1", level: .attending),
        Membership(staff: "b1", group: "TF", role: .focal),
      ],
      interests: [Interest(donor: "C", group: "G2", from: 2027, to: 2027)],
      checksums: ["donors.csv": "abc123", "staff.csv": "def456"])
  }

  static func planRoster() -> Roster {
    let years = [2027, 2028]
    var seats: [ChairSeat] = []
    for year in years {
      seats.append(
        ChairSeat(group: "G1", year: year, role: .focal, donor: "B", staff: "b1", since: 2027))
      seats.append(
        ChairSeat(group: "G1", year: year, role: .vice, donor: "A", staff: "a1", since: 2027))
      seats.append(
        ChairSeat(group: "G2", year: year, role: .focal, donor: "C", staff: "c1", since: 2027))
    }
    return Roster(
      memberships: [
        Membership(staff: "a1", group: "G1"),
        Membership(staff: "a2", group: "G1", level: .attending),
        Membership(staff: "b1", group: "G1"),
        Membership(staff: "c1", group: "G2"),
      ],
      seats: seats, years: years)
  }

  static func options() -> PlanningOptions {
    var options = PlanningOptions(startYear: startYear)
    options.years = 2
    options.timeLimit = 5
    return options
  }

  /// The facts a planner would carry for the fixture's data set over 2027-2028.
  static func facts(_ dataSet: DataSet = dataSet()) -> PlanFacts {
    PlanFacts(dataSet, horizon: PlanHorizon(startYear: startYear, years: 2))
  }

  static func plan(status: Plan.Status = .optimal, message: String = "") -> Plan {
    let solved = status == .optimal || status == .feasible
    return Plan(
      roster: solved ? planRoster() : Roster(memberships: [], seats: [], years: [2027, 2028]),
      status: status,
      stages: [
        Plan.Stage(
          priority: .shortfall, value: solved ? 2 : nil, bound: 1, status: status,
          gap: status == .feasible ? 0.5 : 0, seconds: 1.25)
      ],
      gap: status == .feasible ? 0.5 : 0, seconds: 1.25, message: message, facts: facts())
  }
}
