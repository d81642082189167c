import BuiltInKnowledge
import Foundation
import Knowledge

/// Shared test fixtures: the repository's folders and the default knowledge base, built once.
enum Fixtures {
  /// The package root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The repository's corpus folder.
  static let corpus = root.appendingPathComponent("corpus")

  /// The test documents (`NNN_name.txt`), each with its gold questions and hand-written facts.
  static let documents = root.appendingPathComponent("Tests/Fixtures/documents", isDirectory: true)

  /// The names of the files in ``documents`` that end in `suffix`, sorted; none if it cannot
  /// be listed (a test that needs them then fails on the empty list).
  static func documentFiles(endingIn suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: documents.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted()
  }

  /// The knowledge base from the embedded seed and corpus.
  static let knowledge: KnowledgeBase = {
    do { return try KnowledgeBase.load() } catch {
      fatalError("the embedded corpus must load: \(error)")
    }
  }()
}
