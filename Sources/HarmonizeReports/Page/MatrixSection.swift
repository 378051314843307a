import HarmonizeData

/// The donor × group matrix: one cell per donor and group, groups grouped by pillar, each
/// donor's load in the right margin and each group's shortfall and excess at the foot.
struct MatrixSection {
  let inputs: PageInputs
  let cells: [String: [String: MatrixCell]]
  let groups: [WorkingGroup]

  init(_ inputs: PageInputs) {
    self.inputs = inputs
    groups = inputs.groups
    cells = MatrixCell.cells(inputs, planYear: inputs.rosterYears.first)
  }

  func html() -> String {
    var out = "<section id=\"matrix\"><h2>Who sits where</h2>\n"
    out += "<p class=\"src\">\(source)</p>\n" + legend()
    out += "<div class=\"scroll\"><table class=\"matrix\">"
    out += "<caption class=\"sr\">Donors (rows) by working groups (columns, by pillar)"
    out += "</caption>\n<thead>" + pillarRow() + groupRow() + "</thead>\n<tbody>\n"
    let burden = BurdenFigures(inputs)
    for donor in inputs.donors { out += row(donor, burden) }
    out += "</tbody>\n<tfoot>" + footRow("shortfall", shortfalls())
    out += footRow("excess", excesses()) + "</tfoot></table></div></section>\n"
    return out
  }

  private var source: String {
    let plan =
      inputs.isPlan
      ? "; plan: staff_plan.csv (level) over today's, chair_plan.csv (seats of "
        + "\(inputs.rosterYears.first.map(String.init) ?? "the first plan year"))" : ""
    return "Cells: participation.csv (today's levels of non-TA staff and seats)\(plan). "
      + "Load: donor_burden.csv (\(inputs.isPlan ? "load_before → load" : "load")). "
      + "Shortfall: the sum of gaps.csv's shortfall per group; excess: duplications.csv."
  }

  private func legend() -> String {
    var items: [(String, String)] = [
      ("la", "active"), ("lt", "attending"), ("li", "informed"),
      ("sf", "lead seat (square)"), ("sv", "vice seat (diamond)"), ("st", "troika seat (corner)"),
    ]
    if inputs.isPlan {
      items += [
        ("ck", "kept"), ("cj", "joined"), ("cp", "promoted"), ("cd", "demoted"), ("cl", "left"),
      ]
    }
    var out = "<div class=\"legend\" aria-hidden=\"true\">"
    for (shape, text) in items {
      let width = shape.hasPrefix("c") ? "0 0 8 20" : "0 0 20 20"
      out += "<span><svg viewBox=\"\(width)\"><use href=\"#\(shape)\"/></svg> \(text)</span>"
    }
    if inputs.isPlan { out += "<span>each cell: today → plan; changed cells outlined</span>" }
    return out + "</div>\n"
  }

  private func pillarRow() -> String {
    var out = "<tr><th rowspan=\"2\" scope=\"col\">Donor</th>"
    var runs: [(String, Int)] = []
    for g in groups {
      let name = g.pillar ?? "(no pillar)"
      if runs.last?.0 == name { runs[runs.count - 1].1 += 1 } else { runs.append((name, 1)) }
    }
    for (name, count) in runs {
      out += "<th class=\"pil\" colspan=\"\(count)\" scope=\"colgroup\">\(HTML.escape(name))</th>"
    }
    let load = inputs.isPlan ? "Load today → plan" : "Load"
    return out + "<th rowspan=\"2\" scope=\"col\">\(load)</th></tr>\n"
  }

  private func groupRow() -> String {
    var out = "<tr>"
    for (i, g) in groups.enumerated() {
      out += "<th class=\"grp\" scope=\"col\" id=\"\(HTML.groupAnchor(i))\""
      out += HTML.attribute("title", g.name) + ">\(HTML.escape(g.id))</th>"
    }
    return out + "</tr>\n"
  }

  private func row(_ donor: String, _ burden: BurdenFigures) -> String {
    let name = inputs.dataSet.donor(donor)?.name ?? donor
    var out = "<tr><th scope=\"row\"" + HTML.attribute("title", name) + ">"
    out += HTML.escape(donor) + "</th>"
    let mine = cells[donor] ?? [:]
    for g in groups { out += cell(donor, g.id, mine[g.id] ?? MatrixCell()) }
    return out + "<td class=\"num\">\(HTML.escape(burden.loadText(donor)))</td></tr>\n"
  }

  /// One cell: data attributes for tests and tools, shapes, and the same in words.
  func cell(_ donor: String, _ group: String, _ c: MatrixCell) -> String {
    let plan = inputs.isPlan
    var out = "<td data-cell=\"\"" + HTML.attribute("data-donor", donor)
    out += HTML.attribute("data-group", group)
    if let l = c.today { out += " data-today=\"\(l.rawValue)\"" }
    if let s = c.todaySeat { out += " data-seat=\"\(s.rawValue)\"" }
    if plan, let l = c.plan { out += " data-plan=\"\(l.rawValue)\"" }
    if plan, let s = c.planSeat { out += " data-plan-seat=\"\(s.rawValue)\"" }
    if plan, let change = c.change { out += " data-change=\"\(change.rawValue)\"" }
    if plan, c.change != nil, c.change != .kept || c.todaySeat != c.planSeat {
      out += " class=\"chg\""
    }
    out += ">"
    if plan {
      out += planShapes(c)
    } else if c.today != nil || c.todaySeat != nil {
      out += "<svg class=\"c\" viewBox=\"0 0 20 20\">" + shapes(c.today, c.todaySeat, x: 0)
      out += "</svg>"
    }
    let words = description(c)
    if !words.isEmpty { out += "<span class=\"sr\">\(words)</span>" }
    return out + "</td>"
  }

  private func planShapes(_ c: MatrixCell) -> String {
    guard c.change != nil || c.todaySeat != nil || c.planSeat != nil else { return "" }
    var out = "<svg class=\"c2\" viewBox=\"0 0 48 20\"><g opacity=\".6\">"
    out += shapes(c.today, c.todaySeat, x: 0) + "</g>"
    if let change = c.change {
      out += "<use href=\"#\(PageStyle.changeShape(change))\" x=\"20\"/>"
    }
    return out + shapes(c.plan, c.planSeat, x: 28) + "</svg>"
  }

  private func shapes(_ level: Membership.Level?, _ seat: SeatRole?, x: Int) -> String {
    let at = x == 0 ? "" : " x=\"\(x)\""
    var out = ""
    if let level { out += "<use href=\"#\(PageStyle.levelShape(level.rawValue))\"\(at)/>" }
    if let seat { out += "<use href=\"#\(PageStyle.seatShape(seat.rawValue))\"\(at)/>" }
    return out
  }

  /// The cell in words: `active, lead` or `today attending; plan active; promoted`.
  private func description(_ c: MatrixCell) -> String {
    func words(_ l: Membership.Level?, _ s: SeatRole?) -> String {
      let parts = [l?.rawValue, s.map { PageStyle.seatName($0.rawValue) }].compactMap { $0 }
      return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
    guard inputs.isPlan else {
      return c.today == nil && c.todaySeat == nil ? "" : words(c.today, c.todaySeat)
    }
    guard let change = c.change else {
      return c.todaySeat == nil && c.planSeat == nil
        ? "" : "today \(words(nil, c.todaySeat)); plan \(words(nil, c.planSeat))"
    }
    return "today \(words(c.today, c.todaySeat)); plan \(words(c.plan, c.planSeat)); "
      + change.rawValue
  }

  private func footRow(_ title: String, _ values: [String: Int]) -> String {
    var out = "<tr><th scope=\"row\">\(title)</th>"
    for g in groups {
      out += "<td class=\"num\">\(values[g.id] ?? 0)</td>"
    }
    return out + "<td></td></tr>\n"
  }

  /// Σ gaps.csv `shortfall` per group.
  func shortfalls() -> [String: Int] {
    var sums: [String: Int] = [:]
    for r in inputs.rows("gaps.csv") {
      sums[r["group"] ?? "", default: 0] += Int(r["shortfall"] ?? "") ?? 0
    }
    return sums
  }

  /// duplications.csv `excess` of each group's `donors` row.
  func excesses() -> [String: Int] {
    var values: [String: Int] = [:]
    for r in inputs.rows("duplications.csv") where r["kind"] == "donors" {
      values[r["group"] ?? "", default: 0] += Int(r["excess"] ?? "") ?? 0
    }
    return values
  }
}
