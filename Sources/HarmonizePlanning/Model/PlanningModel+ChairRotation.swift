import HarmonizeData
import LinearProgramming

/// A donor's overstay years in one window of `term + 1` lead years (rules v3, rule 3).
struct Overstay {
  /// o ≥ lead − allowed, o ≥ 0.
  let variable: Variable
  /// The donor's lead years of the window that the plan decides.
  let lead: LinearExpression
  /// Lead years of the window still within the term: `term` less the years led before the plan.
  let allowed: Double
  let donor: DonorIndex
  let group: GroupIndex
  /// First year of the window.
  let start: Int

  /// The overstay years of a column vector.
  func value(_ x: [Double]) -> Double { max(0, lead.value(x) - allowed) }
}

extension PlanningModel {
  /// The hard rules of the chair rotation (rules v3; docs/model.md, "Chair rotation"): lead
  /// first, no comeback, and today's lead continuing with staff not competent only while its
  /// lead is unbroken. (Competent leads are a matter of columns: `PlanningIndex.canHold`.)
  mutating func addRotationRules() throws(ModelError) {
    for j in index.data.groups.positions where index.roles(j).contains(.focal) {
      try addLeadFirst(j)
      try addNoComeback(j)
      try addUnbrokenContinuation(j)
    }
  }

  /// The donor's lead of group `j` in `year`: its holding in a plan year, 0 or 1 before.
  func lead(_ d: DonorIndex, _ j: GroupIndex, _ year: Int) -> LinearExpression {
    if year >= index.startYear {
      return donorHolds(SeatKey(group: j, year: year, role: .focal))[d] ?? LinearExpression()
    }
    return LinearExpression(constant: index.ledBefore(d, j, year) ? 1 : 0)
  }

  /// Rule 1: `Σ h[r] ≤ n_r · Σ h[focal]` for every other role r with n_r seats.
  private mutating func addLeadFirst(_ j: GroupIndex) throws(ModelError) {
    for y in index.seatYears[j] {
      let leads = (holds[SeatKey(group: j, year: y, role: .focal)] ?? []).map(\.variable).sum()
      for r in index.roles(j) where r != .focal {
        let others = (holds[SeatKey(group: j, year: y, role: r)] ?? []).map(\.variable)
        guard !others.isEmpty else { continue }
        let n = Double(index.seatCount(j, r))
        try model.addConstraint("leadfirst_\(j)_\(y)_\(r)", others.sum() - n * leads <= 0)
      }
    }
  }

  /// Rule 2: `F[y] − F[y+1] + F[y+2] ≤ 1` per donor (A, B, A and A, -, A), years before the
  /// plan fixed by today's run; lifted where a decision pins the lead taken back.
  private mutating func addNoComeback(_ j: GroupIndex) throws(ModelError) {
    let years = index.seatYears[j]
    guard let first = years.first, let last = years.last, last - first >= 1 else { return }
    var donors = Set<DonorIndex>()
    for y in years {
      donors.formUnion(donorHolds(SeatKey(group: j, year: y, role: .focal)).keys)
    }
    for d in donors.sorted() {
      for y in (first - 2)...(last - 2) where years.contains(y + 2) {
        let back = lead(d, j, y + 2)
        let before = lead(d, j, y)
        guard !back.variables.isEmpty, !(before.variables.isEmpty && before.constant < 0.5),
          !index.decisions.pinsLead(group: j, year: y + 2, donor: d)
        else { continue }
        let between = lead(d, j, y + 1)
        guard !(between.variables.isEmpty && between.constant > 0.5) else { continue }
        let row = before - between + back
        try model.addConstraint("comeback_\(d)_\(j)_\(y)", row <= 1)
      }
    }
  }

  /// Rule 5's exception: today's lead donor keeps the seat through staff without a needed
  /// skill only while its lead is unbroken: `Σ h ≤ F[d0, y']` for every earlier plan year.
  private mutating func addUnbrokenContinuation(_ j: GroupIndex) throws(ModelError) {
    guard let today = index.todayLead(j) else { return }
    let d = today.donor
    for y in index.seatYears[j] where y > index.startYear {
      let key = SeatKey(group: j, year: y, role: .focal)
      let continuing = (holds[key] ?? []).filter {
        index.donorOf[$0.staff] == d && !index.facts.isCompetentLead($0.staff, j)
          && !index.decisions.pinsSeat(key, donor: d, staff: $0.staff)
      }
      guard !continuing.isEmpty else { continue }
      for earlier in index.startYear..<y {
        try model.addConstraint(
          "unbroken_\(j)_\(y)_\(earlier)",
          continuing.map(\.variable).sum() - lead(d, j, earlier) <= 0)
      }
    }
  }
}
