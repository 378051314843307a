/// The number syntax of the contract: optional sign, digits, optional `.` and digits.
///
/// Stricter than `Double(_:)`, which also takes `1e3`, `0x1p3`, `nan` and `inf`.
enum NumberSyntax {
  static func decimal(_ text: String) -> Double? {
    var digits = 0
    var dots = 0
    for (offset, byte) in text.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."): dots += 1
      case UInt8(ascii: "-"), UInt8(ascii: "+"): if offset != 0 { return nil }
      default: return nil
      }
    }
    guard digits > 0, dots <= 1 else { return nil }
    return Double(text)
  }

  /// Whether `text` spells NaN or an infinity, to give those a message of their own.
  static func isNonFinite(_ text: String) -> Bool {
    var body = Substring(text.lowercased())
    if let first = body.first, first == "-" || first == "+" { body.removeFirst() }
    return ["nan", "inf", "infinity"].contains(String(body))
  }
}
