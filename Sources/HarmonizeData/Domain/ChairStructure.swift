/// A chair seat a donor holds in a group through one of its staff.
public enum SeatRole: String, Sendable, Hashable, CaseIterable, Comparable {
  /// The lead: focal point, lead facilitator, troika lead.
  case focal
  /// The vice-focal point.
  case vice
  /// One of the two other troika seats.
  case troika

  /// Position in the order focal, vice, troika (the lead first).
  private var rank: Int {
    switch self {
    case .focal: 0
    case .vice: 1
    case .troika: 2
    }
  }

  public static func < (a: SeatRole, b: SeatRole) -> Bool { a.rank < b.rank }
}

/// How donors chair a group (Mozambique note, 3.1.3: troika for main sectors,
/// focal and vice-focal points for others).
public enum ChairStructure: String, Sendable, Hashable, CaseIterable {
  case troika
  case focalAndVice = "focal+vice"
  case focal
  case none

  /// The seats of the structure, lead first; each held by a different donor.
  public var seats: [SeatRole] {
    switch self {
    case .troika: [.focal, .troika, .troika]
    case .focalAndVice: [.focal, .vice]
    case .focal: [.focal]
    case .none: []
    }
  }

  /// The contract's default: a troika for `main` groups, focal and vice elsewhere.
  public static func `default`(for kind: WorkingGroup.Kind) -> ChairStructure {
    kind == .main ? .troika : .focalAndVice
  }
}
