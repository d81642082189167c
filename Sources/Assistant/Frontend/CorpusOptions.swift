import ArgumentParser
import Foundation
import Knowledge

/// The `--corpus DIR` option every command accepts, and loading the knowledge base with it.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "Read the rule data (lexicon, intents) from this folder instead of the built-in corpus.",
      valueName: "dir"),
    completion: .directory
  )
  var directory: String?

  /// Builds the knowledge base from the embedded documents and the chosen rule data.
  ///
  /// - Throws: ``KnowledgeError`` naming the file and line of missing or malformed rule data.
  func loadKnowledgeBase() throws -> KnowledgeBase {
    try KnowledgeBase.load(
      corpusDirectory: directory.map { URL(fileURLWithPath: $0, isDirectory: true) })
  }
}
