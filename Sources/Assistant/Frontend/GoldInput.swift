import Foundation
import Knowledge

/// The gold cases of `eval`, read from files, or standard input for `-`.
enum GoldInput {
  /// Reads every case of `paths`, in order.
  ///
  /// Every path is checked before any is read, so a mistyped name fails fast.
  ///
  /// - Throws: ``AssistantError`` for a file that cannot be opened or read, ``KnowledgeError``
  ///   naming the file and line of a case that is malformed.
  static func read(_ paths: [String]) throws -> [GoldCase] {
    for path in paths { try BatchInput.checkReadable(path) }
    var cases: [GoldCase] = []
    for path in paths {
      let (name, data) = try contents(of: path)
      cases += try GoldCase.read(String(decoding: data, as: UTF8.self), path: name)
    }
    return cases
  }

  private static func contents(of path: String) throws -> (name: String, data: Data) {
    do {
      if path == BatchInput.standardInputPath {
        return ("<stdin>", try FileHandle.standardInput.readToEnd() ?? Data())
      }
      return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw AssistantError.cannotRead(path: path, reason: error.localizedDescription)
    }
  }
}
