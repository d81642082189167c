import Foundation
import Knowledge

/// Shared test fixtures: the repository's folders and the default knowledge base, built once.
enum Fixtures {
  /// The package root (three levels above this file).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The repository's corpus folder.
  static let corpus = root.appendingPathComponent("corpus")

  /// The knowledge base from the embedded seed and corpus.
  static let knowledge: KnowledgeBase = {
    do { return try KnowledgeBase.load() } catch { fatalError("the embedded corpus must load: \(error)") }
  }()
}
