/// The priorities of docs/model.md (rules v3), in strict order: a higher one is never
/// traded for a lower one.
public enum Priority: String, CaseIterable, Sendable, Comparable {
  /// 1. Least total shortfall.
  case shortfall
  /// 2. Fewest overstay years (a lead past its term).
  case overstay
  /// 3. Least total excess.
  case excess
  /// 4. Least total overload above the load ceiling.
  case overload
  /// 5. Fewest unasked takeovers (a seat given to a donor that did not ask for it).
  case unasked
  /// 6. Fewest changes.
  case changes
  /// 7. The weighted rest: preferences, skill fit, lead continuity, spread of loads.
  case weighted

  /// The priorities that are sums to be proven, before the weighted rest.
  public static let ranked: [Priority] = allCases.filter { $0 != .weighted }

  /// The priority's place in the order, from 1.
  public var rank: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

  /// Whether it counts whole units (all but the overload and the weighted rest).
  public var isCount: Bool { self != .overload && self != .weighted }

  /// The name in reports, run.json and exported model files.
  public var name: String { rawValue }

  public static func < (a: Priority, b: Priority) -> Bool { a.rank < b.rank }

  /// The file of this priority's model beside `path`: `dir/plan.mps` → `dir/plan-changes.mps`.
  public func modelFile(beside path: String) -> String {
    let dot = path.lastIndex(of: ".").flatMap { i in
      path[i...].contains("/") ? nil : i
    }
    guard let dot else { return "\(path)-\(name)" }
    return "\(path[..<dot])-\(name)\(path[dot...])"
  }
}

/// One value per priority, read by the priority.
struct PerPriority<Value> {
  private var values: [Value]

  init(repeating value: Value) {
    values = Array(repeating: value, count: Priority.allCases.count)
  }

  init(_ value: (Priority) -> Value) { values = Priority.allCases.map(value) }

  subscript(priority: Priority) -> Value {
    get { values[priority.rank - 1] }
    set { values[priority.rank - 1] = newValue }
  }
}

extension PerPriority: Sendable where Value: Sendable {}
