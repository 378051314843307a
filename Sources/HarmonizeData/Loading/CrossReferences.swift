/// Checks that span files: references between files, parent cycles and chair seats.
///
/// A file that could not be read at all is `nil`, and references into it are not checked,
/// so one broken file does not bury the report under "unknown ..." errors.
struct CrossReferences {
  var donors: [Located<Donor>]?
  var staff: [Located<StaffMember>]?
  var groups: [Located<WorkingGroup>]?
  var needs: [Located<Need>]
  var participation: [Located<Membership>]
  var interests: [Located<Interest>]
  let log: ProblemLog

  func check() {
    let donorIDs = donors.map { Set($0.map(\.value.id)) }
    let staffIndex = staff.map { Self.index($0.map(\.value.id)) }
    let groupIndex = groups.map { Self.index($0.map(\.value.id)) }
    let groupByID = groups.map { list in
      Dictionary(list.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
    if let staff, let donorIDs {
      for member in staff where !member.value.donor.isEmpty {
        if !donorIDs.contains(member.value.donor) {
          log.error(
            "staff.csv", member.line, "unknown donor \(MessageText.quoted(member.value.donor))")
        }
      }
    }
    if let groups, let groupByID {
      checkGroupReferences(groups, groupByID)
      ParentCycles(groups: groups, log: log).check()
    }
    if let groupByID {
      for need in needs where groupByID[need.value.group] == nil {
        log.error("needs.csv", need.line, "unknown group \(MessageText.quoted(need.value.group))")
      }
    }
    // Without any needs row no group has a known field: nothing to single out.
    if let groups, !needs.isEmpty {
      let needed = Set(needs.map(\.value.group))
      for group in groups where !needed.contains(group.value.id) {
        log.warning(
          "groups.csv", group.line,
          "group \(MessageText.quoted(group.value.id)) has no row in needs.csv: its field is "
            + "unknown, so a plan may make anyone active in it")
      }
    }
    SeatRules(
      participation: participation,
      staff: staff.flatMap { list in staffIndex.map { (list.map(\.value), $0) } },
      groups: groups.flatMap { list in groupIndex.map { (list.map(\.value), $0) } }, log: log
    ).check()
    checkInterests(donorIDs, groupByID)
  }

  /// Position of each id; ids are unique here (duplicates were dropped by the file readers).
  private static func index(_ ids: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    index.reserveCapacity(ids.count)
    for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
    return index
  }

  private func checkGroupReferences(
    _ groups: [Located<WorkingGroup>], _ groupByID: [String: WorkingGroup]
  ) {
    for group in groups {
      if let parent = group.value.parent, !parent.contains(";"), !parent.contains(":"),
        groupByID[parent] == nil
      {
        log.error("groups.csv", group.line, "parent: unknown group \(MessageText.quoted(parent))")
      }
      for link in group.value.links where groupByID[link] == nil {
        log.error("groups.csv", group.line, "links: unknown group \(MessageText.quoted(link))")
      }
    }
  }

  private func checkInterests(_ donorIDs: Set<String>?, _ groupByID: [String: WorkingGroup]?) {
    for interest in interests {
      if let donorIDs, !donorIDs.contains(interest.value.donor) {
        log.error(
          "interests.csv", interest.line,
          "unknown donor \(MessageText.quoted(interest.value.donor))")
      }
      guard let groupByID else { continue }
      if let group = groupByID[interest.value.group] {
        if group.chair == .none {
          log.warning(
            "interests.csv", interest.line,
            "group \(MessageText.quoted(group.id)) has no chair seats (chair none); interest ignored"
          )
        }
      } else {
        log.error(
          "interests.csv", interest.line,
          "unknown group \(MessageText.quoted(interest.value.group))")
      }
    }
  }
}
