import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

/// A copy of the repository's corpus in a temporary folder, to break one file at a time.
private struct CorpusCopy {
  let root: URL
  var url: URL { root.appendingPathComponent("corpus") }

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "corpus-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Fixtures.corpus, to: url)
  }

  func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  func text(_ relative: String) throws -> String {
    try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
  }

  func write(_ relative: String, _ text: String) throws {
    try text.write(to: url.appendingPathComponent(relative), atomically: true, encoding: .utf8)
  }

  /// Replaces the first line equal to `line` by `replacement` lines; returns its 1-based number.
  @discardableResult
  func replaceLine(_ relative: String, _ line: String, with replacement: [String]) throws -> Int {
    var lines = try text(relative).components(separatedBy: "\n")
    let index = try #require(lines.firstIndex(of: line), "\(relative) has no line '\(line)'")
    lines.replaceSubrange(index...index, with: replacement)
    try write(relative, lines.joined(separator: "\n"))
    return index + 1
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// The error loading the copy raises.
  func loadError() -> KnowledgeError? {
    do {
      _ = try Corpus.load(from: url)
      Issue.record("the broken corpus loaded")
      return nil
    } catch let error as KnowledgeError {
      return error
    } catch {
      Issue.record("unexpected error type: \(error)")
      return nil
    }
  }
}

/// Loading rule data: the repository's corpus loads, and every kind of broken file is reported
/// with its path and line.
@Suite struct CorpusTests {
  @Test func loadsACopyOfTheRepositoryCorpus() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let corpus = try Corpus.load(from: copy.url)
    let embedded = try Corpus.embedded()
    #expect(corpus.rules.map(\.id) == embedded.rules.map(\.id))
    #expect(corpus.intents.map(\.intent) == embedded.intents.map(\.intent))
    #expect(corpus.lexicon.concepts["online-service-rate"] != nil)
    #expect(corpus.lexicon.scopes.terms.map(\.id) == ["national", "ministries", "localities"])
    #expect(
      corpus.lexicon.abbreviations["tthc"]?.words.map(\.text) == ["thủ", "tục", "hành", "chính"])
    #expect(corpus.backgroundText["de-an-06"]?.contains("06/QĐ-TTg") == true)
    #expect(corpus.template("level", of: "statistic") != nil)
    let chair = try #require(corpus.rules.first { $0.id == "event.chair" })
    #expect(chair.intent == "event")
    #expect(chair.slots == ["aspect": "chair"])
    #expect(chair.file == copy.path("intents/event.yaml"))
  }

  @Test func everyRuleKnowsWhereItIsWritten() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let corpus = try Corpus.load(from: copy.url)
    let lines = try copy.text("intents/event.yaml").components(separatedBy: "\n")
    let expected = try #require(lines.firstIndex(of: "  - id: event.place")) + 1
    #expect(corpus.rules.first { $0.id == "event.place" }?.line == expected)
  }

  @Test func aYAMLSyntaxErrorNamesTheFileAndLine() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let line = try copy.replaceLine(
      "lexicon.yaml", "  TTHC: thủ tục hành chính", with: ["  TTHC: thủ tục: hành chính"])
    let error = try #require(copy.loadError())
    guard case .malformedRules(let path, let reported, let message) = error else {
      Issue.record("expected malformedRules, got \(error)")
      return
    }
    #expect(path == copy.path("lexicon.yaml"))
    #expect(reported == line)
    #expect(message.contains("invalid YAML"))
    #expect(error.description.contains("lexicon.yaml:\(line):"))
  }

  @Test func anUnknownKeyInARuleIsNamedWithItsLine() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let start = try copy.replaceLine(
      "intents/event.yaml", "  - id: event.place",
      with: ["  - id: event.place", "    colour: blue"])
    let error = try #require(copy.loadError())
    #expect(error.description.contains("intents/event.yaml:\(start + 1):"), "\(error)")
    #expect(error.description.contains("unknown key 'colour'"), "\(error)")
  }

  @Test func aWrongTypeIsReportedWithItsLine() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try copy.write(
      "intents/thanks.yaml",
      """
      intent: thanks
      rules:
        - id: thanks
          reply: "Không có gì!"
          require: 5

      """)
    let error = try #require(copy.loadError())
    #expect(error.description.contains("intents/thanks.yaml:5:"), "\(error)")
    #expect(error.description.contains("expected a list"), "\(error)")
  }

  @Test func aNonBooleanDeclinesIsReportedWithItsLine() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try copy.write(
      "intents/thanks.yaml",
      """
      intent: thanks
      rules:
        - id: thanks
          reply: "Không có gì!"
          declines: maybe
          require:
            - [cảm ơn]

      """)
    let error = try #require(copy.loadError())
    #expect(error.description.contains("intents/thanks.yaml:5:"), "\(error)")
    #expect(error.description.contains("true or false"), "\(error)")
  }

  @Test(arguments: ["", "# only a comment\n"])
  func anEmptyFileIsReported(_ content: String) throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try copy.write("intents/greeting.yaml", content)
    let error = try #require(copy.loadError())
    #expect(
      error
        == .malformedRules(
          path: copy.path("intents/greeting.yaml"), line: 1, message: "the file is empty"))
    #expect(error.description.contains("greeting.yaml:1:"))
  }

  @Test func aMissingBackgroundFileIsReported() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try FileManager.default.removeItem(atPath: copy.path("background.yaml"))
    let error = try #require(copy.loadError())
    #expect(error == .missingFile(path: copy.path("background.yaml")))
    #expect(error.description.contains("background.yaml"))
  }

  @Test func aMissingIntentsFolderIsReported() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try FileManager.default.removeItem(atPath: copy.path("intents"))
    let error = try #require(copy.loadError())
    guard case .missingFile(let path) = error else {
      Issue.record("expected missingFile, got \(error)")
      return
    }
    #expect(path.contains("intents"))
  }

  @Test func aFolderThatDoesNotExistIsReported() {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "no-corpus-\(UUID().uuidString)")
    #expect(throws: KnowledgeError.missingFile(path: url.path)) { try Corpus.load(from: url) }
  }

  @Test func anUnknownEntityInACueIsNamedWithItsLine() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try copy.write(
      "intents/thanks.yaml",
      """
      intent: thanks
      rules:
        - id: thanks
          reply: "Không có gì!"
          require:
            - ["@nonsense"]

      """)
    let error = try #require(copy.loadError())
    #expect(error.description.contains("intents/thanks.yaml:6:"), "\(error)")
    #expect(error.description.contains("unknown entity '@nonsense'"), "\(error)")
    #expect(
      error.description.contains("@concept"), "the message lists the entities allowed: \(error)")
  }

  @Test func duplicateRuleIdsAcrossFilesNameBothPlaces() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let greeting = try copy.text("intents/greeting.yaml").components(separatedBy: "\n")
    let first = try #require(greeting.firstIndex(of: "  - id: greeting")) + 1
    try copy.write(
      "intents/thanks.yaml",
      """
      intent: thanks
      rules:
        - id: thanks
          reply: "Không có gì!"
          require:
            - [cảm ơn]
        - id: greeting
          reply: "Chào!"
          require:
            - [chào]

      """)
    let error = try #require(copy.loadError())
    #expect(error.description.contains("intents/thanks.yaml:7:"), "\(error)")
    #expect(error.description.contains("duplicate rule id 'greeting'"), "\(error)")
    #expect(error.description.contains("intents/greeting.yaml:\(first)"), "\(error)")
  }

  @Test func aRuleWithoutRequiredCuesIsReported() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    try copy.write(
      "intents/thanks.yaml",
      """
      intent: thanks
      rules:
        - id: thanks
          reply: "Không có gì!"

      """)
    let error = try #require(copy.loadError())
    #expect(error.description.contains("intents/thanks.yaml:3:"), "\(error)")
    #expect(error.description.contains("'require'"), "\(error)")
  }

  @Test func anUnknownLexiconSectionIsNamedWithItsLine() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let line = try copy.replaceLine(
      "lexicon.yaml", "abbreviations:", with: ["flavours: [sweet]", "abbreviations:"])
    let error = try #require(copy.loadError())
    #expect(error.description.contains("lexicon.yaml:\(line):"), "\(error)")
    #expect(error.description.contains("unknown key 'flavours'"), "\(error)")
  }

  @Test func aDuplicateTermIdInTheLexiconIsReported() throws {
    let copy = try CorpusCopy()
    defer { copy.remove() }
    let line = try copy.replaceLine("lexicon.yaml", "  - Sendo", with: ["  - Sendo", "  - Sendo"])
    let error = try #require(copy.loadError())
    #expect(error.description.contains("lexicon.yaml:\(line + 1):"), "\(error)")
    #expect(error.description.contains("duplicate id 'Sendo'"), "\(error)")
  }
}
