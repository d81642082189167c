import Foundation
import Knowledge

// The built-in rule data and seed documents, embedded by the `EmbedCorpus` build plugin: as text,
// and as a snapshot of the knowledge base built from them at build time.

extension KnowledgeBase {
  /// The knowledge base of the built-in seed documents and rule data, as made at build time.
  ///
  /// Reading the snapshot takes a small part of what parsing the rule data and extracting the
  /// seed's facts would; the result is the same knowledge base.
  public static func builtIn() throws -> KnowledgeBase {
    try KnowledgeBase(snapshot: EmbeddedResources.snapshot)
  }

  /// Loads the built-in seed documents with those at `paths`, and the rule data from
  /// `corpusDirectory`, or the built-in rule data when it is nil.
  ///
  /// With neither, this is ``builtIn()``; otherwise the facts are extracted again with the rule
  /// data given, which is read as it is now, without recompiling.
  ///
  /// - Throws: ``KnowledgeError`` naming the file and line of missing or malformed rule data or
  ///   documents.
  public static func load(corpusDirectory: URL? = nil, documents paths: [URL] = []) throws
    -> KnowledgeBase
  {
    guard corpusDirectory != nil || !paths.isEmpty else { return try builtIn() }
    let corpus = try corpusDirectory.map(Corpus.load(from:))
    let builtIn = try builtIn()
    return try KnowledgeBase.load(
      seeds: builtIn.documents, corpus: corpus ?? builtIn.corpus, documents: paths)
  }
}

extension Corpus {
  /// The rule data embedded in the binary (the repository's `corpus/` when it was built), read
  /// from its YAML text.
  public static func embedded() throws -> Corpus {
    var files: [String: String] = [:]
    for (path, text) in EmbeddedResources.files where path.hasPrefix("corpus/") {
      files[String(path.dropFirst("corpus/".count))] = text
    }
    return try Corpus(files: files, folder: "corpus")
  }
}

extension DocumentReader {
  /// The seed documents embedded in the binary, read from their text.
  public static func embeddedSeeds() throws -> [Document] {
    try EmbeddedResources.files.keys.filter { $0.hasPrefix("seeds/") && $0.hasSuffix(".txt") }
      .sorted()
      .map { try read(EmbeddedResources.files[$0]!, path: $0) }
  }
}
