import Foundation
import LinearProgramming

/// An OR-Library generalised assignment instance.
///
/// m agents, n jobs, profits c[i][j], resource uses a[i][j] and capacities b[i]. Each job goes to exactly one agent.
struct GAPInstance {
  var profits: [[Double]]
  var uses: [[Double]]
  var capacities: [Double]

  /// Reads every instance of an OR-Library `gapN.txt` file, in file order.
  static func load(_ file: String) throws -> [GAPInstance] {
    let text = try String(contentsOf: fixturesFolder.appendingPathComponent(file), encoding: .utf8)
    var numbers = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }[...]
    func take(_ k: Int) -> [Double] {
      defer { numbers = numbers.dropFirst(k) }
      return Array(numbers.prefix(k))
    }
    let count = Int(take(1)[0])
    return (0..<count).map { _ in
      let size = take(2)
      let (m, n) = (Int(size[0]), Int(size[1]))
      let profits = (0..<m).map { _ in take(n) }
      let uses = (0..<m).map { _ in take(n) }
      return GAPInstance(profits: profits, uses: uses, capacities: take(m))
    }
  }

  /// The maximisation model: binaries x[i][j], one agent per job, capacity per agent.
  func model() throws -> Model {
    let (m, n) = (capacities.count, profits[0].count)
    var model = Model(name: "gap")
    let x = try (0..<m).map { i in
      try (0..<n).map { j in try model.addVariable("x_\(i)_\(j)", .binary) }
    }
    for j in 0..<n {
      try model.addConstraint("job\(j)", (0..<m).map { x[$0][j] }.sum() == 1)
    }
    for i in 0..<m {
      var use = LinearExpression()
      for j in 0..<n { use.add(x[i][j], uses[i][j]) }
      try model.addConstraint("agent\(i)", use <= capacities[i])
    }
    var profit = LinearExpression()
    for i in 0..<m { for j in 0..<n { profit.add(x[i][j], profits[i][j]) } }
    try model.maximize(profit)
    return model
  }
}
