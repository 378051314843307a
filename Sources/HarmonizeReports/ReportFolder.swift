import Foundation
import HarmonizeData

/// A set of report files written all at once.
///
/// Files go into a temporary folder beside the target, which then replaces the target:
/// readers never see half a set of reports.
public struct ReportFolder {
  /// Relative path (`donors/SE.txt`) to contents, in UTF-8.
  public private(set) var files: [String: String] = [:]
  /// The CSV tables added so far, by path, as values (`index.html` is drawn from them).
  public private(set) var tables: [String: CSVTable] = [:]

  /// Marks a folder as Harmonize's, so that a later run may replace it; it lists the files
  /// written with it (the manifest beside it, `ReportManifest`, gives their SHA-256).
  public static let marker = ".harmonize-reports"

  private static let markerHeader =
    "Reports written by harmonize; this folder is replaced on each run.\n"

  public init() {}

  public mutating func add(_ path: String, _ contents: String) { files[path] = contents }
  public mutating func add(_ path: String, _ table: CSVTable) {
    files[path] = table.rendered()
    tables[path] = table
  }

  /// Checks, before any work, that reports may go to `folder` and returns its real path
  /// (a symbolic link is followed: its target is replaced, the link kept).
  ///
  /// The folder must not be, hold or lie inside an input of the run (`inputs`, compared by
  /// device and inode, so no spelling of a path gets round it); an existing folder must hold
  /// only the files harmonize wrote there (`ReportManifest.owned`); otherwise the nearest
  /// existing folder above it must be writable.
  public static func check(_ folder: String, inputs: InputPaths) throws(ReportError) -> URL {
    try checked(folder, inputs: inputs).target
  }

  /// `check(_:inputs:)` with the data set folder `dataSet`'s inputs.
  public static func check(_ folder: String, dataSet: String?) throws(ReportError) -> URL {
    try check(folder, inputs: inputs(dataSet))
  }

  private static func inputs(_ dataSet: String?) -> InputPaths {
    InputPaths(dataSet.map { InputPaths(dataSet: $0).inputs } ?? [])
  }

  /// The real path of `folder` and what replacing it removes.
  private static func checked(_ folder: String, inputs: InputPaths) throws(ReportError) -> (
    target: URL, owned: ReportManifest.Owned?
  ) {
    let target = try OutputPath.resolved(folder)
    try OutputPath.checkApart(target, from: inputs)
    var isDirectory: ObjCBool = false
    var owned: ReportManifest.Owned?
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .notAFolder(target.path) }
      owned = try ReportManifest.owned(target, inputs: OutputPath.identities(inputs))
    }
    try OutputPath.checkWritable(target.deletingLastPathComponent())
    return (target, owned)
  }

  /// `write(to:inputs:)` with the data set folder `dataSet`'s inputs.
  @discardableResult
  public func write(to folder: String, dataSet: String? = nil) throws(ReportError) -> String? {
    try write(to: folder, inputs: Self.inputs(dataSet))
  }

  /// Writes every file into `folder`, replacing a previous report folder there; returns the
  /// hidden folder beside it that keeps files which appeared in the old folder while the new
  /// one was written (`nil`, the usual case, when there were none).
  ///
  /// Checks `folder` first (`check(_:inputs:)`), again just before the swap, so a mistyped
  /// `--out` never deletes a user's files; only the files harmonize wrote are removed. A
  /// symbolic link is followed and its target replaced.
  @discardableResult
  public func write(to folder: String, inputs: InputPaths) throws(ReportError) -> String? {
    let fm = FileManager.default
    let target = try Self.checked(folder, inputs: inputs).target
    let parent = target.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(
      ".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    let retired = parent.appendingPathComponent(
      ".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      if ReportManifest.isFolder(staging) { try fm.removeItem(at: staging) }
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
      var all = files
      all[ReportManifest.name] = ReportManifest.render(files)
      // The marker lists every file, the manifest too, so the release before still
      // recognises the folder as its own.
      all[Self.marker] = Self.markerHeader + all.keys.sorted().joined(separator: "\n") + "\n"
      for path in all.keys.sorted() {
        let url = staging.appendingPathComponent(path)
        try fm.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((all[path] ?? "").utf8).write(to: url)
      }
    } catch {
      try? fm.removeItem(at: staging)
      throw .writeFailed(target.path, String(describing: error))
    }
    // The old folder may have changed during the run: checked again right before the swap.
    let owned: ReportManifest.Owned?
    do {
      owned = try Self.checked(folder, inputs: inputs).owned
    } catch {
      try? fm.removeItem(at: staging)
      throw error
    }
    do {
      if owned != nil { try fm.moveItem(at: target, to: retired) }
      try fm.moveItem(at: staging, to: target)
    } catch {
      try? fm.removeItem(at: staging)
      if !fm.fileExists(atPath: target.path), fm.fileExists(atPath: retired.path) {
        try? fm.moveItem(at: retired, to: target)
      }
      throw .writeFailed(target.path, String(describing: error))
    }
    guard let owned else { return nil }
    return ReportManifest.remove(owned, from: retired) ? nil : retired.path
  }
}

/// Why reports could not be written; nothing is left half-written and nothing replaced.
public enum ReportError: Error, CustomStringConvertible {
  case notAFolder(String)
  case isAFolder(String)
  /// The folder holds `entry`, which harmonize did not write.
  case notAReportFolder(String, String)
  /// The output (first) is, lies inside or holds an input of the run: its role (`data set
  /// folder`, `decisions file`, …) and path as given.
  case overlapsInput(String, Overlap, String, String)
  /// The folder's file (second) was changed since harmonize wrote it.
  case changedSinceWritten(String, String)
  case noSuchFolder(String)
  /// An output file would lie in the report folder, which is replaced whole.
  case insideReportFolder(String)
  case notWritable(String)
  case unresolvable(String)
  case writeFailed(String, String)

  public var description: String {
    let text =
      switch self {
      case .notAFolder(let p): "\(p): exists and is not a folder"
      case .isAFolder(let p): "\(p): is a folder; give a file name"
      case .notAReportFolder(let p, let entry):
        "\(p): holds \(MessageText.quoted(entry)), which harmonize did not write; nothing was "
          + "replaced; choose another --out"
      case .overlapsInput(let p, let overlap, let role, let input):
        "\(p): \(overlap.rawValue) the \(role) \(input), which this run reads; harmonize never "
          + "writes over its inputs; nothing was written; choose another --out"
      case .changedSinceWritten(let p, let file):
        "\(p): \(MessageText.quoted(file)) was changed since harmonize wrote it; nothing was "
          + "replaced; move the file away or choose another --out"
      case .noSuchFolder(let p): "\(p): no such folder"
      case .insideReportFolder(let p):
        "\(p): lies inside the report folder, which is replaced whole; write it elsewhere"
      case .notWritable(let p): "\(p): folder is not writable"
      case .unresolvable(let p): "\(p): cannot be followed (a broken or looping link?)"
      case .writeFailed(let p, let why): "\(p): could not write reports: \(why)"
      }
    return MessageText.singleLine(text)
  }
}
