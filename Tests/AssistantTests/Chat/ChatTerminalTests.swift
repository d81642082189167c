import Foundation
import Testing

/// The chat as a person uses it: the real binary on a pseudo-terminal, with `TERM=dumb`,
/// `INPUTRC=/dev/null` and a temporary home.
@Suite struct ChatTerminalTests {
  static let question = "Ai chủ trì phiên họp?"
  static let chair = "Phạm Minh Chính"
  static let up = "\u{1B}[A"
  static let left = "\u{1B}[D"
  static let sgr = "\u{1B}\\[[0-9;]*m"

  /// A session in `folder`, past its banner and waiting at the prompt.
  private func start(
    _ arguments: [String] = [], in folder: TemporaryFolder, environment: [String: String] = [:]
  ) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(arguments, home: folder.url, environment: environment)
    try terminal.expectPrompt()
    return terminal
  }

  /// The history file of a session whose home is `folder`.
  private func historyFile(in folder: TemporaryFolder) -> URL {
    folder.url.appendingPathComponent("state/assistant/history")
  }

  /// The lines of the history file.
  private func history(in folder: TemporaryFolder) throws -> [String] {
    try String(contentsOf: historyFile(in: folder), encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }

  @Test(arguments: [
    question,
    "ai chu tri phien hop",
    question.decomposedStringWithCanonicalMapping,
  ])
  func typedQuestionIsAnswered(question: String) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    #expect(try terminal.enter(question).contains(Self.chair))
  }

  @Test func bannerSaysWhatItKnowsAndHowToLeave() throws {
    let folder = try TemporaryFolder()
    let terminal = try PseudoTerminal(home: folder.url)
    let banner = try terminal.expectPrompt()
    #expect(banner.contains("Phiên họp lần thứ hai Ban Chỉ đạo"))
    #expect(banner.contains("17/5/2025"))
    let examples = banner.components(separatedBy: "\n  • ").count - 1
    #expect((3...5).contains(examples), "\(banner)")
    #expect(banner.contains("/help"))
    #expect(banner.contains("Ctrl-D"))
  }

  @Test func ctrlDOnAnEmptyLineSaysGoodbyeAndExitsZero() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type("\u{4}")
    try terminal.expect("Tạm biệt!")
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test(arguments: ["/quit", ":exit"])
  func quitCommandsEndTheChat(command: String) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type(command + "\r")
    try terminal.expect("Tạm biệt!")
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlCDiscardsTheLineAndKeepsTheSession() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type("thủ đô của Pháp")
    try terminal.expect("Pháp")
    terminal.type("\u{3}")
    try terminal.expectPrompt()
    #expect(try terminal.enter(Self.question).contains(Self.chair))
    let why = try terminal.enter("/why")
    #expect(why.contains(Self.question))
    #expect(!why.contains("Pháp"), "the discarded words are not part of the question")
    #expect(try history(in: folder) == [Self.question, "/why"])
  }

  @Test func keysTypedRightAfterCtrlCGoToTheNewLine() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type("thủ đô")
    try terminal.expect("thủ đô")
    terminal.type("\u{3}/hlep\r")
    try terminal.expect("Không có lệnh /hlep. Ý bạn là /help?")
  }

  @Test func historyIsPrivateAndRecalledWithTheUpArrowInANewSession() throws {
    let folder = try TemporaryFolder()
    let first = try start(in: folder)
    #expect(try first.enter(Self.question).contains(Self.chair))
    first.type("/quit\r")
    #expect(try first.waitForExit() == .exited(0))

    let attributes = try FileManager.default.attributesOfItem(atPath: historyFile(in: folder).path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(try history(in: folder) == [Self.question, "/quit"])

    let second = try start(in: folder)
    #expect(try second.enter(Self.up + Self.up).contains(Self.chair))
    #expect(try second.enter("/why").contains(Self.question))
  }

  @Test func ctrlRFindsAQuestionOfAnEarlierSession() throws {
    let folder = try TemporaryFolder()
    let first = try start(in: folder)
    try first.enter(Self.question)
    try first.enter("/examples")
    first.type("\u{4}")
    #expect(try first.waitForExit() == .exited(0))

    let second = try start(in: folder)
    second.type("\u{12}chủ trì")
    try second.expect(Self.question)
    #expect(try second.enter("").contains(Self.chair))
  }

  @Test func ctrlCInASearchLeavesItAndDropsTheLine() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    try terminal.enter(Self.question)
    terminal.type("\u{12}chủ")
    try terminal.expect(Self.question)
    terminal.type("\u{3}")
    try terminal.expect("^C\n" + PseudoTerminal.prompt)
    #expect(try terminal.enter("/hlep").contains("Ý bạn là /help?"))
  }

  @Test func historyKeepsTheLastThousandLines() throws {
    let folder = try TemporaryFolder()
    let file = historyFile(in: folder)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    let old = (1...1000).map { "câu hỏi cũ \($0)" }.joined(separator: "\n") + "\n"
    try old.write(to: file, atomically: false, encoding: .utf8)
    let terminal = try start(in: folder)
    #expect(try terminal.enter(Self.up).contains("câu hỏi cũ 1000"))
    try terminal.enter(Self.question)
    terminal.type("\u{4}")
    #expect(try terminal.waitForExit() == .exited(0))
    let lines = try history(in: folder)
    #expect(lines.count == 1000)
    #expect(lines.first == "câu hỏi cũ 2")
    #expect(lines.last == Self.question)
  }

  @Test func repeatedAndBlankLinesAreNotKept() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    try terminal.enter(Self.question)
    try terminal.enter("  " + Self.question + " ")
    try terminal.enter("   ")
    #expect(try history(in: folder) == [Self.question])
  }

  @Test func noHistoryNeitherReadsNorWrites() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(["chat", "--no-history"], in: folder)
    #expect(try terminal.enter(Self.question).contains(Self.chair))
    terminal.type("\u{4}")
    #expect(try terminal.waitForExit() == .exited(0))
    #expect(!FileManager.default.fileExists(atPath: historyFile(in: folder).path))
    #expect(terminal.errorOutput.isEmpty)
  }

  @Test func historyPathThatIsAFolderGivesOneWarningAndTheChatGoesOn() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.createDirectory(
      at: historyFile(in: folder), withIntermediateDirectories: true)
    let terminal = try start(in: folder)
    #expect(try terminal.enter(Self.question).contains(Self.chair))
    #expect(try terminal.enter("/examples").contains("Câu hỏi ví dụ"))
    // The session still has its history in memory.
    #expect(try terminal.enter(Self.up + Self.up).contains(Self.chair))
    terminal.type("\u{4}")
    #expect(try terminal.waitForExit() == .exited(0))
    let warnings = terminal.errorOutput.split(separator: "\n")
    #expect(warnings.count == 1, "\(warnings)")
    #expect(warnings.first?.hasPrefix("warning: history file ") == true)
    #expect(warnings.first?.contains("is a directory") == true)
  }

  @Test(arguments: [
    ("chu ky s", "chữ ký số"),
    ("thuong mai", "thương mại điện tử"),
    ("tiktok", "TikTok Shop"),
    ("so chung thu chu k", "so chứng thư chữ ký số"),
    ("/sou", "/sources"),
  ])
  func tabRestoresDiacritics(typed: String, completed: String) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type(typed)
    try terminal.expect(typed)
    try terminal.enter("\t")
    #expect(try history(in: folder).last == completed)
  }

  @Test func tabListsTheTermsThatFit() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type("chu ky")
    try terminal.expect("chu ky")
    terminal.type("\t")
    let listed = try terminal.expectPrompt()
    #expect(listed.contains("chữ ký số"))
    #expect(listed.contains("chữ ký điện tử"))
    // What the terms share is filled in, and completion goes on from there.
    try terminal.enter(" s\t")
    #expect(try history(in: folder).last == "chữ ký số")
  }

  @Test(arguments: ["ữ", "ữ".decomposedStringWithCanonicalMapping])
  func multiByteLettersAreEditedAsOne(letter: String) throws {
    // With the locale from the environment, and with none (C), where UTF-8 is assumed.
    for locale in ["C.UTF-8", ""] {
      let folder = try TemporaryFolder()
      let terminal = try start(in: folder, environment: ["LANG": locale])
      // Two letters and `?`; left over `?` and the second letter, delete it (Ctrl-D), rub out
      // the first (backspace).
      terminal.type("Ai chủ trì phiên họp" + letter + letter + "?")
      try terminal.enter(Self.left + Self.left + "\u{4}\u{7F}")
      let why = try terminal.enter("/why")
      #expect(why.contains(Self.question + "\n"), "LANG=\(locale)")
      #expect(!why.contains("\u{FFFD}"), "LANG=\(locale)")
    }
  }

  @Test func whyShowsTheRuleAndTheSource() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    #expect(try terminal.enter("/why").contains("hãy hỏi một câu trước"))
    try terminal.enter("doanh thu TMDT quy 1")
    let why = try terminal.enter("/why")
    for part in [
      "doanh thu thương mại điện tử quy 1",  // the normalised question
      "TMĐT = thương mại điện tử", "statistic", "concept = ecommerce-sales",
      "statistic.value", "intents/statistic.yaml", "000_fadd476ff727cb34#p7", "đoạn\u{A0}7",
      "101.400 tỷ đồng",
    ] {
      #expect(why.contains(part), "\(part)")
    }
  }

  @Test func sourcesShowsTheWholeParagraph() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    #expect(try terminal.enter("Shopee chiếm bao nhiêu thị phần?").contains("66,7"))
    let sources = try terminal.enter("/sources")
    #expect(sources.contains("đoạn 7:"))
    // Sentences around the quoted one are part of the paragraph.
    #expect(sources.contains("101.400 tỷ đồng"))
    #expect(sources.contains("Lazada và Tiki"))
  }

  @Test func resetForgetsTheLastAnswer() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    try terminal.enter(Self.question)
    try terminal.enter(":reset")
    #expect(try terminal.enter("/sources").contains("hãy hỏi một câu trước"))
  }

  @Test(arguments: [("/hlep", "/help"), (":sorces", ":sources"), ("/TOPIC", "/topics")])
  func unknownCommandSuggestsTheNearest(typed: String, suggested: String) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    let reply = try terminal.enter(typed)
    #expect(reply.contains("Không có lệnh \(typed). Ý bạn là \(suggested)?"))
  }

  @Test(arguments: ["/", ":"])
  func aPrefixAloneListsTheCommands(line: String) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    let reply = try terminal.enter(line)
    for command in ["/topics", "/examples", "/why", "/sources", "/reset", "/quit"] {
      #expect(reply.contains(command), "\(reply)")
    }
    #expect(try terminal.enter("/why").contains("hãy hỏi một câu trước"), "not a question")
  }

  @Test func helpTopicsAndExamplesListWhatTheyName() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    let help = try terminal.enter("/help")
    for command in ["/topics", "/examples", "/why", "/sources", "/reset", "/quit", "Ctrl-R"] {
      #expect(help.contains(command))
    }
    let topics = try terminal.enter("/topics")
    #expect(topics.contains("Số liệu"))
    #expect(topics.contains("Chỉ đạo của Thủ tướng"))
    #expect(try terminal.enter(":examples").contains(Self.question))
  }

  @Test(arguments: [
    (["chat"], ["TERM": "xterm-256color", "NO_COLOR": "1"]),
    (["chat", "--no-color"], ["TERM": "xterm-256color"]),
    (["chat"], [:]),
  ])
  func noColorMeansNoEscapeSequences(arguments: [String], environment: [String: String]) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(arguments, in: folder, environment: environment)
    try terminal.enter("/help")
    try terminal.enter(Self.question)
    #expect(terminal.transcript.range(of: Self.sgr, options: .regularExpression) == nil)
  }

  @Test func colourIsUsedOnAColourTerminal() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder, environment: ["TERM": "xterm-256color"])
    try terminal.enter("/help")
    #expect(terminal.transcript.range(of: Self.sgr, options: .regularExpression) != nil)
  }

  @Test func topicsKeepTheirEmphasisAndADocumentsEscapesAreMadeSafe() throws {
    let folder = try TemporaryFolder()
    let document = try folder.write(
      "Báo cáo \u{1B}[31mđỏ\n2025-07\nNgày 8/7/2025, tỷ lệ hồ sơ trực tuyến đạt 50%.\n",
      to: "documents/red.txt")
    let terminal = try start(
      ["chat", "--documents", document], in: folder, environment: ["TERM": "xterm-256color"])
    let topics = try terminal.enter("/topics")
    #expect(topics.contains("\u{1B}[1mTôi trả lời được về:\u{1B}[0m"), "\(topics)")
    #expect(topics.contains("\u{1B}[1mTổ chức\u{1B}[0m"), "\(topics)")
    #expect(topics.contains("Báo cáo \u{FFFD}[31mđỏ"), "\(topics)")
    #expect(!topics.contains("\u{1B}[31m"), "\(topics)")
  }

  @Test func escapeSequencesTypedAreNeverWrittenRaw() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    // Ctrl-V makes readline insert the next control character itself instead of acting on it.
    try terminal.enter("\u{16}\u{1B}]0;pwned\u{16}\u{7}\u{16}\u{1B}[31mred")
    #expect(try terminal.enter("/why").contains("\u{FFFD}[31mred"))
    try terminal.enter("/notacommand\u{16}\u{1B}[2J")
    #expect(!terminal.transcript.contains("\u{1B}"))
  }

  @Test func pipedChatIsABatchWithNoPromptOrEcho() throws {
    let input = "\(Self.question)\n/help\n"
    let piped = try AssistantProcess.run(["chat"], input: input)
    let batch = try AssistantProcess.run(["batch", "--format", "text"], input: input)
    #expect(piped.status == 0, "\(piped)")
    #expect(piped.outputText == batch.outputText)
    #expect(!piped.outputText.contains(PseudoTerminal.prompt))
  }
}
