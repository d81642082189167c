import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Keys and signals that interrupt the chat: Ctrl-C drops the line being typed and the chat goes
/// on; SIGTERM and SIGHUP end it at once, with the history already saved and the terminal put
/// back, by the signal, so the shell or terminal that sent it sees why; Ctrl-Z stops it as a job
/// and `fg` brings it back, still editing.
///
/// They are acted on while a key is awaited, so each must show within ``signalTimeLimit``. The
/// tests under tmux need a shell with job control, and are skipped when tmux is not installed.
@Suite struct ChatSignalTests {
  static let question = ChatTerminalTests.question
  static let chair = ChatTerminalTests.chair

  /// How long acting on a key or a signal may take: it is done at once, so this is far less than
  /// the time a busy machine may take to start the chat.
  static let signalTimeLimit: TimeInterval = 15

  /// The lines of the history file of a session whose home is `folder`.
  private func history(in folder: TemporaryFolder) throws -> [String] {
    try String(
      contentsOf: folder.url.appendingPathComponent("state/assistant/history"), encoding: .utf8
    ).split(separator: "\n").map(String.init)
  }

  @Test func ctrlCDropsTheLineAndTheNextLineIsSubmittedAlone() throws {
    let folder = try TemporaryFolder()
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    terminal.type("Ai chu tri phien")
    try terminal.expect("Ai chu tri phien")
    terminal.type("\u{3}")
    try terminal.expect("^C\n" + PseudoTerminal.prompt, timeout: Self.signalTimeLimit)
    try terminal.enter("xin chao")
    #expect(try history(in: folder) == ["xin chao"])
  }

  @Test(arguments: [SIGTERM, SIGHUP], ["", "nửa dòng"])
  func aSignalEndsTheChatAtOnceWithTheHistorySavedAndTheTerminalRestored(
    signal: Int32, typed: String
  ) throws {
    let folder = try TemporaryFolder()
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    try terminal.enter(Self.question)
    try terminal.enter("/why")
    if !typed.isEmpty {
      terminal.type(typed)
      try terminal.expect(typed)
    }
    #expect(terminal.isInLineMode == false, "readline edits the line itself")
    terminal.send(signal: signal)
    #expect(try terminal.waitForExit(timeout: Self.signalTimeLimit) == .signalled(signal))
    #expect(terminal.isInLineMode, "the terminal is left as the shell expects it")
    #expect(try history(in: folder) == [Self.question, "/why"])
    #expect(terminal.errorOutput.isEmpty, "\(terminal.errorOutput)")
  }

  @Test func sigtermWithAnUnusableHistoryStillEndsByTheSignal() throws {
    let folder = try TemporaryFolder()
    try folder.write("not a folder", to: "state")
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    try terminal.enter(Self.question)
    terminal.send(signal: SIGTERM)
    #expect(try terminal.waitForExit(timeout: Self.signalTimeLimit) == .signalled(SIGTERM))
    #expect(terminal.errorOutput.split(separator: "\n").count == 1, "\(terminal.errorOutput)")
  }

  @Test func signalsTheParentBlockedStillWork() throws {
    let folder = try TemporaryFolder()
    let terminal = try PseudoTerminal(
      home: folder.url, blockedSignals: [SIGINT, SIGTERM, SIGHUP, SIGTSTP])
    try terminal.expectPrompt()
    terminal.type("Ai chu tri phien")
    try terminal.expect("Ai chu tri phien")
    terminal.type("\u{3}")
    try terminal.expect("^C\n" + PseudoTerminal.prompt, timeout: Self.signalTimeLimit)
    try terminal.enter("xin chao")
    terminal.send(signal: SIGTERM)
    #expect(try terminal.waitForExit(timeout: Self.signalTimeLimit) == .signalled(SIGTERM))
    #expect(try history(in: folder) == ["xin chao"])
  }

  // MARK: Under tmux, with a shell

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func ctrlCUnderTmuxDropsTheLine() throws {
    let folder = try TemporaryFolder()
    let tmux = try TmuxSession(home: folder.url)
    try tmux.startAssistant()
    try tmux.type("Ai chu tri phien")
    try tmux.expect("› Ai chu tri phien")
    try tmux.press("C-c")
    try tmux.expect("› Ai chu tri phien^C\n›", timeout: Self.signalTimeLimit)
    try tmux.type("xin chao")
    try tmux.press("Enter")
    try tmux.expect("Xin chào!")
    #expect(try history(in: folder) == ["xin chao"])
    try tmux.shell("/quit")
    try tmux.shell("echo status=$?")
    try tmux.expect("status=0")
  }

  @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
  func ctrlZUnderTmuxStopsTheChatAndFgResumesEditing() throws {
    let folder = try TemporaryFolder()
    let tmux = try TmuxSession(home: folder.url)
    try tmux.startAssistant()
    try tmux.type("Ai chu")
    try tmux.expect("› Ai chu")
    try tmux.press("C-z")
    try tmux.expect("Stopped", timeout: Self.signalTimeLimit)
    try tmux.shell("echo shell=$((6 * 7))")
    try tmux.expect("shell=42")
    try tmux.shell("fg")
    // The line is shown again as it was, and readline has the keys again: Tab completes at once,
    // before Enter, which a terminal left in line mode would not pass on.
    try tmux.expect("› Ai chu", moreThan: 1, timeout: Self.signalTimeLimit)
    try tmux.press("C-u")
    try tmux.type("/hel")
    try tmux.press("Tab")
    try tmux.expect("› /help")
    try tmux.press("Enter")
    try tmux.expect("Ctrl-R")
    try tmux.shell("/quit")
    try tmux.shell("echo status=$?")
    try tmux.expect("status=0")
    #expect(try history(in: folder) == ["/help", "/quit"])
  }

  @Test(
    .enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
    arguments: [(SIGTERM, "Terminated", "143"), (SIGHUP, "Hangup", "129")])
  func aSignalUnderTmuxEndsTheChatWithTheConventionalStatus(
    signal: Int32, report: String, status: String
  ) throws {
    let folder = try TemporaryFolder()
    let tmux = try TmuxSession(home: folder.url)
    try tmux.startAssistant()
    try tmux.type(Self.question)
    try tmux.press("Enter")
    try tmux.expect(Self.chair)
    try tmux.type("nửa dòng")
    try tmux.expect("› nửa dòng")
    kill(try tmux.assistantID(), signal)
    // The shell says how its job ended, as it does for any program a signal ends.
    try tmux.expect(report, timeout: Self.signalTimeLimit)
    try tmux.shell("echo status=$?")
    try tmux.expect("status=" + status)
    #expect(try history(in: folder) == [Self.question])
  }
}
