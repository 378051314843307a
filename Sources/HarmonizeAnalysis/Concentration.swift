import HarmonizeData

/// How concentrated each donor's work and each group's membership is under a roster: the
/// people-and-voice side of division of labour (EU Code of Conduct on Complementarity and
/// Division of Labour, 2007; Mozambique note: "be more active in less working groups").
///
/// Counted in the roster's first year, by the counting rules: a donor is active in a group
/// when one of its non-TA staff is an active member there.
public struct Concentration: Sendable {
  /// The EU Code of Conduct's figure: a donor concentrates on at most 3 sectors per country
  /// (the contract's `max_groups` cites it); the limit of a donor without `max_groups`.
  public static let codeGroupLimit = 3
  /// The EU Code of Conduct's range of active donors per sector: 3 to 5.
  public static let codeDonorRange = 3...5
  /// How many of a donor's largest groups `DonorConcentration.topShare` counts.
  public static let topGroups = 3

  /// Every donor, in the data set's order.
  public let donors: [DonorConcentration]
  /// Every group, in the data set's order.
  public let groups: [GroupConcentration]

  /// The concentration of `roster` (today's or a plan's) on `dataSet`.
  public init(of dataSet: DataSet, roster: Roster) {
    let presence = Presence(dataSet, roster)
    donors = dataSet.donors.map { Self.donor($0, presence) }
    groups = dataSet.groups.indices.map { Self.group($0, presence) }
  }

  /// The donor's figures by id.
  public func donor(_ id: String) -> DonorConcentration? { donors.first { $0.donor == id } }

  /// The group's figures by id.
  public func group(_ id: String) -> GroupConcentration? { groups.first { $0.group == id } }

  /// The Herfindahl-Hirschman index of `weights`: each weight's percentage share of the
  /// total, squared and summed, from 10,000/n (n equal weights) to 10,000 (one weight);
  /// `nil` when the total is not positive.
  public static func herfindahl(_ weights: [Double]) -> Double? {
    let total = weights.reduce(0, +)
    guard total > 0 else { return nil }
    return weights.reduce(0) { sum, w in
      let share = 100 * w / total
      return sum + share * share
    }
  }

  private static func donor(_ donor: Donor, _ presence: Presence) -> DonorConcentration {
    let groups = presence.groupsOf[donor.id] ?? []
    var days: [(group: String, days: Double)] = []
    var proactive: [String] = []
    for g in groups {
      let id = presence.dataSet.groups[g].id
      days.append((id, presence.days(donor.id, in: g)))
      let seat = !(presence.seatsByDonor[g][donor.id] ?? []).isEmpty
      let staff = presence.staffByDonor[g][donor.id] ?? []
      if seat || !presence.needsMet(in: g, by: staff).isEmpty { proactive.append(id) }
    }
    let total = days.reduce(0) { $0 + $1.days }
    let top = days.map(\.days).sorted(by: >).prefix(topGroups).reduce(0, +)
    return DonorConcentration(
      donor: donor.id, activeGroups: groups.map { presence.dataSet.groups[$0].id },
      limit: donor.maxGroups ?? codeGroupLimit, limitFromData: donor.maxGroups != nil,
      groupDays: total, topShare: total > 0 ? top / total : nil, proactiveGroups: proactive)
  }

  private static func group(_ g: Int, _ presence: Presence) -> GroupConcentration {
    let group = presence.dataSet.groups[g]
    let donors = presence.donors(in: g)
    let members = donors.map { Double(presence.staffByDonor[g][$0]?.count ?? 0) }
    var largest: String?
    var most = 0.0
    for (donor, n) in zip(donors, members) where n > most {
      largest = donor
      most = n
    }
    let total = members.reduce(0, +)
    return GroupConcentration(
      group: group.id, exists: group.exists(in: presence.firstYear), activeDonors: donors,
      activeMembers: Int(total), herfindahl: herfindahl(members.map { $0 * group.memberDays }),
      largestDonor: largest, largestShare: total > 0 ? most / total : nil)
  }
}
