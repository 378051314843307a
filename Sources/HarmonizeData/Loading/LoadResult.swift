/// What loading a data set produced: the validated data set (only when there is no error)
/// and every problem found in all files, sorted by file, line and message.
public struct LoadResult: Sendable {
  /// The data set, or `nil` when any problem is an error.
  public var dataSet: DataSet?
  public var problems: [Problem]
  /// Rows read from each file, errors or not, for the summary line.
  public var counts: RowCounts

  public init(dataSet: DataSet?, problems: [Problem], counts: RowCounts) {
    self.dataSet = dataSet
    self.problems = problems
    self.counts = counts
  }

  public var errors: [Problem] { problems.filter { $0.severity == .error } }
  public var warnings: [Problem] { problems.filter { $0.severity == .warning } }

  /// `NAME: 14 donors, 52 staff, 23 groups, 118 memberships; 0 errors, 2 warnings` (with
  /// `, 3 decisions` before the `;` when the data set has decisions).
  public func summary(name: String) -> String {
    "\(name): \(plural(counts.donors, "donor")), \(counts.staff) staff, "
      + "\(plural(counts.groups, "group")), \(plural(counts.memberships, "membership"))"
      + (counts.decisions > 0 ? ", \(plural(counts.decisions, "decision"))" : "") + "; "
      + "\(plural(errors.count, "error")), "
      + "\(plural(warnings.count, "warning"))"
  }

  private func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}

/// Number of non-blank data rows read from each file of a data set.
public struct RowCounts: Sendable, Hashable {
  public var donors = 0
  public var staff = 0
  public var groups = 0
  public var needs = 0
  public var memberships = 0
  public var interests = 0
  public var decisions = 0

  public init() {}
}
