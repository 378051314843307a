import HarmonizeData
import LinearProgramming

/// Terms and the rotation rows: overstay years (rules v3, rule 3), min term, and the rotation cuts.
extension PlanningModel {
  /// Overstay years (rules v3, rule 3): in any `term + 1` consecutive years a donor's lead
  /// years beyond `term` are counted (today's run included), not forbidden; min term: a lead
  /// started in the plan stays `min_term` years while seats run.
  mutating func addTermRules(_ j: GroupIndex) throws(ModelError) {
    let g = index.data.groups[j]
    let years = index.seatYears[j]
    guard g.chair.seats.contains(.focal), let last = years.last else { return }
    var lead: [DonorIndex: [Int: LinearExpression]] = [:]  // donor → year → L
    for y in years {
      for (d, e) in donorHolds(SeatKey(group: j, year: y, role: .focal)) {
        lead[d, default: [:]][y] = e
      }
    }
    for d in lead.keys.sorted() {
      let byYear = lead[d] ?? [:]
      func past(_ y: Int) -> Double { index.ledBefore(d, j, y) ? 1 : 0 }
      for t in (index.startYear - g.term)...last {
        let window = t...(t + g.term)
        var e = LinearExpression()
        var fixed = 0.0
        var count = 0
        for y in window {
          if y < index.startYear {
            fixed += past(y)
          } else if let l = byYear[y] {
            e.add(l)
            count += 1
          }
        }
        guard count > 0, Double(count) + fixed > Double(g.term) else { continue }
        let o = try model.addVariable("o_\(d)_\(j)_\(t)", lower: 0)
        try model.addConstraint("term_\(d)_\(j)_\(t)", e - o <= Double(g.term) - fixed)
        overstays.append(
          Overstay(
            variable: o, lead: e, allowed: Double(g.term) - fixed, donor: d, group: j, start: t))
        objectives[.overstay].add(o)
      }
      guard g.minTerm > 1 else { continue }
      for y in years {
        guard let now = byYear[y] else { continue }
        let before = byYear[y - 1] ?? LinearExpression(constant: past(y - 1))
        for k in 1..<g.minTerm where y + k <= last && years.contains(y + k) {
          let later = byYear[y + k] ?? LinearExpression()
          try model.addConstraint("minterm_\(d)_\(j)_\(y)_\(k)", now - before - later <= 0)
        }
      }
    }
  }

  /// Valid rows that tighten the LP bound of the change count.
  ///
  /// A lead filled in each of `term + 1` consecutive years is taken up in one of the last
  /// `term` of them, unless some of those years it is empty or its holder overstays in the
  /// window. Without them the LP keeps constant fractional leads that never rotate.
  mutating func addRotationCuts(_ j: GroupIndex) throws(ModelError) {
    let term = index.data.groups[j].term
    let years = index.seatYears[j]
    guard let firstYear = years.first, term >= 1 else { return }
    let todayFilled = index.todayLead(j) != nil
    for t in (firstYear - 1)...(years.last ?? firstYear) {
      let window = t...(t + term)
      guard window.allSatisfy({ years.contains($0) || ($0 == firstYear - 1 && todayFilled) })
      else { continue }
      // A year an earlier plan committed counts changes against the commitment, not the
      // year before: the argument of the cut does not hold there.
      guard !window.contains(where: { $0 > t && index.committedHolders(j, $0, .focal) != nil })
      else { continue }
      var row = LinearExpression()
      for y in window {
        let key = SeatKey(group: j, year: y, role: .focal)
        if y > t { row.add(incoming[key] ?? LinearExpression()) }
        if let f = seatShort[key] { row.add(f) }
      }
      for o in overstays where o.group == j && o.start == t { row.add(o.variable) }
      try model.addConstraint("rotate_\(j)_\(t)", row >= 1)
    }
  }

  /// The overstay years, after the seats are set.
  func setOverstayColumns(_ x: inout [Double]) {
    for o in overstays { x[o.variable.index] = o.value(x) }
  }
}
