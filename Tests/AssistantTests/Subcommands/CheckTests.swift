import Foundation
import Testing

/// `assistant check`: the rule data linted, exit 65 on errors with file and line.
@Suite struct CheckTests {
  /// A copy of the repository's rule data, to break.
  private func corpusCopy(in folder: TemporaryFolder) throws -> URL {
    let corpus = folder.url.appendingPathComponent("corpus", isDirectory: true)
    let original = Samples.packageRoot.appendingPathComponent("corpus", isDirectory: true)
    try FileManager.default.copyItem(at: original, to: corpus)
    return corpus
  }

  @Test(arguments: [[], ["--corpus", Samples.packageRoot.appendingPathComponent("corpus").path]])
  func repositoryCorpusHasNoErrors(corpus: [String]) throws {
    let result = try AssistantProcess.run(["check"] + corpus)
    #expect(result.status == 0, "\(result)")
    #expect(result.outputLines.last?.hasPrefix("check: 0 errors, ") == true, "\(result)")
  }

  @Test func yamlErrorExitsSixtyFiveWithFileAndLine() throws {
    let folder = try TemporaryFolder()
    let corpus = try corpusCopy(in: folder)
    let path = try folder.write(
      "intent: event\nrules:\n  - id: broken\n    require: [[phiên họp, ở đâu]\n",
      to: "corpus/intents/zz_broken.yaml")
    let result = try AssistantProcess.run(["check", "--corpus", corpus.path])
    #expect(result.status == 65, "\(result)")
    let lines = result.outputLines
    #expect(lines.count == 2, "\(result)")
    #expect(lines.first?.hasPrefix("\(path):") == true, "\(result)")
    #expect(lines.first?.contains(": error: invalid YAML") == true, "\(result)")
    let line = lines.first.flatMap { Int($0.dropFirst(path.count + 1).prefix { $0.isNumber }) }
    #expect(line != nil, "the diagnostic names the line: \(result)")
    #expect(lines.last == "check: 1 error, 0 warnings")
  }

  /// The extractor reads its words by role from `report_cues`: a role renamed is one the
  /// extractor lacks (an error) and one nothing reads (a warning).
  @Test func aReportCueRoleRenamedIsReported() throws {
    let folder = try TemporaryFolder()
    let corpus = try corpusCopy(in: folder)
    let lexicon = corpus.appendingPathComponent("lexicon.yaml")
    let text = try String(contentsOf: lexicon, encoding: .utf8)
    try text.replacingOccurrences(of: "{id: list-end,", with: "{id: list-ends,")
      .write(to: lexicon, atomically: true, encoding: .utf8)
    let result = try AssistantProcess.run(["check", "--corpus", corpus.path])
    #expect(result.status == 65, "\(result)")
    #expect(
      result.outputText.contains(
        "error: section 'report_cues' has no entry 'list-end', which the extractor reads"),
      "\(result)")
    #expect(
      result.outputText.contains("warning: section 'report_cues' has an entry 'list-ends'"),
      "\(result)")
  }

  @Test func jsonListsTheDiagnostics() throws {
    let folder = try TemporaryFolder()
    let corpus = try corpusCopy(in: folder)
    try FileManager.default.removeItem(at: corpus.appendingPathComponent("lexicon.yaml"))
    let result = try AssistantProcess.run(["check", "--corpus", corpus.path, "--format", "json"])
    #expect(result.status == 65, "\(result)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(report["errors"] as? Int == 1)
    #expect(report["warnings"] as? Int == 0)
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?["severity"] as? String == "error")
    #expect((diagnostics.first?["file"] as? String)?.hasSuffix("lexicon.yaml") == true)
    #expect(diagnostics.first?["line"] is NSNull)
    #expect(diagnostics.first?["message"] as? String == "no such file")
  }

  @Test func repositoryCorpusAsJSONHasNoErrors() throws {
    let result = try AssistantProcess.run(["check", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(report["errors"] as? Int == 0)
  }
}
