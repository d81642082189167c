import Foundation

/// A fresh folder for one test's input files and corpora, removed when the test is done.
final class TemporaryFolder {
  /// The folder's location.
  let url: URL

  /// Creates an empty folder under the system's temporary directory.
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("assistant-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes `bytes` to `name` inside the folder, creating subfolders, and returns the file's path.
  @discardableResult
  func write(_ bytes: Data, to name: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try bytes.write(to: file)
    return file.path
  }

  /// Writes `text` as UTF-8 to `name` inside the folder and returns the file's path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    try write(Data(text.utf8), to: name)
  }

  /// A path inside the folder where nothing exists.
  func missingPath(_ name: String = "missing.txt") -> String {
    url.appendingPathComponent(name).path
  }
}
