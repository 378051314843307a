import HarmonizeAnalysis
import HarmonizeData
import HarmonizePlanning

/// What a plan changes against today: a label and a reason for every (staff, group) pair
/// active today or in the plan, and for every seat of every plan year.
///
/// Reasons only quote what the data shows (counts before and after, terms, loads), so a
/// donor brief can be read out in a meeting.
public struct PlanChanges: Sendable {
  /// How a staff member's place in a group changes (planning rules, "Changes").
  public enum MemberChange: String, Sendable, CaseIterable {
    /// Active today and in the plan.
    case keep
    /// Not in the group today, active in the plan.
    case join
    /// Active today, no longer in the group (e.g. a task force that ended).
    case leave
    /// Attending or informed today, active in the plan.
    case promote
    /// Active today, attending (or informed) in the plan: information keeps flowing.
    case demote
  }

  /// How a seat in a plan year compares with the year before.
  public enum SeatChange: String, Sendable, CaseIterable {
    /// The same donor held the seat the year before.
    case `continue`
    /// Another donor held the seat the year before.
    case rotate
    /// The seat was empty the year before.
    case new
  }

  /// One (staff, group) pair and its change.
  public struct StaffRow: Sendable, Hashable {
    public var staff: String
    public var donor: String
    public var group: String
    /// Level today; `nil` when not in the group.
    public var before: Membership.Level?
    /// Level in the plan; `nil` when not in the group.
    public var after: Membership.Level?
    public var change: MemberChange
    /// Why, from the figures before and after; empty for `keep`.
    public var reason: String
    /// The task force's decision that settles this row, if any.
    public var decision: Decision?
  }

  /// One seat of one plan year and its change.
  public struct SeatRow: Sendable, Hashable {
    public var seat: ChairSeat
    public var change: SeatChange
    /// The donor that held this seat the year before, for `rotate`.
    public var previousDonor: String?
    /// interests.csv has a row for this donor and group whose window covers the year.
    public var volunteered: Bool
    public var reason: String
    /// The task force's decision that settles this row, if any.
    public var decision: Decision?
    /// An earlier plan (`--previous`) agreed who holds the seat this year: the change is
    /// counted against that agreement, not against the year before.
    public var committed = false
  }

  /// A donor that held a seat role in a group the year before and no longer holds it.
  public struct Release: Sendable, Hashable {
    public var group: String
    public var year: Int
    public var role: SeatRole
    public var donor: String
    /// The donor taking over, if any.
    public var successor: String?
    public var reason: String
    /// The seat is left empty in a year the group still has it: a change of its own.
    public var vacates: Bool
    /// The task force's decision that settles this row, if any.
    public var decision: Decision?
  }

  /// Sorted by staff, then group.
  public private(set) var staff: [StaffRow] = []
  /// Sorted by group, year, role, donor.
  public private(set) var seats: [SeatRow] = []
  /// Sorted by group, year, role, donor.
  public private(set) var releases: [Release] = []

  /// The number of changes (docs/model.md, "The priorities, in order", 6): membership labels other than
  /// `keep`, and per seat and plan year 1 when its holder donor is not the year before's
  /// (a new holder, or a seat held the year before and left empty).
  public var count: Int {
    staff.filter { $0.change != .keep }.count + seats.filter { $0.change != .continue }.count
      + releases.filter(\.vacates).count
  }

  /// The changes that the task force decided (decisions.csv), part of `count`.
  public var decided: Int {
    staff.filter { $0.change != .keep && $0.decision != nil }.count
      + seats.filter { $0.change != .continue && $0.decision != nil }.count
      + releases.filter { $0.vacates && $0.decision != nil }.count
  }

  /// The changes the tool chose: `count` less `decided`.
  public var chosen: Int { count - decided }

  /// Labels the plan's roster against today's.
  ///
  /// Today's seats count as the year before the plan's first year; `horizon` is the plan's
  /// chair horizon for non-`main` groups.
  public init(today: Roster, plan: Roster, dataSet: DataSet, horizon: Int? = nil) {
    let startYear = plan.years.first ?? ((today.years.first ?? 0) + 1)
    self.init(
      before: Diagnosis(of: dataSet, roster: today),
      after: Diagnosis(of: dataSet, roster: plan, horizon: horizon),
      facts: PlanFacts(
        dataSet, horizon: PlanHorizon(startYear: startYear, years: horizon ?? Defaults.horizon)))
  }

  /// Labels the roster of `after` against that of `before`, both judged on one data set, with
  /// the facts the planner knew (`Plan.facts`).
  public init(before: Diagnosis, after: Diagnosis, facts: PlanFacts, ceiling: Double? = nil) {
    let today = before.roster
    let plan = after.roster
    let context = Context(
      dataSet: after.dataSet, plan: plan, before: before, after: after, facts: facts,
      ceiling: ceiling)
    staff = Self.staffRows(today: today, plan: plan, context: context)
    (seats, releases) = Self.seatRows(today: today, plan: plan, context: context)
  }

  /// Everything the reasons look at.
  struct Context {
    var dataSet: DataSet
    var plan: Roster
    var before: Diagnosis
    var after: Diagnosis
    /// Interests, commitments and decisions, as the planner read them.
    var facts: PlanFacts
    /// The plan's load ceiling, if any.
    var ceiling: Double?

    var startYear: Int { facts.startYear }
  }

  private struct PairKey: Hashable, Comparable {
    var staff: String
    var group: String
    static func < (a: PairKey, b: PairKey) -> Bool {
      (a.staff, a.group) < (b.staff, b.group)
    }
  }

  private static func staffRows(today: Roster, plan: Roster, context: Context) -> [StaffRow] {
    var was: [PairKey: Membership.Level] = [:]
    var now: [PairKey: Membership.Level] = [:]
    for m in today.memberships { was[PairKey(staff: m.staff, group: m.group)] = m.level }
    for m in plan.memberships { now[PairKey(staff: m.staff, group: m.group)] = m.level }
    var rows: [StaffRow] = []
    for key in Set(was.keys).union(now.keys).sorted() {
      let old = was[key]
      let new = now[key]
      let change: MemberChange
      switch (old, new) {
      case (.active, .active): change = .keep
      case (.active, nil): change = .leave
      case (.active, _): change = .demote
      case (nil, .active): change = .join
      case (_, .active): change = .promote
      default: continue
      }
      let donor = context.dataSet.staffMember(key.staff)?.donor ?? ""
      var row = StaffRow(
        staff: key.staff, donor: donor, group: key.group, before: old, after: new,
        change: change, reason: "")
      row.decision = context.facts.decision(membershipOf: key.staff, in: key.group)
      row.reason =
        row.decision.map { ChangeReasons.decided($0, context: context) }
        ?? ChangeReasons.staff(row, context: context)
      rows.append(row)
    }
    return rows
  }

  /// Holders by group, year and role; today's seats count as the year before the plan.
  private typealias Holders = [String: [Int: [SeatRole: [ChairSeat]]]]

  private static func holders(today: Roster, plan: Roster, firstYear: Int) -> Holders {
    var holders: Holders = [:]
    for seat in today.seats {
      var s = seat
      s.year = firstYear - 1
      holders[s.group, default: [:]][s.year, default: [:]][s.role, default: []].append(s)
    }
    for seat in plan.seats {
      holders[seat.group, default: [:]][seat.year, default: [:]][seat.role, default: []]
        .append(seat)
    }
    return holders
  }

  private static func seatRows(
    today: Roster, plan: Roster, context: Context
  ) -> ([SeatRow], [Release]) {
    let firstYear = context.startYear
    let holders = holders(today: today, plan: plan, firstYear: firstYear)
    var rows: [SeatRow] = []
    var releases: [Release] = []
    let years = plan.years.isEmpty ? [firstYear] : plan.years
    for group in holders.keys.sorted() {
      let byYear = holders[group] ?? [:]
      // Years the group has a chair; past its horizon no seat is asked, so none is released.
      let chairYears = Set(context.after.group(group)?.seats.map(\.year) ?? [])
      for year in years {
        let committed = context.facts.commitments(group: group, year: year)
        let ended = !(context.dataSet.group(group)?.exists(in: year) ?? true)
        let seatYear = SeatYear(
          group: group, year: year, thisYear: byYear[year] ?? [:],
          lastYear: committed ?? byYear[year - 1] ?? [:], committed: committed != nil,
          releasing: chairYears.contains(year) || ended, asked: chairYears.contains(year))
        for role in seatYear.roles {
          let (held, successors) = heldRows(seatYear, role, context: context)
          rows += held
          releases += releaseRows(seatYear, role, successors: successors, context: context)
        }
      }
    }
    return (rows, releases)
  }

  /// One group's seats in one plan year against the year before (or an earlier plan's
  /// commitment for that year).
  private struct SeatYear {
    var group: String
    var year: Int
    var thisYear: [SeatRole: [ChairSeat]]
    var lastYear: [SeatRole: [ChairSeat]]
    /// An earlier plan agreed this year's seats: `lastYear` is that agreement.
    var committed: Bool
    /// Seats given up this year are rows of their own: the group has a chair this year, or
    /// has ended.
    var releasing: Bool
    /// The group has a chair this year (within its horizon).
    var asked: Bool

    /// The roles with a row this year, in order.
    var roles: [SeatRole] {
      (releasing ? Set(thisYear.keys).union(lastYear.keys) : Set(thisYear.keys)).sorted()
    }

    func holders(_ role: SeatRole) -> [ChairSeat] {
      (thisYear[role] ?? []).sorted { $0.donor < $1.donor }
    }

    func previousDonors(_ role: SeatRole) -> [String] {
      (lastYear[role] ?? []).map(\.donor).sorted()
    }

    func previousSeat(_ role: SeatRole, of donor: String?) -> ChairSeat? {
      (lastYear[role] ?? []).first { $0.donor == donor }
    }
  }

  /// The rows of the seats of `role` held this year, and who took over from whom.
  private static func heldRows(_ y: SeatYear, _ role: SeatRole, context: Context)
    -> ([SeatRow], successors: [String: String])
  {
    let previous = y.previousDonors(role)
    let current = y.holders(role)
    var leaving = previous.filter { d in !current.contains { $0.donor == d } }
    var successors: [String: String] = [:]
    var rows: [SeatRow] = []
    for seat in current {
      let change: SeatChange
      var previousDonor: String?
      if previous.contains(seat.donor) {
        change = .continue
      } else if !leaving.isEmpty {
        change = .rotate
        previousDonor = leaving.removeFirst()
        successors[previousDonor ?? ""] = seat.donor
      } else {
        change = .new
      }
      var row = SeatRow(
        seat: seat, change: change, previousDonor: previousDonor,
        volunteered: context.facts.volunteered(donor: seat.donor, group: seat.group, year: y.year),
        reason: "")
      row.committed = y.committed
      row.decision = context.facts.decision(holding: seat)
      row.reason =
        row.decision.map { ChangeReasons.decided($0, context: context) }
        ?? ChangeReasons.seat(
          row, previous: y.previousSeat(role, of: previousDonor), context: context)
      if row.decision != nil, let lifted = ChangeReasons.liftedRules(row, context: context) {
        row.reason += "; " + lifted
      }
      rows.append(row)
    }
    return (rows, successors)
  }

  /// The rows of the donors that held a seat of `role` the year before and no longer do.
  private static func releaseRows(
    _ y: SeatYear, _ role: SeatRole, successors: [String: String], context: Context
  ) -> [Release] {
    guard y.releasing else { return [] }
    let current = y.holders(role)
    let stillHeld = context.dataSet.group(y.group)?.exists(in: y.year) ?? false
    return y.previousDonors(role).filter { d in !current.contains { $0.donor == d } }.map {
      donor in
      let successor = successors[donor]
      let movesTo = y.thisYear.keys.sorted().first { other in
        (y.thisYear[other] ?? []).contains { $0.donor == donor }
      }
      let decision = context.facts.decision(
        keeping: donor, from: role, of: y.group, year: y.year)
      let reason =
        decision.map { ChangeReasons.decided($0, context: context) }
        ?? ChangeReasons.release(
          y.previousSeat(role, of: donor), year: y.year, successor: successor, movesTo: movesTo,
          committed: y.committed, context: context)
      return Release(
        group: y.group, year: y.year, role: role, donor: donor, successor: successor,
        reason: reason, vacates: successor == nil && stillHeld && y.asked, decision: decision)
    }
  }
}
