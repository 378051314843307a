import HarmonizeData

/// Who speaks for each donor that steps back from a group: delegated cooperation and silent
/// partnership (Mozambique note, 4: "increase use of delegations of money/voice, through
/// delegated cooperation and silent partnership (mainly if there are too many members in
/// the WG)").
///
/// A donor steps back from a group when it is active there in the first roster (today) and
/// not in the second (the plan), the group still existing: its staff are demoted (attending
/// or informed) or leave. Its partner is a donor active in the group in the second roster,
/// chosen in this order (see `Delegation`):
/// 1. the pillar: most other groups of the group's pillar where both are active in the
///    second roster (they already coordinate at the pillar level, the note's "normal
///    coordination takes place at the pillar level"), then most groups of that pillar where
///    the partner is active;
/// 2. the skills: most of the group's needs met by the stepping-back donor's staff in the
///    group (first roster) that the partner's active staff there also meet;
/// 3. the load: a partner whose load in the second roster is not above the ceiling (when one
///    is known) before one above it;
/// 4. the donor id.
///
/// When no donor is active in the group in the second roster, no one can speak for it and
/// the delegation has no partner.
public struct DelegationPartners: Sendable {
  /// Every step back, sorted by group, then donor.
  public let delegations: [Delegation]

  /// The step backs from `today` to `plan`, with the plan's load ceiling if known.
  public init(_ dataSet: DataSet, today: Roster, plan: Roster, loadCeiling: Double? = nil) {
    let before = Presence(dataSet, today)
    let after = Presence(dataSet, plan)
    let loads = Diagnosis(of: dataSet, roster: plan).donors
    var loadOf: [String: Double] = [:]
    for d in loads { loadOf[d.donor.id] = d.load }
    var levelsAfter: [String: [String: Membership.Level]] = [:]
    for m in plan.memberships { levelsAfter[m.group, default: [:]][m.staff] = m.level }
    var result: [Delegation] = []
    let groupIds = dataSet.groups.map(\.id)
    for g in dataSet.groups.indices.sorted(by: { groupIds[$0] < groupIds[$1] }) {
      let group = dataSet.groups[g]
      guard group.exists(in: after.firstYear) else { continue }
      for donor in before.donors(in: g) where !after.isActive(donor, in: g) {
        let staff = before.staffByDonor[g][donor] ?? []
        let levels = levelsAfter[group.id] ?? [:]
        let demoted = staff.contains { levels[dataSet.staff[$0].id] != nil }
        let brought = before.needsMet(in: g, by: staff)
        var delegation = Delegation(
          donor: donor, group: group.id, pillar: group.pillar, demoted: demoted,
          staff: staff.map { dataSet.staff[$0].id }, needsBrought: brought.map(\.skill),
          candidates: after.donors(in: g), loadCeiling: loadCeiling)
        let best = after.donors(in: g).map { partner in
          Self.candidate(
            partner, for: donor, group: g, after, brought: brought, load: loadOf[partner],
            ceiling: loadCeiling)
        }.min(by: Candidate.better)
        if let best {
          delegation.partner = best.donor
          delegation.sharedPillarGroups = best.shared
          delegation.partnerPillarGroups = best.pillarGroups
          delegation.needsCarried = best.carried
          delegation.partnerLoad = best.load
          delegation.partnerAboveCeiling = best.aboveCeiling
        }
        result.append(delegation)
      }
    }
    delegations = result
  }

  /// What would happen if the donors today's diagnosis suggests stepping back from each
  /// over-populated group (`StepBackCandidate.suggested`) did so: the same rule, on today's
  /// roster and that roster with their active staff there made attending.
  public init(suggestedIn diagnosis: Diagnosis) {
    var stepping = Set<[String]>()
    for g in diagnosis.groups {
      for c in g.stepBack where c.suggested { stepping.insert([c.donor, g.group.id]) }
    }
    let data = diagnosis.dataSet
    var after = diagnosis.roster
    after.memberships = after.memberships.map { m in
      guard let person = data.staffMember(m.staff), stepping.contains([person.donor, m.group])
      else { return m }
      var demoted = m
      if demoted.level == .active {
        demoted.level = .attending
        demoted.role = nil
      }
      return demoted
    }
    after.seats = after.seats.filter { !stepping.contains([$0.donor, $0.group]) }
    self.init(data, today: diagnosis.roster, plan: after)
  }

  /// The delegations of `donor`, by group.
  public func of(_ donor: String) -> [Delegation] { delegations.filter { $0.donor == donor } }

  /// The delegation of `donor` in `group`, if it steps back there.
  public func of(_ donor: String, in group: String) -> Delegation? {
    delegations.first { $0.donor == donor && $0.group == group }
  }

  /// Step backs where no one can speak for the donor.
  public var unspoken: [Delegation] { delegations.filter { $0.partner == nil } }

  private struct Candidate {
    var donor: String
    var shared: [String]
    var pillarGroups: Int
    var carried: [String]
    var load: Double?
    var aboveCeiling: Bool

    /// The partner order of `DelegationPartners`.
    static func better(_ a: Candidate, _ b: Candidate) -> Bool {
      if a.shared.count != b.shared.count { return a.shared.count > b.shared.count }
      if a.pillarGroups != b.pillarGroups { return a.pillarGroups > b.pillarGroups }
      if a.carried.count != b.carried.count { return a.carried.count > b.carried.count }
      if a.aboveCeiling != b.aboveCeiling { return !a.aboveCeiling }
      return a.donor < b.donor
    }
  }

  private static func candidate(
    _ partner: String, for donor: String, group g: Int, _ after: Presence, brought: [Need],
    load: Double?, ceiling: Double?
  ) -> Candidate {
    let data = after.dataSet
    let pillar = data.groups[g].pillar
    var shared: [String] = []
    var pillarGroups = 0
    if let pillar {
      for h in after.groupsOf[partner] ?? [] where h != g && data.groups[h].pillar == pillar {
        pillarGroups += 1
        if after.isActive(donor, in: h) { shared.append(data.groups[h].id) }
      }
    }
    let staff = after.staffByDonor[g][partner] ?? []
    let carried = brought.filter { need in
      staff.contains { Counting.meets(data.staff[$0], need) }
    }
    let above = ceiling.map { c in (load ?? 0) > c + Counting.roundingSlack } ?? false
    return Candidate(
      donor: partner, shared: shared, pillarGroups: pillarGroups, carried: carried.map(\.skill),
      load: load, aboveCeiling: above)
  }
}
