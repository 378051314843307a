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
