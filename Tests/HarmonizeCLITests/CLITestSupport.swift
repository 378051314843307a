import Foundation
import HarmonizeData

/// A new, empty folder under the system's temporary directory, one per test (tests run in
/// parallel).
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("harmonize-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// The UTF-8 text of `file` in `folder`.
func read(_ folder: URL, _ file: String) throws -> String {
  try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
}

/// Runs a program (in `directory`, when given); returns its exit code, standard output and
/// standard error.
///
/// Standard error is written to a file, so a chatty program cannot fill a pipe nobody reads
/// while its output is read. After `timeout` seconds, if given, coreutils' `timeout` stops
/// the program (killed, status 9): a hang fails the test instead of stalling the run.
func runProcess(
  _ executable: URL, _ arguments: [String], in directory: URL? = nil,
  timeout: Double? = nil
) throws -> (status: Int32, output: String, error: String) {
  let process = Process()
  if let timeout {
    process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    // KILL: the test process blocks SIGTERM, and its children inherit the mask.
    process.arguments = ["-s", "KILL", String(timeout), executable.path] + arguments
  } else {
    process.executableURL = executable
    process.arguments = arguments
  }
  if let directory { process.currentDirectoryURL = directory }
  let errorFile = FileManager.default.temporaryDirectory
    .appendingPathComponent("harmonize-test-stderr-\(UUID().uuidString)")
  _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
  defer { try? FileManager.default.removeItem(at: errorFile) }
  let output = Pipe()
  process.standardOutput = output
  process.standardError = try FileHandle(forWritingTo: errorFile)
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
  return (process.terminationStatus, String(decoding: data, as: UTF8.self), error)
}

/// Runs the built `harmonize` with `arguments`, the way a user runs it.
func harmonize(_ arguments: [String], in directory: URL? = nil, timeout: Double? = nil) throws
  -> (status: Int32, output: String, error: String)
{
  try runProcess(try AnalyzeBinary.url(), arguments, in: directory, timeout: timeout)
}

/// Every file, folder, link and special file under each of `paths` (links not followed), with
/// the SHA-256 of each file's bytes: equal snapshots mean byte-identical inputs.
func snapshot(_ paths: [URL]) throws -> [String: String] {
  var result: [String: String] = [:]
  let fm = FileManager.default
  func add(_ path: String) throws {
    let attributes = try fm.attributesOfItem(atPath: path)
    let type = attributes[.type] as? FileAttributeType
    switch type {
    case .typeRegular?:
      result[path] = Checksum.sha256([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    case .typeSymbolicLink?:
      result[path] = "link to " + (try fm.destinationOfSymbolicLink(atPath: path))
    case .typeDirectory?:
      result[path] = "folder"
      for entry in try fm.contentsOfDirectory(atPath: path) { try add(path + "/" + entry) }
    default:
      result[path] = "special \(type?.rawValue ?? "?")"
    }
  }
  for path in paths where (try? fm.attributesOfItem(atPath: path.path)) != nil {
    try add(path.path)
  }
  return result
}
