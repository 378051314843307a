/// Escaping and small builders for the HTML page; every data value goes through `escape`.
enum HTML {
  /// `text` safe inside an element or a quoted attribute: `&`, `<`, `>`, `"` and `'` become
  /// entities.
  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 })
    else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for c in text.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// ` name="value"` with the value escaped.
  static func attribute(_ name: String, _ value: String) -> String {
    " \(name)=\"\(escape(value))\""
  }

  /// A number for SVG geometry with one decimal, the same bytes on every run.
  static func number(_ value: Double) -> String { Format.fixed(value, 1) }

  /// The in-page anchor of a group's column; an index, since ids may hold any character.
  static func groupAnchor(_ index: Int) -> String { "g-\(index)" }
}
