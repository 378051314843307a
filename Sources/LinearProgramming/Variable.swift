/// A handle to a decision variable of a `Model`; its index is its column, 0-based.
public struct Variable: Sendable, Hashable {
  /// What values the variable may take.
  public enum Kind: Sendable, Hashable {
    case continuous
    case integer
    /// An integer in [0, 1].
    case binary
  }

  public let index: Int

  public init(index: Int) { self.index = index }
}

/// A variable's definition as the model stores it.
public struct VariableDefinition: Sendable, Hashable {
  public var name: String
  public var kind: Variable.Kind
  /// Lower bound; `-.infinity` for none.
  public var lower: Double
  /// Upper bound; `.infinity` for none.
  public var upper: Double
}
