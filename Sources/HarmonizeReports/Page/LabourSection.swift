/// Division of labour: the findings by pillar and under each parent group, the groups
/// outside the EU Code's 3-5 active donors with their Herfindahl index, the donors over their
/// group limit, and (in a plan) who speaks for each donor stepping back.
///
/// Drawn from pillars.csv, parents.csv, concentration.csv, donor_burden.csv and
/// staff_plan.csv; in a plan each figure reads `today → plan` from the `_before` columns.
struct LabourSection {
  let inputs: PageInputs

  init(_ inputs: PageInputs) { self.inputs = inputs }

  func html() -> String {
    guard inputs.has("pillars.csv") else { return "" }
    var out = "<section id=\"labour\"><h2>Division of labour</h2>\n"
    out += "<p class=\"src\">Sources: pillars.csv, parents.csv, concentration.csv, "
    out += "donor_burden.csv" + (inputs.isPlan ? ", staff_plan.csv (delegate_to)" : "")
    out += (inputs.isPlan ? "; today → plan" : "") + ".</p>\n<div class=\"top\">"
    out += pillars() + parents() + "</div>\n<div class=\"top\">" + groups() + donors()
    out += "</div>\n" + delegations() + "</section>\n"
    return out
  }

  /// `a → b` from `column` and `column_before` in a plan (`b` alone when equal), else `a`;
  /// an empty value shows as `–`.
  private func cell(_ row: [String: String], _ column: String) -> String {
    func shown(_ text: String) -> String { text.isEmpty ? "–" : HTML.escape(text) }
    let now = row[column] ?? ""
    guard inputs.isPlan, let was = row[column + "_before"], was != now else {
      return shown(now)
    }
    return shown(was) + " → " + shown(now)
  }

  private func table(
    _ id: String, _ caption: String, _ headers: [String], _ rows: [[String]], empty: String
  ) -> String {
    var out = "<div><h3 id=\"\(id)\">\(HTML.escape(caption))</h3>\n"
    guard !rows.isEmpty else { return out + "<p>\(HTML.escape(empty))</p></div>\n" }
    out += "<table class=\"\(id)\"><tr>"
    out += headers.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>\n"
    for row in rows {
      out += "<tr><th>\(row[0])</th>" + row.dropFirst().map { "<td>\($0)</td>" }.joined()
      out += "</tr>\n"
    }
    return out + "</table></div>\n"
  }

  private func pillars() -> String {
    let rows = inputs.rows("pillars.csv").map { r -> [String] in
      let seats = r["seats_filled"].map { "\($0)/\(r["seats_required"] ?? "")" } ?? ""
      var seatCell = HTML.escape(seats)
      if inputs.isPlan, let f = r["seats_filled_before"], let q = r["seats_required_before"],
        "\(f)/\(q)" != seats
      {
        seatCell = HTML.escape("\(f)/\(q)") + " → " + seatCell
      }
      return [
        "<span data-pillar=\"\(HTML.escape(r["pillar"] ?? ""))\">"
          + HTML.escape(r["pillar"] ?? "") + "</span>",
        HTML.escape(r["groups"] ?? ""), cell(r, "shortfall"), cell(r, "excess"), seatCell,
        cell(r, "days"), cell(r, "active_donors"),
      ]
    }
    return table(
      "pillars", "By pillar",
      ["Pillar", "Groups", "Shortfall", "Excess", "Seats filled", "Days/month", "Donors"], rows,
      empty: "No groups.")
  }

  private func parents() -> String {
    let rows = inputs.rows("parents.csv").map { r -> [String] in
      [
        link(r["group"] ?? ""), HTML.escape(r["under"] ?? ""), cell(r, "shortfall"),
        cell(r, "children_shortfall"), cell(r, "children_gaps"),
      ]
    }
    return table(
      "parents", "Main groups and what lies under them",
      ["Group", "Sub-groups, task forces", "Own shortfall", "Shortfall under it", "Gaps under it"],
      rows, empty: "No group has sub-groups or task forces.")
  }

  private func groups() -> String {
    let rows = inputs.rows("concentration.csv").filter {
      $0["code_range"] == "below" || $0["code_range"] == "above"
    }.map { r -> [String] in
      [
        link(r["group"] ?? ""), cell(r, "active_donors"), HTML.escape(r["code_range"] ?? ""),
        cell(r, "herfindahl"), HTML.escape(r["largest_donor"] ?? ""),
      ]
    }
    return table(
      "concentration", "Groups outside 3–5 active donors (EU Code of Conduct)",
      ["Group", "Active donors", "Range", "Herfindahl (0–10000)", "Largest"], rows,
      empty: "Every group has 3 to 5 active donors.")
  }

  private func donors() -> String {
    let rows = inputs.rows("donor_burden.csv").filter {
      ($0["over_limit"] ?? "0") != "0" || $0["spread_thin"] == "yes"
    }.map { r -> [String] in
      var flags: [String] = []
      if r["spread_thin"] == "yes" { flags.append("active in many, proactive in few") }
      let limit = (r["group_limit"] ?? "") + (r["limit_from"] == "eu_code" ? " (EU Code)" : "")
      return [
        HTML.escape(r["donor"] ?? ""), cell(r, "active_groups"), HTML.escape(limit),
        cell(r, "proactive_groups"), cell(r, "days_per_group"), HTML.escape(flags.joined()),
      ]
    }
    return table(
      "spread", "Donors over their group limit",
      ["Donor", "Active groups", "Limit", "With a task", "Days per group", ""], rows,
      empty: "No donor is active in more groups than its limit.")
  }

  private func delegations() -> String {
    guard inputs.isPlan else { return "" }
    var seen = Set<[String]>()
    var rows: [[String]] = []
    for r in inputs.rows("staff_plan.csv") where !(r["delegate_reason"] ?? "").isEmpty {
      let key = [r["donor"] ?? "", r["group"] ?? ""]
      guard seen.insert(key).inserted else { continue }
      let partner = r["delegate_to"] ?? ""
      rows.append([
        HTML.escape(key[0]), link(key[1]),
        partner.isEmpty ? "<strong>no one</strong>" : HTML.escape(partner),
        HTML.escape(r["delegate_reason"] ?? ""),
      ])
    }
    rows.sort { $0[1] == $1[1] ? $0[0] < $1[0] : $0[1] < $1[1] }
    return table(
      "delegation",
      "Who speaks for those stepping back (delegated cooperation, silent partnership)",
      ["Donor", "Group", "Speaks for it", "Why"], rows, empty: "No donor steps back from a group.")
  }

  private func link(_ group: String) -> String {
    let anchor = inputs.groupAnchors[group].map { "#" + HTML.groupAnchor($0) } ?? ""
    return "<a href=\"\(anchor)\">\(HTML.escape(group))</a>"
  }
}
