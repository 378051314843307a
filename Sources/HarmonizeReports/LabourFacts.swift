import HarmonizeAnalysis
import HarmonizeData

/// The division-of-labour figures of one report folder, computed once and shared by the
/// CSV files, the summary and every donor brief.
public struct LabourFacts: Sendable {
  /// Who speaks for each donor stepping back (in `analyze`: the suggested step backs).
  public let delegations: DelegationPartners
  /// Concentration of the folder's roster (the plan's, or today's in `analyze`).
  public let concentration: Concentration
  /// Today's concentration beside a plan; `nil` in `analyze`.
  public let before: Concentration?

  /// Today's roster alone.
  public init(analysis d: Diagnosis) {
    delegations = DelegationPartners(suggestedIn: d)
    concentration = Concentration(of: d.dataSet, roster: d.roster)
    before = nil
  }

  /// A plan beside today, with its load ceiling.
  public init(plan after: Diagnosis, today: Diagnosis, ceiling: Double?) {
    delegations = DelegationPartners(
      after.dataSet, today: today.roster, plan: after.roster, loadCeiling: ceiling)
    concentration = Concentration(of: after.dataSet, roster: after.roster)
    before = Concentration(of: today.dataSet, roster: today.roster)
  }

  /// The brief lines of `donor` (see `LabourBrief`).
  func briefLines(_ donor: String) -> [String] {
    LabourBrief.lines(
      donor: donor, now: concentration, before: before, delegations: delegations)
  }

  /// The delegation a staff_plan.csv row belongs to: the person was active in the group
  /// today and its donor steps back there.
  func delegation(staff: String, donor: String, group: String) -> Delegation? {
    delegations.of(donor, in: group).flatMap { $0.staff.contains(staff) ? $0 : nil }
  }
}
