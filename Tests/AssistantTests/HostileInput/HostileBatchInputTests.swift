import Foundation
import Testing

/// `assistant batch` given bytes no one should send: each question still gets exactly one row,
/// the batch exits 0, and nothing from the input reaches a terminal as a control character.
@Suite struct HostileBatchInputTests {
  /// The questions of JSON Lines output.
  private func questions(_ result: AssistantProcess.Result) throws -> [String?] {
    try jsonRows(result.output).map { $0["question"] as? String }
  }

  /// The `? question` lines of text output.
  private func echoedQuestions(_ result: AssistantProcess.Result) -> [String] {
    result.outputLines.filter { $0.hasPrefix("? ") }
  }

  @Test func nulBytesAreKeptInTheQuestionAndAnswered() throws {
    let input = Data("Ai chủ trì\u{0} phiên họp?\n\u{0}\u{0}\u{0}\n".utf8)
    let jsonl = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    #expect(jsonl.status == 0, "\(jsonl)")
    #expect(try questions(jsonl) == ["Ai chủ trì\u{0} phiên họp?", "\u{0}\u{0}\u{0}"])
    #expect(jsonl.outputText.contains(#""question":"Ai chủ trì\u0000 phiên họp?""#))
    #expect(!jsonl.output.contains(0), "JSON escapes NUL")

    let text = try AssistantProcess.run(["batch"], input: input)
    #expect(text.status == 0, "\(text)")
    #expect(
      echoedQuestions(text) == ["? Ai chủ trì\u{FFFD} phiên họp?", "? \u{FFFD}\u{FFFD}\u{FFFD}"])
    #expect(!text.output.contains(0))
  }

  /// C0 and C1 controls and DEL, the ways an escape sequence can be written.
  static let controls = "\u{1B}[31m \u{1B}]0;title\u{7} \u{9B}2J \u{7F} \u{8}\u{8} \u{85}"

  @Test func controlCharactersNeverReachTextOutput() throws {
    let result = try AssistantProcess.run(["batch"], input: "xin chào \(Self.controls)\n")
    #expect(result.status == 0, "\(result)")
    let controls = result.outputText.unicodeScalars.filter {
      $0.properties.generalCategory == .control && $0 != "\n"
    }
    #expect(controls.isEmpty, "\(controls.map { String($0.value, radix: 16) })")
    #expect(echoedQuestions(result).count == 1)
  }

  @Test func jsonRowsEchoControlCharactersExactlyButEscaped() throws {
    let question = "xin chào \(Self.controls)"
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: question + "\n")
    #expect(result.status == 0, "\(result)")
    #expect(try questions(result) == [question], "the question is echoed exactly")
    let raw = result.outputText.unicodeScalars.filter {
      $0.properties.generalCategory == .control && $0 != "\n"
    }
    #expect(raw.isEmpty, "every control character is a \\u escape: \(result.outputText)")
    #expect(result.outputText.contains(#"\u001b[31m"#))
    #expect(result.outputText.contains(#"\u009b2J"#))
    #expect(result.outputText.contains(#"\u007f"#))
  }

  @Test(arguments: ["jsonl", "text"])
  func aTenMegabyteLineGetsOneRow(format: String) throws {
    let long = String(repeating: "tỷ lệ dịch vụ công ", count: 400_000)
    #expect(long.utf8.count > 10_000_000)
    let result = try AssistantProcess.run(
      ["batch", "--format", format], input: "xin chào\n\(long)\n\(Samples.answerable)")
    #expect(result.status == 0, "status \(result.status), \(result.errorText)")
    if format == "jsonl" {
      let rows = try jsonRows(result.output)
      #expect(rows.map { $0["question"] as? String } == ["xin chào", long, Samples.answerable])
      #expect((rows.last?["answer"] as? String)?.contains(Samples.answerableFigure) == true)
    } else {
      #expect(echoedQuestions(result).count == 3)
      #expect(result.outputText.contains(Samples.answerableFigure))
    }
  }

  @Test func aFileWithNoFinalNewlineAnswersItsLastLineInText() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("xin chào\n" + Samples.answerable, to: "questions.txt")
    let result = try AssistantProcess.run(["batch", file])
    #expect(result.status == 0, "\(result)")
    #expect(echoedQuestions(result) == ["? xin chào", "? " + Samples.answerable])
    #expect(result.outputText.contains(Samples.answerableFigure))
  }

  @Test(arguments: ["", "\n", "   \n\t\n", "\u{3000}\u{A0}\n\u{2003}", "\r\n\r\n", "\u{FEFF}\n"])
  func inputWithNoQuestionWritesNothingAndExitsZero(input: String) throws {
    for format in ["text", "jsonl"] {
      let result = try AssistantProcess.run(["batch", "--format", format], input: input)
      #expect(result.status == 0, "\(format): \(result)")
      #expect(result.output.isEmpty, "\(format): \(result)")
      #expect(result.errorText.isEmpty, "\(format): \(result)")
    }
  }

  @Test func nfcAndNFDQuestionsGetTheSameAnswer() throws {
    let nfc = Samples.answerable.precomposedStringWithCanonicalMapping
    let nfd = Samples.answerable.decomposedStringWithCanonicalMapping
    // One word of each form in one line, too.
    let mixed =
      "Tỷ lệ dịch vụ".decomposedStringWithCanonicalMapping
      + " công trực tuyến toàn trình của cả nước tháng 4 là bao nhiêu?"
    let result = try AssistantProcess.run(
      ["batch", "--format", "jsonl"], input: [nfc, nfd, mixed].joined(separator: "\n"))
    #expect(result.status == 0, "\(result)")
    let rows = try jsonRows(result.output)
    try #require(rows.count == 3, "\(result)")
    #expect(
      rows.map { ($0["question"] as? String).map { Array($0.unicodeScalars) } }
        == [nfc, nfd, mixed].map { Array($0.unicodeScalars) }, "each is echoed as written")
    let answers = rows.map { $0["answer"] as? String }
    #expect(answers[0]?.contains(Samples.answerableFigure) == true)
    #expect(Set(answers).count == 1, "\(answers)")
  }

  @Test func emojiAndRightToLeftTextAreAnsweredAndEchoedAsWritten() throws {
    let questions = [
      "👋 xin chào 🇻🇳👨‍👩‍👧",
      "Ai chủ trì phiên họp? 🤔",
      "مرحبا كيف حالك",
      "שלום Ai chủ trì phiên họp?",
      "\u{202E}Ai chủ trì phiên họp?\u{202C}",
    ]
    for format in ["jsonl", "text"] {
      let result = try AssistantProcess.run(
        ["batch", "--format", format], input: questions.joined(separator: "\n") + "\n")
      #expect(result.status == 0, "\(format): \(result)")
      if format == "jsonl" {
        let rows = try jsonRows(result.output)
        #expect(rows.map { $0["question"] as? String } == questions)
        #expect((rows[1]["answer"] as? String)?.contains("Phạm Minh Chính") == true)
        #expect(rows[2]["answered"] as? Bool == false)
      } else {
        #expect(echoedQuestions(result) == questions.map { "? " + $0 })
      }
    }
  }

  @Test func invalidUTF8InTextOutputIsReplacementCharacters() throws {
    var input = Data("xin chào ".utf8)
    input += [0xC0, 0xAF, 0xFF, 0xF8, 0x88, 0x80, 0x80, 0x80]  // overlong, invalid, five-byte
    input += Data(" cảm ơn\n".utf8)
    input += [0xE1, 0xBB]  // cut off at the end of the input
    let result = try AssistantProcess.run(["batch"], input: input)
    #expect(result.status == 0, "\(result)")
    let echoed = echoedQuestions(result)
    try #require(echoed.count == 2, "\(result)")
    #expect(echoed[0].hasPrefix("? xin chào \u{FFFD}"))
    #expect(echoed[1] == "? \u{FFFD}")
    #expect(String(data: result.output, encoding: .utf8) != nil, "the output is valid UTF-8")
  }
}
