import HarmonizeData

/// Where a staff member sits under a roster and whether that fits their limits.
public struct StaffDiagnosis: Sendable {
  public var staff: StaffMember
  /// Memberships of the roster (any level), sorted by group.
  public var memberships: [Membership]
  /// Groups (existing in the first year) where the person is an active member, sorted.
  public var activeGroups: [String]
  /// Seats held through the person, by year, group and role.
  public var seats: [ChairSeat]
  /// Days per month used in the busiest roster year: `member_days` of each active membership
  /// plus the days of the seats held that year.
  public var daysUsed: Double
  public var overDays: Bool { daysUsed > staff.days + Counting.roundingSlack }
  public var overMaxGroups: Bool { staff.maxGroups.map { activeGroups.count > $0 } ?? false }
  /// A technical assistant listed as an active member or holding a seat.
  public var misplacedTechnicalAssistant: Bool {
    staff.isTechnicalAssistant && (!activeGroups.isEmpty || !seats.isEmpty)
  }
}
