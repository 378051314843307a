import HarmonizeData
import HarmonizePlanning
import HarmonizeReports
import LinearProgramming
import Testing

/// The planner reads each way a solve can end (`Termination`) into what the plan says: its
/// status, whether it is reproducible, and the words of the summary's headline.
@Suite struct TerminationTests {
  /// CBC, except that the solve of one priority ends as the test says.
  struct EndsAs: Solver {
    enum Ending {
      case termination(Termination)
      case failure
    }
    /// A row that only that priority's model has (its `fix_` rows come later).
    let marker: @Sendable (Model) -> Bool
    let ending: Ending

    func solve(_ model: Model, options: SolverOptions) throws -> Solution {
      var solution = try CBCSolver().solve(model, options: options)
      guard marker(model) else { return solution }
      switch ending {
      case .failure:
        throw SolverError.cbcFailed(routine: "Cbc_solve", code: -1)
      case .termination(let termination):
        solution.termination = termination
        switch termination {
        case .optimal: solution.status = .optimal
        case .infeasible: solution.status = .infeasible
        case .unbounded: solution.status = .unbounded
        case .limitReached: solution.status = solution.hasSolution ? .feasible : .noSolutionFound
        }
      }
      return solution
    }
  }

  /// One group that needs a skill no one has: the least shortfall is 1, so no start proves it
  /// and every priority goes to the solver.
  static var data: DataSet {
    DataSet(
      name: "t",
      donors: [Donor(id: "A"), Donor(id: "B")],
      staff: [
        StaffMember(id: "a1", donor: "A", skills: ["pfm": 3], isSenior: true),
        StaffMember(id: "b1", donor: "B", skills: ["pfm": 2], isSenior: true),
      ],
      groups: [WorkingGroup(id: "G", minDonors: 2, maxDonors: 2, chair: .focalAndVice)],
      needs: [Need(group: "G", skill: "pfm", level: 2), Need(group: "G", skill: "law", level: 2)],
      participation: [Membership(staff: "a1", group: "G", role: .focal, since: 2026)],
      interests: [])
  }

  static func plan(_ solver: EndsAs) -> Plan {
    var options = PlanningOptions(startYear: 2027)
    options.loadCeiling = 1
    options.timeLimit = 30
    return Planner(data, options: options, solver: solver).plan()
  }

  static let weighted: @Sendable (Model) -> Bool = { $0.constraintNames.contains("fix_changes") }
  static let shortfall: @Sendable (Model) -> Bool = {
    !$0.constraintNames.contains { $0.hasPrefix("fix_") }
  }

  @Test func aWeightedSolveStoppedByTheClockIsNotReproducible() {
    let plan = Self.plan(EndsAs(marker: Self.weighted, ending: .termination(.limitReached(.time))))
    #expect(plan.status == .feasible)
    #expect(!plan.reproducible)
    #expect(plan.proofSummary.contains("weighted NOT proven"))
  }

  @Test(arguments: [Termination.Limit.nodes, .iterations, .other])
  func aWeightedSolveEndedByAWorkLimitIsReproducible(limit: Termination.Limit) {
    let plan = Self.plan(EndsAs(marker: Self.weighted, ending: .termination(.limitReached(limit))))
    #expect(plan.status == .feasible)
    #expect(plan.reproducible)
    #expect(plan.proofSummary.contains("weighted ended on its work budget"))
  }

  @Test func aProvenWeightedSolveMakesTheWholePlanOptimal() {
    let plan = Self.plan(EndsAs(marker: Self.weighted, ending: .termination(.optimal)))
    #expect(plan.status == .optimal)
    #expect(plan.reproducible)
    #expect(plan.stages.map(\.priority) == Priority.allCases)
  }

  @Test(arguments: [Termination.infeasible, .unbounded])
  func anInfeasibleFirstPriorityEndsThePlanAsInfeasible(termination: Termination) {
    let plan = Self.plan(EndsAs(marker: Self.shortfall, ending: .termination(termination)))
    #expect(plan.status == .infeasible)
    #expect(plan.message.hasPrefix("priority shortfall: no plan meets the hard limits"))
  }

  @Test func aSolverFailureEndsThePlanAsAnError() {
    let plan = Self.plan(EndsAs(marker: Self.shortfall, ending: .failure))
    #expect(plan.status == .error)
    #expect(plan.message.hasPrefix("priority shortfall:"))
  }

  @Test func aShortfallSolveStoppedByTheClockIsNotProven() {
    let plan = Self.plan(EndsAs(marker: Self.shortfall, ending: .termination(.limitReached(.time))))
    #expect(plan.status == .feasible)
    #expect(!plan.reproducible)
    #expect(plan.proofSummary.contains("shortfall NOT proven"))
  }
}
