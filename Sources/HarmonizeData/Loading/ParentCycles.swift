/// Finds groups whose `parent` chain loops back on itself, reporting each cycle once.
struct ParentCycles {
  var groups: [Located<WorkingGroup>]
  let log: ProblemLog

  func check() {
    var parentOf: [String: String] = [:]
    var lineOf: [String: Int] = [:]
    for group in groups {
      parentOf[group.value.id] = group.value.parent
      lineOf[group.value.id] = group.line
    }
    var done: Set<String> = []
    for group in groups where !done.contains(group.value.id) {
      var path: [String] = []
      var onPath: [String: Int] = [:]
      var current: String? = group.value.id
      while let id = current, !done.contains(id), lineOf[id] != nil {
        if let start = onPath[id] {
          report(Array(path[start...]), lineOf: lineOf)
          break
        }
        onPath[id] = path.count
        path.append(id)
        current = parentOf[id]
      }
      done.formUnion(path)
    }
  }

  /// Reports the cycle at the line of its first group in the file.
  private func report(_ cycle: [String], lineOf: [String: Int]) {
    guard let first = cycle.indices.min(by: { lineOf[cycle[$0]] ?? 0 < lineOf[cycle[$1]] ?? 0 })
    else { return }
    let ordered = Array(cycle[first...] + cycle[..<first])
    let chain = (ordered + [ordered[0]]).map { MessageText.quoted($0) }.joined(separator: " -> ")
    log.error("groups.csv", lineOf[ordered[0]] ?? 0, "parent cycle: \(chain)")
  }
}
