import HarmonizeData

/// `index.html`: one self-contained page of a report folder (inline CSS and SVG, no script,
/// nothing fetched) that a task force can project or print on A3.
///
/// It is drawn from the folder's own CSV tables (gaps, duplications, donor_burden and, in a
/// plan, staff_plan, chair_plan and tradeoff when present) plus the data set for names,
/// pillars and today's participation, so every number on it is the one in the CSV files.
/// The same tables give the same bytes.
public struct HTMLPage {
  let inputs: PageInputs

  /// A page for `dataSet` from the folder's tables, keyed by file name (`gaps.csv`).
  public init(_ dataSet: DataSet, tables: [String: CSVTable]) {
    inputs = PageInputs(dataSet: dataSet, tables: tables)
  }

  public func rendered() -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
    out += "<title>\(HTML.escape(title))</title>\n<style>\n\(PageStyle.css)\n</style>\n"
    out += "</head><body>\n" + PageStyle.defs + "\n"
    out += "<header><h1>\(HTML.escape(title))</h1>\n" + headline() + "</header>\n"
    out += "<div class=\"top\">" + MatrixSection(inputs).html() + IssueLists(inputs).html()
    out += "</div>\n" + ChairSection(inputs).html() + BurdenSection(inputs).html()
    out += LabourSection(inputs).html()
    out += "<footer><p class=\"src\">Written by harmonize from the CSV files of this folder "
    out += "and the data set; see docs/reports.md.</p></footer>\n</body></html>\n"
    return out
  }

  private var title: String {
    let name = inputs.dataSet.name
    if inputs.isPlan {
      let years = inputs.rosterYears
      let span = years.first.map { f in years.last.map { "\(f)–\($0)" } ?? "\(f)" } ?? ""
      return "\(name): plan \(span)"
    }
    return "\(name): today" + (inputs.currentYear.map { " (\($0))" } ?? "")
  }

  /// Totals from the CSV files, each naming its file.
  private func headline() -> String {
    guard inputs.has("gaps.csv") else {
      return "<p>No plan in this folder (see summary.txt); today's participation only.</p>\n"
    }
    let shortfall = inputs.rows("gaps.csv").reduce(0) { $0 + (Int($1["shortfall"] ?? "") ?? 0) }
    let excess = inputs.rows("duplications.csv").reduce(0) {
      $0 + (Int($1["excess"] ?? "") ?? 0)
    }
    let d = inputs.dataSet
    var out = "<p>\(d.donors.count) donors, \(d.groups.count) groups, \(d.staff.count) staff. "
    out += inputs.isPlan ? "In the plan: " : "Today: "
    out += "total shortfall <strong>\(shortfall)</strong> (gaps.csv), total excess "
    out += "<strong>\(excess)</strong> (duplications.csv)."
    if inputs.isPlan {
      let priorities = inputs.rows("priorities.csv").map { r in
        let proven = r["status"] == "optimal" ? "proven" : "not proven"
        return "\(r["priority"] ?? ""). \(HTML.escape(r["name"] ?? "")) "
          + "<strong>\(HTML.escape(r["value"] ?? ""))</strong> (bound "
          + "\(HTML.escape(r["bound"] ?? "")), \(proven))"
      }
      if !priorities.isEmpty {
        out +=
          " Priorities in strict order (priorities.csv): "
          + priorities.joined(separator: "; ") + "."
      }
      let changed = inputs.rows("staff_plan.csv").filter { $0["change"] != "keep" }.count
      out += " Staff changes: <strong>\(changed)</strong> (staff_plan.csv rows not kept)."
      let decided = ["staff_plan.csv", "chair_plan.csv"].reduce(0) { total, file in
        total + inputs.rows(file).filter { !($0["decided"] ?? "").isEmpty }.count
      }
      if decided > 0 {
        out += " Rows decided by the task force: <strong>\(decided)</strong> (column "
        out += "<code>decided</code> of staff_plan.csv and chair_plan.csv; summary.txt says "
        out += "what the decisions cost)."
      }
    }
    return out + "</p>\n"
  }
}
