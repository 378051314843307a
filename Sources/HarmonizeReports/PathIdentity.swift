import Foundation
import HarmonizeData

/// A file or folder as the file system knows it (device and inode, `stat`), whatever path
/// spells it: a symbolic link, `..`, a trailing slash or a bind mount of the same folder all
/// give the same identity.
struct PathIdentity: Hashable {
  let device: UInt64
  let inode: UInt64

  /// The identity of what `path` names, links followed; `nil` when nothing is there.
  init?(_ path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }

  /// The identity of what `path` names itself, a link not followed; `nil` when nothing is
  /// there.
  init?(entry path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }

  /// The identities of `url` (already resolved) and of every existing folder above it, nearest
  /// first.
  static func chain(_ url: URL) -> [(URL, PathIdentity)] {
    var result: [(URL, PathIdentity)] = []
    var current = url
    while true {
      if let identity = PathIdentity(current.path) { result.append((current, identity)) }
      if current.path == "/" { return result }
      current = current.deletingLastPathComponent()
    }
  }
}

/// How an output path overlaps one input of the run.
public enum Overlap: String, Sendable {
  case isInput = "is"
  case liesInside = "lies inside"
  case holds = "holds"
}

extension OutputPath {
  /// Throws when `output` (resolved) is an input of `inputs`, lies inside an input folder, or
  /// holds an input (file or folder): compared by identity, not by spelling.
  static func checkApart(_ output: URL, from inputs: InputPaths) throws(ReportError) {
    let above = PathIdentity.chain(output)
    let own = above.first { $0.0.path == output.path }?.1
    for input in inputs.inputs {
      guard let identity = PathIdentity(input.path), let real = try? resolved(input.path) else {
        continue
      }
      if let own, own == identity {
        throw .overlapsInput(output.path, .isInput, input.role, input.path)
      }
      if input.isFolder, above.contains(where: { $0.1 == identity }) {
        throw .overlapsInput(output.path, .liesInside, input.role, input.path)
      }
      if let own, PathIdentity.chain(real).contains(where: { $0.1 == own }) {
        throw .overlapsInput(output.path, .holds, input.role, input.path)
      }
    }
  }

  /// The identities of the inputs that exist, for comparing a folder's entries with them.
  static func identities(_ inputs: InputPaths) -> [PathIdentity: InputPaths.Input] {
    var result: [PathIdentity: InputPaths.Input] = [:]
    for input in inputs.inputs {
      if let identity = PathIdentity(input.path), result[identity] == nil {
        result[identity] = input
      }
    }
    return result
  }
}
