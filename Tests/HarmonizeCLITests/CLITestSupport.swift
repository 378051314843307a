import Foundation

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

/// Runs a program; returns its exit code, standard output and standard error (written to a
/// file, so a chatty program cannot fill a pipe nobody reads while its output is read).
func runProcess(_ executable: URL, _ arguments: [String]) throws -> (
  status: Int32, output: String, error: String
) {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
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
func harmonize(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
  try runProcess(try AnalyzeBinary.url(), arguments)
}
