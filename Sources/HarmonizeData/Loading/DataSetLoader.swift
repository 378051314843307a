import Foundation

/// What a data set is loaded for, beyond the files of its folder.
public struct LoadOptions: Sendable {
  /// A decisions file read instead of the folder's decisions.csv (`--decisions FILE`).
  public var decisionsFile: String?
  /// The plan the data set is loaded for.
  ///
  /// Decisions are checked against its years and its eligibility rule; without it only each
  /// decision row's own columns are checked.
  public var horizon: PlanHorizon?
  /// The eligibility rule is off (`plan --any-group`).
  public var anyGroup = false
  /// An earlier plan's report folder to roll forward (`plan --previous DIR`).
  public var previousFolder: String?

  public init(
    decisionsFile: String? = nil, horizon: PlanHorizon? = nil, anyGroup: Bool = false,
    previousFolder: String? = nil
  ) {
    self.decisionsFile = decisionsFile
    self.horizon = horizon
    self.anyGroup = anyGroup
    self.previousFolder = previousFolder
  }
}

/// Reads a data set folder (or in-memory files) and validates it against the data contract,
/// collecting every problem of every file in one pass.
public enum DataSetLoader {
  /// Loads the CSV files of `folder`; the data set is named after the folder's last component.
  public static func load(folder: String, options: LoadOptions = LoadOptions()) -> LoadResult {
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    let name = url.standardizedFileURL.lastPathComponent
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      let problem = Problem(
        file: folder, line: 0, severity: .error, message: "no such data set folder")
      return LoadResult(dataSet: nil, problems: [problem], counts: RowCounts())
    }
    var files: [String: [UInt8]] = [:]
    var extra: [Problem] = []
    let known = Set(FileSpec.all.map(\.name))
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for entry in entries.sorted() {
      let path = url.appendingPathComponent(entry).path
      if known.contains(entry) {
        let outcome = InputFile.read(path)
        if case .bytes(let bytes) = outcome {
          files[entry] = bytes
        } else {
          extra.append(
            Problem(
              file: entry, line: 0, severity: .error,
              message: InputFile.message(outcome) ?? "cannot read the file"))
        }
      } else if entry.lowercased().hasSuffix(".csv") {
        extra.append(
          Problem(
            file: entry, line: 0, severity: .warning,
            message: "unknown file ignored (not part of the data contract)"))
      }
    }
    if let path = options.decisionsFile {
      let outcome = InputFile.read(path)
      if case .bytes(let bytes) = outcome {
        files[FileSpec.decisions.name] = bytes
      } else {
        files[FileSpec.decisions.name] = nil
        extra.append(
          Problem(
            file: path, line: 0, severity: .error,
            message: InputFile.message(outcome) ?? "cannot read the file"))
      }
    }
    return load(bytes: files, name: name, options: options, extraProblems: extra)
  }

  /// Loads in-memory files given as file name (`staff.csv`) to contents; for tests and tools.
  public static func load(
    files: [String: String], name: String, options: LoadOptions = LoadOptions()
  ) -> LoadResult {
    load(bytes: files.mapValues { Array($0.utf8) }, name: name, options: options)
  }

  /// Loads in-memory files given as raw bytes, file name to contents.
  public static func load(
    bytes files: [String: [UInt8]], name: String, options: LoadOptions = LoadOptions(),
    extraProblems: [Problem] = []
  ) -> LoadResult {
    let log = ProblemLog()
    var tables: [String: InputTable] = [:]
    let decisionsFile = options.decisionsFile ?? FileSpec.decisions.name
    for spec in FileSpec.all {
      guard let bytes = files[spec.name] else {
        if spec.isRequired { log.error(spec.name, 0, "required file is missing") }
        continue
      }
      // Problems of a `--decisions` file name that file.
      var shown = spec
      if spec.name == FileSpec.decisions.name { shown.name = decisionsFile }
      tables[spec.name] = InputTable.read(bytes, spec: shown, log: log)
    }
    let donors = tables[FileSpec.donors.name].map { DonorsFile.read($0, log: log) }
    let staff = tables[FileSpec.staff.name].map { StaffFile.read($0, log: log) }
    let groups = tables[FileSpec.groups.name].map { GroupsFile.read($0, log: log) }
    let needs = tables[FileSpec.needs.name].map { NeedsFile.read($0, log: log) } ?? []
    let participation =
      tables[FileSpec.participation.name].map { ParticipationFile.read($0, log: log) } ?? []
    let interests =
      tables[FileSpec.interests.name].map { InterestsFile.read($0, log: log) } ?? []
    let decisions = DecisionsFile.withoutRepeats(
      tables[FileSpec.decisions.name].map { DecisionsFile.read($0, log: log) } ?? [],
      file: decisionsFile, log: log)
    CrossReferences(
      donors: donors, staff: staff, groups: groups, needs: needs, participation: participation,
      interests: interests, log: log
    ).check()

    var counts = RowCounts()
    counts.donors = tables[FileSpec.donors.name]?.rows.count ?? 0
    counts.staff = tables[FileSpec.staff.name]?.rows.count ?? 0
    counts.groups = tables[FileSpec.groups.name]?.rows.count ?? 0
    counts.needs = tables[FileSpec.needs.name]?.rows.count ?? 0
    counts.memberships = tables[FileSpec.participation.name]?.rows.count ?? 0
    counts.interests = tables[FileSpec.interests.name]?.rows.count ?? 0
    counts.decisions = tables[FileSpec.decisions.name]?.rows.count ?? 0

    guard !log.hasErrors, !extraProblems.contains(where: { $0.severity == .error }),
      let donors, let staff, let groups
    else {
      return LoadResult(
        dataSet: nil, problems: (log.problems + extraProblems).sorted(), counts: counts)
    }
    var checksums: [String: String] = [:]
    for spec in FileSpec.all {
      guard let bytes = files[spec.name] else { continue }
      let file = spec.name == FileSpec.decisions.name ? decisionsFile : spec.name
      checksums[file] = Checksum.sha256(bytes)
    }
    var dataSet = DataSet(
      name: name, donors: donors.map(\.value), staff: staff.map(\.value),
      groups: groups.map(\.value), needs: needs.map(\.value),
      participation: participation.map(\.value), interests: interests.map(\.value),
      decisions: decisions, decisionsFile: decisionsFile, checksums: checksums)
    if let folder = options.previousFolder {
      dataSet.previous = PreviousPlanFile.read(folder: folder, dataSet: dataSet, log: log)
    }
    if let horizon = options.horizon, !log.hasErrors {
      DecisionRules(
        dataSet: dataSet, decisions: decisions, file: decisionsFile, horizon: horizon,
        anyGroup: options.anyGroup, log: log,
        eligibility: Eligibility(dataSet, open: options.anyGroup)
      ).check()
    }
    let problems = (log.problems + extraProblems).sorted()
    guard !problems.contains(where: { $0.severity == .error }) else {
      return LoadResult(dataSet: nil, problems: problems, counts: counts)
    }
    return LoadResult(dataSet: dataSet, problems: problems, counts: counts)
  }
}
