/// A linear combination of variables plus a constant, built with ordinary operators:
/// `3 * x + 2 * y - 1`.
///
/// Terms are kept as a list; the same variable may appear twice until `merged()`.
public struct LinearExpression: Sendable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
  public var terms: [(variable: Variable, coefficient: Double)] {
    zip(variables, coefficients).map { ($0, $1) }
  }
  public private(set) var variables: [Variable]
  public private(set) var coefficients: [Double]
  public var constant: Double

  public init() {
    variables = []
    coefficients = []
    constant = 0
  }

  public init(_ variable: Variable, _ coefficient: Double = 1) {
    variables = [variable]
    coefficients = [coefficient]
    constant = 0
  }

  public init(constant: Double) {
    self.init()
    self.constant = constant
  }

  public init(floatLiteral value: Double) { self.init(constant: value) }
  public init(integerLiteral value: Int) { self.init(constant: Double(value)) }

  /// Adds `coefficient * variable` in place; the fast way to build long sums.
  public mutating func add(_ variable: Variable, _ coefficient: Double = 1) {
    variables.append(variable)
    coefficients.append(coefficient)
  }

  /// Adds `factor * other` in place.
  public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
    variables.append(contentsOf: other.variables)
    coefficients.append(contentsOf: other.coefficients.map { $0 * factor })
    constant += other.constant * factor
  }

  /// The same expression with each variable once, in column order, and no zero terms.
  ///
  /// Sorts term positions by column (ties by position, so sums keep insertion order) and
  /// adds neighbours; an expression that is already in strict column order is returned as is.
  public func merged() -> LinearExpression {
    if isStrictlyOrdered { return self }
    let order = positionsByColumn()
    var result = LinearExpression(constant: constant)
    result.variables.reserveCapacity(order.count)
    result.coefficients.reserveCapacity(order.count)
    var position = 0
    while position < order.count {
      let variable = variables[order[position]]
      var sum = 0.0
      while position < order.count, variables[order[position]] == variable {
        sum += coefficients[order[position]]
        position += 1
      }
      if sum != 0 { result.add(variable, sum) }
    }
    return result
  }

  /// Term positions ordered by (column, position).
  ///
  /// Packs both into one integer key when they fit, which sorts several times faster than a
  /// stable sort with a closure.
  private func positionsByColumn() -> [Int] {
    let fits =
      variables.count < 1 << 31 && variables.allSatisfy { $0.index >= 0 && $0.index < 1 << 31 }
    guard fits else {
      return variables.indices.sorted {
        let (a, b) = (variables[$0].index, variables[$1].index)
        return a != b ? a < b : $0 < $1
      }
    }
    var keys = variables.indices.map { variables[$0].index << 32 | $0 }
    keys.sort()
    return keys.map { $0 & 0xFFFF_FFFF }
  }

  /// Whether columns strictly increase and no coefficient is zero (what `merged()` makes).
  private var isStrictlyOrdered: Bool {
    var previous = Int.min
    for (v, c) in zip(variables, coefficients) {
      if v.index <= previous || c == 0 { return false }
      previous = v.index
    }
    return true
  }

  /// The expression's value for the given column values.
  public func value(_ values: [Double]) -> Double {
    var total = constant
    for (v, c) in zip(variables, coefficients) { total += c * values[v.index] }
    return total
  }

}

// Operators taking two expressions are disfavoured so that an integer literal on one side
// (`x - y <= 1`, `x + 4`) picks the `Double` overload instead of being ambiguous.

extension Variable {
  public var expression: LinearExpression { LinearExpression(self) }
}

@_disfavoredOverload
public func + (a: LinearExpression, b: LinearExpression) -> LinearExpression {
  var r = a
  r.add(b)
  return r
}
@_disfavoredOverload
public func - (a: LinearExpression, b: LinearExpression) -> LinearExpression {
  var r = a
  r.add(b, times: -1)
  return r
}
public prefix func - (a: LinearExpression) -> LinearExpression { LinearExpression() - a }
public func * (k: Double, a: LinearExpression) -> LinearExpression {
  var r = LinearExpression(constant: 0)
  r.add(a, times: k)
  return r
}
public func * (a: LinearExpression, k: Double) -> LinearExpression { k * a }
public func + (a: Variable, b: Variable) -> LinearExpression { a.expression + b.expression }
public func - (a: Variable, b: Variable) -> LinearExpression { a.expression - b.expression }
public func + (a: LinearExpression, b: Variable) -> LinearExpression { a + b.expression }
public func - (a: LinearExpression, b: Variable) -> LinearExpression { a - b.expression }
@_disfavoredOverload
public func + (a: Variable, b: LinearExpression) -> LinearExpression { a.expression + b }
@_disfavoredOverload
public func - (a: Variable, b: LinearExpression) -> LinearExpression { a.expression - b }
public func + (a: Variable, k: Double) -> LinearExpression {
  a.expression + LinearExpression(constant: k)
}
public func - (a: Variable, k: Double) -> LinearExpression {
  a.expression - LinearExpression(constant: k)
}
public func + (a: LinearExpression, k: Double) -> LinearExpression {
  a + LinearExpression(constant: k)
}
public func - (a: LinearExpression, k: Double) -> LinearExpression {
  a - LinearExpression(constant: k)
}
public func * (k: Double, v: Variable) -> LinearExpression { LinearExpression(v, k) }
public func * (v: Variable, k: Double) -> LinearExpression { LinearExpression(v, k) }
public prefix func - (v: Variable) -> LinearExpression { LinearExpression(v, -1) }
public func += (a: inout LinearExpression, b: LinearExpression) { a.add(b) }
public func += (a: inout LinearExpression, b: Variable) { a.add(b) }
public func -= (a: inout LinearExpression, b: LinearExpression) { a.add(b, times: -1) }
public func -= (a: inout LinearExpression, b: Variable) { a.add(b, -1) }

extension Sequence where Element == Variable {
  /// The sum of the variables.
  public func sum() -> LinearExpression {
    var r = LinearExpression()
    for v in self { r.add(v) }
    return r
  }
}

extension Sequence where Element == LinearExpression {
  /// The sum of the expressions.
  public func sum() -> LinearExpression {
    var r = LinearExpression()
    for e in self { r.add(e) }
    return r
  }
}
