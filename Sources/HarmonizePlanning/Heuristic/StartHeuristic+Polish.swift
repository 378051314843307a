import HarmonizeData

/// The polish of an incumbent between solves: the start heuristic's greedy moves applied to
/// a plan the solver found (docs/model.md, "The priorities, in order").
extension StartHeuristic {
  /// The heuristic's bookkeeping for an existing plan.
  static func rebuilt(_ plan: Assignment, index: PlanningIndex) -> StartHeuristic {
    var h = StartHeuristic(index)
    for pair in plan.active.sorted() { h.ledger.join(pair.staff, pair.group) }
    for key in plan.seats.keys.sorted() {
      for i in plan.seats[key] ?? [] { h.ledger.take(i, key) }
    }
    return h
  }

  /// `plan` with donors demoted from crowded groups where that opens no gap and loses no
  /// seat (the same greedy as the start's last step), for an incumbent the solver left
  /// crowded.
  static func thinned(_ plan: Assignment, index: PlanningIndex) -> Assignment {
    var h = rebuilt(plan, index: index)
    h.removeExcess()
    return h.plan
  }

  /// `plan` with fewer changes where a greedy finds them at no cost to the priorities before.
  ///
  /// Today's active members come back where they fit (their days and groups, no new excess,
  /// their donor within `ceiling`), then joins and promotions that close no gap are undone.
  static func withFewerChanges(_ plan: Assignment, index: PlanningIndex, ceiling: Double?)
    -> Assignment
  {
    var h = rebuilt(plan, index: index)
    h.restoreToday(ceiling: ceiling)
    h.undoNeedlessArrivals()
    return h.plan
  }

  mutating func restoreToday(ceiling: Double?) {
    for pair in index.todayActive.sorted() where fitsJoin(pair.staff, pair.group) {
      guard let d = index.donorOf[pair.staff] else { continue }
      let group = data.groups[pair.group]
      let present = membersOfDonor[DonorGroup(donor: d, group: pair.group), default: 0] > 0
      if !present && donorsIn(pair.group) >= group.maxDonors { continue }
      if let ceiling, index.capacity[d] > 0 {
        let load = Counting.load(
          burden: burden[d, default: 0] + group.memberDays + data.donors[d].otherDuties,
          capacity: index.capacity[d])
        if load > ceiling + Counting.roundingSlack { continue }
      }
      ledger.join(pair.staff, pair.group)
    }
  }

  mutating func undoNeedlessArrivals() {
    for pair in plan.active.sorted() where !index.todayActive.contains(pair) {
      let seated = plan.seats.contains {
        $0.key.group == pair.group && $0.value.contains(pair.staff)
      }
      guard !seated, !index.decisions.pinsMembership(pair) else { continue }
      let before = shortfall(around: pair.group)
      ledger.leave(pair.staff, pair.group)
      if shortfall(around: pair.group) > before { ledger.join(pair.staff, pair.group) }
    }
  }

  /// Demotes whole donors from over-populated groups when they hold no seat there and the
  /// demotion opens no gap.
  mutating func removeExcess() {
    for j in data.groups.positions where index.isOpen(j) {
      for d in data.donors.positions.reversed() where donorsIn(j) > data.groups[j].maxDonors {
        let mine = index.staffOf[d].filter { plan.active.contains(StaffGroup(staff: $0, group: j)) }
        guard !mine.isEmpty,
          !mine.contains(where: { index.decisions.pinsMembership(StaffGroup(staff: $0, group: j)) })
        else { continue }
        let seated = plan.seats.contains {
          $0.key.group == j && $0.value.contains(where: mine.contains)
        }
        guard !seated else { continue }
        let before = shortfall(around: j)
        for i in mine { ledger.leave(i, j) }
        if shortfall(around: j) > before {
          for i in mine { ledger.join(i, j) }
        }
      }
    }
  }
}
