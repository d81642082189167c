import BuiltInKnowledge
import Foundation
import Knowledge

/// The gold cases of `eval`, read from files, or standard input for `-`, and the documents they
/// need.
enum GoldInput {
  /// The name standard input goes by in case locations.
  static let standardInputName = "<stdin>"

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
        return (standardInputName, try FileHandle.standardInput.readToEnd() ?? Data())
      }
      return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      throw AssistantError.cannotRead(path: path, reason: error.localizedDescription)
    }
  }

  /// The documents named by the `documents` of `cases`, each resolved against the folder of its
  /// gold file (the current folder for standard input), every file once, in order of mention.
  ///
  /// A name that is not a file but is the name of a built-in report
  /// (`000_fadd476ff727cb34.txt`) stands for that report, which is always loaded.
  ///
  /// - Throws: ``AssistantError/missingDocument(location:path:)`` naming the case of the first
  ///   document that does not exist.
  static func documents(neededBy cases: [GoldCase]) throws -> [URL] {
    var documents: [URL] = []
    var seen: Set<String> = []
    var builtIn: Set<String>?
    for gold in cases {
      let folder =
        gold.file == standardInputName ? "" : (gold.file as NSString).deletingLastPathComponent
      for name in gold.documents {
        // As the user would write it, for the message: `Tests/Fixtures/documents/004.txt`.
        let path = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard seen.insert(url.path).inserted else { continue }
        if FileManager.default.fileExists(atPath: url.path) {
          documents.append(url)
          continue
        }
        if builtIn == nil { builtIn = Set(try DocumentReader.embeddedSeeds().map(\.id)) }
        let id = url.deletingPathExtension().lastPathComponent
        guard url.pathExtension == "txt", builtIn?.contains(id) == true else {
          throw AssistantError.missingDocument(location: gold.location, path: path)
        }
      }
    }
    return documents
  }
}
