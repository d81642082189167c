import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `assistant eval`: a small gold set whose right and wrong answers are known, in every format,
/// and the exit codes.
@Suite struct EvalTests {
  /// Five cases in two files; three are answered correctly.
  ///
  /// - `first.jsonl:2` right: the figure the answerable question states.
  /// - `first.jsonl:3` wrong: the same question, expecting a figure the report does not have.
  /// - `first.jsonl:4` right: declined, as it must be.
  /// - `first.jsonl:5` wrong: answered, though the case says decline.
  /// - `second.yaml:1` right (nothing expected but an answer), its intent deliberately wrong.
  struct SmallGoldSet {
    let folder: TemporaryFolder
    let first: String
    let second: String

    init() throws {
      folder = try TemporaryFolder()
      first = try folder.write(
        """
        # two right, two wrong
        {"question": "\(Samples.answerable)", "expect": ["\(Samples.answerableFigure)"], "intent": "statistic", "tags": ["clean"]}
        {"question": "\(Samples.answerable)", "expect": ["99,9"], "intent": "statistic", "tags": ["clean"]}
        {"question": "\(Samples.offTopic)", "refuse": true, "intent": "out_of_scope", "tags": ["out-of-scope"]}
        {"question": "Ai chủ trì phiên họp?", "refuse": true, "intent": "event", "tags": ["clean"]}

        """, to: "first.jsonl")
      second = try folder.write(
        """
        - question: xin chào
          intent: thanks
        """, to: "second.yaml")
    }

    var paths: [String] { [first, second] }
  }

  @Test func textReportShowsTheFiguresAndEveryFailure() throws {
    let gold = try SmallGoldSet()
    let result = try AssistantProcess.run(["eval"] + gold.paths)
    #expect(result.status == 0, "\(result)")
    #expect(result.errorText.isEmpty, "no progress bar when standard error is a pipe")
    let text = result.outputText
    #expect(text.hasPrefix("Accuracy: 3/5 = 60.0%\n"), "\(result)")
    #expect(text.contains("\(gold.first):3: missing 99,9"), "\(result)")
    #expect(text.contains("\(gold.first):5: answered, but must decline"), "\(result)")
    #expect(text.contains("Intent accuracy: 4/5 = 80.0%"), "\(result)")
    for heading in ["File", "Tag", "Declining", "Intent", "Confusions", "Latency", "Coverage"] {
      #expect(text.contains(heading), "no \(heading) section: \(result)")
    }
    #expect(text.hasSuffix("eval: 3 of 5 correct (60.0%)\n"), "\(result)")
  }

  @Test func jsonReportHasTheKnownFigures() throws {
    let gold = try SmallGoldSet()
    let result = try AssistantProcess.run(["eval", "--format", "json"] + gold.paths)
    #expect(result.status == 0, "\(result)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(report["total"] as? Int == 5)
    #expect(report["correct"] as? Int == 3)
    #expect(report["accuracy"] as? Double == 0.6)

    let files = try #require(report["files"] as? [[String: Any]])
    #expect(files.map { $0["name"] as? String } == [gold.first, gold.second])
    #expect(files.map { $0["correct"] as? Int } == [2, 1])
    #expect(files.map { $0["total"] as? Int } == [4, 1])

    let tags = try #require(report["tags"] as? [[String: Any]])
    #expect(tags.map { $0["name"] as? String } == ["clean", "out-of-scope"])
    #expect(tags.map { $0["correct"] as? Int } == [1, 1])
    #expect(tags.map { $0["total"] as? Int } == [3, 1])

    let declining = try #require(report["declining"] as? [String: Any])
    #expect(declining["truePositives"] as? Int == 1)
    #expect(declining["falsePositives"] as? Int == 0)
    #expect(declining["falseNegatives"] as? Int == 1)
    #expect(declining["trueNegatives"] as? Int == 3)
    #expect(declining["precision"] as? Double == 1)
    #expect(declining["recall"] as? Double == 0.5)

    let intents = try #require(report["intents"] as? [String: Any])
    #expect(intents["total"] as? Int == 5)
    #expect(intents["correct"] as? Int == 4)
    let confusions = try #require(intents["confusions"] as? [[String: Any]])
    #expect(confusions.count == 1)
    #expect(confusions.first?["expected"] as? String == "thanks")
    #expect(confusions.first?["got"] as? String == "greeting")
    let scores = try #require(intents["scores"] as? [[String: Any]])
    let thanks = try #require(scores.first { $0["intent"] as? String == "thanks" })
    #expect(thanks["recall"] as? Double == 0)
    #expect(thanks["precision"] is NSNull, "never found, so no precision")

    let latency = try #require(report["latency"] as? [String: Any])
    let p50 = try #require(latency["p50"] as? Double)
    let p95 = try #require(latency["p95"] as? Double)
    let max = try #require(latency["max"] as? Double)
    #expect(0 < p50 && p50 <= p95 && p95 <= max, "\(latency)")

    let failures = try #require(report["failures"] as? [[String: Any]])
    #expect(failures.map { $0["location"] as? String } == ["\(gold.first):3", "\(gold.first):5"])
    #expect(
      failures.map { $0["reason"] as? String } == ["missing 99,9", "answered, but must decline"])
    let wrongFigure = failures[0]
    #expect(wrongFigure["question"] as? String == Samples.answerable)
    #expect(wrongFigure["expect"] as? [[String]] == [["99,9"]])
    #expect((wrongFigure["answer"] as? String)?.contains(Samples.answerableFigure) == true)
    #expect(wrongFigure["answered"] as? Bool == true)
    #expect(wrongFigure["intent"] as? String == "statistic")
    #expect(wrongFigure["rule"] is String)

    let coverage = try #require(report["coverage"] as? [String: Any])
    let facts = try #require(coverage["facts"] as? Int)
    let reached = try #require(coverage["reached"] as? Int)
    let untested = try #require(coverage["untested"] as? [[String: Any]])
    #expect(reached > 0 && reached + untested.count == facts, "\(coverage)")
    let asked = try AssistantProcess.run(["ask", "--json", Samples.answerable])
    let cited = try #require(try jsonRows(asked.output).first?["facts"] as? [String])
    let untestedIDs = Set(untested.compactMap { $0["id"] as? String })
    #expect(!cited.isEmpty && untestedIDs.isDisjoint(with: cited))
  }

  @Test func junitHasOneTestCasePerQuestionAndValidates() throws {
    let gold = try SmallGoldSet()
    let result = try AssistantProcess.run(["eval", "--format", "junit"] + gold.paths)
    #expect(result.status == 0, "\(result)")
    let document = try XMLDocument(data: result.output)
    let root = try #require(document.rootElement())
    #expect(root.name == "testsuites")
    #expect(root.attribute(forName: "tests")?.stringValue == "5")
    #expect(root.attribute(forName: "failures")?.stringValue == "2")
    let suites = root.elements(forName: "testsuite")
    #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == [gold.first, gold.second])
    #expect(suites.map { $0.attribute(forName: "tests")?.stringValue } == ["4", "1"])
    #expect(suites.map { $0.attribute(forName: "failures")?.stringValue } == ["2", "0"])
    let cases = suites.flatMap { $0.elements(forName: "testcase") }
    #expect(cases.count == 5)
    #expect(
      cases.map { $0.attribute(forName: "name")?.stringValue } == [
        Samples.answerable, Samples.answerable, Samples.offTopic, "Ai chủ trì phiên họp?",
        "xin chào",
      ])
    #expect(
      cases.map { $0.attribute(forName: "classname")?.stringValue }
        == [gold.first, gold.first, gold.first, gold.first, gold.second])
    let failures = cases.flatMap { $0.elements(forName: "failure") }
    #expect(
      failures.map { $0.attribute(forName: "message")?.stringValue } == [
        "missing 99,9", "answered, but must decline",
      ])
    #expect(cases[1].elements(forName: "failure").count == 1)
    #expect(failures[0].stringValue?.contains(Samples.answerableFigure) == true, "what came back")
  }

  @Test func junitEscapesMarkupAndControlCharacters() throws {
    let folder = try TemporaryFolder()
    let question = "Ai <chủ trì> & \"phiên\" 'họp'?\u{1B}[31m\u{7}"
    let line =
      #"{"question": "Ai <chủ trì> & \"phiên\" 'họp'?\u001b[31m\u0007", "expect": ["<&>"]}"#
    let path = try folder.write(line + "\n", to: "odd & <name>.jsonl")
    let result = try AssistantProcess.run(["eval", "--format", "junit", path])
    #expect(result.status == 0, "\(result)")
    #expect(!result.output.contains(0x1B) && !result.output.contains(0x07), "\(result)")
    let document = try XMLDocument(data: result.output)
    let testCase = try #require(
      document.rootElement()?.elements(forName: "testsuite").first?.elements(forName: "testcase")
        .first)
    let expected = question.replacingOccurrences(of: "\u{1B}", with: "\u{FFFD}")
      .replacingOccurrences(of: "\u{7}", with: "\u{FFFD}")
    #expect(testCase.attribute(forName: "name")?.stringValue == expected)
    #expect(testCase.attribute(forName: "classname")?.stringValue == path)
    #expect(
      testCase.elements(forName: "failure").first?.attribute(forName: "message")?.stringValue
        == "missing <&>")
  }

  @Test(arguments: [("0.6", Int32(0)), ("0.61", 2), ("1", 2), ("0", 0)])
  func minimumAccuracyExitsTwoBelowIt(minimum: String, status: Int32) throws {
    let gold = try SmallGoldSet()
    let result = try AssistantProcess.run(["eval", "--min-accuracy", minimum] + gold.paths)
    #expect(result.status == status, "\(result)")
    #expect(result.outputText.hasPrefix("Accuracy: 3/5"), "the report comes first: \(result)")
    if status == 2 {
      #expect(result.errorText.hasPrefix("error: accuracy 60.0% (3/5) is below the minimum"))
    } else {
      #expect(result.errorText.isEmpty, "\(result)")
    }
  }

  @Test func goldCasesAreReadFromStandardInput() throws {
    let input =
      #"{"question": "\#(Samples.answerable)", "expect": ["\#(Samples.answerableFigure)"]}"#
    let result = try AssistantProcess.run(["eval", "-", "--min-accuracy", "1"], input: input)
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("<stdin>"), "\(result)")
  }

  @Test func malformedGoldCaseExitsSixtyFiveNamingTheLine() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "{\"question\": \"xin chào\"}\n{\"question\": \"q\", \"refuse\": \"yes\"}\n", to: "bad.jsonl")
    let result = try AssistantProcess.run(["eval", path])
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty)
    #expect(
      result.errorText
        == "error: \(path):2: not a gold case: \"refuse\" must be true or false\n")
  }

  @Test func missingGoldFileExitsSixtySixBeforeAnswering() throws {
    let gold = try SmallGoldSet()
    let missing = gold.folder.missingPath("missing.jsonl")
    let result = try AssistantProcess.run(["eval", gold.first, missing])
    #expect(result.status == 66, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorText.hasPrefix("error: \(missing): "), "\(result)")
  }

  /// A gold file in a fresh folder, beside a copy of a test document it names.
  private func goldNamingADocument(_ documents: String) throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    let name = "001_chat_luong_phuc_vu.txt"
    let document = try Data(
      contentsOf: Samples.packageRoot.appendingPathComponent("Tests/Fixtures/documents/\(name)"))
    try folder.write(document, to: "reports/\(name)")
    let path = try folder.write(
      """
      {"question": "\(Samples.answerable)", "expect": ["\(Samples.answerableFigure)"]}
      {"question": "Đà Nẵng đạt bao nhiêu điểm tháng 6/2025?", "expect": ["90,02"], "documents": \(documents)}

      """, to: "gold/cases.jsonl")
    return (folder, path)
  }

  @Test func documentsNamedByAGoldCaseAreLoaded() throws {
    let (folder, path) = try goldNamingADocument(#"["../reports/001_chat_luong_phuc_vu.txt"]"#)
    let result = try AssistantProcess.run(["eval", path, "--min-accuracy", "1"])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("Accuracy: 2/2 = 100.0%\n"), "\(result)")
    _ = folder
  }

  @Test func withoutItsDocumentTheCaseFails() throws {
    let (folder, path) = try goldNamingADocument("[]")
    let result = try AssistantProcess.run(["eval", path])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("Accuracy: 1/2 = 50.0%\n"), "\(result)")
    _ = folder
  }

  @Test func theBuiltInReportNeedsNoFile() throws {
    let (folder, path) = try goldNamingADocument(
      #"["000_fadd476ff727cb34.txt", "../reports/001_chat_luong_phuc_vu.txt"]"#)
    let result = try AssistantProcess.run(["eval", path, "--min-accuracy", "1"])
    #expect(result.status == 0, "\(result)")
    _ = folder
  }

  @Test func aMissingDocumentExitsSixtyFiveNamingTheCase() throws {
    let (folder, path) = try goldNamingADocument(#"["001_chat_luong_phuc_vu.txt"]"#)
    let result = try AssistantProcess.run(["eval", path])
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty)
    let expected = (path as NSString).deletingLastPathComponent + "/001_chat_luong_phuc_vu.txt"
    #expect(result.errorText == "error: \(path):2: no such document: \(expected)\n", "\(result)")
    _ = folder
  }

  @Test func theFixtureGoldFilesFindTheirDocuments() throws {
    let cross = Samples.packageRoot.appendingPathComponent(
      "Tests/Fixtures/documents/003_phien_hop_thu_ba.cross.gold.jsonl")
    let result = try AssistantProcess.run(["eval", cross.path, "--min-accuracy", "0.95"])
    #expect(result.status == 0, "\(result)")
  }

  @Test(arguments: [
    ["eval"], ["eval", "x.jsonl", "--format", "xml"],
    ["eval", "x.jsonl", "--min-accuracy", "high"], ["eval", "x.jsonl", "--min-accuracy", "1.5"],
    ["eval", "x.jsonl", "--min-accuracy=-0.1"], ["eval", "x.jsonl", "--min-accuracy", "nan"],
    ["eval", "x.jsonl", "--min-accuracy", "inf"],
  ])
  func usageErrorsExitSixtyFour(arguments: [String]) throws {
    let result = try AssistantProcess.run(arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.output.isEmpty)
  }

  @Test func repositoryDevSetMeetsTheBar() throws {
    let dev = Samples.packageRoot.appendingPathComponent("corpus/eval/dev.jsonl").path
    let result = try AssistantProcess.run([
      "eval", dev, "--min-accuracy", "0.95", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.errorText)")
  }
}
