/// Defaults of the data contract (`data-format.md`) and the planning rules, in one place.
public enum Defaults {
  /// Days per month a staff member can give to working groups.
  public static let staffDays = 4.0
  /// A group with fewer active donors has a gap.
  public static let minDonors = 2
  /// A group with more active donors is over-populated.
  public static let maxDonors = 5
  public static let memberDays = 1.0
  /// Extra days for the lead seat.
  public static let chairDays = 2.0
  /// Extra days for a vice or other troika seat.
  public static let viceDays = 1.0
  /// Lead seat held at most two consecutive years (Mozambique note: 1 or 2 years).
  public static let term = 2
  public static let minTerm = 1
  /// Skill level when a skill is listed without one (`pfm` means `pfm:2`).
  public static let skillLevel = 2
  /// Level a need asks for when none is given.
  public static let needLevel = 2
  /// Chair planning horizon in years (Mozambique note: 2-3 years).
  public static let horizon = 3
  /// Horizon for main sectors (Mozambique note: a 4-year tentative planning).
  public static let mainHorizon = 4
}
