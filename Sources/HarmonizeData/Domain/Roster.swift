/// Who sits where and who holds which seat: today's participation or a plan.
///
/// The analysis judges any roster by the same rules, so today and a plan compare line by line.
public struct Roster: Sendable, Hashable {
  /// Staff memberships (any level) in the roster's first year.
  public var memberships: [Membership]
  /// Chair seats held in each year.
  public var seats: [ChairSeat]
  /// The years the roster covers, first year first; seats are judged in each.
  public var years: [Int]

  public init(memberships: [Membership], seats: [ChairSeat], years: [Int]) {
    self.memberships = memberships
    self.seats = seats
    self.years = years
  }

  /// Today's roster: participation as it stands, its roles as seats of `year`
  /// (the current year, the one before the plan starts).
  ///
  /// With an earlier plan (`DataSet.previous`) that covered a group in `year`, that plan's
  /// seats of `year` are the group's seats today instead: what was agreed stands.
  public init(today dataSet: DataSet, year: Int) {
    var seats: [ChairSeat] = []
    let previous = dataSet.previous
    func coveredByPrevious(_ id: String) -> Bool {
      guard let previous, let group = dataSet.group(id) else { return false }
      return previous.covers(group, year: year)
    }
    for m in dataSet.participation where !coveredByPrevious(m.group) {
      guard let role = m.role, let person = dataSet.staffMember(m.staff) else { continue }
      seats.append(
        ChairSeat(
          group: m.group, year: year, role: role, donor: person.donor, staff: m.staff,
          since: m.since ?? year))
    }
    seats += previous?.seats.filter { $0.year == year } ?? []
    self.init(memberships: dataSet.participation, seats: seats, years: [year])
  }
}

/// A chair seat of a group held by a donor through one of its staff in one year.
public struct ChairSeat: Sendable, Hashable {
  public var group: String
  public var year: Int
  public var role: SeatRole
  public var donor: String
  public var staff: String
  /// First year this donor has held this seat without a break.
  public var since: Int

  public init(group: String, year: Int, role: SeatRole, donor: String, staff: String, since: Int) {
    self.group = group
    self.year = year
    self.role = role
    self.donor = donor
    self.staff = staff
    self.since = since
  }
}
