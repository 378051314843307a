/// Checks participation.csv against staff and groups: known references, one row per staff
/// member and group, and chair seats that fit the group's chair structure.
struct SeatRules {
  var participation: [Located<Membership>]
  /// Staff and groups with an index by id; `nil` when the file could not be read.
  var staff: ([StaffMember], [String: Int])?
  var groups: ([WorkingGroup], [String: Int])?
  let log: ProblemLog

  private let file = "participation.csv"

  func check() {
    let groupCount = (groups?.0.count ?? 0) + 1
    var rowOf: [Int: Int] = [:]
    rowOf.reserveCapacity(participation.count)
    var seatLines: [String: [SeatRole: [Int]]] = [:]
    var donorSeat: [String: Int] = [:]
    for entry in participation {
      let membership = entry.value
      let line = entry.line
      let person = staff?.1[membership.staff]
      let group = groups?.1[membership.group]
      if staff != nil && person == nil {
        log.error(file, line, "unknown staff \(MessageText.quoted(membership.staff))")
      }
      if groups != nil && group == nil {
        log.error(file, line, "unknown group \(MessageText.quoted(membership.group))")
      }
      guard let person, let group else { continue }
      let key = person * groupCount + group
      if let first = rowOf[key] {
        log.error(
          file, line,
          "staff \(MessageText.quoted(membership.staff)) already in group \(MessageText.quoted(membership.group)) "
            + "(line \(first))")
        continue
      }
      rowOf[key] = line
      guard let role = membership.role, membership.level == .active,
        let member = staff?.0[person], let working = groups?.0[group]
      else { continue }
      checkSeat(role, member, working, line, &seatLines, &donorSeat)
    }
  }

  private func checkSeat(
    _ role: SeatRole, _ person: StaffMember, _ group: WorkingGroup, _ line: Int,
    _ seatLines: inout [String: [SeatRole: [Int]]], _ donorSeat: inout [String: Int]
  ) {
    if person.isTechnicalAssistant {
      log.error(
        file, line, "technical assistant \(MessageText.quoted(person.id)) cannot hold a role")
      return
    }
    if !person.isSenior {
      log.warning(
        file, line,
        "staff \(MessageText.quoted(person.id)) holds role \(role.rawValue) but is not senior")
    }
    let allowed = group.chair.seats.filter { $0 == role }.count
    if allowed == 0 {
      log.error(
        file, line,
        "group \(MessageText.quoted(group.id)) (chair \(group.chair.rawValue)) has no \(role.rawValue) seat"
      )
      return
    }
    let held = seatLines[group.id, default: [:]][role, default: []]
    if held.count >= allowed {
      let lines = held.map(String.init).joined(separator: ", ")
      let seats = allowed == 1 ? "one \(role.rawValue) seat" : "\(allowed) \(role.rawValue) seats"
      log.error(
        file, line,
        "group \(MessageText.quoted(group.id)) has only \(seats), already held (line \(lines))")
      return
    }
    if !person.donor.isEmpty {
      let donorKey = person.donor + ":" + group.id
      if let first = donorSeat[donorKey] {
        log.error(
          file, line,
          "donor \(MessageText.quoted(person.donor)) already holds a seat of group \(MessageText.quoted(group.id)) "
            + "(line \(first)); a donor holds at most one seat per group")
        return
      }
      donorSeat[donorKey] = line
    }
    seatLines[group.id, default: [:]][role, default: []].append(line)
  }
}
