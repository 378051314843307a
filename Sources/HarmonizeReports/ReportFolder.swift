import Foundation

/// A set of report files written all at once.
///
/// Files go into a temporary folder beside the target, which then replaces the target:
/// readers never see half a set of reports.
public struct ReportFolder {
  /// Relative path (`donors/SE.txt`) to contents, in UTF-8.
  public private(set) var files: [String: String] = [:]
  /// The CSV tables added so far, by path, as values (`index.html` is drawn from them).
  public private(set) var tables: [String: CSVTable] = [:]

  /// Marks a folder as Harmonize's, so that a later run may replace it.
  public static let marker = ".harmonize-reports"

  public init() {}

  public mutating func add(_ path: String, _ contents: String) { files[path] = contents }
  public mutating func add(_ path: String, _ table: CSVTable) {
    files[path] = table.rendered()
    tables[path] = table
  }

  /// Writes every file into `folder`, replacing a previous report folder there.
  ///
  /// Refuses to replace a non-empty folder that does not hold Harmonize's marker, so a
  /// mistyped `--out` never deletes a user's files.
  public func write(to folder: String) throws(ReportError) {
    let fm = FileManager.default
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
    if exists {
      guard isDirectory.boolValue else { throw .notAFolder(target.path) }
      let contents = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
      guard contents.isEmpty || contents.contains(Self.marker) else {
        throw .notAReportFolder(target.path)
      }
    }
    let staging = parent.appendingPathComponent(
      ".\(target.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    let retired = parent.appendingPathComponent(
      ".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      try? fm.removeItem(at: staging)
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
      var all = files
      all[Self.marker] = "Reports written by harmonize; this folder is replaced on each run.\n"
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

/// Why reports could not be written; nothing is left half-written.
public enum ReportError: Error, CustomStringConvertible {
  case notAFolder(String)
  case notAReportFolder(String)
  case writeFailed(String, String)

  public var description: String {
    switch self {
    case .notAFolder(let p): "\(p): exists and is not a folder"
    case .notAReportFolder(let p):
      "\(p): folder is not empty and was not written by harmonize; choose another --out"
    case .writeFailed(let p, let why): "\(p): could not write reports: \(why)"
    }
  }
}
