import Foundation
import HarmonizeAnalysis
import HarmonizeData

/// The sample data set of the analysis tests, diagnosed for the current year 2025.
///
/// Read from `HarmonizeAnalysisTests/Fixtures/sample`; its numbers are worked out in
/// `HarmonizeAnalysisTests`, and the report tests check how they are written.
enum ReportFixture {
  static let year = 2025

  /// The fixture folder's path.
  static var folder: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("HarmonizeAnalysisTests/Fixtures/sample").path
  }

  static func diagnosis() throws -> Diagnosis {
    let result = DataSetLoader.load(folder: folder)
    guard let data = result.dataSet else {
      throw FixtureError(message: result.problems.map(\.description).joined(separator: "\n"))
    }
    return Diagnosis(of: data, roster: Roster(today: data, year: year))
  }

  struct FixtureError: Error { var message: String }
}
