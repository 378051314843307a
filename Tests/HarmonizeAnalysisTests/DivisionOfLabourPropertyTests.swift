import HarmonizeAnalysis
import HarmonizeData
import Testing

/// Properties of the division-of-labour figures over generated data sets, with a "plan"
/// drawn from today's roster by demoting, dropping and adding memberships at random (no
/// solve: the rules hold for any pair of rosters).
struct DivisionOfLabourPropertyTests {
  static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]

  static func generated(_ seed: UInt64) -> DataSet? {
    let parameters = SyntheticDataSet.Parameters(
      donors: 8, groups: 12, staff: 30, seed: seed, year: 2026)
    return DataSetLoader.load(files: SyntheticDataSet(parameters).files, name: "gen\(seed)")
      .dataSet
  }

  /// Today's memberships, each active one demoted or dropped with probability 0.3 each, and
  /// a few new active memberships.
  static func perturbed(_ data: DataSet, seed: UInt64) -> Roster {
    var random = SplitMix64(seed: seed &+ 99)
    var memberships: [Membership] = []
    var taken = Set<[String]>()
    for m in data.participation {
      let roll = random.unit()
      if m.level == .active, roll < 0.3 { continue }
      var kept = m
      if m.level == .active, roll < 0.6 { kept.level = .attending }
      kept.role = nil
      memberships.append(kept)
      taken.insert([m.staff, m.group])
    }
    for _ in 0..<10 {
      let person = random.pick(data.staff)
      let group = random.pick(data.groups)
      if taken.insert([person.id, group.id]).inserted {
        memberships.append(Membership(staff: person.id, group: group.id))
      }
    }
    return Roster(memberships: memberships, seats: [], years: [2027])
  }

  @Test(arguments: seeds) func everyPartnerIsActiveInTheGroupInThePlan(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    let today = Roster(today: data, year: 2026)
    let plan = Self.perturbed(data, seed: seed)
    let delegations = DelegationPartners(data, today: today, plan: plan, loadCeiling: 0.7)
    let before = Diagnosis(of: data, roster: today)
    let after = Diagnosis(of: data, roster: plan)
    #expect(!delegations.delegations.isEmpty)
    for d in delegations.delegations {
      let activeAfter = try #require(after.group(d.group)).activeDonors
      #expect(before.group(d.group)?.activeDonors.contains(d.donor) == true)
      #expect(!activeAfter.contains(d.donor))
      #expect(d.candidates == activeAfter)
      if let partner = d.partner {
        #expect(partner != d.donor)
        #expect(activeAfter.contains(partner))
      } else {
        #expect(activeAfter.isEmpty)
      }
    }
    // Every donor active today and not in the plan, in a group that goes on, is listed once.
    var expected: [String] = []
    for g in before.groups.sorted(by: { $0.group.id < $1.group.id })
    where g.group.exists(in: 2027) {
      let now = Set(after.group(g.group.id)?.activeDonors ?? [])
      expected += g.activeDonors.filter { !now.contains($0) }.map { "\(g.group.id) \($0)" }
    }
    #expect(delegations.delegations.map { "\($0.group) \($0.donor)" } == expected)
  }

  @Test(arguments: [1, 2, 3, 5, 8]) func herfindahlFallsAsEqualDonorsJoin(donors: Int) {
    let one = Concentration.herfindahl([2.5])
    #expect(one == 10_000)
    let equal = Concentration.herfindahl(Array(repeating: 2.5, count: donors)) ?? 0
    #expect(abs(equal - 10_000 / Double(donors)) < 1e-9)
    let more = Concentration.herfindahl(Array(repeating: 2.5, count: donors + 1)) ?? 0
    #expect(more < equal)
  }

  @Test(arguments: seeds) func groupIndexMatchesTheMembersOnGeneratedSets(seed: UInt64) throws {
    let data = try #require(Self.generated(seed))
    let roster = Roster(today: data, year: 2026)
    let c = Concentration(of: data, roster: roster)
    let d = Diagnosis(of: data, roster: roster)
    for g in c.groups {
      let diagnosis = try #require(d.group(g.group))
      #expect(g.activeDonors == diagnosis.activeDonors)
      if g.activeDonors.count == 1 { #expect(g.herfindahl == 10_000) }
      if let h = g.herfindahl {
        // Between the equal split of its donors and one donor holding everything.
        #expect(h >= 10_000 / Double(g.activeDonors.count) - 1e-9)
        #expect(h <= 10_000 + 1e-9)
      } else {
        #expect(g.activeDonors.isEmpty)
      }
    }
    for donor in c.donors {
      let share = donor.topShare ?? 1
      #expect(share > 0 && share <= 1 + 1e-12)
      if donor.activeGroups.count <= Concentration.topGroups { #expect(share == 1) }
    }
  }
}
