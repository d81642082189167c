import Foundation

/// The facts extracted from the documents, with the rules that read questions about them.
///
/// An immutable value built once at start; answering never changes it.
public struct KnowledgeBase: Sendable {
  /// Loads the embedded seed documents and the rule data from `corpusDirectory`, or the
  /// embedded default rule data when it is nil.
  ///
  /// - Throws: ``KnowledgeError`` naming the file and line of missing or malformed rule data.
  public static func load(corpusDirectory: URL? = nil) throws -> KnowledgeBase {
    KnowledgeBase()
  }

  /// Answers one question.
  public func answer(_ question: String) -> Answer {
    Answer(question: question, answered: false, text: "(chưa có)", intent: "out_of_scope", confidence: 0)
  }
}
