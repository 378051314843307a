import HarmonizeData

/// The findings of a diagnosis by pillar (Mozambique note, 3.2: "improve the coherence among
/// sectors at the pillar level"): `Diagnosis.pillars`' shortfall and excess, with the first
/// roster year's chair seats and the days donors give the pillar's groups.
public struct PillarRollup: Sendable, Hashable {
  /// The pillar's name; empty for groups without a pillar.
  public var pillar: String
  /// Its groups, sorted.
  public var groups: [String]
  public var shortfalls: ShortfallCounts
  public var excess: Int
  /// Seats of the chair structures filled and required in the first roster year.
  public var seatsFilled: Int
  public var seatsRequired: Int
  /// Days per month donors give its groups in the first year: `member_days` per active
  /// non-TA member plus the days of the seats held.
  public var days: Double
  /// Donors active in at least one of its groups, sorted.
  public var activeDonors: [String]

  /// One rollup per pillar of `diagnosis.pillars`, in that order (no pillar first).
  public static func of(_ diagnosis: Diagnosis) -> [PillarRollup] {
    let presence = Presence(diagnosis.dataSet, diagnosis.roster)
    let first = diagnosis.roster.years.first
    return diagnosis.pillars.map { p in
      var filled = 0
      var required = 0
      var days = 0.0
      var donors = Set<String>()
      for id in p.groups {
        guard let g = diagnosis.dataSet.groupIndex[id] else { continue }
        if let year = diagnosis.groups[g].seats.first(where: { $0.year == first }) {
          filled += year.filled.count
          required += year.required.count
        }
        for donor in presence.donors(in: g) {
          donors.insert(donor)
          days += presence.days(donor, in: g)
        }
        for (donor, seats) in presence.seatsByDonor[g] where !presence.isActive(donor, in: g) {
          let group = diagnosis.dataSet.groups[g]
          days += seats.reduce(0) { $0 + group.seatDays($1.role) }
        }
      }
      return PillarRollup(
        pillar: p.pillar, groups: p.groups, shortfalls: p.shortfalls, excess: p.excess,
        seatsFilled: filled, seatsRequired: required, days: days,
        activeDonors: donors.sorted())
    }
  }
}
