/// Each donor's load as donor_burden.csv writes it (today, and the plan's in a plan) and the
/// load ceiling when one is known: a donor_burden.csv column named `*ceiling*`, else the
/// `ceiling` of tradeoff.csv's chosen step.
struct BurdenFigures {
  /// Donor → load text of today (`load` in an analysis, `load_before` in a plan).
  var today: [String: String] = [:]
  /// Donor → the plan's load text (`load` in a plan); empty in an analysis.
  var plan: [String: String] = [:]
  /// Donor → ceiling text.
  var ceiling: [String: String] = [:]
  /// Where the ceiling comes from, for the page's source notes.
  var ceilingSource = ""

  init(_ inputs: PageInputs) {
    let rows = inputs.rows("donor_burden.csv")
    let columns = inputs.tables["donor_burden.csv"]?.columns ?? []
    let ceilingColumn = columns.first { $0.contains("ceiling") && !$0.hasSuffix("_before") }
    let chosen = inputs.rows("tradeoff.csv").first { $0["chosen"] == "yes" }?["ceiling"]
    for r in rows {
      guard let donor = r["donor"] else { continue }
      if inputs.isPlan {
        today[donor] = r["load_before"]
        plan[donor] = r["load"]
      } else {
        today[donor] = r["load"]
      }
      if let column = ceilingColumn, let value = r[column], Double(value) != nil {
        ceiling[donor] = value
      } else if let chosen, Double(chosen) != nil {
        ceiling[donor] = chosen
      }
    }
    if let ceilingColumn {
      ceilingSource = "donor_burden.csv (\(ceilingColumn))"
    } else if chosen != nil {
      ceilingSource = "tradeoff.csv (ceiling of the chosen step)"
    }
  }

  /// `0.623`, `0.623 → 0.510`, with ` / 0.550` when a ceiling is known.
  func loadText(_ donor: String) -> String {
    var text = today[donor] ?? "–"
    if let p = plan[donor] { text += " → " + p }
    if let c = ceiling[donor] { text += " / " + c }
    return text
  }

  /// A load text as a number for drawing; `inf` and missing values draw as `nil`.
  static func value(_ text: String?) -> Double? {
    guard let text, let v = Double(text), v.isFinite else { return nil }
    return v
  }
}
