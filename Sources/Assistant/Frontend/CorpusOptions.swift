import ArgumentParser
import BuiltInKnowledge
import Foundation
import Knowledge

/// The options every command accepts that say what the knowledge base is built from: `--corpus
/// DIR` for the rule data and `--documents PATH` for reports beside the built-in one.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "Read the rule data (lexicon, intents) from this folder instead of the built-in corpus.",
      valueName: "dir"),
    completion: .directory
  )
  var directory: String?

  @Option(
    name: .customLong("documents"),
    help: ArgumentHelp(
      "Also read the reports in this .txt file, or every .txt file in this folder (repeatable).",
      valueName: "path"),
    completion: .file(extensions: ["txt"])
  )
  var documents: [String] = []

  /// Builds the knowledge base from the embedded documents, those of `--documents` and
  /// `extraDocuments`, and the chosen rule data, then writes each of its warnings (a document
  /// with no date line, ...) to standard error as `warning: ...`.
  ///
  /// Every document is read before any is used, so a bad one leaves nothing half-loaded.
  ///
  /// - Throws: ``KnowledgeError`` naming the file (and line) of missing or malformed rule data or
  ///   a document that is missing, unreadable, not UTF-8 or malformed.
  func loadKnowledgeBase(extraDocuments: [URL] = []) throws -> KnowledgeBase {
    let paths = documents.map { URL(fileURLWithPath: $0) } + extraDocuments
    let knowledge = try KnowledgeBase.load(
      corpusDirectory: directory.map { URL(fileURLWithPath: $0, isDirectory: true) },
      documents: Self.removingDuplicates(paths))
    for warning in knowledge.warnings { Output.reportWarning(warning) }
    return knowledge
  }

  /// `paths` without a second mention of a file, so one named by `--documents` and by a gold file
  /// is read once.
  private static func removingDuplicates(_ paths: [URL]) -> [URL] {
    var seen: Set<String> = []
    return paths.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

}
