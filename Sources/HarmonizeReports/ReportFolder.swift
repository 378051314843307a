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
  /// written with it.
  public static let marker = ".harmonize-reports"

  /// Names harmonize writes at the top of a report folder (`donors` holds the briefs).
  static let reportNames: Set<String> = [
    "gaps.csv", "duplications.csv", "donor_burden.csv", "summary.txt", "staff_plan.csv",
    "chair_plan.csv", "tradeoff.csv", "run.json", "donors",
  ]

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
  /// The folder must not be, contain or lie inside the data set folder `dataSet`; an existing
  /// folder must hold only files harmonize writes (its marker, the report names, `donors/`
  /// briefs, or files its marker lists); otherwise the nearest existing folder above it must
  /// be writable.
  public static func check(_ folder: String, dataSet: String?) throws(ReportError) -> URL {
    let target = try OutputPath.resolved(folder)
    if let dataSet { try OutputPath.checkApart(target, from: try OutputPath.resolved(dataSet)) }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw .notAFolder(target.path) }
      try checkOwned(target)
    }
    try OutputPath.checkWritable(target.deletingLastPathComponent())
    return target
  }

  /// Throws unless every entry of the existing folder `target` is one harmonize writes.
  static func checkOwned(_ target: URL) throws(ReportError) {
    let fm = FileManager.default
    let entries: [String]
    do {
      entries = try fm.contentsOfDirectory(atPath: target.path)
    } catch {
      throw .writeFailed(target.path, "cannot list the folder")
    }
    if entries.isEmpty { return }
    guard entries.contains(marker) else {
      throw .notAReportFolder(target.path, entries.sorted()[0])
    }
    let listed = Set(
      ((try? String(contentsOf: target.appendingPathComponent(marker), encoding: .utf8)) ?? "")
        .split(separator: "\n").map(String.init))
    for entry in entries.sorted() where entry != marker {
      let url = target.appendingPathComponent(entry)
      if entry == "donors", isRealFolder(url) {
        let briefs = (try? fm.contentsOfDirectory(atPath: url.path)) ?? []
        for brief in briefs.sorted() {
          let path = "donors/" + brief
          let isBrief = brief.hasSuffix(".txt") && !isRealFolder(url.appendingPathComponent(brief))
          guard isBrief || listed.contains(path) else {
            throw .notAReportFolder(target.path, path)
          }
        }
      } else if !(reportNames.contains(entry) || listed.contains(entry)) || isRealFolder(url) {
        throw .notAReportFolder(target.path, entry)
      }
    }
  }

  /// Whether `url` is a folder itself, not a link to one.
  private static func isRealFolder(_ url: URL) -> Bool {
    let type = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type]
    return type as? FileAttributeType == .typeDirectory
  }

  /// Writes every file into `folder`, replacing a previous report folder there.
  ///
  /// Checks `folder` first (`check(_:dataSet:)`), so a mistyped `--out` never deletes a
  /// user's files; a symbolic link is followed and its target replaced.
  public func write(to folder: String, dataSet: String? = nil) throws(ReportError) {
    let fm = FileManager.default
    let target = try Self.check(folder, dataSet: dataSet)
    let parent = target.deletingLastPathComponent()
    let exists = fm.fileExists(atPath: target.path)
    let staging = parent.appendingPathComponent(
      ".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    let retired = parent.appendingPathComponent(
      ".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      try? fm.removeItem(at: staging)
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
      var all = files
      all[Self.marker] = Self.markerHeader + files.keys.sorted().joined(separator: "\n") + "\n"
      for path in all.keys.sorted() {
        let url = staging.appendingPathComponent(path)
        try fm.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((all[path] ?? "").utf8).write(to: url)
      }
      if exists { try fm.moveItem(at: target, to: retired) }
      try fm.moveItem(at: staging, to: target)
      if exists { try? fm.removeItem(at: retired) }
    } catch {
      try? fm.removeItem(at: staging)
      if !fm.fileExists(atPath: target.path), fm.fileExists(atPath: retired.path) {
        try? fm.moveItem(at: retired, to: target)
      }
      throw .writeFailed(target.path, String(describing: error))
    }
  }
}

/// Why reports could not be written; nothing is left half-written and nothing replaced.
public enum ReportError: Error, CustomStringConvertible {
  case notAFolder(String)
  case isAFolder(String)
  /// The folder holds `entry`, which harmonize did not write.
  case notAReportFolder(String, String)
  /// The output (first) is, holds or lies inside the data set folder (second).
  case overlapsDataSet(String, String)
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
      case .overlapsDataSet(let p, let data):
        "\(p): is, holds or lies inside the data set folder \(data); harmonize never writes "
          + "there; choose another --out"
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
