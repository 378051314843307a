import HarmonizeData

/// A donor's presence, chair seats and burden under a roster.
public struct DonorDiagnosis: Sendable {
  public var donor: Donor
  /// Non-TA staff of the donor, sorted by id.
  public var staff: [String]
  /// Groups (existing in the first year) where the donor is active, sorted.
  public var activeGroups: [String]
  /// Every seat the donor holds in the roster, by year, group and role.
  public var seats: [ChairSeat]
  /// Seats held in each roster year, aligned with `Roster.years`.
  public var seatsPerYear: [Int]
  /// Days per month of its staff's active memberships (`member_days` each).
  public var memberDays: Double
  /// Days per month of its seats (`chair_days` lead, `vice_days` other), averaged over years.
  public var chairDays: Double
  /// Days per month of coordination outside the groups.
  public var otherDuties: Double { donor.otherDuties }
  /// Burden in days per month: member days + chair days + other duties.
  public var burden: Double { memberDays + chairDays + otherDuties }
  /// Sum of its non-TA staff's `days`.
  public var capacity: Double
  /// Burden / capacity; 0 with no burden and no capacity, infinite with a burden and no
  /// capacity (reported, but left out of `Diagnosis.maxLoad`).
  public var load: Double { Counting.load(burden: burden, capacity: capacity) }
  /// Burden above capacity (a load over 100%).
  public var overloaded: Bool { load > 1 + Counting.roundingSlack }
  /// Its share of all burden days of all donors.
  public var burdenShare: Double
  /// Its share of all seats held in the roster (all years).
  public var seatShare: Double
  /// Its share of the donors' free capacity (capacity minus other duties, at least 0).
  public var capacityShare: Double
  /// Chairs far beyond its share: at least `Diagnosis.chairHeavyMinSeats` seats and a seat
  /// share above `Diagnosis.chairHeavyFactor` times its free capacity share.
  public var chairHeavy: Bool
  /// Years in which it holds more seats than its `chair_capacity`.
  public var overChairCapacity: [Int]
  /// Active in more groups than its `max_groups`.
  public var overMaxGroups: Bool {
    donor.maxGroups.map { activeGroups.count > $0 } ?? false
  }
}
