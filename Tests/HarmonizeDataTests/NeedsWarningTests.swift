import Foundation
import HarmonizeData
import Testing

/// A group without a needs row accepts anyone under the eligibility rule: validate says so at
/// the group's line (planning-rules.md, "Who may be active where").
@Suite struct NeedsWarningTests {
  @Test func aGroupWithoutNeedsIsAWarningAtItsLine() {
    var files = ValidDataSet.files
    files["needs.csv"] = files["needs.csv"]?
      .replacingOccurrences(of: "tf,health,1,1\n", with: "")
    let result = DataSetLoader.load(files: files, name: "t")
    #expect(result.dataSet != nil)
    #expect(
      result.problems.map(\.description) == [
        "groups.csv:5: warning: group \"tf\" has no row in needs.csv: its field is unknown, so "
          + "a plan may make anyone active in it"
      ])
  }

  @Test func withoutAnyNeedsRowNoGroupIsSingledOut() {
    var files = ValidDataSet.files
    files["needs.csv"] = nil
    let result = DataSetLoader.load(files: files, name: "t")
    #expect(result.problems.isEmpty)
  }
}
