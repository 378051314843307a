/// Why a solve or an export failed after the model itself was accepted.
public enum SolverError: Error, Equatable, CustomStringConvertible {
  /// A `SolverOptions` value is out of range (negative time limit, NaN gap, wrong start size).
  case badOption(String)
  /// The model has more rows, columns or non-zeros than the solver's 32-bit indices hold.
  case tooLarge(String)
  /// A GLPK routine returned an error code that no status explains; `message` is GLPK's output.
  case glpkFailed(routine: String, code: Int, message: String)
  /// A CBC or Clp routine gave up (numerical trouble, `Cbc_isAbandoned`) or failed to start.
  case cbcFailed(routine: String, code: Int)
  /// A HiGHS routine returned `kHighsStatusError`, or a solve ended in an error status
  /// (`code` is then the `kHighsModelStatus` value).
  case highsFailed(routine: String, code: Int)
  /// Writing an LP or MPS file failed.
  case exportFailed(path: String, message: String)
  /// An export path ends in neither `.lp` nor `.mps`.
  case unknownExportFormat(path: String)
  /// Two rows or two columns share a name, which would merge them when the file is read back.
  case duplicateName(path: String, name: String)

  public var description: String {
    switch self {
    case .badOption(let message): "invalid solver option: \(message)"
    case .tooLarge(let message): "model too large for the solver: \(message)"
    case .glpkFailed(let routine, let code, let message):
      "\(routine) failed with code \(code)" + (message.isEmpty ? "" : ": \(message)")
    case .cbcFailed(let routine, let code): "\(routine) failed with code \(code)"
    case .highsFailed(let routine, let code): "\(routine) failed with code \(code)"
    case .exportFailed(let path, let message): "\(path): cannot write the model: \(message)"
    case .unknownExportFormat(let path):
      "\(path): unknown model format; use a name ending in .lp (CPLEX LP) or .mps (free MPS)"
    case .duplicateName(let path, let name):
      "\(path): the name \"\(name)\" is used twice; exported names must be unique"
    }
  }
}
