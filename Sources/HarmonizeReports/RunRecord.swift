import HarmonizeAnalysis
import HarmonizePlanning

/// The run record `run.json`: a JSON document for scripts and audits, written by hand with
/// sorted keys, two-space indentation and fixed number formatting so that two runs on the
/// same input give the same bytes except on the lines holding a `"seconds"` key.
public struct RunRecord: Sendable {
  /// A JSON value; objects render their keys sorted.
  public indirect enum Value: Sendable, Equatable {
    case string(String)
    /// A number already formatted (see `Format.fixed`), written as it is.
    case number(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([Value])
    case object([String: Value])
  }

  /// The whole document.
  public var root: [String: Value]

  public init(_ root: [String: Value]) { self.root = root }

  /// The document as text, ending with a newline.
  public func rendered() -> String {
    var out = ""
    Self.write(.object(root), indent: "", to: &out)
    return out + "\n"
  }

  private static func write(_ value: Value, indent: String, to out: inout String) {
    let inner = indent + "  "
    switch value {
    case .string(let s): out += quoted(s)
    case .number(let n): out += n
    case .integer(let i): out += String(i)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += inner
        write(item, indent: inner, to: &out)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += indent + "]"
    case .object(let fields):
      guard !fields.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      let keys = fields.keys.sorted()
      for (i, key) in keys.enumerated() {
        out += inner + quoted(key) + ": "
        write(fields[key] ?? .null, indent: inner, to: &out)
        out += i == keys.count - 1 ? "\n" : ",\n"
      }
      out += indent + "}"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}

extension RunRecord.Value {
  /// A fixed-decimal number, or `null` for a missing or non-finite value.
  static func fixed(_ value: Double?, _ places: Int) -> Self {
    guard let value, value.isFinite else { return .null }
    return .number(Format.fixed(value, places))
  }
}

extension PlanReports {
  /// The run record of this plan: status, gap, time, the plan's totals, today's totals, the
  /// tool's version, input checksums, the planning options and every stage.
  public func runRecord() -> RunRecord {
    typealias V = RunRecord.Value
    func totals(_ d: Diagnosis) -> [String: V] {
      [
        "shortfall": .integer(d.shortfall), "excess": .integer(d.excess),
        "max_load": .fixed(d.maxLoad, 4),
        "shortfalls": .object([
          "donors": .integer(d.shortfalls.donors),
          "competency": .integer(d.shortfalls.competency),
          "links": .integer(d.shortfalls.links), "chairs": .integer(d.shortfalls.chairs),
        ]),
      ]
    }
    let w = options.weights
    var root: [String: V] = [
      "status": .string(plan.status.rawValue), "gap": .fixed(plan.gap, 6),
      "reproducible": .bool(plan.reproducible),
      "seconds": .fixed(plan.seconds, 2), "version": .string(version),
      "dataset": .string(dataSet.name), "message": .string(plan.message),
      "checksums": .object(dataSet.checksums.mapValues { .string($0) }),
      "start_year": .integer(options.startYear), "years": .integer(options.years),
      "plan_years": .array(plan.roster.years.map { .integer($0) }),
      "options": .object([
        "time_limit": .fixed(options.timeLimit, 2), "mip_gap": .fixed(options.mipGap, 6),
        "export_model": options.exportModelPath.map { .string($0) } ?? .null,
        "weights": .object([
          "skill_fit": .fixed(w.skillFit, 4), "preference": .fixed(w.preference, 4),
          "rotation": .fixed(w.rotation, 4), "fairness": .fixed(w.fairness, 4),
        ]),
        "load_ceiling": options.loadCeiling.map { .fixed($0, 4) } ?? .null,
        "fairness_rate": .fixed(options.fairnessRate, 4),
        "any_group": .bool(options.anyGroup), "solver": .string(options.solver.rawValue),
      ]),
      "eligibility": .string(plan.anyGroup ? "off" : "on"),
      "solver": .string(plan.solver.rawValue),
      "ceiling": hasRoster ? (plan.ceiling.map { .fixed($0, 4) } ?? .string("none")) : .null,
      "changes": hasRoster ? .integer(changes.count) : .null,
      "overload": hasRoster
        ? .fixed(plan.stages.first { $0.priority == .overload }?.value ?? 0, 6) : .null,
      "priorities": .array(
        plan.stages.map { s in
          .object([
            "name": .string(s.name), "value": .fixed(s.value, 6), "bound": .fixed(s.bound, 6),
            "status": .string(s.status.rawValue),
            "ended_by": .string(
              s.status == .optimal ? "proof" : s.stoppedByClock ? "clock" : "work budget"),
          ])
        }),
      "ladder": .array(
        plan.ladder.map { step in
          .object([
            "ceiling": step.ceiling.map { .fixed($0, 4) } ?? .string("none"),
            "changes": step.changes.map { .integer(Int($0.rounded())) } ?? .null,
            "largest_load": step.largestLoad.map { .fixed($0, 4) } ?? .null,
            "status": .string(PlanReports.stepStatus(step)), "chosen": .bool(step.chosen),
          ])
        }),
      "stages": .array(
        plan.stages.map { s in
          .object([
            "name": .string(s.name), "value": .fixed(s.value, 6), "bound": .fixed(s.bound, 6),
            "status": .string(s.status.rawValue), "gap": .fixed(s.gap, 6),
            "seconds": .fixed(s.seconds, 2),
          ])
        }),
      "before": .object(totals(before)),
      "decisions": dataSet.decisions.isEmpty
        ? .null
        : .object([
          "file": .string(dataSet.decisionsFile), "rows": .integer(dataSet.decisions.count),
          "decided_changes": hasRoster ? .integer(changes.decided) : .null,
          "chosen_changes": hasRoster ? .integer(changes.chosen) : .null,
          "without": .array(
            plan.withoutDecisions.map { s in
              .object([
                "name": .string(s.name), "value": .fixed(s.value, 6),
                "status": .string(s.status.rawValue),
              ])
            }),
        ]),
      "previous": dataSet.previous.map { p in
        .object([
          "folder": .string(p.folder), "start_year": .integer(p.horizon.startYear),
          "years": .integer(p.horizon.years),
        ])
      } ?? .null,
    ]
    let planTotals = totals(after)
    for key in ["shortfall", "excess", "max_load", "shortfalls"] {
      root[key] = hasRoster ? (planTotals[key] ?? .null) : .null
    }
    return RunRecord(root)
  }
}
