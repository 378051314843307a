import HarmonizeData

/// A position in one of the data set's arrays, typed by what it indexes, so that a staff
/// position cannot stand where a group position is meant.
///
/// It prints as the bare integer: model names such as `a_3_7` stay as they were.
struct Position<Element>: Hashable, Comparable, CustomStringConvertible, Sendable {
  let rawValue: Int

  init(_ rawValue: Int) { self.rawValue = rawValue }

  var description: String { String(rawValue) }

  static func < (a: Position, b: Position) -> Bool { a.rawValue < b.rawValue }
}

typealias StaffIndex = Position<StaffMember>
typealias DonorIndex = Position<Donor>
typealias GroupIndex = Position<WorkingGroup>
typealias NeedIndex = Position<Need>

extension Array {
  subscript(position: Position<Element>) -> Element { self[position.rawValue] }

  /// The positions of the elements, in order.
  var positions: [Position<Element>] { indices.map(Position.init) }
}

/// One value per element of a data set array (per staff, per donor, per group), read by the
/// element's position.
struct PerEntity<Entity, Value> {
  /// The values in the order of the entities.
  private(set) var values: [Value]

  init(repeating value: Value, for entities: [Entity]) {
    values = Array(repeating: value, count: entities.count)
  }

  init(_ entities: [Entity], _ value: (Entity) -> Value) {
    values = entities.map(value)
  }

  subscript(position: Position<Entity>) -> Value {
    get { values[position.rawValue] }
    set { values[position.rawValue] = newValue }
  }
}

typealias PerStaff<Value> = PerEntity<StaffMember, Value>
typealias PerDonor<Value> = PerEntity<Donor, Value>
typealias PerGroup<Value> = PerEntity<WorkingGroup, Value>

extension DataSet {
  /// The position of the staff member with this id.
  func staffPosition(_ id: String) -> StaffIndex? { staffIndex[id].map(StaffIndex.init) }

  /// The position of the donor with this id.
  func donorPosition(_ id: String) -> DonorIndex? { donorIndex[id].map(DonorIndex.init) }

  /// The position of the group with this id.
  func groupPosition(_ id: String) -> GroupIndex? { groupIndex[id].map(GroupIndex.init) }
}

extension PerEntity: Sendable where Value: Sendable {}
