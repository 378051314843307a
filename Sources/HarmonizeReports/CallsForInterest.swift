import HarmonizeData
import HarmonizePlanning

/// `calls.csv`: the seats a task force must ask a donor to take, and the seats coming free that
/// a donor could volunteer for (rules v3, rule 4), in rows that paste into interests.csv.
struct CallsForInterest: Sendable {
  /// Why a row is there.
  enum Call: String, Sendable {
    /// The plan gives the seat-year to a donor with no interests.csv row for the group.
    case ask
    /// The seat-year stays empty, or its lead stays past the term: the donor could take it.
    case volunteer
  }

  struct Row: Sendable, Hashable {
    var donor: String
    var group: String
    var role: SeatRole
    var year: Int
    var call: Call
    var why: String
  }

  /// Asks first, then volunteers; each by group, year, role, donor.
  private(set) var rows: [Row] = []

  init(facts: PlanFacts, changes: PlanChanges, gaps: ChairGaps) {
    var asks: [Row] = []
    for row in changes.seats where row.change != .continue && row.decision == nil {
      let seat = row.seat
      guard !facts.asked(donor: seat.donor, group: seat.group) else { continue }
      let taking = row.previousDonor.map { "takes over from \($0)" } ?? "takes the empty seat"
      asks.append(
        Row(
          donor: seat.donor, group: seat.group, role: seat.role, year: seat.year, call: .ask,
          why: "the plan gives \(seat.donor) the \(seat.role.rawValue) seat in \(seat.year) "
            + "(\(taking)); \(seat.donor) expressed no interest: the task force must ask it"))
    }
    var offers: [Row] = []
    var seen = Set<String>()
    for item in gaps.items where item.decision == nil {
      for candidate in item.candidates where Self.couldTake(candidate) {
        let key = "\(item.group)|\(item.year)|\(item.role)|\(candidate.donor)"
        guard seen.insert(key).inserted else { continue }
        let what =
          item.kind == .empty
          ? "the \(item.role.rawValue) seat stays empty in \(item.year)"
          : "\(item.holder ?? "the lead") stays past its term in \(item.year) (overstay)"
        let stops =
          candidate.blockers.isEmpty
          ? ""
          : "; what stops \(candidate.donor) now: " + candidate.blockers.joined(separator: ", ")
        offers.append(
          Row(
            donor: candidate.donor, group: item.group, role: item.role, year: item.year,
            call: .volunteer, why: what + stops))
      }
    }
    rows = asks + offers
  }

  /// A candidate with someone able to hold the seat: what stops it may change (days, seats,
  /// interest window), its people's seniority and skills do not.
  static func couldTake(_ c: ChairGaps.Candidate) -> Bool {
    !c.blockers.contains {
      $0 == "not senior" || $0.hasPrefix("no needed skill") || $0.hasPrefix("decided")
        || $0.hasPrefix("a comeback")
    }
  }

  /// The table: interests.csv's columns (`donor,group,preference,from,to`), then `role`,
  /// `year`, `why` and `call`.
  func table(_ facts: PlanFacts) -> CSVTable {
    var table = CSVTable(columns: [
      "donor", "group", "preference", "from", "to", "role", "year", "why", "call",
    ])
    for row in rows {
      let rank =
        facts.interests(donor: row.donor, group: row.group).map(\.preference).min() ?? 1
      table.append([
        row.donor, row.group, String(rank), String(row.year), String(row.year),
        row.role.rawValue, String(row.year), row.why, row.call.rawValue,
      ])
    }
    return table
  }
}
