import Foundation
import LinearProgramming

/// A small deterministic random source (SplitMix64), so generated instances are the same on
/// every run and every machine.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A fresh folder under the system's temporary directory, one per test.
func makeTemporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("lp-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The folder of this test target's fixture files.
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures", isDirectory: true)

/// Whether `a` and `b` agree within `tolerance` (absolute).
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance
}

/// A multi-dimensional 0-1 knapsack with random weights: trivially feasible (take nothing) but
/// slow for GLPK to prove optimal when it has many items.
func multiKnapsack(items: Int, dimensions: Int, seed: UInt64) throws -> Model {
  var rng = SplitMix64(seed: seed)
  var model = Model(name: "mkp")
  let x = try (0..<items).map { try model.addVariable("x\($0)", .binary) }
  for d in 0..<dimensions {
    var row = LinearExpression()
    var total = 0.0
    for j in 0..<items {
      let w = Double(Int.random(in: 1...1000, using: &rng))
      row.add(x[j], w)
      total += w
    }
    try model.addConstraint("capacity\(d)", row <= (total / 2).rounded())
  }
  var value = LinearExpression()
  for j in 0..<items { value.add(x[j], Double(Int.random(in: 1...1000, using: &rng))) }
  try model.maximize(value)
  return model
}

/// A market-split instance (Cornuéjols–Dawande) built around a known 0-1 solution, which is
/// returned as well: GLPK finds no feasible point on its own in seconds, so a feasible
/// incumbent can only come from the start.
func marketSplit(rows: Int, columns: Int, seed: UInt64) throws -> (Model, [Double]) {
  var rng = SplitMix64(seed: seed)
  var model = Model(name: "market-split")
  let x = try (0..<columns).map { try model.addVariable("x\($0)", .binary) }
  let known = (0..<columns).map { _ in Double(Int.random(in: 0...1, using: &rng)) }
  for i in 0..<rows {
    var row = LinearExpression()
    var rhs = 0.0
    for j in 0..<columns {
      let a = Double(Int.random(in: 0...99, using: &rng))
      row.add(x[j], a)
      rhs += a * known[j]
    }
    try model.addConstraint("split\(i)", row == rhs)
  }
  var cost = LinearExpression()
  for j in 0..<columns { cost.add(x[j], Double(Int.random(in: 1...20, using: &rng))) }
  try model.minimize(cost)
  return (model, known)
}

/// `model` with every column continuous: its LP relaxation.
func relaxation(of model: Model) throws -> Model {
  var relaxed = Model(name: model.name)
  for v in model.variables {
    _ = try relaxed.addVariable(v.name, .continuous, lower: v.lower, upper: v.upper)
  }
  for (name, c) in zip(model.constraintNames, model.constraints) {
    try relaxed.addConstraint(name, c)
  }
  if model.sense == .minimize {
    try relaxed.minimize(model.objective)
  } else {
    try relaxed.maximize(model.objective)
  }
  return relaxed
}
