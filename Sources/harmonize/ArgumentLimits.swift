import HarmonizeData

/// The ranges of numeric arguments, checked in `validate()` before any work and stated in
/// `--help`; the data's own ranges are `Limits`.
enum ArgumentLimits {
  /// `plan --time-limit`, in seconds: at most a day.
  static let timeLimit: ClosedRange<Double> = 0...86_400
  /// `plan --weight-*`: large enough to dominate any other term, small enough for the solver.
  static let weight: ClosedRange<Double> = 0...1_000_000
  /// `generate --donors`, `--groups`, `--staff`, `--participation`.
  static let donors = 1...1_000
  static let groups = 1...10_000
  static let staff = 1...100_000
  static let participation = 0...1_000_000
}
