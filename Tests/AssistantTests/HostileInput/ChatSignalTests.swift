import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals that end the chat: the history is already saved, and the process ends by the signal,
/// so the shell or terminal that sent it sees why. (SIGTERM with half a line typed is in
/// ``ChatTerminalTests``.)
@Suite struct ChatSignalTests {
  static let question = ChatTerminalTests.question

  /// The lines of the history file of a session whose home is `folder`.
  private func history(in folder: TemporaryFolder) throws -> [String] {
    try String(
      contentsOf: folder.url.appendingPathComponent("state/assistant/history"), encoding: .utf8
    ).split(separator: "\n").map(String.init)
  }

  @Test(arguments: [SIGTERM, SIGHUP])
  func aSignalAtAnIdlePromptEndsTheChatWithTheHistorySaved(signal: Int32) throws {
    let folder = try TemporaryFolder()
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    try terminal.enter(Self.question)
    try terminal.enter("/why")
    terminal.send(signal: signal)
    #expect(try terminal.waitForExit() == .signalled(signal))
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
    #expect(try terminal.waitForExit() == .signalled(SIGTERM))
    #expect(terminal.errorOutput.split(separator: "\n").count == 1, "\(terminal.errorOutput)")
  }
}
