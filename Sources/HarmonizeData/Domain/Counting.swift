/// The rules of counting (docs/model.md, "What is counted"), written once.
///
/// The diagnosis (of today and of a plan), the planner's start heuristic and the values it
/// gives the model's slack columns all count with these. The planning model states the same
/// rules as rows; the cross-check and change-count tests keep the two in agreement.
public enum Counting {
  /// Slack when days or a load are compared with a limit: they are sums of decimal fractions
  /// (half days, shares of a capacity), so a sum equal to the limit may come out a hair above
  /// it in floating point, and must not count as over it.
  public static let roundingSlack = 1e-9

  /// Slack when a priority's value (a solver's, exact to its tolerance) is compared: two
  /// values closer than this are the same.
  public static let valueSlack = 1e-6

  /// Whether a staff member at `level` counts for a group: an active member who is not a
  /// technical assistant.
  public static func counts(_ person: StaffMember, at level: Membership.Level) -> Bool {
    level == .active && !person.isTechnicalAssistant
  }

  /// Whether a member counts toward a need: the skill at the need's level or above.
  public static func meets(_ person: StaffMember, _ need: Need) -> Bool {
    person.has(need.skill, atLeast: need.level)
  }

  /// Donor shortfall of an open group: `max(0, min_donors − active donors)`.
  public static func donorShortfall(_ group: WorkingGroup, activeDonors: Int) -> Int {
    max(0, group.minDonors - activeDonors)
  }

  /// Competency shortfall of one need: `max(0, count − members meeting it)`.
  public static func competencyShortfall(_ need: Need, meeting: Int) -> Int {
    max(0, need.count - meeting)
  }

  /// Excess of an open group: `max(0, active donors − max_donors)`.
  public static func excess(_ group: WorkingGroup, activeDonors: Int) -> Int {
    max(0, activeDonors - group.maxDonors)
  }

  /// Chair shortfall in a year: the structure's seats (of `role` only, when given) less
  /// those filled.
  public static func emptySeats(_ group: WorkingGroup, role: SeatRole? = nil, filled: Int) -> Int {
    max(0, group.chair.seats.filter { role == nil || $0 == role }.count - filled)
  }

  /// A donor's load: burden / capacity; 0 without burden and capacity, infinite with a
  /// burden and no capacity.
  public static func load(burden: Double, capacity: Double) -> Double {
    if capacity > 0 { return burden / capacity }
    return burden > 0 ? .infinity : 0
  }
}
