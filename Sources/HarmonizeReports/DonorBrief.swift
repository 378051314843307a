import HarmonizeAnalysis
import HarmonizeData

/// `donors/<donor>.txt`: one donor's brief: where its staff sit, what is over or under its
/// limits, and what the diagnosis asks of it.
public enum DonorBrief {
  /// Donor id to brief file name such as `SE.txt`, sorted by id.
  ///
  /// Characters a file name cannot hold (`/`, `\`, control characters, a leading `.`) become
  /// `_`; a name clashing case-blind with an earlier one gets `-2`, `-3`, ...
  public static func fileNames(_ dataSet: DataSet) -> [(donor: String, file: String)] {
    var used = Set<String>()
    return dataSet.donors.map(\.id).sorted().map { id in
      var base = String(
        id.map { c -> Character in
          c == "/" || c == "\\" || c.unicodeScalars.contains { $0.value < 32 || $0.value == 127 }
            ? "_" : c
        })
      if base.hasPrefix(".") { base = "_" + base.dropFirst() }
      var name = base + ".txt"
      var n = 2
      while !used.insert(name.lowercased()).inserted {
        name = "\(base)-\(n).txt"
        n += 1
      }
      return (id, name)
    }
  }

  /// The brief of `donor` under the diagnosis `d`.
  public static func render(_ donor: DonorDiagnosis, in d: Diagnosis) -> String {
    let id = donor.donor.id
    var out = "\(id): \(donor.donor.name)\n"
    if donor.donor.isG19 { out += "Member of the main donor group (G19)\n" }
    out += "Burden \(Format.fixed(donor.burden)) days per month of \(Format.fixed(donor.capacity))"
    out += " capacity: load \(AnalysisReports.loadText(donor.load)),"
    out += " \(Format.percent(donor.burdenShare)) of all donors' burden\n"
    out += "  member days \(Format.fixed(donor.memberDays)), chair days"
    out += " \(Format.fixed(donor.chairDays)), other duties \(Format.fixed(donor.otherDuties))\n"
    let maxGroups = donor.donor.maxGroups.map { " (max \($0))" } ?? ""
    out += "Active in \(donor.activeGroups.count) group(s)\(maxGroups): "
    out += (donor.activeGroups.isEmpty ? "none" : donor.activeGroups.joined(separator: ", "))
    out += "\n"
    for (i, year) in d.roster.years.enumerated() {
      let seats = donor.seats.filter { $0.year == year }
        .map { "\($0.group) \($0.role.rawValue) (\($0.staff), since \($0.since))" }
      out += "Seats \(year): \(donor.seatsPerYear[i])"
      out += seats.isEmpty ? "\n" : ": " + seats.joined(separator: "; ") + "\n"
    }
    out += "\n" + SummaryText.section("Where its staff sit", staffTable(donor, d))
    out += SummaryText.section("Over or under", problems(donor, d))
    out += SummaryText.section("What is asked of it", asks(donor, d))
    return out
  }

  /// Short flags for the burden table: over 100% load, chair-heavy, over limits.
  public static func flags(_ donor: DonorDiagnosis) -> [String] {
    var flags: [String] = []
    if donor.load > 1 + 1e-9 { flags.append("overloaded") }
    if donor.chairHeavy { flags.append("chairs beyond share") }
    if donor.overMaxGroups { flags.append("over max_groups") }
    if !donor.overChairCapacity.isEmpty { flags.append("over chair_capacity") }
    return flags
  }

  static func staffTable(_ donor: DonorDiagnosis, _ d: Diagnosis) -> String {
    let people = d.staff.filter { $0.staff.donor == donor.donor.id }
      .sorted { $0.staff.id < $1.staff.id }
    guard !people.isEmpty else { return "" }
    var table = TextTable(columns: ["staff", "days used", "days", "active", "memberships"])
    for s in people {
      let places = s.memberships.map { m -> String in
        let roles = s.seats.filter { $0.group == m.group }.map(\.role.rawValue)
        let extra = ([m.level.rawValue] + roles).joined(separator: ", ")
        return "\(m.group) (\(extra))"
      }
      let name = s.staff.id + (s.staff.isTechnicalAssistant ? " (TA)" : "")
      table.append([
        name, Format.fixed(s.daysUsed), Format.fixed(s.staff.days), "\(s.activeGroups.count)",
        places.isEmpty ? "none" : places.joined(separator: "; "),
      ])
    }
    return table.rendered()
  }

  static func problems(_ donor: DonorDiagnosis, _ d: Diagnosis) -> String {
    var lines: [String] = []
    if donor.load > 1 + 1e-9 {
      lines.append("burden above capacity: load \(AnalysisReports.loadText(donor.load))")
    }
    if let max = donor.donor.maxGroups, donor.overMaxGroups {
      lines.append("active in \(donor.activeGroups.count) groups, max_groups is \(max)")
    }
    for year in donor.overChairCapacity {
      let cap = donor.donor.chairCapacity ?? 0
      let held = donor.seats.filter { $0.year == year }.count
      lines.append("\(held) seats in \(year), chair_capacity is \(cap)")
    }
    if donor.chairHeavy {
      lines.append(
        "chairs beyond its share: \(Format.percent(donor.seatShare)) of all seats for"
          + " \(Format.percent(donor.capacityShare)) of the free capacity")
    }
    for s in d.staff.sorted(by: { $0.staff.id < $1.staff.id })
    where s.staff.donor == donor.donor.id {
      if s.misplacedTechnicalAssistant {
        lines.append("technical assistant \(s.staff.id): " + assistantProblem(s))
      } else if !s.staff.isTechnicalAssistant, s.overDays || s.overMaxGroups {
        lines.append("\(s.staff.id): " + staffProblems(s))
      }
    }
    for g in d.groups.sorted(by: { $0.group.id < $1.group.id }) {
      for dup in g.internalDuplications where dup.donor == donor.donor.id {
        lines.append(
          "\(g.group.id): \(dup.staff.count) active staff (\(dup.staff.joined(separator: ", ")))"
            + " count as one donor")
      }
      for issue in (g.seats.flatMap(\.issues) + g.strayIssues)
      where issue.seat.donor == donor.donor.id {
        lines.append(
          "\(g.group.id) \(issue.seat.role.rawValue) seat \(issue.seat.year) does not count: "
            + issue.reason)
      }
    }
    return lines.map { "  - \($0)\n" }.joined()
  }

  static func asks(_ donor: DonorDiagnosis, _ d: Diagnosis) -> String {
    let id = donor.donor.id
    let people = d.staff.filter { $0.staff.donor == id && !$0.staff.isTechnicalAssistant }
    var lines: [String] = []
    for g in d.groups.sorted(by: { $0.group.id < $1.group.id }) {
      if let lead = g.lead, lead.rotationDue, lead.seat.donor == id {
        lines.append(
          "\(g.group.id): hand over the lead; held since \(lead.seat.since),"
            + " \(lead.yearsServed) years by \(lead.seat.year + 1), term \(lead.term)")
      }
      if let c = g.stepBack.first(where: { $0.donor == id && $0.suggested }) {
        lines.append(
          "\(g.group.id): over-populated (\(g.activeDonors.count) of max \(g.group.maxDonors));"
            + " step back to attending (candidate \(c.rank) of \(g.stepBack.count))")
      }
      let active = g.activeDonors.contains(id)
      for year in g.seats where year.shortfall > 0 && active {
        let seated = year.filled.contains { $0.donor == id }
        let senior = people.filter { $0.staff.canChair && $0.activeGroups.contains(g.group.id) }
        if !seated, !senior.isEmpty {
          lines.append(
            "\(g.group.id): empty \(year.emptyRoles.map(\.rawValue).joined(separator: "+"))"
              + " seat in \(year.year); \(senior.map(\.staff.id).joined(separator: ", "))"
              + " could take it")
        }
      }
      for cover in g.needs.sorted(by: AnalysisReports.needOrder) where cover.shortfall > 0 {
        let able = people.filter {
          $0.staff.has(cover.need.skill, atLeast: cover.need.level)
            && !$0.activeGroups.contains(g.group.id)
        }
        if !able.isEmpty {
          lines.append(
            "\(g.group.id): needs \(cover.shortfall) more with \(cover.need.skill) at level"
              + " \(cover.need.level)+; \(able.map(\.staff.id).joined(separator: ", ")) has it")
        }
      }
    }
    return lines.map { "  - \($0)\n" }.joined()
  }

  static func staffProblems(_ s: StaffDiagnosis) -> String {
    var parts: [String] = []
    if s.overDays {
      parts.append("\(Format.fixed(s.daysUsed)) days used of \(Format.fixed(s.staff.days))")
    }
    if let max = s.staff.maxGroups, s.overMaxGroups {
      parts.append("active in \(s.activeGroups.count) groups of max \(max)")
    }
    return parts.joined(separator: "; ")
  }

  static func assistantProblem(_ s: StaffDiagnosis) -> String {
    var parts: [String] = []
    if !s.activeGroups.isEmpty {
      parts.append("active in " + s.activeGroups.joined(separator: ", "))
    }
    if !s.seats.isEmpty {
      parts.append(
        "holds "
          + s.seats.map { "\($0.group) \($0.role.rawValue) \($0.year)" }
          .joined(separator: ", "))
    }
    return parts.joined(separator: "; ") + " (a TA never counts as a member nor chairs)"
  }
}
