import HarmonizeAnalysis
import HarmonizeData

/// Which gaps only an ineligible person could close: what the task force must staff from
/// outside (a new hire, a consultant, another donor), docs/model.md "Who may be active
/// where".
///
/// A gap needs someone from outside when no eligible non-TA staff member who is not already
/// doing so could close it, whatever their days: no donor with a relevant person for a donor
/// gap, no eligible holder of the skill for a competency gap, no eligible senior staff of a
/// donor without a seat for a chair gap, no person eligible in both groups for a link gap.
struct OutsideNeeds {
  private let dataSet: DataSet
  /// Per group index: eligible non-TA staff indices of a known donor.
  private let eligible: [[Int]]

  init(_ dataSet: DataSet, anyGroup: Bool) {
    self.dataSet = dataSet
    let rule = Eligibility(dataSet, open: anyGroup)
    eligible = dataSet.groups.indices.map { j in
      dataSet.staff.indices.filter { i in
        let s = dataSet.staff[i]
        return !s.isTechnicalAssistant && dataSet.donorIndex[s.donor] != nil
          && rule.allows(staff: i, group: j)
      }
    }
  }

  private func people(_ group: String) -> [StaffMember] {
    guard let j = dataSet.groupIndex[group] else { return [] }
    return eligible[j].map { dataSet.staff[$0] }
  }

  /// No donor outside `active` has an eligible person for the group.
  func donors(_ g: GroupDiagnosis) -> Bool {
    let active = Set(g.activeDonors)
    return !people(g.group.id).contains { !active.contains($0.donor) }
  }

  /// No eligible person holds the need's skill at its level beyond those counted already.
  func competency(_ g: GroupDiagnosis, _ cover: GroupDiagnosis.NeedCover) -> Bool {
    let holders = people(g.group.id).filter {
      $0.has(cover.need.skill, atLeast: cover.need.level)
    }
    return holders.count <= cover.current
  }

  /// No person is eligible in both the cross-cutting group and the linked one.
  func link(_ g: GroupDiagnosis, to linked: String) -> Bool {
    let other = Set(people(linked).map(\.id))
    return !people(g.group.id).contains { other.contains($0.id) }
  }

  /// No eligible senior staff of a donor without a seat in the group that year.
  func chair(_ g: GroupDiagnosis, _ year: GroupDiagnosis.SeatYear) -> Bool {
    let seated = Set(year.filled.map(\.donor))
    return !people(g.group.id).contains { $0.canChair && !seated.contains($0.donor) }
  }

  /// The note added to a gap's detail.
  static let note = "needs someone from outside: no eligible person"
}
