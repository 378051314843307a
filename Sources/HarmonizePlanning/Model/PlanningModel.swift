import HarmonizeData
import LinearProgramming

/// The planning MIP (docs/model.md): memberships, donors' presence, seats per year, shortfall
/// and excess slacks, overstay years, loads against a ceiling, unasked takeovers and changes
/// against today, and the seven priorities' objectives as expressions over one model.
struct PlanningModel {
  let index: PlanningIndex
  let weights: PlanningOptions.Weights
  var model = Model(name: "harmonize")
  /// a[s,g]: staff active in the group (first plan year).
  var active: [StaffGroup: Variable] = [:]
  /// z[d,g]: donor active in the group.
  var donorActive: [DonorGroup: Variable] = [:]
  /// h[s,g,y,r]: staff holds a seat of the role in the year.
  var holds: [SeatKey: [(staff: StaffIndex, variable: Variable)]] = [:]
  /// u[g]: donor shortfall.
  var donorShort: [GroupIndex: Variable] = [:]
  /// c[n]: competency shortfall per need.
  var needShort: [NeedIndex: Variable] = [:]
  /// λ[g,l]: link from cross-cutting g to l covered, with its per-person witnesses b[s,g,l].
  var linkCovered: [GroupLink: (covered: Variable, witnesses: [(StaffIndex, Variable)])] = [:]
  /// f[g,y,r]: empty seats of the role.
  var seatShort: [SeatKey: Variable] = [:]
  /// e[g]: excess donors.
  var excess: [GroupIndex: Variable] = [:]
  /// Per donor with capacity: its load as an expression (constant: other duties).
  var loads: [DonorIndex: LinearExpression] = [:]
  /// o[d] ≥ load[d] − ceiling: the donor's overload, and the row that defines it.
  var overload: [DonorIndex: (variable: Variable, row: ConstraintReference)] = [:]
  /// t[d]: load above the average load (the spread term of the weighted priority).
  var aboveAverage: [DonorIndex: Variable] = [:]
  /// The average load over donors with capacity (defined by one row).
  var averageLoad: Variable?
  /// n[d,g,y,r]: the donor takes the seat role up in the year (it did not hold it the year
  /// before), where both years have a column for it.
  var takesUp: [SeatKey: [(donor: DonorIndex, variable: Variable)]] = [:]
  /// Per seat role and year: the donors taking it up (Σ n, or X where the donor had no
  /// column the year before).
  var incoming: [SeatKey: LinearExpression] = [:]
  /// v[g,y,r]: seats of the role held the year before and empty in this year.
  var vacated: [SeatKey: Variable] = [:]
  /// o[d,g,t] ≥ Σ lead years in t...t+term − term: a donor's overstay years in a window of
  /// `term + 1` years (rules v3, rule 3), with the lead it sums and the years it may lead.
  var overstays: [Overstay] = []
  /// The load ceiling of the overload rows (`setCeiling`); `nil` for none.
  private(set) var ceiling: Double?
  /// Each priority's objective without its constant, and the constants kept apart.
  var objectives = PerPriority(repeating: LinearExpression())
  var constants = PerPriority(repeating: 0.0)

  init(_ index: PlanningIndex, weights: PlanningOptions.Weights) throws(ModelError) {
    self.index = index
    self.weights = weights
    try addMemberships()
    try addSeats()
    try addDecidedSeats()
    try addStaffShortfalls()
    try addSeatRules()
    try addRotationRules()
    try addCapacities()
    try addLoads()
    try addMembershipChanges()
    for key in holds.keys.sorted() { try addSeatChanges(key) }
    for j in index.data.groups.positions where index.roles(j).contains(.focal) {
      try addRotationCuts(j)
    }
    try addWeightedTerms()
  }

  /// The priority's objective value for column values, constant included.
  func value(_ priority: Priority, _ values: [Double]) -> Double {
    objectives[priority].value(values) + constants[priority]
  }

  /// The largest donor load of a plan (reported, no longer a priority of its own).
  func largestLoad(_ values: [Double]) -> Double {
    loads.values.map { $0.value(values) }.max() ?? 0
  }

  /// X[d,g,y,r]: the donor's holding of a seat role in a year, over its staff.
  func donorHolds(_ key: SeatKey) -> [DonorIndex: LinearExpression] {
    var result: [DonorIndex: LinearExpression] = [:]
    for (i, h) in holds[key] ?? [] {
      guard let d = index.donorOf[i] else { continue }
      result[d, default: LinearExpression()].add(h)
    }
    return result
  }

  /// Sets the load ceiling of the overload rows; `nil` for none (every overload 0).
  ///
  /// Without a ceiling each row's bound is one above the largest load the donor could reach,
  /// never a free row: some MPS readers take a free row for the objective.
  mutating func setCeiling(_ ceiling: Double?) throws(ModelError) {
    self.ceiling = ceiling
    for (d, o) in overload {
      let load = loads[d] ?? LinearExpression()
      let most = load.coefficients.filter { $0 > 0 }.reduce(0.0) { $0 + $1 }
      let upper = ceiling.map { $0 - load.constant } ?? (most + 1)
      try model.setBounds(o.row, lower: -.infinity, upper: upper)
    }
  }
}
