import HarmonizeAnalysis
import HarmonizeData

/// The hand-made data set every analysis test calculates by hand (current year 2025).
///
/// Donors: A (other duties 2, chair capacity 2), B, C (max 1 group).
/// Staff: a1 (A, 4 days, senior, pfm 3), a2 (A, 2 days, gender 2), b1 (B, 4 days, senior,
/// pfm 2), c1 (C, 3 days, senior, max 1 group), t1 (B, TA, pfm 3).
/// Groups: HEALTH (sector, max 2 donors), EDU (main: troika, member days 2),
/// GENDER (cross-cutting, focal only, links HEALTH and EDU), TF (task force ended 2024).
enum Sample {
  static let year = 2025

  static var dataSet: DataSet {
    DataSet(
      name: "sample",
      donors: [
        Donor(id: "A", name: "Avalon", chairCapacity: 2, otherDuties: 2),
        Donor(id: "B", name: "Borduria"),
        Donor(id: "C", name: "Carpania", maxGroups: 1),
      ],
      staff: [
        StaffMember(id: "a1", donor: "A", days: 4, skills: ["pfm": 3], isSenior: true),
        StaffMember(id: "a2", donor: "A", days: 2, skills: ["gender": 2]),
        StaffMember(id: "b1", donor: "B", days: 4, skills: ["pfm": 2], isSenior: true),
        StaffMember(id: "c1", donor: "C", days: 3, maxGroups: 1, isSenior: true),
        StaffMember(
          id: "t1", donor: "B", days: 4, skills: ["pfm": 3], isSenior: true,
          isTechnicalAssistant: true),
      ],
      groups: [
        WorkingGroup(id: "HEALTH", pillar: "social", maxDonors: 2),
        WorkingGroup(id: "EDU", pillar: "social", kind: .main, memberDays: 2, chairDays: 3),
        WorkingGroup(
          id: "GENDER", kind: .crossCutting, chair: .focal, links: ["HEALTH", "EDU"]),
        WorkingGroup(id: "TF", kind: .taskForce, ends: 2024),
      ],
      needs: [
        Need(group: "HEALTH", skill: "pfm", level: 2, count: 2),
        Need(group: "EDU", skill: "pfm", level: 3, count: 1),
        Need(group: "EDU", skill: "gender", level: 2, count: 1),
        Need(group: "GENDER", skill: "gender", level: 2, count: 1),
        Need(group: "TF", skill: "pfm", level: 1, count: 1),
      ],
      participation: [
        Membership(staff: "a1", group: "HEALTH", role: .focal, since: 2023),
        Membership(staff: "a2", group: "HEALTH"),
        Membership(staff: "b1", group: "HEALTH", role: .vice, since: 2025),
        Membership(staff: "c1", group: "HEALTH"),
        Membership(staff: "a1", group: "EDU", role: .troika, since: 2024),
        Membership(staff: "c1", group: "EDU"),
        Membership(staff: "t1", group: "EDU"),
        Membership(staff: "b1", group: "GENDER", level: .attending),
        Membership(staff: "a2", group: "GENDER", role: .focal),
        Membership(staff: "c1", group: "TF"),
      ])
  }

  static var diagnosis: Diagnosis {
    let data = dataSet
    return Diagnosis(of: data, roster: Roster(today: data, year: year))
  }
}
