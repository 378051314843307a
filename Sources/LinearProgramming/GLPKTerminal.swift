import CGLPK

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives GLPK's terminal output through `glp_term_hook`: keeps the last lines for error
/// messages and copies everything to standard error when verbose.
final class TerminalSink {
  let verbose: Bool
  private var tail: [String] = []

  init(verbose: Bool) { self.verbose = verbose }

  /// The last lines GLPK printed, for error messages.
  var lastLines: String {
    tail.joined().split(separator: "\n").suffix(Tuning.errorLines).joined(separator: " / ")
  }

  func receive(_ text: UnsafePointer<CChar>) {
    if verbose { _ = write(2, text, strlen(text)) }
    tail.append(String(cString: text))
    if tail.count > Tuning.outputChunks {
      tail.removeFirst(tail.count - Tuning.outputChunks)
    }
  }

  /// Runs `body` with GLPK's output routed here; the hook is removed afterwards.
  func capturing<T>(_ body: () throws -> T) rethrows -> T {
    glp_term_hook(terminalHook, Unmanaged.passUnretained(self).toOpaque())
    defer { glp_term_hook(nil, nil) }
    return try withExtendedLifetime(self) { try body() }
  }
}

/// GLPK's terminal hook; returning nonzero stops GLPK from printing the text itself.
private func terminalHook(_ info: UnsafeMutableRawPointer?, _ text: UnsafePointer<CChar>?)
  -> Int32
{
  guard let info, let text else { return 1 }
  Unmanaged<TerminalSink>.fromOpaque(info).takeUnretainedValue().receive(text)
  return 1
}

private typealias Tuning = SolverTuning.GLPK
