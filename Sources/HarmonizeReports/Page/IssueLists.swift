/// Gaps and crowding as short lists beside the matrix, each item linking to its group's
/// column.
struct IssueLists {
  let inputs: PageInputs

  init(_ inputs: PageInputs) { self.inputs = inputs }

  func html() -> String {
    var out = "<aside class=\"lists\"><h2 id=\"gaps\">Gaps</h2>\n"
    out += "<p class=\"src\">Source: gaps.csv (shortfall by kind).</p>\n" + gaps()
    out += "<h2 id=\"crowding\">Crowding</h2>\n"
    out += "<p class=\"src\">Source: duplications.csv (excess, suggested).</p>\n" + crowding()
    return out + "</aside>\n"
  }

  private func link(_ group: String) -> String {
    let anchor = inputs.groupAnchors[group].map { "#" + HTML.groupAnchor($0) } ?? ""
    return "<a href=\"\(anchor)\">\(HTML.escape(group))</a>"
  }

  private func gaps() -> String {
    var order: [String] = []
    var byKind: [String: [(String, Int)]] = [:]
    for r in inputs.rows("gaps.csv") {
      let group = r["group"] ?? ""
      let kind = r["kind"] ?? ""
      let n = Int(r["shortfall"] ?? "") ?? 0
      if byKind[group] == nil { order.append(group) }
      var kinds = byKind[group] ?? []
      if let i = kinds.firstIndex(where: { $0.0 == kind }) {
        kinds[i].1 += n
      } else {
        kinds.append((kind, n))
      }
      byKind[group] = kinds
    }
    guard !order.isEmpty else { return "<p>No gaps.</p>\n" }
    var out = "<ul>\n"
    for group in order {
      let kinds = byKind[group] ?? []
      let total = kinds.reduce(0) { $0 + $1.1 }
      let parts = kinds.map { "\(HTML.escape($0.0)) \($0.1)" }.joined(separator: ", ")
      out += "<li>\(link(group)): shortfall \(total) (\(parts))</li>\n"
    }
    return out + "</ul>\n"
  }

  private func crowding() -> String {
    let rows = inputs.rows("duplications.csv").filter { $0["kind"] == "donors" }
    guard !rows.isEmpty else { return "<p>No over-populated group.</p>\n" }
    var out = "<ul>\n"
    for r in rows {
      let group = r["group"] ?? ""
      out += "<li>\(link(group)): excess \(HTML.escape(r["excess"] ?? "")), "
      out += "\(HTML.escape(r["active_donors"] ?? "")) active of "
      out += "\(HTML.escape(r["max_donors"] ?? "")) at most"
      let suggested = r["suggested"] ?? ""
      if !suggested.isEmpty { out += "; step back: \(HTML.escape(suggested))" }
      out += "</li>\n"
    }
    return out + "</ul>\n"
  }
}
