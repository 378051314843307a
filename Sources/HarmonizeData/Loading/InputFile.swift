import Foundation

/// Reads an input file only when it is a regular file (a link to one is followed), so that a
/// FIFO, a device or a folder where a file is expected is an error, never a hang.
enum InputFile {
  enum Outcome {
    case bytes([UInt8])
    case missing
    /// Something else than a regular file; the text says what (`a folder`, `a FIFO`, …).
    case notAFile(String)
    case unreadable
  }

  static func read(_ path: String) -> Outcome {
    // O_NONBLOCK: opening a FIFO does not wait for a writer; fstat then refuses it.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return errno == ENOENT ? .missing : .unreadable }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .unreadable }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .notAFile("a folder")
    case S_IFIFO: return .notAFile("a FIFO")
    case S_IFSOCK: return .notAFile("a socket")
    default: return .notAFile("a device")
    }
    do {
      // `nil` at the end of the file: an empty file.
      return .bytes([UInt8](try handle.readToEnd() ?? Data()))
    } catch {
      return .unreadable
    }
  }

  /// The problem of an input that is not read, or `nil` when it was read.
  static func message(_ outcome: Outcome) -> String? {
    switch outcome {
    case .bytes: nil
    case .missing: "no such file"
    case .notAFile(let what): "is \(what), not a file"
    case .unreadable: "cannot read the file"
    }
  }
}
