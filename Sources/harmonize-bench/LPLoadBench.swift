import ArgumentParser
import HarmonizeReports
import LinearProgramming

/// `harmonize-bench lp-load`: builds a synthetic model in Swift and loads it into GLPK
/// without solving, printing both times, to show that model building scales linearly.
///
/// Wall-clock and this thread's CPU time are both printed: on a shared machine the CPU time
/// is the steadier figure. The load CPU time includes freeing the GLPK problem.
struct LPLoadBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lp-load",
    abstract: "Time building a model of N columns and M non-zeros and loading it into GLPK.")

  @Option(help: "Number of variables (columns).")
  var columns = 100_000

  @Option(help: "Number of non-zero constraint coefficients.")
  var nonzeros = 1_000_000

  @Option(help: "Number of constraints (rows); the non-zeros are spread evenly over them.")
  var rows = 10_000

  @Flag(inversion: .prefixedNo, help: "Set row and column names in GLPK (needed for exports).")
  var names = true

  func validate() throws {
    guard columns > 0, rows > 0, nonzeros >= rows else {
      throw ValidationError("need columns > 0, rows > 0 and nonzeros >= rows")
    }
    guard nonzeros / rows <= columns else {
      throw ValidationError("nonzeros / rows must not exceed columns (one term per column)")
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let began = clock.now
    let cpuBegan = BenchClock.threadSeconds()
    let model = try buildModel()
    let build = clock.now - began
    let buildCPU = BenchClock.threadSeconds() - cpuBegan
    let cpuLoadBegan = BenchClock.threadSeconds()
    let load = try GLPKSolver().loadForBenchmark(model, names: names)
    let loadCPU = BenchClock.threadSeconds() - cpuLoadBegan
    let buildSeconds = build.inSeconds
    print(
      "lp-load columns=\(columns) rows=\(rows) nonzeros=\(nonzeros) names=\(names)"
        + " build_s=\(format(buildSeconds)) load_s=\(format(load))"
        + " build_cpu_s=\(format(buildCPU)) load_cpu_s=\(format(loadCPU))")
  }

  /// Row i holds `nonzeros / rows` terms (the first rows one more for the remainder) on
  /// evenly spaced columns shifted by i, so columns wrap around and each row needs sorting.
  private func buildModel() throws -> Model {
    // Plain locals: reading the parsed options inside the loops costs more than the work.
    let (columns, rows, nonzeros) = (self.columns, self.rows, self.nonzeros)
    var model = Model(name: "lp-load")
    var x: [Variable] = []
    x.reserveCapacity(columns)
    for j in 0..<columns {
      x.append(try model.addVariable("x\(j)", upper: Double(1 + j % 10)))
    }
    var seed: UInt64 = 0x2545_F491_4F6C_DD1D
    for i in 0..<rows {
      let count = nonzeros / rows + (i < nonzeros % rows ? 1 : 0)
      let step = columns / count
      let offset = (i &* 7919) % columns
      var row = LinearExpression()
      for k in 0..<count {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        row.add(x[(offset + k * step) % columns], Double(1 + (seed >> 33) % 100))
      }
      try model.addConstraint("r\(i)", row <= Double(count * 20))
    }
    var objective = LinearExpression()
    for j in 0..<columns { objective.add(x[j], Double(1 + j % 7)) }
    try model.maximize(objective)
    return model
  }

  private func format(_ seconds: Double) -> String { Format.fixed(seconds, 3) }
}
