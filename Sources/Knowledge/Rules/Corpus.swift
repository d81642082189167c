import Foundation

/// The hand-written rule data: lexicon, intents with their templates, and background facts.
///
/// Layout of a corpus folder: `lexicon.yaml`, `background.yaml` and `intents/*.yaml`.
public struct Corpus: Sendable {
  /// The vocabulary.
  public let lexicon: Lexicon
  /// Facts from outside the report, answered only as background.
  public let background: TermSet
  /// The background text of each background term, by term id.
  public let backgroundText: [String: String]
  /// The intent files, in file-name order.
  public let intents: [IntentFile]
  /// The folder the rule data was read from, as given (`corpus` for the embedded data).
  public let folder: String

  /// Every rule of every intent, in order: made once, as the matcher, the vocabulary and the
  /// checker each go through them all.
  public let rules: [IntentRule]

  /// The template `name` of `intent`, or nil.
  public func template(_ name: String, of intent: String) -> String? {
    intents.first { $0.intent == intent }?.templates[name]
  }

  /// Reads the rule data from a corpus folder.
  ///
  /// - Throws: ``KnowledgeError`` naming the file (and line) that is missing or malformed.
  public static func load(from directory: URL) throws -> Corpus {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw KnowledgeError.notFound(path: directory.path) }
    var relativePaths = ["lexicon.yaml", "background.yaml"]
    let intentsFolder = directory.appendingPathComponent("intents")
    let intentFiles = (try? manager.contentsOfDirectory(atPath: intentsFolder.path)) ?? []
    relativePaths += intentFiles.filter { $0.hasSuffix(".yaml") }.sorted().map { "intents/" + $0 }
    var files: [String: String] = [:]
    for relative in relativePaths {
      let path = directory.appendingPathComponent(relative).path
      guard manager.fileExists(atPath: path) else { throw KnowledgeError.notFound(path: path) }
      guard let data = manager.contents(atPath: path) else {
        throw KnowledgeError.unreadableFile(path: path, reason: "permission denied or not a file")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw KnowledgeError.malformedRules(
          path: path, line: data.lineOfFirstInvalidUTF8, message: "not valid UTF-8")
      }
      files[relative] = text
    }
    return try Corpus(files: files, folder: directory.path)
  }

  /// Builds the corpus from file texts keyed by path relative to the corpus folder.
  ///
  /// - Throws: ``KnowledgeError`` naming the file (and line) that is missing or malformed.
  public init(files: [String: String], folder: String) throws {
    func parse(_ relative: String) throws -> RuleNode {
      let path = folder + "/" + relative
      guard let text = files[relative] else { throw KnowledgeError.missingFile(path: path) }
      return try RuleNode.parse(text, path: path)
    }
    self.folder = folder
    lexicon = try Lexicon(parse("lexicon.yaml"))
    let backgroundRoot = try parse("background.yaml")
    _ = try backgroundRoot.mapping(allowed: ["terms"])
    var terms: [Term] = []
    var texts: [String: String] = [:]
    for item in try backgroundRoot.required("terms").sequence() {
      let fields = try item.mapping(allowed: ["id", "name", "terms", "text"])
      let name = try item.required("name").string()
      let id = try fields.first { $0.key == "id" }?.value.string() ?? name
      guard texts[id] == nil else { throw item.fail("duplicate id '\(id)'") }
      terms.append(
        Term(
          id: id, name: name, terms: try fields.first { $0.key == "terms" }?.value.strings() ?? []))
      texts[id] = try item.required("text").string()
    }
    background = TermSet(terms)
    backgroundText = texts
    let intentPaths = files.keys.filter { $0.hasPrefix("intents/") && $0.hasSuffix(".yaml") }
      .sorted()
    guard !intentPaths.isEmpty else {
      throw KnowledgeError.missingFile(path: folder + "/intents/*.yaml")
    }
    intents = try intentPaths.map { try IntentFile(parse($0)) }
    rules = intents.flatMap(\.rules)
    // The first rule with each id, by its position.
    var seen: [String: Int] = [:]
    for (position, rule) in rules.enumerated() {
      if let first = seen[rule.id] {
        let earlier = rules[first]
        throw KnowledgeError.malformedRules(
          path: rule.file, line: rule.line,
          message: "duplicate rule id '\(rule.id)' (first in \(earlier.file):\(earlier.line ?? 0))")
      }
      seen[rule.id] = position
    }
  }
}
