import Foundation
import HarmonizeData

/// The files a report folder was written with, and the check that an existing folder holds
/// nothing else, so that replacing it deletes only what harmonize wrote.
///
/// A folder written by this release holds the marker (`.harmonize-reports`) and the manifest
/// (`.harmonize-manifest`, one `SHA-256  path` line per file, as `sha256sum` writes them;
/// run.json's and summary.txt's without their timing lines): a file must be named there and
/// still hold what was written. A folder of the release before
/// has the marker alone, which lists the files written with it: a file must be listed there.
struct ReportManifest {
  static let name = ".harmonize-manifest"

  /// The files whose timing lines (those holding `seconds`) differ between runs; their
  /// digest leaves those lines out, so the manifest is byte-identical between runs like the
  /// reports (docs/reports.md, "What is byte-identical").
  static let timed: Set<String> = ["run.json", "summary.txt"]

  /// The SHA-256 of a report file as the manifest gives it.
  static func digest(_ path: String, _ bytes: [UInt8]) -> String {
    guard timed.contains(path) else { return Checksum.sha256(bytes) }
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let seconds = Array("seconds".utf8)
    let kept = lines.filter { line in
      !line.indices.contains { i in line[i...].starts(with: seconds) }
    }
    return Checksum.sha256(Array(kept.joined(separator: [UInt8(ascii: "\n")])))
  }

  /// Relative path (`donors/SE.txt`) to the SHA-256 written; `nil` for a folder of the
  /// release before, whose marker lists names only.
  var files: [String: String?]

  /// The manifest of `files` (relative path to contents).
  static func render(_ files: [String: String]) -> String {
    files.keys.sorted().map { "\(digest($0, Array((files[$0] ?? "").utf8)))  \($0)\n" }
      .joined()
  }

  /// The files an existing report folder owns, read from its manifest or, failing one, its
  /// marker; `nil` when the manifest is not one harmonize writes.
  static func read(folder: URL) -> ReportManifest? {
    let manifest = folder.appendingPathComponent(name)
    if PathIdentity(entry: manifest.path) != nil {
      guard isRegularFile(manifest), let text = try? String(contentsOf: manifest, encoding: .utf8)
      else { return nil }
      var files: [String: String?] = [:]
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 64, parts[1].isEmpty, !parts[2].isEmpty else {
          return nil
        }
        files[String(parts[2])] = String(parts[0])
      }
      return ReportManifest(files: files)
    }
    let marker = folder.appendingPathComponent(ReportFolder.marker)
    guard isRegularFile(marker) else { return nil }
    let text = (try? String(contentsOf: marker, encoding: .utf8)) ?? ""
    var files: [String: String?] = [:]
    // The first line is the marker's sentence; each later one a file written with it.
    for line in text.split(separator: "\n").dropFirst() { files[String(line)] = .some(nil) }
    return ReportManifest(files: files)
  }

  /// What replacing a folder removes: its files and its sub-folders, relative paths.
  struct Owned {
    var files: [String] = []
    var folders: [String] = []
  }

  /// The entries of the existing folder `target`, all of them harmonize's; throws naming the
  /// first entry that is not (a file the manifest does not name, one changed since it was
  /// written, a link, a FIFO, an input of the run).
  static func owned(_ target: URL, inputs: [PathIdentity: InputPaths.Input]) throws(ReportError)
    -> Owned
  {
    let fm = FileManager.default
    guard let top = try? fm.contentsOfDirectory(atPath: target.path) else {
      throw .writeFailed(target.path, "cannot list the folder")
    }
    if top.isEmpty { return Owned() }
    guard top.contains(ReportFolder.marker) else {
      throw .notAReportFolder(target.path, top.sorted()[0])
    }
    guard let manifest = read(folder: target) else {
      throw .notAReportFolder(target.path, name)
    }
    // Folders that hold a listed file (`donors` for `donors/SE.txt`).
    var listedFolders: Set<String> = []
    for path in manifest.files.keys {
      var parts = path.split(separator: "/").dropLast()
      while !parts.isEmpty {
        listedFolders.insert(parts.joined(separator: "/"))
        parts = parts.dropLast()
      }
    }
    var owned = Owned()
    var pending = [""]
    while let folder = pending.popLast() {
      let url = folder.isEmpty ? target : target.appendingPathComponent(folder)
      guard let entries = try? fm.contentsOfDirectory(atPath: url.path) else {
        throw .writeFailed(url.path, "cannot list the folder")
      }
      for entry in entries.sorted() {
        let path = folder.isEmpty ? entry : folder + "/" + entry
        let entryURL = target.appendingPathComponent(path)
        if let identity = PathIdentity(entry: entryURL.path), let input = inputs[identity] {
          throw .overlapsInput(target.path, .holds, input.role, input.path)
        }
        if folder.isEmpty, entry == ReportFolder.marker || entry == name {
          guard isRegularFile(entryURL) else { throw .notAReportFolder(target.path, path) }
          continue
        }
        if isFolder(entryURL), listedFolders.contains(path) {
          owned.folders.append(path)
          pending.append(path)
          continue
        }
        guard isRegularFile(entryURL), let digest = manifest.files[path] else {
          throw .notAReportFolder(target.path, path)
        }
        if let digest, digest != self.digest(of: entryURL, path) {
          throw .changedSinceWritten(target.path, path)
        }
        owned.files.append(path)
      }
    }
    return owned
  }

  /// Removes from `folder` (a report folder moved aside) the files and folders harmonize
  /// wrote, then the folder itself; returns `false` when something else was left in it.
  static func remove(_ owned: Owned, from folder: URL) -> Bool {
    for path in owned.files + [ReportFolder.marker, name] {
      let url = folder.appendingPathComponent(path)
      if isRegularFile(url) { unlink(url.path) }
    }
    // Deepest first; `rmdir` removes a folder only when it is empty.
    for path in owned.folders.sorted(by: { $0.count > $1.count }) {
      rmdir(folder.appendingPathComponent(path).path)
    }
    return rmdir(folder.path) == 0
  }

  private static func digest(of url: URL, _ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return digest(path, [UInt8](data))
  }

  /// Whether `url` itself (a link not followed) is a regular file.
  static func isRegularFile(_ url: URL) -> Bool { type(url) == S_IFREG }

  /// Whether `url` itself (a link not followed) is a folder.
  static func isFolder(_ url: URL) -> Bool { type(url) == S_IFDIR }

  private static func type(_ url: URL) -> mode_t? {
    var info = stat()
    guard lstat(url.path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }
}
