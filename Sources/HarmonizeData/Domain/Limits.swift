/// The range of every number the data contract reads (`docs/data-format.md`, "Ranges"),
/// in one place; a value outside its range is an error at its line.
///
/// The ranges are wide enough for any real data set and narrow enough that sums of days and
/// counts stay exact and printable.
public enum Limits {
  /// Days per month of a person (`days`) or of a group's seats (`member_days`, `chair_days`,
  /// `vice_days`): a month has at most 31 days.
  public static let monthDays: ClosedRange<Double> = 0...31
  /// Days per month a donor spends on other coordination (`other_duties`), all staff together.
  public static let otherDuties: ClosedRange<Double> = 0...1000
  /// Counts: `min_donors`, `max_donors`, `max_groups`, `chair_capacity`, a need's `count`.
  public static let count = 0...10_000
  /// Years a lead holds or keeps the role (`term`, `min_term`).
  public static let term = 1...100
  /// A donor's ranking of its interests (`preference`).
  public static let preference = 1...10_000
  /// Calendar years in the files (`since`, `ends`, `from`, `to`) and in arguments.
  public static let year = 1900...2200
}
