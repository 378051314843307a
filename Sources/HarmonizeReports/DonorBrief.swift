import HarmonizeAnalysis
import HarmonizeData

/// `donors/<donor>.txt`: one donor's brief: where its staff sit, what is over or under its
/// limits, and what the diagnosis asks of it.
public enum DonorBrief {
  /// Donor id to brief file name such as `SE.txt`, sorted by id.
  ///
  /// An id that is a safe file name (no `/`, `\`, `*`, `?`, `"`, `<`, `>`, `|`, control
  /// character or leading `.`, at most `safeIDBytes` bytes of UTF-8) is used as it is. Any
  /// other id becomes a safe, short name: unsafe characters replaced by `_`, cut to
  /// `shortIDBytes` bytes, then `-` and a hash of the whole id, so every valid id fits a file
  /// name. A name clashing case-blind with an earlier one gets `-2`, `-3`, ...
  public static func fileNames(_ dataSet: DataSet) -> [(donor: String, file: String)] {
    var used = Set<String>()
    return dataSet.donors.map(\.id).sorted().map { id in
      let base = fileBase(id)
      var name = base + ".txt"
      var n = 2
      while !used.insert(name.lowercased()).inserted {
        name = "\(base)-\(n).txt"
        n += 1
      }
      return (id, name)
    }
  }

  /// Longest id, in UTF-8 bytes, used unchanged as a file name.
  static let safeIDBytes = 100
  /// Length, in UTF-8 bytes, to which an unsafe or long id is cut before its hash.
  static let shortIDBytes = 48

  /// The file name of `id` without `.txt`, before clashes are resolved.
  static func fileBase(_ id: String) -> String {
    let unsafe = id.unicodeScalars.contains(where: isUnsafe) || id.hasPrefix(".")
    if !unsafe && id.utf8.count <= safeIDBytes { return id }
    var base = ""
    var bytes = 0
    for scalar in id.unicodeScalars {
      let safe: Unicode.Scalar = isUnsafe(scalar) ? "_" : scalar
      let width = String(Character(safe)).utf8.count
      guard bytes + width <= shortIDBytes else { break }
      base.unicodeScalars.append(safe)
      bytes += width
    }
    if base.hasPrefix(".") { base = "_" + base.dropFirst() }
    return base + "-" + hash(id)
  }

  /// Characters some file system or shell cannot hold in a file name.
  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 32 || scalar.value == 127 || "/\\*?\"<>|".unicodeScalars.contains(scalar)
  }

  /// Eight hex digits of the 64-bit FNV-1a hash of `id`'s UTF-8, folded to 32 bits.
  private static func hash(_ id: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      value ^= UInt64(byte)
      value &*= 0x0000_0100_0000_01b3
    }
    let folded = UInt32(truncatingIfNeeded: value ^ (value >> 32))
    let hex = String(folded, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// The brief of `donor` under the diagnosis `d`.
  public static func render(_ donor: DonorDiagnosis, in d: Diagnosis) -> String {
    render(donor, in: d, index: DonorBriefIndex(d))
  }

  /// The brief, with the lookups shared by every donor's brief computed once.
  static func render(_ donor: DonorDiagnosis, in d: Diagnosis, index: DonorBriefIndex) -> String {
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
    let people = index.staff[id] ?? []
    out += "\n" + SummaryText.section("Where its staff sit", staffTable(people, d))
    out += SummaryText.section("Over or under", problems(donor, people, d, index))
    out += SummaryText.section("What is asked of it", asks(donor, index))
    out += index.labour.briefLines(id).map { $0 + "\n" }.joined()
    return out
  }

  /// Short flags for the burden table: over 100% load, chair-heavy, over limits.
  public static func flags(_ donor: DonorDiagnosis) -> [String] {
    var flags: [String] = []
    if donor.overloaded { flags.append("overloaded") }
    if donor.chairHeavy { flags.append("chairs beyond share") }
    if donor.overMaxGroups { flags.append("over max_groups") }
    if !donor.overChairCapacity.isEmpty { flags.append("over chair_capacity") }
    return flags
  }

  static func staffTable(_ people: [Int], _ d: Diagnosis) -> String {
    guard !people.isEmpty else { return "" }
    var table = TextTable(columns: ["staff", "days used", "days", "active", "memberships"])
    for i in people {
      let s = d.staff[i]
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

  static func problems(
    _ donor: DonorDiagnosis, _ people: [Int], _ d: Diagnosis, _ index: DonorBriefIndex
  ) -> String {
    let id = donor.donor.id
    var lines: [String] = []
    if donor.overloaded {
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
    for i in people {
      let s = d.staff[i]
      if s.misplacedTechnicalAssistant {
        lines.append("technical assistant \(s.staff.id): " + assistantProblem(s))
      } else if !s.staff.isTechnicalAssistant, s.overDays || s.overMaxGroups {
        lines.append("\(s.staff.id): " + staffProblems(s))
      }
    }
    lines += index.groupProblems[id] ?? []
    return lines.map { "  - \($0)\n" }.joined()
  }

  static func asks(_ donor: DonorDiagnosis, _ index: DonorBriefIndex) -> String {
    (index.asks[donor.donor.id] ?? []).map { "  - \($0)\n" }.joined()
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
