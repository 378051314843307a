import HarmonizeData

/// Chair rotation: groups × years (today's, then the plan's), who leads and who follows, the
/// lead's years counted against the group's term, handovers of the lead seat marked.
struct ChairSection {
  /// One seat held in one year.
  struct Seat {
    var role: String
    var donor: String
    var since: Int?
    /// chair_plan.csv's `change` (`continue`, `rotate`, `new`); empty for today.
    var change: String
    var previous: String
  }

  let inputs: PageInputs
  /// Group → year → seats, lead first.
  private(set) var seats: [String: [Int: [Seat]]] = [:]
  let years: [Int]

  /// Group → year → roles of the seats chair_plan.csv lists as left empty.
  private var empty: [String: [Int: [String]]] = [:]

  init(_ inputs: PageInputs) {
    self.inputs = inputs
    let today = inputs.currentYear
    years = (today.map { [$0] } ?? []) + (inputs.isPlan ? inputs.rosterYears : [])
    if let today { addToday(today) }
    for r in inputs.rows("chair_plan.csv") {
      guard let group = r["group"], let year = Int(r["year"] ?? ""), let role = r["role"] else {
        continue
      }
      if r["change"] == "empty" {
        empty[group, default: [:]][year, default: []].append(role)
        continue
      }
      seats[group, default: [:]][year, default: []].append(
        Seat(
          role: role, donor: r["donor"] ?? "", since: Int(r["since"] ?? ""),
          change: r["change"] ?? "", previous: r["previous_donor"] ?? ""))
    }
  }

  private mutating func addToday(_ year: Int) {
    let data = inputs.dataSet
    let held = data.participation.compactMap { m -> (Membership, SeatRole, String)? in
      guard let role = m.role, let person = data.staffMember(m.staff) else { return nil }
      return (m, role, person.donor)
    }
    let sorted = held.sorted { a, b in (a.0.group, a.1, a.2) < (b.0.group, b.1, b.2) }
    for (m, role, donor) in sorted {
      seats[m.group, default: [:]][year, default: []].append(
        Seat(role: role.rawValue, donor: donor, since: m.since ?? year, change: "", previous: ""))
    }
  }

  func html() -> String {
    guard !years.isEmpty else { return "" }
    let anchors = inputs.groupAnchors
    var out = "<section id=\"chairs\"><h2>Chair rotation</h2>\n<p class=\"src\">\(source)</p>\n"
    out += "<div class=\"scroll\"><table class=\"chairs\"><caption class=\"sr\">Chair seats by "
    out += "group and year</caption>\n<thead><tr><th scope=\"col\">Group (term)</th>"
    for (i, y) in years.enumerated() {
      let label = i == 0 ? "\(y) (today)" : "\(y)"
      out += "<th scope=\"col\">\(label)</th>"
    }
    out += "</tr></thead>\n<tbody>\n"
    for g in inputs.groups where g.chair != .none || seats[g.id] != nil {
      let link = anchors[g.id].map { "#" + HTML.groupAnchor($0) } ?? ""
      out += "<tr><th scope=\"row\"><a href=\"\(link)\">\(HTML.escape(g.id))</a> (\(g.term))</th>"
      for y in years {
        out += cell(seats[g.id]?[y] ?? [], empty: empty[g.id]?[y] ?? [], year: y, term: g.term)
      }
      out += "</tr>\n"
    }
    return out + "</tbody></table></div></section>\n"
  }

  private var source: String {
    let plan = inputs.isPlan ? "; plan years: chair_plan.csv (role, donor, since, change)" : ""
    return "Today: participation.csv roles and since\(plan). The lead (bold) shows its year in "
      + "the seat against the group's term (year − since + 1 of term); ⇄ marks a lead handed "
      + "over (change <code>rotate</code>) and ✚ a lead seat filled after an empty year "
      + "(<code>new</code>), (overstay) a lead past its term; then the vice and troika seats; "
      + "an empty seat is a chair_plan.csv row <code>empty</code>, its column "
      + "<code>blocked</code> says who could have held it and what stops each."
  }

  private func cell(_ held: [Seat], empty: [String], year: Int, term: Int) -> String {
    guard !held.isEmpty || !empty.isEmpty else { return "<td>–</td>" }
    let lead = held.first { $0.role == "focal" }
    let handover = lead?.change == "rotate"
    var out = handover ? "<td class=\"ho\">" : "<td>"
    if let lead {
      let served = lead.since.map { "\(year - $0 + 1)/\(term)" } ?? "?"
      out += "<span class=\"lead\">\(HTML.escape(lead.donor))</span> \(served)"
      if handover { out += " ⇄ from \(HTML.escape(lead.previous))" }
      if lead.change == "new" { out += " ✚ new" }
      if let since = lead.since, year - since + 1 > term, !handover { out += " (overstay)" }
    } else {
      out += empty.contains("focal") ? "<span class=\"empty\">lead empty</span>" : "no lead"
    }
    let others = held.filter { $0.role != "focal" }
    var text = others.map { "\(PageStyle.seatName($0.role)) \(HTML.escape($0.donor))" }
    text += empty.filter { $0 != "focal" }.map { "\(PageStyle.seatName($0)) empty" }
    if !text.isEmpty {
      out += "<br><span class=\"other\">\(text.joined(separator: ", "))</span>"
    }
    return out + "</td>"
  }
}
