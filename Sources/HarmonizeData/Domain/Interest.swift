/// A donor's expressed interest in chairing a group (Mozambique note: focal points are
/// chosen after a donor institution expresses interest).
public struct Interest: Sendable, Hashable {
  public var donor: String
  public var group: String
  /// 1 is the first choice; larger is less wanted.
  public var preference: Int
  /// First year the donor can take a seat; `nil` is any.
  public var from: Int?
  /// Last year the donor can take a seat; `nil` is any.
  public var to: Int?

  public init(donor: String, group: String, preference: Int = 1, from: Int? = nil, to: Int? = nil) {
    self.donor = donor
    self.group = group
    self.preference = preference
    self.from = from
    self.to = to
  }

  /// Whether `year` lies inside the interest window.
  public func covers(_ year: Int) -> Bool {
    (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true)
  }
}
