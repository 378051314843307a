import Foundation
import HarmonizeAnalysis
import HarmonizeData
import Testing

/// Totals and pillar sums of the sample data set, and the same numbers from its CSV files.
struct DiagnosisTotalsTests {
  @Test func totalsAddUpEveryKindOfShortfall() {
    let d = Sample.diagnosis
    // Donors: GENDER 1. Competency: EDU gender 1. Links: GENDER→EDU 1.
    // Chairs: EDU 2 + GENDER 1 = 3. Total 1 + 1 + 1 + 3 = 6.
    #expect(d.shortfalls == ShortfallCounts(donors: 1, competency: 1, links: 1, chairs: 3))
    #expect(d.shortfall == 6)
    // Excess: HEALTH 3 - 2 = 1.
    #expect(d.excess == 1)
  }

  @Test func pillarsSumTheirGroups() {
    let d = Sample.diagnosis
    // No pillar: GENDER (donors 1, links 1, chair 1) and TF (nothing) → 3.
    // social: HEALTH (excess 1) and EDU (competency 1, chairs 2) → 3, excess 1.
    #expect(d.pillars.map(\.pillar) == ["", "social"])
    #expect(d.pillars.map(\.groups) == [["GENDER", "TF"], ["EDU", "HEALTH"]])
    #expect(d.pillars.map(\.shortfalls.total) == [3, 3])
    #expect(d.pillars.map(\.excess) == [0, 1])
  }

  @Test func csvFixtureGivesTheSameDiagnosisAsTheDataSetBuiltInCode() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/sample").path
    let result = DataSetLoader.load(folder: folder)
    #expect(result.errors.isEmpty, "\(result.errors)")
    let data = try #require(result.dataSet)
    let loaded = Diagnosis(of: data, roster: Roster(today: data, year: Sample.year))
    let built = Sample.diagnosis
    #expect(loaded.shortfalls == built.shortfalls)
    #expect(loaded.excess == built.excess)
    #expect(loaded.maxLoad == built.maxLoad)
    #expect(loaded.donors.map(\.burden) == built.donors.map(\.burden))
    #expect(loaded.groups.map(\.activeDonors) == built.groups.map(\.activeDonors))
  }

  @Test func emptyRosterHasEveryMinimumAndSeatMissing() {
    let data = Sample.dataSet
    let d = Diagnosis(of: data, roster: Roster(memberships: [], seats: [], years: [2025]))
    // Existing groups HEALTH, EDU, GENDER: donors 2 each = 6; needs HEALTH 2, EDU 1 + 1,
    // GENDER 1 = 5; GENDER links 2; seats 2 + 3 + 1 = 6.
    #expect(d.shortfalls == ShortfallCounts(donors: 6, competency: 5, links: 2, chairs: 6))
    #expect(d.excess == 0)
    // Only A's other duties remain: 2 days of 6 → load 1/3.
    #expect(abs(d.maxLoad - 1.0 / 3) < 1e-12)
  }
}
