/// A model with some of its columns fixed and taken out: the sub-model of a large
/// neighbourhood search (fix and optimise).
public struct RestrictedModel: Sendable {
  /// The free columns and the rows that still have one, fixed terms moved into the bounds
  /// and the objective's constant.
  public let model: Model
  /// The full model's column of each of `model`'s columns.
  public let columns: [Int]
  /// The full model's values the fixed columns keep.
  public let fixedValues: [Double]

  /// The full model's values: `fixedValues` with the sub-model's `values` put in.
  public func expanded(_ values: [Double]) -> [Double] {
    var full = fixedValues
    for (k, j) in columns.enumerated() { full[j] = values[k] }
    return full
  }

  /// The sub-model's values of a full-model point (a start for the sub-model).
  public func restricted(_ values: [Double]) -> [Double] { columns.map { values[$0] } }
}

extension Model {
  /// This model with the columns where `free` is false fixed at `values` (which must meet
  /// every row: a row left with no free column is dropped as met).
  ///
  /// Every solution of the sub-model, expanded, is a solution of this model with the same
  /// objective value. The sub-model's name is this one's with `-restricted`.
  public func restricted(free: [Bool], at values: [Double]) -> RestrictedModel {
    var sub = Model(name: name + "-restricted")
    var position = [Int](repeating: -1, count: variables.count)
    var columns: [Int] = []
    for j in variables.indices where free[j] {
      position[j] = columns.count
      columns.append(j)
      sub.appendVariable(variables[j])
    }
    func split(_ e: LinearExpression) -> (LinearExpression, fixed: Double) {
      var kept = LinearExpression()
      var fixed = 0.0
      for (v, c) in zip(e.variables, e.coefficients) {
        let k = position[v.index]
        if k >= 0 { kept.add(Variable(index: k), c) } else { fixed += c * values[v.index] }
      }
      return (kept, fixed)
    }
    for (r, row) in constraints.enumerated() {
      let (kept, fixed) = split(row.expression)
      guard !kept.variables.isEmpty else { continue }
      var c = row
      c.expression = kept
      c.lower = row.lower - fixed
      c.upper = row.upper - fixed
      sub.appendConstraint(c, name: constraintNames[r])
    }
    var (goal, fixed) = split(objective)
    goal.constant = objective.constant + fixed
    sub.setObjective(goal, sense: sense)
    return RestrictedModel(model: sub, columns: columns, fixedValues: values)
  }
}
