/// A linear or mixed-integer program: variables, named constraints and an objective.
///
/// A plain value: build it, hand it to a solver, read the `Solution`. Names survive into
/// exported LP and MPS files. Invalid input (NaN or infinite coefficients, crossed bounds,
/// bad names) is rejected here with `ModelError`, before any solver sees it.
public struct Model: Sendable {
  public enum Sense: String, Sendable { case minimize, maximize }

  public var name: String
  public private(set) var variables: [VariableDefinition] = []
  public private(set) var constraints: [Constraint] = []
  public private(set) var constraintNames: [String] = []
  public private(set) var objective = LinearExpression()
  public private(set) var sense = Sense.minimize

  public init(name: String = "model") { self.name = name }

  public var isMIP: Bool { variables.contains { $0.kind != .continuous } }
  /// Non-zeros of the constraint matrix.
  public var nonZeros: Int { constraints.reduce(0) { $0 + $1.expression.variables.count } }

  /// Adds a variable; a binary's bounds are [0, 1] whatever is passed.
  @discardableResult
  public mutating func addVariable(
    _ name: String, _ kind: Variable.Kind = .continuous, lower: Double = 0,
    upper: Double = .infinity
  ) throws(ModelError) -> Variable {
    try ModelError.check(name: name)
    let (lo, up) = kind == .binary ? (0.0, 1.0) : (lower, upper)
    guard !lo.isNaN, !up.isNaN, lo <= up, lo != .infinity, up != -.infinity else {
      throw .badBounds(name, lower: lo, upper: up)
    }
    variables.append(VariableDefinition(name: name, kind: kind, lower: lo, upper: up))
    return Variable(index: variables.count - 1)
  }

  /// Adds a named constraint; its terms are merged so each variable appears once.
  @discardableResult
  public mutating func addConstraint(_ name: String, _ constraint: Constraint)
    throws(ModelError) -> ConstraintReference
  {
    try ModelError.check(name: name)
    var c = constraint
    c.expression = try validated(c.expression.merged(), in: name)
    guard !c.lower.isNaN, !c.upper.isNaN, c.lower <= c.upper, c.lower != .infinity,
      c.upper != -.infinity
    else { throw .badBounds(name, lower: c.lower, upper: c.upper) }
    constraints.append(c)
    constraintNames.append(name)
    return ConstraintReference(index: constraints.count - 1)
  }

  /// Adds the ranged constraint `range.lowerBound ≤ expression ≤ range.upperBound`.
  @discardableResult
  public mutating func addConstraint(
    _ name: String, _ expression: LinearExpression, in range: ClosedRange<Double>
  ) throws(ModelError) -> ConstraintReference {
    try addConstraint(
      name, Constraint(expression, lower: range.lowerBound, upper: range.upperBound))
  }

  public mutating func minimize(_ expression: LinearExpression) throws(ModelError) {
    objective = try validated(expression.merged(), in: "objective")
    sense = .minimize
  }

  public mutating func maximize(_ expression: LinearExpression) throws(ModelError) {
    objective = try validated(expression.merged(), in: "objective")
    sense = .maximize
  }

  /// Changes a variable's bounds.
  ///
  /// For example to fix a stage's optimum in a lexicographic solve.
  public mutating func setBounds(_ variable: Variable, lower: Double, upper: Double)
    throws(ModelError)
  {
    guard variable.index >= 0, variable.index < variables.count else {
      throw .unknownVariable("bounds", variable.index)
    }
    let name = variables[variable.index].name
    guard !lower.isNaN, !upper.isNaN, lower <= upper, lower != .infinity, upper != -.infinity
    else { throw .badBounds(name, lower: lower, upper: upper) }
    variables[variable.index].lower = lower
    variables[variable.index].upper = upper
  }

  /// Changes a constraint's bounds (for example a ceiling tried step by step).
  ///
  /// The bounds apply to the row's variable part: a constant of the expression it was built
  /// from has already been moved into them.
  public mutating func setBounds(_ constraint: ConstraintReference, lower: Double, upper: Double)
    throws(ModelError)
  {
    guard constraint.index >= 0, constraint.index < constraints.count else {
      throw .unknownConstraint(constraint.index)
    }
    let name = constraintNames[constraint.index]
    guard !lower.isNaN, !upper.isNaN, lower <= upper, lower != .infinity, upper != -.infinity
    else { throw .badBounds(name, lower: lower, upper: upper) }
    constraints[constraint.index].lower = lower
    constraints[constraint.index].upper = upper
  }

  /// Appends a copy of a validated definition (used to build restricted sub-models).
  mutating func appendVariable(_ definition: VariableDefinition) {
    variables.append(definition)
  }

  /// Appends a row whose terms are merged and valid already (used to build restricted
  /// sub-models).
  mutating func appendConstraint(_ constraint: Constraint, name: String) {
    constraints.append(constraint)
    constraintNames.append(name)
  }

  /// Sets an objective whose terms are merged and valid already.
  mutating func setObjective(_ expression: LinearExpression, sense: Sense) {
    objective = expression
    self.sense = sense
  }

  public func name(of variable: Variable) -> String { variables[variable.index].name }

  private func validated(_ e: LinearExpression, in name: String) throws(ModelError)
    -> LinearExpression
  {
    guard e.constant.isFinite else { throw .badCoefficient(name, e.constant) }
    for (v, c) in zip(e.variables, e.coefficients) {
      guard v.index >= 0, v.index < variables.count else { throw .unknownVariable(name, v.index) }
      guard c.isFinite else { throw .badCoefficient(name, c) }
    }
    return e
  }
}

/// Why a model was rejected before reaching a solver.
public enum ModelError: Error, Equatable, CustomStringConvertible {
  case badName(String)
  case badBounds(String, lower: Double, upper: Double)
  case badCoefficient(String, Double)
  case unknownVariable(String, Int)
  case unknownConstraint(Int)

  /// Names are 1–255 printable ASCII characters without spaces, as LP and MPS files need.
  static func check(name: String) throws(ModelError) {
    guard !name.isEmpty, name.utf8.count <= 255,
      name.utf8.allSatisfy({ $0 > 32 && $0 < 127 })
    else { throw .badName(name) }
  }

  public var description: String {
    switch self {
    case .badName(let n): "invalid name \"\(n)\": use 1-255 printable ASCII characters, no spaces"
    case .badBounds(let n, let lo, let up): "\(n): invalid bounds [\(lo), \(up)]"
    case .badCoefficient(let n, let c): "\(n): coefficient \(c) is not a finite number"
    case .unknownVariable(let n, let i): "\(n): variable #\(i) is not in the model"
    case .unknownConstraint(let i): "constraint #\(i) is not in the model"
    }
  }
}
