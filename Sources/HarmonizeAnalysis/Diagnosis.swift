import HarmonizeData

/// Gaps, duplications and burden of a roster (today's or a plan's), judged by
/// docs/model.md ("What is counted"): the same numbers the planner minimises, so before and after compare.
///
/// Staff-side checks use the roster's first year; chair seats are judged in every roster
/// year. Pure and indexed once: linear in the size of the data set.
public struct Diagnosis: Sendable {
  /// A donor chairs far beyond its share when it holds at least this many seats...
  public static let chairHeavyMinSeats = 2
  /// ...and its seat share exceeds this multiple of its free capacity share.
  public static let chairHeavyFactor = 1.5

  public let dataSet: DataSet
  public let roster: Roster
  /// Years in which non-`main` groups have seats (the first `horizon` roster years); `nil`
  /// means every roster year.
  public let horizon: Int?
  /// Every group, in the data set's order.
  public let groups: [GroupDiagnosis]
  /// Every donor, in the data set's order.
  public let donors: [DonorDiagnosis]
  /// Every staff member, in the data set's order.
  public let staff: [StaffDiagnosis]
  /// Pillars sorted by name; groups without a pillar come first, under the empty name.
  public let pillars: [PillarDiagnosis]
  /// Shortfalls by kind, summed over groups.
  public let shortfalls: ShortfallCounts

  /// Judges `roster` against `dataSet`.
  ///
  /// - Parameters:
  ///   - dataSet: the validated data set the roster draws on.
  ///   - roster: today's roster or a plan's.
  ///   - horizon: for a plan, the chair horizon of non-`main` groups (the plan's
  ///   `years`), when `main` groups run longer; seats of other groups are not required past it.
  public init(of dataSet: DataSet, roster: Roster, horizon: Int? = nil) {
    self.dataSet = dataSet
    self.roster = roster
    self.horizon = horizon
    let index = RosterIndex(dataSet, roster)
    let loads = Self.donors(index)
    var groups = Self.groups(index, horizon: horizon)
    Self.rankStepBack(&groups, index, loads: loads)
    self.groups = groups
    self.donors = loads
    self.staff = Self.staff(index)
    self.pillars = Self.pillars(groups)
    shortfalls = groups.reduce(ShortfallCounts()) { $0 + $1.shortfalls }
  }

  /// Total shortfall: donors + competency + links + chair seats.
  public var shortfall: Int { shortfalls.total }
  /// Total excess: active donors above `max_donors`, summed over groups.
  public var excess: Int { groups.reduce(0) { $0 + $1.excess } }
  /// The largest donor load; donors with a burden and no capacity are left out.
  public var maxLoad: Double {
    donors.reduce(0) { $1.load.isFinite ? max($0, $1.load) : $0 }
  }

  /// The group's diagnosis by id.
  public func group(_ id: String) -> GroupDiagnosis? {
    dataSet.groupIndex[id].map { groups[$0] }
  }

  /// The donor's diagnosis by id.
  public func donor(_ id: String) -> DonorDiagnosis? {
    dataSet.donorIndex[id].map { donors[$0] }
  }

  /// The staff member's diagnosis by id.
  public func staffMember(_ id: String) -> StaffDiagnosis? {
    dataSet.staffIndex[id].map { staff[$0] }
  }

  static func pillars(_ groups: [GroupDiagnosis]) -> [PillarDiagnosis] {
    var byName: [String: PillarDiagnosis] = [:]
    for g in groups {
      let name = g.group.pillar ?? ""
      var p =
        byName[name]
        ?? PillarDiagnosis(
          pillar: name, groups: [], shortfalls: ShortfallCounts(), excess: 0)
      p.groups.append(g.group.id)
      p.shortfalls = p.shortfalls + g.shortfalls
      p.excess += g.excess
      byName[name] = p
    }
    return byName.keys.sorted().compactMap { name in
      byName[name].map { p in
        var sorted = p
        sorted.groups.sort()
        return sorted
      }
    }
  }
}
