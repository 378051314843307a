import ArgumentParser
import HarmonizePlanning

/// The `--weight-*` options of `plan` (use with `@OptionGroup`): each replaces one weight of
/// the weighted priority (`PlanningOptions.Weights`); one not given keeps the planner's default.
struct WeightOptions: ParsableArguments {
  @Option(name: WeightOption.skillFit.name, help: WeightOption.skillFit.help)
  var skillFit: Double?

  @Option(name: WeightOption.preference.name, help: WeightOption.preference.help)
  var preference: Double?

  @Option(name: WeightOption.rotation.name, help: WeightOption.rotation.help)
  var rotation: Double?

  @Option(name: WeightOption.fairness.name, help: WeightOption.fairness.help)
  var fairness: Double?

  /// Each weight with the value given for it, if any, in the order of `validate()`'s checks.
  private var given: [(WeightOption, Double?)] {
    [
      (.skillFit, skillFit), (.preference, preference), (.rotation, rotation),
      (.fairness, fairness),
    ]
  }

  func validate() throws {
    for (weight, value) in given {
      if let value, !ArgumentLimits.weight.contains(value) {
        throw ValidationError("--\(weight.flag) must be a number from 0 to 1000000")
      }
    }
  }

  /// Sets the weights given on the command line; the others keep their values.
  func apply(to weights: inout PlanningOptions.Weights) {
    for case (let weight, let value?) in given { weights[keyPath: weight.keyPath] = value }
  }
}

/// One `--weight-*` option: its flag, what it weighs and the planner's weight it sets.
enum WeightOption: CaseIterable {
  case skillFit, preference, rotation, fairness

  /// The flag without its dashes, such as `weight-skill-fit`.
  var flag: String { row.flag }

  /// The planner's weight the option sets.
  var keyPath: WritableKeyPath<PlanningOptions.Weights, Double> { row.keyPath }

  var name: NameSpecification { .customLong(flag) }

  /// What it weighs, then the planner's default (read from the library, so it is written
  /// once) and the range, e.g. `… (default: 10.0; 0 to 1000000).`
  var help: ArgumentHelp {
    let planned = PlanningOptions.Weights()[keyPath: keyPath]
    return ArgumentHelp(row.meaning + " (default: \(planned); 0 to 1000000).")
  }

  private var row:
    (flag: String, meaning: String, keyPath: WritableKeyPath<PlanningOptions.Weights, Double>)
  {
    switch self {
    case .skillFit: ("weight-skill-fit", "Weight per need met by a member", \.skillFit)
    case .preference:
      ("weight-preference", "Weight per seat given where a donor asked", \.preference)
    case .rotation: ("weight-rotation", "Weight per lead year continued from the last", \.rotation)
    case .fairness:
      (
        "weight-fairness",
        "Weight per unit of load above the average (loads spread below the ceiling)", \.fairness
      )
    }
  }
}
