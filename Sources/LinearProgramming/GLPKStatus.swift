import CGLPK

/// A solution's status as GLPK reports it (`glp_get_status`, `glp_mip_status`), read in this
/// one place.
enum GLPKStatus: Equatable {
  case optimal
  /// A feasible point, not proven optimal.
  case feasible
  /// Proven to have no feasible point (`GLP_NOFEAS`).
  case infeasible
  case unbounded
  /// No point known yet, or an intermediate infeasible one (`GLP_UNDEF`, `GLP_INFEAS`).
  case undefined

  init(_ code: Int32) {
    switch code {
    case GLP_OPT: self = .optimal
    case GLP_FEAS: self = .feasible
    case GLP_NOFEAS: self = .infeasible
    case GLP_UNBND: self = .unbounded
    default: self = .undefined
    }
  }

  /// Whether there is a point to read: optimal or feasible.
  var hasSolution: Bool { self == .optimal || self == .feasible }
}

/// How a `glp_simplex` or `glp_intopt` call returned, read in this one place.
enum GLPKReturn: Equatable {
  /// Returned 0: the search ended (the status says how).
  case done
  /// `tm_lim` ran out (`GLP_ETMLIM`).
  case timeLimit
  /// `it_lim` ran out (`GLP_EITLIM`).
  case iterationLimit
  /// The search callback called `glp_ios_terminate` (`GLP_ESTOP`).
  case stopped
  /// The relative gap reached `mip_gap` (`GLP_EMIPGAP`).
  case gapReached
  /// The presolver found no primal feasible point (`GLP_ENOPFS`).
  case noPrimalFeasible
  /// The presolver found no dual feasible point (`GLP_ENODFS`): unbounded or infeasible.
  case noDualFeasible
  /// Any other code: a bad basis, a singular matrix, a failure.
  case failed(Int32)

  init(_ code: Int32) {
    switch code {
    case 0: self = .done
    case GLP_ETMLIM: self = .timeLimit
    case GLP_EITLIM: self = .iterationLimit
    case GLP_ESTOP: self = .stopped
    case GLP_EMIPGAP: self = .gapReached
    case GLP_ENOPFS: self = .noPrimalFeasible
    case GLP_ENODFS: self = .noDualFeasible
    default: self = .failed(code)
    }
  }

  /// The raw code, for `SolverError.glpkFailed`.
  var code: Int {
    switch self {
    case .done: 0
    case .timeLimit: Int(GLP_ETMLIM)
    case .iterationLimit: Int(GLP_EITLIM)
    case .stopped: Int(GLP_ESTOP)
    case .gapReached: Int(GLP_EMIPGAP)
    case .noPrimalFeasible: Int(GLP_ENOPFS)
    case .noDualFeasible: Int(GLP_ENODFS)
    case .failed(let code): Int(code)
    }
  }
}
