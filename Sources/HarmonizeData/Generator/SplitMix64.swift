/// A small seeded generator (SplitMix64, Steele, Lea and Flood 2014).
///
/// A synthetic data set is then byte-identical for the same seed on every platform and
/// Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range`, computed the same way everywhere (unlike
  /// `Int.random(in:using:)`, whose algorithm the standard library may change).
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % width)
  }

  /// A uniform value in [0, 1).
  public mutating func unit() -> Double {
    Double(next() >> 11) / Double(UInt64(1) << 53)
  }

  /// Whether an event of probability `p` happens.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniformly chosen element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T {
    items[int(in: 0...(items.count - 1))]
  }

  /// The array in a random order (Fisher-Yates with this generator).
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var result = items
    if result.count < 2 { return result }
    for i in stride(from: result.count - 1, to: 0, by: -1) {
      result.swapAt(i, int(in: 0...i))
    }
    return result
  }
}
