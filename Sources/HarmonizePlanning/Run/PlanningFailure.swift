import LinearProgramming

/// Why a planning run produced no plan: the one failure type of `Planner`.
enum PlanningFailure: Error {
  /// The model could not be built (a number the data set holds is out of the solver's range).
  case modelRejected(ModelError)
  /// No plan meets the hard limits (found at the named priority).
  case infeasible(Priority)
  /// Neither the start nor the solver found a plan meeting every row (the decisions among
  /// them) within the time limit.
  case noPlanFound(Priority)
  /// The solver failed at the named priority.
  case solverFailed(Priority, any Error)

  var status: Plan.Status {
    if case .infeasible = self { return .infeasible }
    return .error
  }

  var message: String {
    switch self {
    case .modelRejected(let error): "the planning model could not be built: \(error)"
    case .infeasible(let priority):
      "priority \(priority.name): no plan meets the hard limits (staff days and max_groups, "
        + "donor max_groups and chair_capacity, term, min_term, interest windows)"
    case .noPlanFound(let priority):
      "priority \(priority.name): no plan meeting the decisions was found within the time limit "
        + "(try a longer --time-limit)"
    case .solverFailed(let priority, let error): "priority \(priority.name): \(error)"
    }
  }
}
