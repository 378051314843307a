import Foundation
import HarmonizeData
import Testing

@Suite("Synthetic data sets")
struct SyntheticDataSetTests {
  private let parameters = SyntheticDataSet.Parameters(
    donors: 12, groups: 30, staff: 120, seed: 7, year: 2026)

  @Test("a generated data set validates with no problem at all", arguments: [1, 7, 42] as [UInt64])
  func validatesClean(_ seed: UInt64) throws {
    var parameters = parameters
    parameters.seed = seed
    let generated = SyntheticDataSet(parameters)
    let result = DataSetLoader.load(files: generated.files, name: "synthetic")
    #expect(result.problems.map(\.description) == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donors.count == 12)
    #expect(dataSet.groups.count == 30)
    #expect(dataSet.staff.count == 120)
  }

  @Test(
    "tiny and lopsided sizes validate clean too",
    arguments: [(1, 1, 1), (2, 3, 5), (30, 7, 10), (3, 40, 200)])
  func sizes(_ donors: Int, _ groups: Int, _ staff: Int) throws {
    let generated = SyntheticDataSet(.init(donors: donors, groups: groups, staff: staff, seed: 9))
    let result = DataSetLoader.load(files: generated.files, name: "sizes")
    #expect(result.problems.map(\.description) == [])
    let dataSet = try #require(result.dataSet)
    #expect(dataSet.donors.count == donors)
    #expect(dataSet.groups.count == groups)
    #expect(dataSet.staff.count == staff)
  }

  @Test("the same parameters give the same bytes; another seed gives other bytes")
  func deterministic() {
    let first = SyntheticDataSet(parameters).files
    let second = SyntheticDataSet(parameters).files
    var other = parameters
    other.seed = 8
    #expect(first == second)
    #expect(first["participation.csv"] != SyntheticDataSet(other).files["participation.csv"])
  }

  @Test("proportions are realistic: seniors, TAs, every kind of group, seats and interests")
  func proportions() throws {
    let big = SyntheticDataSet(.init(donors: 20, groups: 60, staff: 1000, seed: 3))
    let dataSet = try #require(DataSetLoader.load(files: big.files, name: "big").dataSet)
    let seniors = Double(dataSet.staff.filter(\.isSenior).count) / 1000
    let assistants = Double(dataSet.staff.filter(\.isTechnicalAssistant).count) / 1000
    #expect((0.33...0.47).contains(seniors))
    #expect((0.04...0.11).contains(assistants))
    #expect(dataSet.staff.allSatisfy { (1...4).contains($0.skills.count) })
    #expect(dataSet.staff.allSatisfy { (2...8).contains($0.days) })
    #expect(Set(dataSet.groups.map(\.kind)) == Set(WorkingGroup.Kind.allCases))
    #expect(dataSet.groups.contains { $0.kind == .crossCutting && !$0.links.isEmpty })
    #expect(dataSet.groups.contains { $0.kind == .taskForce && $0.ends != nil })
    #expect(dataSet.groups.contains { $0.parent != nil })
    let active = dataSet.participation.filter { $0.level == .active }.count
    let share = Double(active) / Double(dataSet.participation.count)
    #expect((0.55...0.65).contains(share))
    let occupied = Set(dataSet.participation.map(\.group))
    #expect(occupied.count < dataSet.groups.count)
    #expect(dataSet.participation.contains { $0.role == .focal })
    #expect(!dataSet.interests.isEmpty)
    #expect(dataSet.needs.count >= dataSet.groups.count)
  }

  @Test("a participation target is met exactly")
  func participationTarget() throws {
    let generated = SyntheticDataSet(
      .init(donors: 10, groups: 40, staff: 300, seed: 5, participation: 2500))
    let result = DataSetLoader.load(files: generated.files, name: "target")
    #expect(result.errors == [])
    #expect(result.counts.memberships == 2500)
  }

  @Test("writing replaces an earlier output but refuses a foreign non-empty folder")
  func writing() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("harmonize-generate-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let out = root.appendingPathComponent("synthetic").path
    let generated = SyntheticDataSet(parameters)
    try GeneratedFolder.write(generated, to: out, force: false)
    try GeneratedFolder.write(generated, to: out, force: false)
    let loaded = DataSetLoader.load(folder: out)
    #expect(loaded.problems == [])
    #expect(loaded.dataSet?.name == "synthetic")
    let written = try String(contentsOfFile: out + "/staff.csv", encoding: .utf8)
    #expect(written == generated.files["staff.csv"])

    let foreign = root.appendingPathComponent("mine").path
    try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
    try Data("keep me".utf8).write(to: URL(fileURLWithPath: foreign + "/notes.txt"))
    #expect(throws: GeneratedFolder.WriteError.self) {
      try GeneratedFolder.write(generated, to: foreign, force: false)
    }
    #expect(FileManager.default.fileExists(atPath: foreign + "/notes.txt"))
    try GeneratedFolder.write(generated, to: foreign, force: true)
    #expect(!FileManager.default.fileExists(atPath: foreign + "/notes.txt"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
    #expect(leftovers == ["mine", "synthetic"])
  }
}
