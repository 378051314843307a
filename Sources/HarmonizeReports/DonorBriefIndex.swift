import HarmonizeAnalysis

/// What every donor brief looks up, computed once per report folder in one pass over groups
/// and staff, so that writing all briefs stays linear in the size of the data set.
struct DonorBriefIndex {
  /// Donor id to indices into `Diagnosis.staff` (technical assistants included), by staff id.
  let staff: [String: [Int]]
  /// Donor id to its group findings for "Over or under", by group id.
  let groupProblems: [String: [String]]
  /// Donor id to what the diagnosis asks of it, by group id.
  let asks: [String: [String]]
  /// The division-of-labour figures of today's roster.
  let labour: LabourFacts

  init(_ d: Diagnosis) {
    labour = LabourFacts(analysis: d)
    var byDonor: [String: [Int]] = [:]
    var seniorIn: [String: [String: [Int]]] = [:]
    // Skill to (staff index, level) of non-TA staff, so a need scans only its skill's holders.
    var bySkill: [String: [(staff: Int, level: Int)]] = [:]
    for (i, s) in d.staff.enumerated() {
      byDonor[s.staff.donor, default: []].append(i)
      guard !s.staff.isTechnicalAssistant else { continue }
      if s.staff.canChair {
        for g in s.activeGroups { seniorIn[g, default: [:]][s.staff.donor, default: []].append(i) }
      }
      for (skill, level) in s.staff.skills { bySkill[skill, default: []].append((i, level)) }
    }
    let ids = d.staff.map(\.staff.id)
    let donorOf = d.staff.map(\.staff.donor)
    let activeOf = d.staff.map(\.activeGroups)
    let byId: (Int, Int) -> Bool = { ids[$0] < ids[$1] }
    staff = byDonor.mapValues { $0.sorted(by: byId) }
    var problems: [String: [String]] = [:]
    var asks: [String: [String]] = [:]
    for g in d.groups.indices.sorted(by: { d.groups[$0].group.id < d.groups[$1].group.id }) {
      let group = d.groups[g]
      let gid = group.group.id
      for dup in group.internalDuplications {
        problems[dup.donor, default: []].append(
          "\(gid): \(dup.staff.count) active staff (\(dup.staff.joined(separator: ", ")))"
            + " count as one donor")
      }
      for issue in group.seats.flatMap(\.issues) + group.strayIssues {
        problems[issue.seat.donor, default: []].append(
          "\(gid) \(issue.seat.role.rawValue) seat \(issue.seat.year) does not count: "
            + issue.reason)
      }
      if let lead = group.lead, lead.rotationDue {
        asks[lead.seat.donor, default: []].append(
          "\(gid): hand over the lead; held since \(lead.seat.since),"
            + " \(lead.yearsServed) years by \(lead.seat.year + 1), term \(lead.term)")
      }
      for c in group.stepBack where c.suggested {
        asks[c.donor, default: []].append(
          "\(gid): over-populated (\(group.activeDonors.count) of max \(group.group.maxDonors));"
            + " step back to attending (candidate \(c.rank) of \(group.stepBack.count))")
      }
      let senior = seniorIn[gid] ?? [:]
      for year in group.seats where year.shortfall > 0 {
        let seated = Set(year.filled.map(\.donor))
        let roles = year.emptyRoles.map(\.rawValue).joined(separator: "+")
        for donor in senior.keys.sorted() where !seated.contains(donor) {
          let names = (senior[donor] ?? []).sorted(by: byId).map { ids[$0] }
          asks[donor, default: []].append(
            "\(gid): empty \(roles) seat in \(year.year); \(names.joined(separator: ", "))"
              + " could take it")
        }
      }
      for cover in group.needs.sorted(by: AnalysisReports.needOrder) where cover.shortfall > 0 {
        var able: [String: [Int]] = [:]
        for (i, level) in bySkill[cover.need.skill] ?? []
        where level >= cover.need.level && !activeOf[i].contains(gid) {
          able[donorOf[i], default: []].append(i)
        }
        for donor in able.keys.sorted() {
          let names = (able[donor] ?? []).sorted(by: byId).map { ids[$0] }
          asks[donor, default: []].append(
            "\(gid): needs \(cover.shortfall) more with \(cover.need.skill) at level"
              + " \(cover.need.level)+; \(names.joined(separator: ", ")) has it")
        }
      }
    }
    groupProblems = problems
    self.asks = asks
  }
}
