import Foundation
import HarmonizeData

/// Where a run may write: checks done on every output path before any work starts, so a bad
/// `--out` or `--export-model` fails at once and never touches the user's data.
public enum OutputPath {
  /// `path` made absolute with every symbolic link resolved, also when its last components do
  /// not exist yet (they are appended to the real path of the nearest existing folder).
  public static func resolved(_ path: String) throws(ReportError) -> URL {
    var url = URL(fileURLWithPath: path).standardizedFileURL
    var missing: [String] = []
    while true {
      if let real = realPath(url.path) {
        var result = URL(fileURLWithPath: real)
        for component in missing.reversed() { result.appendPathComponent(component) }
        return result.standardizedFileURL
      }
      var info = stat()
      // Present but not resolvable: a dangling or looping link, or a folder we may not read.
      if lstat(url.path, &info) == 0 || url.path == "/" { throw .unresolvable(url.path) }
      missing.append(url.lastPathComponent)
      url = url.deletingLastPathComponent()
    }
  }

  /// Throws when `path` is, contains or lies inside `dataSet` (both already resolved).
  static func checkApart(_ path: URL, from dataSet: URL?) throws(ReportError) {
    guard let dataSet else { return }
    let a = path.pathComponents
    let b = dataSet.pathComponents
    if a.starts(with: b) || b.starts(with: a) { throw .overlapsDataSet(path.path, dataSet.path) }
  }

  /// Throws unless the nearest existing folder at or above `folder` can take new entries.
  static func checkWritable(_ folder: URL) throws(ReportError) {
    var url = folder
    while true {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else { throw .notAFolder(url.path) }
        guard access(url.path, W_OK | X_OK) == 0 else { throw .notWritable(url.path) }
        return
      }
      if url.path == "/" { throw .notWritable(url.path) }
      url = url.deletingLastPathComponent()
    }
  }

  /// Checks a single output file such as `--export-model FILE` and returns its real path:
  /// its folder exists and is writable, it is not a folder, and it lies neither in `dataSet`
  /// nor in `reportFolder` (replaced whole when the reports are written).
  public static func checkFile(
    _ path: String, dataSet: String?, reportFolder: String? = nil
  ) throws(ReportError) -> URL {
    let target = try resolved(path)
    if let dataSet { try checkApart(target, from: try resolved(dataSet)) }
    if let reportFolder {
      let reports = try resolved(reportFolder)
      if target.pathComponents.starts(with: reports.pathComponents) {
        throw .insideReportFolder(target.path)
      }
    }
    let folder = target.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw .noSuchFolder(folder.path) }
    if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw .isAFolder(target.path)
    }
    guard access(folder.path, W_OK | X_OK) == 0 else { throw .notWritable(folder.path) }
    return target
  }

  private static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
