import HarmonizeData

/// A group with sub-groups or task forces (`parent` in groups.csv) and the gaps of everything
/// under it, so a main group's row shows its children's gaps (Cambodia guideline, III (b):
/// sub-groups "reported back to the TWG plenary").
public struct ParentRollup: Sendable {
  /// A group under the parent and its total shortfall.
  public struct Gap: Sendable, Hashable {
    public var group: String
    public var shortfall: Int
  }

  public var group: String
  /// Its direct children, sorted.
  public var children: [String]
  /// Every group under it (children, their children, ...), sorted.
  public var descendants: [String]
  /// The group's own shortfall (every kind) and excess.
  public var shortfall: Int
  public var excess: Int
  /// Shortfall and excess summed over `descendants`.
  public var childShortfall: Int
  public var childExcess: Int
  /// Descendants with a shortfall, and each one's, in id order.
  public var childGaps: [Gap]

  /// One rollup per group that is some group's parent, sorted by group id.
  public static func of(_ diagnosis: Diagnosis) -> [ParentRollup] {
    let data = diagnosis.dataSet
    var children: [String: [String]] = [:]
    for g in data.groups {
      if let parent = g.parent, data.group(parent) != nil {
        children[parent, default: []].append(g.id)
      }
    }
    return children.keys.sorted().compactMap { id in
      guard let own = diagnosis.group(id) else { return nil }
      // Parents are validated to form no cycle; `seen` keeps a bad input from looping.
      var seen: Set<String> = [id]
      var queue = children[id] ?? []
      var under: [String] = []
      while let next = queue.popLast() {
        guard seen.insert(next).inserted else { continue }
        under.append(next)
        queue += children[next] ?? []
      }
      under.sort()
      let rows = under.compactMap { diagnosis.group($0) }
      return ParentRollup(
        group: id, children: (children[id] ?? []).sorted(), descendants: under,
        shortfall: own.shortfalls.total, excess: own.excess,
        childShortfall: rows.reduce(0) { $0 + $1.shortfalls.total },
        childExcess: rows.reduce(0) { $0 + $1.excess },
        childGaps: rows.filter { $0.shortfalls.total > 0 }.map {
          Gap(group: $0.group.id, shortfall: $0.shortfalls.total)
        })
    }
  }
}
