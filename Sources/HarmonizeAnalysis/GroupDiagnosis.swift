import HarmonizeData

/// How one working group fares under a roster: donors, competencies, links, seats, lead.
public struct GroupDiagnosis: Sendable {
  /// One row of needs.csv and how many active members meet it.
  public struct NeedCover: Sendable, Hashable {
    public var need: Need
    /// Active non-TA members holding the skill at the need's level or above.
    public var current: Int
    public var shortfall: Int { Counting.competencyShortfall(need, meeting: current) }
  }

  /// One link of a cross-cutting group and the active members who carry it.
  public struct LinkCover: Sendable, Hashable {
    /// The linked group.
    public var group: String
    /// Active members of this group also active in the linked group, sorted.
    public var via: [String]
    public var covered: Bool { !via.isEmpty }
  }

  /// A seat held in the roster that does not fill a seat of the chair structure.
  public struct SeatIssue: Sendable, Hashable {
    public var seat: ChairSeat
    /// Why it does not count, in words a reader acts on.
    public var reason: String
  }

  /// The chair seats of the group in one year.
  public struct SeatYear: Sendable, Hashable {
    public var year: Int
    /// Seats of the chair structure, lead first.
    public var required: [SeatRole]
    /// Seats validly filled, lead first.
    public var filled: [ChairSeat]
    /// Seats held that count as empty, with the reason.
    public var issues: [SeatIssue]
    /// Whether some donor without a seat here has a senior non-TA active member who could
    /// take an empty seat.
    public var hasCandidate: Bool
    public var shortfall: Int { required.count - filled.count }
    /// Roles of the structure left empty, lead first.
    public var emptyRoles: [SeatRole] {
      var open = required
      for seat in filled {
        if let i = open.firstIndex(of: seat.role) { open.remove(at: i) }
      }
      return open
    }
  }

  /// The lead seat of the roster's last year and how long its donor has held it.
  public struct Lead: Sendable, Hashable {
    public var seat: ChairSeat
    /// Years held by the year after the roster's last year (today's roster: the first plan
    /// year), counted as `last year + 1 - since`: the years from `since` to the last year.
    public var yearsServed: Int
    public var term: Int
    /// The lead has served its full term by the next year and should hand over.
    public var rotationDue: Bool { yearsServed >= term }
    /// The lead has already held the seat longer than its term within the roster.
    public var overTerm: Bool { yearsServed > term }
  }

  /// Two or more active staff of one donor in the group; the donor counts once.
  public struct InternalDuplication: Sendable, Hashable {
    public var donor: String
    /// The donor's active staff in the group, sorted.
    public var staff: [String]
  }

  public var group: WorkingGroup
  /// Whether the group exists in the roster's first year.
  public var exists: Bool
  /// Donors active in the group in the first year, sorted.
  public var activeDonors: [String]
  public var needs: [NeedCover]
  public var links: [LinkCover]
  /// Seats per year in which the group has a chair (exists and lies within its horizon).
  public var seats: [SeatYear]
  /// Seats held in years the group has no chair (closed, or past its horizon).
  public var strayIssues: [SeatIssue]
  public var lead: Lead?
  /// Non-TA memberships by level, first year.
  public var activeMembers: Int
  public var attendingMembers: Int
  public var informedMembers: Int
  /// Technical assistants listed in the group at any level, sorted.
  public var technicalAssistants: [String]
  public var internalDuplications: [InternalDuplication]
  /// A task force past its `ends` year that still lists members.
  public var pastEnd: Bool
  /// Donors that could step back to attending, best candidate first (empty unless excess).
  public var stepBack: [StepBackCandidate]

  public var donorShortfall: Int {
    exists ? Counting.donorShortfall(group, activeDonors: activeDonors.count) : 0
  }
  public var competencyShortfall: Int { needs.reduce(0) { $0 + $1.shortfall } }
  public var linkShortfall: Int { links.reduce(0) { $0 + ($1.covered ? 0 : 1) } }
  public var chairShortfall: Int { seats.reduce(0) { $0 + $1.shortfall } }
  public var excess: Int {
    exists ? Counting.excess(group, activeDonors: activeDonors.count) : 0
  }

  /// Shortfalls of the group by kind.
  public var shortfalls: ShortfallCounts {
    ShortfallCounts(
      donors: donorShortfall, competency: competencyShortfall, links: linkShortfall,
      chairs: chairShortfall)
  }
}
