/// Checks participation.csv against staff and groups: known references, one row per staff
/// member and group, and chair seats that fit the group's chair structure.
struct SeatRules {
  var participation: [Located<Membership>]
  var staff: [String: StaffMember]?
  var groups: [String: WorkingGroup]?
  let log: ProblemLog

  private let file = "participation.csv"

  func check() {
    var rowOf: [String: Int] = [:]
    var seatLines: [String: [SeatRole: [Int]]] = [:]
    var donorSeat: [String: Int] = [:]
    for entry in participation {
      let membership = entry.value
      let line = entry.line
      let person = staff?[membership.staff]
      let group = groups?[membership.group]
      if staff != nil && person == nil {
        log.error(file, line, "unknown staff \"\(membership.staff)\"")
      }
      if groups != nil && group == nil {
        log.error(file, line, "unknown group \"\(membership.group)\"")
      }
      let key = membership.staff + ":" + membership.group
      if let first = rowOf[key] {
        log.error(
          file, line,
          "staff \"\(membership.staff)\" already in group \"\(membership.group)\" "
            + "(line \(first))")
        continue
      }
      rowOf[key] = line
      guard let role = membership.role, membership.level == .active else { continue }
      if let person {
        if person.isTechnicalAssistant {
          log.error(file, line, "technical assistant \"\(person.id)\" cannot hold a role")
          continue
        }
        if !person.isSenior {
          log.warning(
            file, line, "staff \"\(person.id)\" holds role \(role.rawValue) but is not senior")
        }
      }
      guard let group else { continue }
      let allowed = group.chair.seats.filter { $0 == role }.count
      if allowed == 0 {
        log.error(
          file, line,
          "group \"\(group.id)\" (chair \(group.chair.rawValue)) has no \(role.rawValue) seat")
        continue
      }
      let held = seatLines[group.id, default: [:]][role, default: []]
      if held.count >= allowed {
        let lines = held.map(String.init).joined(separator: ", ")
        let seats = allowed == 1 ? "one \(role.rawValue) seat" : "\(allowed) \(role.rawValue) seats"
        log.error(
          file, line,
          "group \"\(group.id)\" has only \(seats), already held (line \(lines))")
        continue
      }
      if let person, !person.donor.isEmpty {
        let donorKey = person.donor + ":" + group.id
        if let first = donorSeat[donorKey] {
          log.error(
            file, line,
            "donor \"\(person.donor)\" already holds a seat of group \"\(group.id)\" "
              + "(line \(first)); a donor holds at most one seat per group")
          continue
        }
        donorSeat[donorKey] = line
      }
      seatLines[group.id, default: [:]][role, default: []].append(line)
    }
  }
}
