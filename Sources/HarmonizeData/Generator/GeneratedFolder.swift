import Foundation

/// Writes a synthetic data set into a folder atomically: files go to a hidden temporary
/// sibling folder that is then renamed, so a reader never sees a half-written data set.
public enum GeneratedFolder {
  /// Marks a folder as `generate` output, so that a later run may replace it.
  public static let marker = ".harmonize-generated"

  /// Why a data set could not be written.
  public enum WriteError: Error, CustomStringConvertible {
    case notAFolder(String)
    case notEmpty(String)
    case io(String, String)

    public var description: String {
      switch self {
      case .notAFolder(let path): "\(path) exists and is not a folder"
      case .notEmpty(let path):
        "\(path) is not empty and was not written by generate; use --force to replace it"
      case .io(let path, let reason): "cannot write \(path): \(reason)"
      }
    }
  }

  /// Writes `dataSet`'s files to `path`, replacing an earlier generate output (or anything,
  /// with `force`).
  public static func write(_ dataSet: SyntheticDataSet, to path: String, force: Bool) throws {
    let manager = FileManager.default
    let target = URL(fileURLWithPath: path).standardizedFileURL
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
    if exists {
      guard isDirectory.boolValue else { throw WriteError.notAFolder(path) }
      let entries = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
      if !entries.isEmpty && !entries.contains(marker) && !force {
        throw WriteError.notEmpty(path)
      }
    }
    let parent = target.deletingLastPathComponent()
    let stamp = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(stamp)")
    let retired = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(stamp)")
    do {
      try manager.createDirectory(at: temporary, withIntermediateDirectories: true)
      for (name, text) in dataSet.files.sorted(by: { $0.key < $1.key }) {
        try Data(text.utf8).write(to: temporary.appendingPathComponent(name))
      }
      let p = dataSet.parameters
      let record =
        "harmonize generate --donors \(p.donors) --groups \(p.groups) --staff \(p.staff) "
        + "--seed \(p.seed) --year \(p.year)"
        + (p.participation.map { " --participation \($0)" } ?? "") + "\n"
      try Data(record.utf8).write(to: temporary.appendingPathComponent(marker))
      if exists {
        try manager.moveItem(at: target, to: retired)
      }
      try manager.moveItem(at: temporary, to: target)
      if exists { try? manager.removeItem(at: retired) }
    } catch {
      try? manager.removeItem(at: temporary)
      throw WriteError.io(path, error.localizedDescription)
    }
  }
}
