/// A MIP search's progress sink, shared by GLPK's and HiGHS's callbacks.
///
/// It calls `progress` at most once per `interval` while the incumbent stays the same, and at
/// once when it changes.
struct ProgressThrottle {
  let progress: (@Sendable (SolverProgress) -> Void)?
  let interval: Duration
  let began: ContinuousClock.Instant
  private var lastReport: ContinuousClock.Instant?
  private var lastIncumbent: Double?

  init(
    _ progress: (@Sendable (SolverProgress) -> Void)?, interval: Duration,
    began: ContinuousClock.Instant
  ) {
    self.progress = progress
    self.interval = interval
    self.began = began
  }

  /// Reports the incumbent and bound (objective constant included), with their gap.
  mutating func report(incumbent: Double?, bound: Double?) {
    guard let progress else { return }
    let now = ContinuousClock.now
    if let last = lastReport, now - last < interval, incumbent == lastIncumbent { return }
    lastReport = now
    lastIncumbent = incumbent
    var gap: Double?
    if let incumbent, let bound {
      gap = abs(incumbent - bound) / max(SolverTuning.gapFloor, abs(incumbent))
    }
    progress(
      SolverProgress(
        incumbent: incumbent, bound: bound, gap: gap, seconds: (now - began).inSeconds))
  }
}
