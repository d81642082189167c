import Foundation
import Testing

/// The chat on a pseudo-terminal given bytes no one should type: it answers each line or says
/// why not, never writes a control character from the input back to the terminal, and goes on.
@Suite struct HostileChatInputTests {
  static let question = ChatTerminalTests.question
  static let chair = ChatTerminalTests.chair

  /// A session in `folder`, past its banner and waiting at the prompt.
  private func start(in folder: TemporaryFolder) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    return terminal
  }

  /// Ends `terminal` with Ctrl-D and checks that it said goodbye and exited 0.
  private func end(_ terminal: PseudoTerminal) throws {
    terminal.type("\u{4}")
    try terminal.expect("Tạm biệt!")
    #expect(try terminal.waitForExit() == .exited(0))
  }

  @Test func invalidUTF8IsAnsweredAndShownAsReplacementCharacters() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    terminal.type(
      bytes: [0xFF, 0xC0, 0xAF] + Array(" \(Self.question)".utf8) + [0xE1, 0xBB, 0x0D])
    #expect(try terminal.expectPrompt().contains(Self.chair))
    let why = try terminal.enter("/why")
    #expect(why.contains("\u{FFFD}"), "\(why)")
    try end(terminal)
    let history = try String(
      contentsOf: folder.url.appendingPathComponent("state/assistant/history"), encoding: .utf8)
    #expect(history.contains(Self.question), "the history file stays UTF-8: \(history)")
  }

  @Test func aC1EscapeSequenceIsNeverWrittenBack() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    // U+009B, the one-character CSI of 8-bit terminals, then "erase the screen".
    try terminal.enter(Self.question + "\u{9B}2J")
    #expect(try terminal.enter("/why").contains("\u{FFFD}2J"))
    try terminal.enter("/nope\u{9B}2J")
    #expect(!terminal.transcript.unicodeScalars.contains("\u{9B}"))
    #expect(!terminal.transcript.unicodeScalars.contains("\u{1B}"))
    try end(terminal)
  }

  @Test func aNulTypedEndsTheLineThereAndTheChatGoesOn() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    // Ctrl-V then Ctrl-@ inserts a NUL; readline's line is a C string, so it ends there.
    #expect(try terminal.enter(Self.question + "\u{16}\u{0}rác").contains(Self.chair))
    #expect(try terminal.enter("xin chào").contains("Xin chào"))
    try end(terminal)
  }

  @Test(arguments: [
    "👋 Ai chủ trì phiên họp? 🤔",
    "שלום Ai chủ trì phiên họp?",
    "\u{202E}Ai chủ trì phiên họp?\u{202C}",
    "Ai chủ trì phiên họp?".decomposedStringWithCanonicalMapping + "\u{301}\u{301}",
  ])
  func emojiRightToLeftAndStrayMarksAreAnswered(line: String) throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    #expect(try terminal.enter(line).contains(Self.chair))
    try end(terminal)
  }

  @Test func onlyWhitespaceOrNothingShowsThePromptAgain() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    for line in ["", "   ", "\u{3000}\u{A0}"] {
      let reply = try terminal.enter(line)
      #expect(!reply.contains("Xin lỗi"), "no answer to \(line.debugDescription): \(reply)")
    }
    #expect(try terminal.enter(Self.question).contains(Self.chair))
    try end(terminal)
  }

  @Test func aLongPastedLineGetsOneAnswer() throws {
    let folder = try TemporaryFolder()
    let terminal = try start(in: folder)
    let long = Self.question + String(repeating: " và", count: 5_000)
    let reply = try terminal.enter(long)
    #expect(reply.components(separatedBy: "Nguồn:").count <= 2, "one answer")
    #expect(try terminal.enter("xin chào").contains("Xin chào"))
    try end(terminal)
  }
}
