#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU clocks and the median, for the benchmarks' lines: on a shared machine CPU time is the
/// steadier figure, since other processes' load inflates wall-clock time.
enum BenchClock {
  /// CPU time of the whole process (user + system), in seconds.
  static func processSeconds() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

  /// CPU time of the calling thread, in seconds.
  static func threadSeconds() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }

  /// The middle value (the upper one of an even count).
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }

  private static func seconds(_ clock: clockid_t) -> Double {
    var now = timespec()
    clock_gettime(clock, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
  }
}
