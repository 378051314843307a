/// One bar per donor: load today (outlined) and in the plan (solid), the ceiling as a dashed
/// line when known, and 100% as a solid line; the numbers also in a table for screen readers.
struct BurdenSection {
  let inputs: PageInputs
  let figures: BurdenFigures

  init(_ inputs: PageInputs) {
    self.inputs = inputs
    figures = BurdenFigures(inputs)
  }

  private let rowHeight = 22.0
  private let labelWidth = 110.0
  private let barWidth = 520.0

  func html() -> String {
    guard inputs.has("donor_burden.csv") else { return "" }
    var out = "<section id=\"burden\"><h2>Burden by donor</h2>\n<p class=\"src\">"
    out += "Source: donor_burden.csv, "
    out += inputs.isPlan ? "load_before (today, outlined) and load (plan, solid)" : "load"
    if !figures.ceilingSource.isEmpty { out += "; ceiling (dashed line): \(figures.ceilingSource)" }
    out += ". Load = burden ÷ capacity; the solid vertical line is 1 (100%); "
    out += "<code>inf</code>: a burden without capacity.</p>\n<div class=\"top\">"
    out += chart() + TradeoffChart(inputs).html() + "</div>\n" + table() + "</section>\n"
    return out
  }

  private var donors: [String] { inputs.donors }

  /// The largest value the axis shows: every finite load and ceiling, at least 1.
  private var scaleMax: Double {
    let all = [figures.today, figures.plan, figures.ceiling].flatMap(\.values)
    return max(1, all.compactMap(BurdenFigures.value).max() ?? 1)
  }

  private func x(_ value: Double) -> String {
    HTML.number(labelWidth + value / scaleMax * barWidth)
  }

  private func chart() -> String {
    let height = rowHeight * Double(donors.count) + 30
    let width = labelWidth + barWidth + 130
    var out = "<svg role=\"img\" aria-labelledby=\"burden-t burden-d\" width=\"\(Int(width))\" "
    out += "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
    out += "font-size=\"13\"><title id=\"burden-t\">Load by donor</title>"
    out += "<desc id=\"burden-d\">\(HTML.escape(summary()))</desc>"
    for (i, donor) in donors.enumerated() { out += bar(donor, top: Double(i) * rowHeight) }
    let bottom = HTML.number(rowHeight * Double(donors.count))
    out += "<line x1=\"\(x(1))\" x2=\"\(x(1))\" y1=\"0\" y2=\"\(bottom)\" stroke=\"#000\"/>"
    out += "<text x=\"\(x(1))\" y=\"\(HTML.number(rowHeight * Double(donors.count) + 16))\" "
    out += "text-anchor=\"middle\">1.000</text></svg>"
    return out
  }

  private func bar(_ donor: String, top: Double) -> String {
    var out = "<text x=\"\(HTML.number(labelWidth - 6))\" y=\"\(HTML.number(top + 15))\" "
    out += "text-anchor=\"end\">\(HTML.escape(donor))</text>"
    let today = figures.today[donor]
    let plan = figures.plan[donor]
    let solid = inputs.isPlan ? plan : today
    if inputs.isPlan { out += rect(today, top: top + 2, height: 8, solid: false) }
    out += rect(
      solid, top: top + (inputs.isPlan ? 10 : 3), height: inputs.isPlan ? 9 : 14,
      solid: true)
    if let c = BurdenFigures.value(figures.ceiling[donor]) {
      out += "<line x1=\"\(x(c))\" x2=\"\(x(c))\" y1=\"\(HTML.number(top))\" "
      out += "y2=\"\(HTML.number(top + rowHeight))\" stroke=\"\(PageStyle.vermillion)\" "
      out += "stroke-width=\"2.5\" stroke-dasharray=\"4 2\"/>"
    }
    let label = [today, inputs.isPlan ? plan : nil].compactMap { $0 }.joined(separator: " → ")
    let end = labelWidth + barWidth + 6
    out += "<text x=\"\(HTML.number(end))\" y=\"\(HTML.number(top + 15))\">"
    return out + HTML.escape(label) + "</text>"
  }

  private func rect(_ text: String?, top: Double, height: Double, solid: Bool) -> String {
    guard let text else { return "" }
    let value = text == "inf" ? scaleMax : (BurdenFigures.value(text) ?? 0)
    let width = HTML.number(value / scaleMax * barWidth)
    let paint =
      solid
      ? "fill=\"\(PageStyle.blue)\"" : "fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\""
    return "<rect x=\"\(HTML.number(labelWidth))\" y=\"\(HTML.number(top))\" width=\"\(width)\" "
      + "height=\"\(HTML.number(height))\" \(paint)/>"
  }

  private func summary() -> String {
    let parts = donors.map { "\($0) \(figures.loadText($0))" }
    let what = inputs.isPlan ? "today → plan" : "today"
    let ceiling = figures.ceilingSource.isEmpty ? "" : " / ceiling"
    return "Load of each donor (\(what)\(ceiling)): " + parts.joined(separator: "; ")
  }

  /// The same figures as a table, hidden on screen, read by screen readers.
  private func table() -> String {
    var out = "<table class=\"sr\"><caption>Load by donor</caption><tr><th>Donor</th>"
    out += inputs.isPlan ? "<th>Today</th><th>Plan</th>" : "<th>Load</th>"
    out += "<th>Ceiling</th></tr>"
    for d in donors {
      out += "<tr><th>\(HTML.escape(d))</th><td>\(HTML.escape(figures.today[d] ?? ""))</td>"
      if inputs.isPlan { out += "<td>\(HTML.escape(figures.plan[d] ?? ""))</td>" }
      out += "<td>\(HTML.escape(figures.ceiling[d] ?? ""))</td></tr>"
    }
    return out + "</table>\n"
  }
}
