import Foundation
import Testing

/// `assistant batch`: one row per question, in input order, from files or standard input.
@Suite struct BatchTests {
  @Test func jsonlHasOneRowPerQuestionInInputOrder() throws {
    let questions = [
      Samples.answerable, Samples.offTopic, "Ai chủ trì phiên họp?", "xin chào",
      "Doanh thu thương mại điện tử tháng 4?", Samples.answerable,
    ]
    let result = try AssistantProcess.run(
      ["batch", "--format", "jsonl"], input: questions.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "declined questions do not fail a batch: \(result)")
    let rows = try jsonRows(result.output)
    #expect(rows.map { $0["question"] as? String } == questions)
    for row in rows {
      #expect(Samples.rowKeys.isSubset(of: Set(row.keys)), "\(row.keys.sorted())")
      #expect(row["id"] == nil, "plain lines have no id")
    }
    #expect(rows.first?["answered"] as? Bool == true)
    #expect((rows.first?["answer"] as? String)?.contains(Samples.answerableFigure) == true)
    #expect(rows[1]["answered"] as? Bool == false)
  }

  /// A file read ahead gives the rows of a pipe.
  ///
  /// A file is read ahead and answered in groups on all cores; standard input from a pipe is
  /// answered a line at a time. Both give the same rows and the same reports of malformed lines,
  /// in the same order, across the groups' boundaries.
  @Test(arguments: ["text", "jsonl"])
  func aFileReadAheadGivesTheRowsOfAPipe(format: String) throws {
    let kinds = [
      Samples.answerable, Samples.offTopic, "Ai chủ trì phiên họp?", "# a comment",
      #"{"id": 3, "question": "Doanh thu CNTT tháng 4?"}"#, "", "xin chào",
    ]
    var lines = (0..<700).map { kinds[$0 % kinds.count] }
    lines[5] = #"{"id": 1}"#
    lines[600] = "{ not json"
    let input = lines.joined(separator: "\n") + "\n"
    let folder = try TemporaryFolder()
    let file = try folder.write(input, to: "questions.txt")
    let fromFile = try AssistantProcess.run(["batch", file, "--format", format])
    let fromPipe = try AssistantProcess.run(["batch", "--format", format], input: input)
    #expect(fromFile.status == 65 && fromPipe.status == 65, "\(fromFile.errorText)")
    #expect(fromFile.output == fromPipe.output)
    #expect(fromFile.errorText.components(separatedBy: "\n").count == 3, "\(fromFile.errorText)")
    #expect(
      fromFile.errorText.replacingOccurrences(of: file, with: "<stdin>") == fromPipe.errorText)
    if format == "jsonl" {
      let skipped = lines.filter { $0.isEmpty || $0.hasPrefix("#") }.count
      #expect(try jsonRows(fromFile.output).count == lines.count - skipped - 2)
    }
  }

  @Test func commentsAndBlankLinesAreSkipped() throws {
    let input = """
      # questions about the meeting

      \(Samples.answerable)
         
        # an indented comment
      \t
      \(Samples.offTopic)

      """
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    #expect(result.status == 0, "\(result)")
    let questions = try jsonRows(result.output).map { $0["question"] as? String }
    #expect(questions == [Samples.answerable, Samples.offTopic])
  }

  @Test func jsonLinesIdsAreEchoedWithTheirType() throws {
    let input = """
      {"id": 1, "question": "\(Samples.answerable)"}
      {"id": "q-2", "question": "\(Samples.offTopic)", "expect": "declined"}
      {"question": "Ai chủ trì phiên họp?"}
      {"id": 4.5, "question": "xin chào"}
      {"id": null, "question": "cảm ơn"}
      Hội nghị diễn ra ở đâu?

      """
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    #expect(result.status == 0, "\(result)")
    let rows = try jsonRows(result.output)
    try #require(rows.count == 6, "\(result)")
    #expect(
      rows.map { $0["question"] as? String } == [
        Samples.answerable, Samples.offTopic, "Ai chủ trì phiên họp?", "xin chào", "cảm ơn",
        "Hội nghị diễn ra ở đâu?",
      ])
    #expect(rows[0]["answered"] as? Bool == true)
    let lines = result.outputLines
    #expect(lines[0].hasPrefix(#"{"id":1,"question":"#))
    #expect(lines[1].hasPrefix(#"{"id":"q-2","question":"#))
    #expect(lines[2].hasPrefix(#"{"question":"#))
    #expect(lines[3].hasPrefix(#"{"id":4.5,"question":"#))
    #expect(lines[4].hasPrefix(#"{"id":null,"question":"#))
    #expect(lines[5].hasPrefix(#"{"question":"#))
  }

  @Test func numericIdsAreEchoedDigitForDigit() throws {
    let ids = ["123456789012345678901234567890", "1.50", "-0", "1e400", "9007199254740993"]
    let input = ids.map { #"{"id": \#($0), "question": "xin chào"}"# }.joined(separator: "\n")
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    #expect(result.status == 0, "\(result)")
    let echoed = result.outputLines.map { String($0.prefix { $0 != "," }) }
    #expect(echoed == ids.map { #"{"id":\#($0)"# })
  }

  @Test func malformedJSONLinesAreReportedAndSkipped() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      """
      {"id": 1, "question": "xin chào"}
      {"id": 2, "question": "unclosed
      {"id": 3}
      {"id": [3], "question": "Ai chủ trì?"}
      {"id": 5, "question": 5}
      {"id": 6, "question": "cảm ơn"}

      """, to: "questions.jsonl")
    let result = try AssistantProcess.run(["batch", "--format", "jsonl", file])
    #expect(result.status == 65, "\(result)")
    #expect(try jsonRows(result.output).map { $0["id"] as? Int } == [1, 6])
    #expect(
      result.errorText == """
        error: \(file):2: not a valid JSON object
        error: \(file):3: the JSON object has no string "question"
        error: \(file):4: the "id" must be a string, a number or null
        error: \(file):5: the JSON object has no string "question"

        """)
  }

  @Test func invalidUTF8GetsARowNotACrash() throws {
    var input = Data("Tỷ lệ dịch vụ công".utf8)
    input += [0xFF, 0xFE, 0xC3]
    input += Data(" tháng 4?\n\u{7F}\u{1}\u{0}\n".utf8)
    input += [0xED, 0xA0, 0x80, 0x0A]  // an encoded UTF-16 surrogate
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    #expect(result.status == 0, "\(result)")
    let rows = try jsonRows(result.output)
    try #require(rows.count == 3, "\(result)")
    #expect((rows[0]["question"] as? String)?.contains("\u{FFFD}") == true)
    #expect((rows[2]["question"] as? String)?.contains("\u{FFFD}") == true)
  }

  @Test func byteOrderMarkAndCarriageReturnsAreStripped() throws {
    let input = Data([0xEF, 0xBB, 0xBF]) + Data("# comment\r\nxin chào\r\ncảm ơn\r\n".utf8)
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    let questions = try jsonRows(result.output).map { $0["question"] as? String }
    #expect(questions == ["xin chào", "cảm ơn"], "\(result)")
  }

  @Test func lastLineWithoutNewlineIsAnswered() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("xin chào\n" + Samples.answerable, to: "questions.txt")
    let result = try AssistantProcess.run(["batch", "--format", "jsonl", file])
    #expect(result.status == 0, "\(result)")
    let rows = try jsonRows(result.output)
    #expect(rows.map { $0["question"] as? String } == ["xin chào", Samples.answerable])
    #expect(rows.last?["answered"] as? Bool == true)
  }

  @Test func filesAndStandardInputAreReadInOrder() throws {
    let folder = try TemporaryFolder()
    let first = try folder.write("một\nhai\n", to: "first.txt")
    let second = try folder.write("{\"id\": \"bốn\", \"question\": \"bốn\"}", to: "second.jsonl")
    let result = try AssistantProcess.run(
      ["batch", first, "-", second, "--format", "jsonl"], input: "ba\n")
    #expect(result.status == 0, "\(result)")
    let questions = try jsonRows(result.output).map { $0["question"] as? String }
    #expect(questions == ["một", "hai", "ba", "bốn"])
  }

  @Test func textFormatIsQuestionAnswerBlankLine() throws {
    let result = try AssistantProcess.run(
      ["batch"], input: "\(Samples.answerable)\n\n# skipped\n\(Samples.offTopic)\n")
    #expect(result.status == 0, "\(result)")
    let blocks = result.outputText.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    try #require(blocks.count == 2, "\(result)")
    #expect(blocks[0].hasPrefix("? \(Samples.answerable)\n"))
    #expect(blocks[0].contains(Samples.answerableFigure))
    #expect(blocks[1].hasPrefix("? \(Samples.offTopic)\n"))
    #expect(result.outputText.hasSuffix("\n\n"))
  }

  @Test func textFormatDoesNotEchoControlCharacters() throws {
    let result = try AssistantProcess.run(
      ["batch"], input: "xin chào \u{1B}]0;pwned\u{7}\u{1B}[2J\n")
    #expect(result.status == 0, "\(result)")
    #expect(!result.outputText.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" })
    #expect(result.outputText.hasPrefix("? xin chào \u{FFFD}]0;pwned"))
  }

  @Test func megabyteLineGetsOneRow() throws {
    let long = String(repeating: "tỷ lệ dịch vụ công ", count: 60_000)
    let result = try AssistantProcess.run(
      ["batch", "--format", "jsonl"], input: "xin chào\n\(long)\ncảm ơn\n")
    #expect(result.status == 0, "\(result)")
    let questions = try jsonRows(result.output).map { $0["question"] as? String }
    #expect(questions == ["xin chào", long, "cảm ơn"])
  }

  @Test func emptyInputWritesNothing() throws {
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: "")
    #expect(result.status == 0, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorText.isEmpty)
  }

  @Test func missingFileExitsSixtySixBeforeAnswering() throws {
    let folder = try TemporaryFolder()
    let present = try folder.write("xin chào\n", to: "present.txt")
    let missing = folder.missingPath()
    let result = try AssistantProcess.run(["batch", present, missing])
    #expect(result.status == 66, "\(result)")
    #expect(result.output.isEmpty, "nothing is answered when an input is missing")
    #expect(result.errorText == "error: \(missing): no such file or directory\n")
  }

  @Test func folderAsInputExitsSixtySix() throws {
    let folder = try TemporaryFolder()
    let result = try AssistantProcess.run(["batch", folder.url.path])
    #expect(result.status == 66, "\(result)")
    #expect(result.errorText == "error: \(folder.url.path): is a directory\n")
  }

  @Test func unknownFormatIsAUsageError() throws {
    let result = try AssistantProcess.run(["batch", "--format", "xml"], input: "xin chào\n")
    #expect(result.status == 64, "\(result)")
    #expect(result.output.isEmpty)
  }
}

/// `assistant batch --conversation`: a scripted dialogue, one row per line.
@Suite struct BatchConversationTests {
  static let dialogue = [
    "Tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành?",
    "còn địa phương?",
    "Shopee chiếm bao nhiêu thị phần?",
    "còn Lazada?",
    "Doanh thu CNTT tháng 4?",
    "so với cùng kỳ?",
    "Tỷ lệ trực tuyến toàn trình là bao nhiêu?",
    "3",
  ]

  @Test func followUpsBuildOnTheLineBefore() throws {
    let result = try AssistantProcess.run(
      ["batch", "--conversation", "--format", "jsonl"],
      input: Self.dialogue.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result)")
    let rows = try jsonRows(result.output)
    try #require(rows.count == Self.dialogue.count, "\(result)")
    #expect(rows.map { $0["question"] as? String } == Self.dialogue)
    let answers = rows.map { $0["answer"] as? String ?? "" }
    #expect(answers[1].contains("14,58%") && rows[1]["resolved"] != nil, "\(answers[1])")
    #expect(answers[3].contains("5,5%"), "\(answers[3])")
    #expect(answers[5].contains("44,41%"), "\(answers[5])")
    let offered = try #require(rows[6]["alternatives"] as? [[String: Any]])
    #expect(offered.map { $0["number"] as? Int } == [1, 2, 3])
    #expect(answers[7].contains("39,46%"), "\(answers[7])")
  }

  @Test func withoutTheFlagEachLineStandsAlone() throws {
    let result = try AssistantProcess.run(
      ["batch", "--format", "jsonl"], input: Self.dialogue.prefix(2).joined(separator: "\n") + "\n")
    let rows = try jsonRows(result.output)
    try #require(rows.count == 2)
    #expect(rows[1]["answered"] as? Bool == false)
    #expect(rows[1]["resolved"] == nil)
  }

  @Test func theTextTranscriptSaysWhatAFollowUpWasReadAs() throws {
    let result = try AssistantProcess.run(
      ["batch", "--conversation"], input: Self.dialogue.prefix(2).joined(separator: "\n") + "\n")
    let output = String(decoding: result.output, as: UTF8.self)
    #expect(output.contains("? còn địa phương?\n(Hiểu câu hỏi là: “"), "\(output)")
  }
}
