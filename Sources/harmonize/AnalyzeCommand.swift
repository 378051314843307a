import ArgumentParser
import Foundation
import HarmonizeAnalysis
import HarmonizeData
import HarmonizeReports

/// `harmonize analyze [DATASET] [--out DIR] [--year Y]`: diagnoses today's participation and
/// writes the gap, duplication and burden reports.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Diagnose today's gaps, duplications and donor burden; write the reports.",
    discussion: """
      Writes gaps.csv, duplications.csv, donor_burden.csv, summary.txt and donors/<donor>.txt
      into Reports/<dataset>/ (or --out), all at once. Nothing is written when the data set has
      errors. An existing non-empty folder is only replaced when it holds nothing but the files
      harmonize wrote there, and never one that is, holds or lies inside the data set folder
      (compared as folders, whatever the spelling); a symbolic link is followed and its target
      replaced.

      \(ExitStatus.help([.done, .usage, .dataError, .noInput, .cannotWrite]))
      """)

  @OptionGroup var data: DataSetOptions

  @Option(help: "Report folder (default: Reports/<dataset>).")
  var out: String?

  @Option(
    help: """
      Current year (default: this calendar year, UTC): participation.csv's seats are this \
      year's, and leads' years served are counted to the next year, the first plan year.
      """)
  var year: Int?

  func validate() throws {
    if let year, !Limits.year.contains(year) {
      throw ValidationError(
        "--year must lie between \(Limits.year.lowerBound) and \(Limits.year.upperBound)")
    }
  }

  func run() throws {
    let dataSet = try data.load()
    let folder = out ?? "Reports/\(data.name)"
    let inputs = data.inputs()
    try data.checkReportFolder(folder, inputs: inputs)
    let current = year ?? PlanYearsOptions.calendarYear()
    let diagnosis = Diagnosis(of: dataSet, roster: Roster(today: dataSet, year: current))
    try data.write(AnalysisReports.folder(diagnosis), to: folder, inputs: inputs)
    let s = diagnosis.shortfalls
    print(
      "\(dataSet.name) \(current): shortfall \(diagnosis.shortfall) (donors \(s.donors),"
        + " competency \(s.competency), links \(s.links), chair seats \(s.chairs)),"
        + " excess \(diagnosis.excess), max load \(Format.percent(diagnosis.maxLoad))")
    print("Reports written to \(MessageText.singleLine(folder))")
  }

}
