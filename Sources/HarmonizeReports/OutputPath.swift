import Foundation
import HarmonizeData

/// Where a run may write: checks done on every output path before any work starts, so a bad
/// `--out` or `--export-model` fails at once and never touches the user's data.
public enum OutputPath {
  /// `path` made absolute with every symbolic link resolved, also when its last components do
  /// not exist yet (they are appended to the real path of the nearest existing folder).
  ///
  /// Resolved component by component as the system does: `..` after a link is the parent
  /// of the link's target (`link/../x`), not of the link.
  public static func resolved(_ path: String) throws(ReportError) -> URL {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var real = "/"  // resolved so far, and existing while `missing` is empty
    var missing: [String] = []
    for component in absolute.split(separator: "/").map(String.init) {
      switch component {
      case ".": continue
      case "..":
        if missing.isEmpty {
          real = URL(fileURLWithPath: real).deletingLastPathComponent().path
        } else {
          missing.removeLast()
        }
      default:
        guard missing.isEmpty else {
          missing.append(component)
          continue
        }
        let next = real == "/" ? "/" + component : real + "/" + component
        if let resolved = realPath(next) {
          real = resolved
        } else {
          var info = stat()
          // Present but not resolvable: a dangling or looping link, or a folder not readable.
          if lstat(next, &info) == 0 { throw .unresolvable(next) }
          missing.append(component)
        }
      }
    }
    var result = URL(fileURLWithPath: real)
    for component in missing { result.appendPathComponent(component) }
    return result.standardizedFileURL
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
  /// its folder exists and is writable, it is not a folder, it is no input of the run and lies
  /// in no input folder (`inputs`, compared by identity), nor in `reportFolder` (replaced
  /// whole when the reports are written).
  public static func checkFile(
    _ path: String, inputs: InputPaths, reportFolder: String? = nil
  ) throws(ReportError) -> URL {
    let target = try resolved(path)
    try checkApart(target, from: inputs)
    if let reportFolder {
      let reports = try resolved(reportFolder)
      let inside =
        if let folder = PathIdentity(reports.path) {
          PathIdentity.chain(target).contains { $0.1 == folder }
        } else {
          target.pathComponents.starts(with: reports.pathComponents)
        }
      if inside { throw .insideReportFolder(target.path) }
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

  /// `checkFile(_:inputs:reportFolder:)` with the data set folder `dataSet`'s inputs.
  public static func checkFile(
    _ path: String, dataSet: String?, reportFolder: String? = nil
  ) throws(ReportError) -> URL {
    try checkFile(
      path, inputs: InputPaths(dataSet.map { InputPaths(dataSet: $0).inputs } ?? []),
      reportFolder: reportFolder)
  }

  private static func realPath(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
