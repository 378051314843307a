import HarmonizeData
import LinearProgramming

/// A plan by position: first-year active pairs and each seat role's holders per year.
///
/// The heuristic builds one; a solution decodes to one.
struct Assignment: Equatable {
  var active: Set<StaffGroup> = []
  /// Holders of each seat role, sorted by staff position.
  var seats: [SeatKey: [StaffIndex]] = [:]
}

extension PlanningModel {
  /// The assignment a solution's column values describe.
  func assignment(_ values: [Double]) -> Assignment {
    var result = Assignment()
    for (pair, a) in active where values[a.index] > 0.5 { result.active.insert(pair) }
    for (key, list) in holds {
      let holders = list.filter { values[$0.variable.index] > 0.5 }.map(\.staff).sorted()
      if !holders.isEmpty { result.seats[key] = holders }
    }
    return result
  }

  /// A full column vector for an assignment: its memberships and seats, and every derived
  /// column (presence, slacks, links, loads, continuations) at its tightest value.
  func columns(_ plan: Assignment) -> [Double] {
    var x = Array(repeating: 0.0, count: model.variables.count)
    setMembershipColumns(&x, plan)
    setSeatColumns(&x, plan)
    setShortfallColumns(&x, plan)
    setLoadColumns(&x)
    setChangeColumns(&x)
    setOverstayColumns(&x)
    return x
  }
}

extension PlanningModel {
  /// Names of the rows and columns a column vector breaks (beyond
  /// `PlanningTuning.feasibilityTolerance`), for tests and checks.
  func violations(_ x: [Double]) -> [String] {
    let tolerance = PlanningTuning.feasibilityTolerance
    var broken: [String] = []
    for (j, v) in model.variables.enumerated() {
      let value = x[j]
      if value < v.lower - tolerance || value > v.upper + tolerance { broken.append(v.name) }
      if v.kind != .continuous, abs(value - value.rounded()) > tolerance {
        broken.append(v.name)
      }
    }
    for (c, name) in zip(model.constraints, model.constraintNames) {
      let value = c.expression.value(x)
      if value < c.lower - tolerance * max(1, abs(c.lower))
        || value > c.upper + tolerance * max(1, abs(c.upper))
      {
        broken.append(name)
      }
    }
    return broken
  }
}
