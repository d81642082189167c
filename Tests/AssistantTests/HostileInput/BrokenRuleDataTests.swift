import Foundation
import Testing

/// Broken rule data (`--corpus DIR`, a copy of `corpus/` with one file broken) and broken
/// documents (`--documents FILE`): the command exits 65 with one `error: FILE:LINE: reason`
/// naming the file and line, and answers nothing, so nothing is ever half-loaded.
@Suite struct BrokenRuleDataTests {
  /// How a copy of the repository's corpus is broken, and what the error must say.
  struct Breakage: CustomTestStringConvertible, Sendable {
    var name: String
    /// The file of the corpus that is broken, relative to the corpus folder.
    var file: String
    /// The file's new text, given its old text; nil removes the file.
    var edit: @Sendable (String) -> String?
    /// The line of the broken file the error must name, `(text, offset)`: `offset` lines after
    /// the first line that is `text`, where the YAML parser notices the problem; nil when the
    /// file has no line to name.
    var line: (text: String, offset: Int)?
    /// What the error message must contain.
    var reason: String
    /// How the broken file is written.
    var encoding: String.Encoding = .utf8

    var testDescription: String { name }
  }

  static let breakages: [Breakage] = [
    Breakage(
      name: "a YAML syntax error", file: "intents/event.yaml",
      edit: { $0.replacingOccurrences(of: "rules:\n", with: "rules:\n  - id: [unclosed\n") },
      line: ("  - id: [unclosed", 1), reason: "invalid YAML"),
    Breakage(
      name: "a wrong type", file: "intents/greeting.yaml",
      edit: { _ in "intent: greeting\nrules:\n  id: not-a-list\n" },
      line: ("  id: not-a-list", 0), reason: "expected a list"),
    Breakage(
      name: "an unknown key in a rule", file: "intents/event.yaml",
      edit: {
        $0.replacingOccurrences(
          of: "  - id: event.date\n", with: "  - id: event.date\n    colour: red\n")
      },
      line: ("    colour: red", 0), reason: "unknown key 'colour'"),
    Breakage(
      name: "an unknown key at the top of an intent file", file: "intents/thanks.yaml",
      edit: { "# A comment\nauthor: me\n" + $0 },
      line: ("author: me", 0), reason: "unknown key 'author'"),
    Breakage(
      name: "an unknown key in a lexicon entry", file: "lexicon.yaml",
      edit: {
        $0.replacingOccurrences(
          of: "  - id: online-service-rate\n", with: "  - id: online-service-rate\n    nmae: x\n")
      },
      line: ("    nmae: x", 0), reason: "unknown key 'nmae'"),
    Breakage(
      name: "an unknown key in a background fact", file: "background.yaml",
      edit: {
        $0.replacingOccurrences(
          of: "    name: Đề án 06\n", with: "    name: Đề án 06\n    txet: x\n")
      },
      line: ("    txet: x", 0), reason: "unknown key 'txet'"),
    Breakage(
      name: "a key given twice", file: "intents/event.yaml",
      edit: {
        $0.replacingOccurrences(
          of: "  - id: event.date\n", with: "  - id: event.date\n    id: event.when\n")
      },
      line: ("  - id: event.date", 0), reason: "repeats the key 'id'"),
    Breakage(
      name: "an empty file", file: "intents/greeting.yaml", edit: { _ in "" },
      line: ("", 0), reason: "the file is empty"),
    Breakage(
      name: "a file of comments only", file: "background.yaml", edit: { _ in "# nothing yet\n" },
      line: ("# nothing yet", 0), reason: "the file is empty"),
    Breakage(
      name: "a file that is not UTF-8", file: "intents/thanks.yaml",
      edit: { _ in "intent: thanks\n# caf\u{E9}, written in Latin-1\nrules: []\n" },
      line: ("# café, written in Latin-1", 0), reason: "not valid UTF-8", encoding: .isoLatin1),
    Breakage(
      name: "a missing file", file: "lexicon.yaml", edit: { _ in nil },
      line: nil, reason: "no such file"),
  ]

  /// A copy of the repository's rule data in `folder`, with `breakage` applied, and where the
  /// error must point: `file:line: ` or, for a file with no line, `file`.
  private func brokenCorpus(
    _ breakage: Breakage, in folder: TemporaryFolder
  ) throws -> (corpus: URL, location: String) {
    let corpus = folder.url.appendingPathComponent("corpus", isDirectory: true)
    try FileManager.default.copyItem(
      at: Samples.packageRoot.appendingPathComponent("corpus", isDirectory: true), to: corpus)
    let file = corpus.appendingPathComponent(breakage.file)
    let old = try String(contentsOf: file, encoding: .utf8)
    guard let new = breakage.edit(old) else {
      try FileManager.default.removeItem(at: file)
      return (corpus, file.path)
    }
    #expect(new != old, "the breakage changes \(breakage.file)")
    try new.write(to: file, atomically: false, encoding: breakage.encoding)
    guard let (text, offset) = breakage.line else { return (corpus, file.path) }
    let lines = new.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex(of: text), "no line '\(text)' in \(breakage.file)")
    return (corpus, "\(file.path):\(index + 1 + offset): ")
  }

  @Test(arguments: breakages)
  func brokenRuleDataExitsSixtyFiveNamingFileAndLine(breakage: Breakage) throws {
    let folder = try TemporaryFolder()
    let (corpus, location) = try brokenCorpus(breakage, in: folder)
    for command in [["ask", Samples.answerable], ["batch", "--format", "jsonl"], []] {
      let result = try AssistantProcess.run(
        command + ["--corpus", corpus.path], input: Samples.answerable + "\n")
      #expect(result.status == 65, "\(command): \(result)")
      #expect(result.output.isEmpty, "\(command): nothing is answered: \(result)")
      let lines = result.errorText.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 2 && lines.last == "", "\(command): one line: \(result)")
      #expect(result.errorText.hasPrefix("error: " + location), "\(command): \(result)")
      #expect(result.errorText.contains(breakage.reason), "\(command): \(result)")
    }
  }

  @Test(arguments: breakages)
  func checkReportsBrokenRuleDataAsOneError(breakage: Breakage) throws {
    let folder = try TemporaryFolder()
    let (corpus, location) = try brokenCorpus(breakage, in: folder)
    let result = try AssistantProcess.run(["check", "--corpus", corpus.path])
    #expect(result.status == 65, "\(result)")
    // check writes `file:line: error: ...`, and `file: error: ...` when there is no line.
    let prefix = location.hasSuffix(": ") ? location : location + ": "
    #expect(result.outputText.hasPrefix(prefix + "error: "), "\(result)")
    #expect(result.outputText.hasSuffix("check: 1 error, 0 warnings\n"), "\(result)")
  }

  /// Documents that cannot be read, the line the error must name and why.
  static let badDocuments: [(name: String, bytes: [UInt8], line: Int, reason: String)] = [
    ("title-only.txt", Array("Tiêu đề của báo cáo\n".utf8), 2, "the document has no body"),
    ("title-and-date.txt", Array("Tiêu đề\n2025-08-20\n".utf8), 3, "the document has no body"),
    ("blank-body.txt", Array("Tiêu đề\n2025-08-20\n \n\t\n".utf8), 3, "the document has no body"),
    (
      "latin1.txt", Array("Tiêu đề\n2025-08-20\nMột đoạn có ".utf8) + [0xEA, 0x0A], 3,
      "not valid UTF-8"
    ),
  ]

  @Test(arguments: badDocuments.map(\.name))
  func aBadDocumentExitsSixtyFiveNamingFileAndLine(name: String) throws {
    let document = try #require(Self.badDocuments.first { $0.name == name })
    let folder = try TemporaryFolder()
    let path = try folder.write(Data(document.bytes), to: name)
    for command in [["ask", Samples.answerable], ["batch"], ["check"]] {
      let result = try AssistantProcess.run(
        command + ["--documents", path], input: Samples.answerable + "\n")
      #expect(result.status == 65, "\(command): \(result)")
      let reported = command == ["check"] ? result.outputText : result.errorText
      #expect(reported.contains("\(path):\(document.line): "), "\(command): \(result)")
      #expect(reported.contains(document.reason), "\(command): \(result)")
      if command != ["check"] { #expect(result.output.isEmpty, "\(command): \(result)") }
    }
  }
}
