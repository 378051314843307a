import HarmonizeData

/// One donor × group cell of the matrix: the donor's best level and its seat, today and (in
/// a plan) in the plan's first year, and the change between them.
///
/// Levels count the donor's non-TA staff only, as the analysis does; seats count any holder.
struct MatrixCell: Equatable {
  /// How the donor's place in the group changes from today to the plan.
  enum Change: String {
    case kept, joined, left, promoted, demoted
  }

  var today: Membership.Level?
  var todaySeat: SeatRole?
  var plan: Membership.Level?
  var planSeat: SeatRole?

  /// The change, `nil` when the donor is in the group neither today nor in the plan.
  var change: Change? {
    switch (today, plan) {
    case (nil, nil): nil
    case (nil, _): .joined
    case (_, nil): .left
    case (let a?, let b?): a == b ? .kept : (b < a ? .promoted : .demoted)
    }
  }

  /// Every cell with something in it, keyed by donor then group.
  ///
  /// Today: participation.csv. The plan: today's levels with staff_plan.csv's rows applied
  /// (a row's `level`, empty when the person leaves), seats of chair_plan.csv's first year.
  static func cells(_ inputs: PageInputs, planYear: Int?) -> [String: [String: MatrixCell]] {
    let data = inputs.dataSet
    var cells: [String: [String: MatrixCell]] = [:]
    var planLevels: [Pair: Membership.Level] = [:]
    for m in data.participation {
      guard let person = data.staffMember(m.staff) else { continue }
      planLevels[Pair(staff: m.staff, group: m.group)] = m.level
      if !person.isTechnicalAssistant {
        cells[person.donor, default: [:]][m.group, default: MatrixCell()].today =
          best(cells[person.donor]?[m.group]?.today, m.level)
      }
      if let role = m.role {
        cells[person.donor, default: [:]][m.group, default: MatrixCell()].todaySeat =
          best(cells[person.donor]?[m.group]?.todaySeat, role)
      }
    }
    guard inputs.isPlan else { return cells }
    for row in inputs.rows("staff_plan.csv") {
      let pair = Pair(staff: row["staff"] ?? "", group: row["group"] ?? "")
      planLevels[pair] = Membership.Level(rawValue: row["level"] ?? "")
    }
    for (pair, level) in planLevels.sorted(by: { $0.key < $1.key }) {
      guard let person = data.staffMember(pair.staff), !person.isTechnicalAssistant else {
        continue
      }
      cells[person.donor, default: [:]][pair.group, default: MatrixCell()].plan =
        best(cells[person.donor]?[pair.group]?.plan, level)
    }
    for row in inputs.rows("chair_plan.csv") where Int(row["year"] ?? "") == planYear {
      guard let donor = row["donor"], let group = row["group"],
        let role = SeatRole(rawValue: row["role"] ?? "")
      else { continue }
      cells[donor, default: [:]][group, default: MatrixCell()].planSeat =
        best(cells[donor]?[group]?.planSeat, role)
    }
    return cells
  }

  /// The better (smaller) of two optional values.
  private static func best<T: Comparable>(_ a: T?, _ b: T) -> T { a.map { min($0, b) } ?? b }

  /// A staff member's place in a group.
  private struct Pair: Hashable, Comparable {
    var staff: String
    var group: String

    static func < (a: Pair, b: Pair) -> Bool { (a.staff, a.group) < (b.staff, b.group) }
  }
}
