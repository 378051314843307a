import ArgumentParser

/// Benchmarks behind `scripts/bench`.
///
/// Each subcommand times one piece in-process and prints one line per measurement. Always
/// run from a release build.
@main
struct HarmonizeBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "harmonize-bench",
    abstract: "Time Harmonize's pieces (run through scripts/bench, release build).",
    subcommands: [LPLoadBench.self, ReadValidateBench.self, PlanBench.self, AnalyzeBench.self])
}
