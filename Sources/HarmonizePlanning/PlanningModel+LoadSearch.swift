import LinearProgramming

/// The objective the neighbourhood search minimises in the max-load stage (docs/model.md,
/// "Searching the largest load").
///
/// The stage's own objective, the largest load M, only moves when every donor at the top
/// sheds load at once; a sub-MIP that frees the groups of one of several donors tied near
/// the top cannot improve it, so the search stalls on a plateau. The search therefore also
/// counts how far each donor's load rises above a few thresholds below the incumbent's M: a
/// convex penalty that rewards lowering any high load, which is what makes room for M to fall.
extension PlanningModel {
  /// Thresholds of the penalty, as shares of the incumbent's largest load.
  static let penaltyThresholds: [Double] = [0.95, 0.9, 0.85, 0.8]
  /// Weight of M against the penalty: a step of M (≥ 1/(H·capacity) ≈ 0.002 on the bundled
  /// sets) outweighs any penalty change one sub-MIP can make.
  static let largestLoadWeight = 1_000.0

  /// The max-load stage's model (after `prepare(.maxLoad)`) with the search objective
  /// `W·M + Σ_d Σ_k t[d,k]`, `t[d,k] ≥ load_d − θ_k·M₀`, and `M ≤ M₀`, where M₀ is the largest
  /// load of `values`; and `values` extended by the new columns.
  ///
  /// The new columns come after the planning model's, so its columns and neighbourhoods keep
  /// their indices: the first `model.variables.count` values of a solution are a plan.
  func loadSearchModel(around values: [Double]) throws(ModelError)
    -> (model: Model, start: [Double])
  {
    guard let m = maxLoad else { return (model, values) }
    var search = model
    let largest = value(.maxLoad, values)
    var objective = LinearExpression(m, Self.largestLoadWeight)
    for d in loads.keys.sorted() {
      guard let load = loads[d] else { continue }
      for (k, share) in Self.penaltyThresholds.enumerated() {
        let t = try search.addVariable("above_\(d)_\(k)", lower: 0)
        try search.addConstraint("abovedef_\(d)_\(k)", load - t <= share * largest)
        objective.add(t)
      }
    }
    try search.addConstraint("largest", m.expression <= largest)
    try search.minimize(objective)
    return (search, loadSearchColumns(values, thresholdsOf: largest))
  }

  /// A column vector of the search model built around a plan whose largest load is
  /// `largest`: `values`' plan with its derived columns recomputed exactly
  /// (`columns(_:)`), then each penalty column at its tightest value.
  func loadSearchColumns(_ values: [Double], thresholdsOf largest: Double) -> [Double] {
    var x = columns(assignment(Array(values.prefix(model.variables.count))))
    for d in loads.keys.sorted() {
      guard let load = loads[d] else { continue }
      for share in Self.penaltyThresholds {
        x.append(max(0, load.value(x) - share * largest))
      }
    }
    return x
  }
}
