/// How messages echo text from the user's files and arguments: escaped and shortened, so a
/// problem is always one line and no escape sequence reaches the terminal.
public enum MessageText {
  /// Longest echo, in Unicode scalars; longer text is cut and its length given.
  static let maxLength = 80

  /// `value` in double quotes, escaped and shortened: `"NLX"`, `"a\nb"`, `"\u{1B}[31m"`.
  public static func quoted(_ value: some StringProtocol) -> String {
    "\"" + escaped(value, quote: true) + "\""
  }

  /// `value` escaped and shortened, without quotes (numbers, paths, file names).
  public static func plain(_ value: some StringProtocol) -> String {
    escaped(value, quote: false)
  }

  /// `text` with every control or invisible-direction character escaped; the length is kept.
  public static func singleLine(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
    var out = ""
    for scalar in text.unicodeScalars { append(scalar, to: &out, quote: false) }
    return out
  }

  private static func escaped(_ value: some StringProtocol, quote: Bool) -> String {
    var out = ""
    var count = 0
    for scalar in value.unicodeScalars {
      if count == maxLength {
        let total = value.unicodeScalars.count
        out += "…(\(total) characters)"
        break
      }
      append(scalar, to: &out, quote: quote)
      count += 1
    }
    return out
  }

  private static func append(_ scalar: Unicode.Scalar, to out: inout String, quote: Bool) {
    switch scalar {
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "\"" where quote: out += "\\\""
    case "\\" where quote: out += "\\\\"
    default:
      if needsEscape(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }

  /// C0 and C1 controls, DEL, line and paragraph separators, direction controls, BOM.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E,
      0x2066...0x2069, 0xFEFF:
      true
    default: false
    }
  }
}
