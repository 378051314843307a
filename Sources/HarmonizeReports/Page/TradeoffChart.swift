/// The price of fairness from tradeoff.csv, when the folder has it: each step's load
/// ceiling against the changes it costs, the chosen step ringed; the rows also as a table.
struct TradeoffChart {
  struct Step {
    var ceiling: String
    var changes: String
    var largestLoad: String
    var status: String
    var chosen: Bool
  }

  let steps: [Step]

  init(_ inputs: PageInputs) {
    steps = inputs.rows("tradeoff.csv").map { r in
      Step(
        ceiling: r["ceiling"] ?? "", changes: r["changes"] ?? "",
        largestLoad: r["largest_load"] ?? "", status: r["status"] ?? "",
        chosen: r["chosen"] == "yes")
    }
  }

  private let width = 360.0
  private let height = 240.0
  private let margin = 44.0

  func html() -> String {
    guard !steps.isEmpty else { return "" }
    var out = "<figure><svg role=\"img\" aria-labelledby=\"trade-t trade-d\" "
    out += "width=\"\(Int(width))\" height=\"\(Int(height))\" font-size=\"13\">"
    out += "<title id=\"trade-t\">Price of fairness: load ceiling against changes</title>"
    out += "<desc id=\"trade-d\">\(HTML.escape(summary()))</desc>" + axes() + points()
    out += "</svg><figcaption>Source: tradeoff.csv (ceiling, changes; the chosen step ringed)"
    return out + "</figcaption>" + table() + "</figure>"
  }

  private var points2D: [(Double, Double)?] {
    steps.map { s in Double(s.ceiling).flatMap { c in Double(s.changes).map { (c, $0) } } }
  }

  private func range(_ values: [Double]) -> (Double, Double) {
    let low = values.min() ?? 0
    let high = values.max() ?? 1
    return high > low ? (low, high) : (low - 1, high + 1)
  }

  private func position(_ p: (Double, Double)) -> (String, String) {
    let known = points2D.compactMap { $0 }
    let (x0, x1) = range(known.map(\.0))
    let (y0, y1) = range(known.map(\.1))
    let x = margin + (p.0 - x0) / (x1 - x0) * (width - 2 * margin)
    let y = height - margin - (p.1 - y0) / (y1 - y0) * (height - 2 * margin)
    return (HTML.number(x), HTML.number(y))
  }

  private func axes() -> String {
    let bottom = HTML.number(height - margin)
    let right = HTML.number(width - margin / 2)
    var out = "<path d=\"M\(Int(margin)) 10V\(bottom)H\(right)\" fill=\"none\" stroke=\"#000\"/>"
    out += "<text x=\"\(HTML.number(width / 2))\" y=\"\(HTML.number(height - 8))\" "
    out += "text-anchor=\"middle\">load ceiling</text>"
    out += "<text x=\"12\" y=\"\(HTML.number(height / 2))\" text-anchor=\"middle\" "
    out += "transform=\"rotate(-90 12 \(HTML.number(height / 2)))\">changes</text>"
    return out
  }

  private func points() -> String {
    var path = ""
    var out = ""
    for (step, point) in zip(steps, points2D) {
      guard let point else { continue }
      let (x, y) = position(point)
      path += (path.isEmpty ? "M" : "L") + "\(x) \(y)"
      out += "<path d=\"M\(x) \(y)m-4 0h8m-4-4v8\" stroke=\"#000\" stroke-width=\"2\"/>"
      if step.chosen {
        out += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"9\" fill=\"none\" "
        out += "stroke=\"\(PageStyle.vermillion)\" stroke-width=\"3\"/>"
        out += "<text x=\"\(x)\" y=\"\(y)\" dx=\"12\" dy=\"-10\">chosen: "
        out += "\(HTML.escape(step.ceiling)), \(HTML.escape(step.changes))</text>"
      }
    }
    let line = "<path d=\"\(path)\" fill=\"none\" stroke=\"\(PageStyle.blue)\" stroke-width=\"2\"/>"
    return (path.isEmpty ? "" : line) + out
  }

  private func summary() -> String {
    steps.map { s in
      "ceiling \(s.ceiling): \(s.changes) changes, largest load \(s.largestLoad), "
        + s.status + (s.chosen ? " (chosen)" : "")
    }.joined(separator: "; ")
  }

  private func table() -> String {
    var out = "<table class=\"sr\"><caption>Price of fairness (tradeoff.csv)</caption><tr>"
    out += "<th>ceiling</th><th>changes</th><th>largest load</th><th>status</th><th>chosen</th>"
    out += "</tr>"
    for s in steps {
      let cells = [s.ceiling, s.changes, s.largestLoad, s.status, s.chosen ? "yes" : "no"]
      out += "<tr>" + cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>"
    }
    return out + "</table>"
  }
}
