import Testing

@testable import LinearProgramming

#if canImport(Glibc)
import Glibc
#endif

/// C work run in a child process: its output comes back, its crash stays there.
@Suite struct ChildProcessTests {
  @Test func theChildsOutputComesBack() {
    var output = [Double](repeating: 0, count: 3)
    let outcome = ChildProcess.run(output: &output, deadline: 10) { out in
      out[0] = 1.5
      out[2] = -7
    }
    #expect(outcome == .finished)
    #expect(output == [1.5, 0, -7])
  }

  @Test func aCrashInTheChildIsReportedNotSuffered() {
    var output = [Double](repeating: 0, count: 1)
    let outcome = ChildProcess.run(output: &output, deadline: 10) { _ in
      raise(SIGSEGV)
    }
    #expect(outcome == .crashed)
  }

  @Test func aChildThatHangsIsKilledAtTheDeadline() {
    var output = [Double](repeating: 0, count: 1)
    let outcome = ChildProcess.run(output: &output, deadline: 0.2) { _ in
      sleep(30)
    }
    #expect(outcome == .crashed)
  }
}
