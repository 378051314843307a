import Foundation

/// Number formatting shared by every report, fixed so output is byte-identical everywhere.
public enum Format {
  /// `value` with `places` decimals, trailing zeros kept (`2.50`); `-0.00` becomes `0.00`.
  public static func fixed(_ value: Double, _ places: Int = 2) -> String {
    guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let rounded = (value * scale).rounded(.toNearestOrAwayFromZero)
    // Beyond Int64 the value has no fraction left to round: print its digits as they are.
    guard abs(rounded) < 9e18 else { return String(format: "%.\(places)f", value) }
    let negative = rounded < 0
    let units = Int64(abs(rounded))
    let whole = units / Int64(scale)
    let fraction = units % Int64(scale)
    var text = String(whole)
    if places > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    return negative && units != 0 ? "-" + text : text
  }

  /// A share or load as a percentage with one decimal: `37.5%`.
  public static func percent(_ fraction: Double) -> String { fixed(fraction * 100, 1) + "%" }
}
