#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a piece of C work in a forked child process, so that a crash in a C library (CBC 2.10
/// dereferences a null pointer in some runs stopped by its time limit) ends the child, never
/// this process.
///
/// The child fills `output`, a buffer the parent prepared, sends it back through a pipe and
/// exits; it must only call C (no Swift allocation: other threads of the parent may have held
/// runtime locks at the fork). The parent waits at most `deadline` seconds, then kills it.
enum ChildProcess {
  /// How a child ended.
  enum Outcome {
    /// It ran to the end; `output` holds what it wrote.
    case finished
    /// It died of a signal, exited early, or overran the deadline (killed).
    case crashed
  }

  static func run(
    output: inout [Double], deadline: Double, _ work: (UnsafeMutableBufferPointer<Double>) -> Void
  ) -> Outcome {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return .crashed }
    let (readEnd, writeEnd) = (fds[0], fds[1])
    let count = output.count
    let pid = output.withUnsafeMutableBufferPointer { buffer -> pid_t in
      let pid = fork()
      if pid == 0 {
        // Die quietly: the parent reports a crash; the runtime's backtracer would print one.
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
          Glibc.signal(signal, SIG_DFL)
        }
        close(readEnd)
        // A failed assertion in the library prints before it aborts; the parent reports it.
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 { dup2(null, STDERR_FILENO) }
        work(buffer)
        var sent = 0
        let bytes = count * MemoryLayout<Double>.stride
        guard let base = buffer.baseAddress else { _exit(2) }
        let raw = UnsafeRawPointer(base)
        while sent < bytes {
          let n = write(writeEnd, raw + sent, bytes - sent)
          if n <= 0 { _exit(2) }
          sent += n
        }
        _exit(0)
      }
      return pid
    }
    close(writeEnd)
    guard pid > 0 else {
      close(readEnd)
      return .crashed
    }
    let received = receive(into: &output, from: readEnd, deadline: deadline)
    close(readEnd)
    if !received { kill(pid, SIGKILL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitedCleanly = (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
    return received && exitedCleanly ? .finished : .crashed
  }

  /// Reads the whole buffer, or gives up at end of file, on an error or past the deadline.
  private static func receive(into output: inout [Double], from fd: Int32, deadline: Double)
    -> Bool
  {
    let bytes = output.count * MemoryLayout<Double>.stride
    let end = ContinuousClock.now + .milliseconds(Int64(max(1, deadline) * 1000))
    return output.withUnsafeMutableBytes { raw -> Bool in
      guard let base = raw.baseAddress else { return bytes == 0 }
      var got = 0
      while got < bytes {
        let left = (end - ContinuousClock.now).inSeconds
        guard left > 0 else { return false }
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(min(left * 1000 + 1, 60_000)))
        if ready < 0 && errno == EINTR { continue }
        guard ready > 0 else { if ready == 0 { continue } else { return false } }
        let n = read(fd, base + got, bytes - got)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        got += n
      }
      return true
    }
  }
}
