/// A linear constraint `lower ≤ expression ≤ upper`, built with `<=`, `>=` and `==`
/// between expressions, or ranged with `Model.addConstraint(_:in:)`.
public struct Constraint: Sendable {
  /// The variable part, without constant (it is moved into the bounds).
  public var expression: LinearExpression
  /// `-.infinity` for none.
  public var lower: Double
  /// `.infinity` for none.
  public var upper: Double

  public init(_ expression: LinearExpression, lower: Double, upper: Double) {
    var e = expression
    let c = e.constant
    e.constant = 0
    self.expression = e
    self.lower = lower - c
    self.upper = upper - c
  }
}

/// A handle to a constraint (row) of a `Model`, 0-based.
public struct ConstraintReference: Sendable, Hashable {
  public let index: Int
}

@_disfavoredOverload
public func <= (a: LinearExpression, b: LinearExpression) -> Constraint {
  Constraint(a - b, lower: -.infinity, upper: 0)
}
@_disfavoredOverload
public func >= (a: LinearExpression, b: LinearExpression) -> Constraint {
  Constraint(a - b, lower: 0, upper: .infinity)
}
@_disfavoredOverload
public func == (a: LinearExpression, b: LinearExpression) -> Constraint {
  Constraint(a - b, lower: 0, upper: 0)
}
public func <= (a: LinearExpression, k: Double) -> Constraint {
  Constraint(a, lower: -.infinity, upper: k)
}
public func >= (a: LinearExpression, k: Double) -> Constraint {
  Constraint(a, lower: k, upper: .infinity)
}
public func == (a: LinearExpression, k: Double) -> Constraint { Constraint(a, lower: k, upper: k) }
public func <= (a: Variable, k: Double) -> Constraint { a.expression <= k }
public func >= (a: Variable, k: Double) -> Constraint { a.expression >= k }
public func <= (a: Variable, b: Variable) -> Constraint { a.expression <= b.expression }
public func <= (a: LinearExpression, b: Variable) -> Constraint { a <= b.expression }
public func >= (a: LinearExpression, b: Variable) -> Constraint { a >= b.expression }
