import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A history file the chat cannot use: one `warning:` on standard error, and the chat goes on
/// with its history in memory. (A folder in the file's place is in ``ChatTerminalTests``.)
@Suite struct HistoryFileFailureTests {
  static let question = ChatTerminalTests.question
  static let chair = ChatTerminalTests.chair

  /// The history file of a session whose home is `folder`.
  private func historyFile(in folder: TemporaryFolder) -> URL {
    folder.url.appendingPathComponent("state/assistant/history")
  }

  /// Asks two questions, recalls the first with the arrow keys, ends with Ctrl-D, and returns
  /// the warnings the session wrote.
  private func chatGoesOn(_ terminal: PseudoTerminal) throws -> [Substring] {
    #expect(try terminal.enter(Self.question).contains(Self.chair))
    #expect(try terminal.enter("xin chào").contains("Xin chào"))
    #expect(try terminal.enter(ChatTerminalTests.up + ChatTerminalTests.up).contains(Self.chair))
    terminal.type("\u{4}")
    try terminal.expect("Tạm biệt!")
    #expect(try terminal.waitForExit() == .exited(0))
    return terminal.errorOutput.split(separator: "\n")
  }

  @Test(.enabled(if: getuid() != 0, "root reads any file"))
  func anUnreadableHistoryFileGivesOneWarning() throws {
    let folder = try TemporaryFolder()
    let file = historyFile(in: folder)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "an old question\n".write(to: file, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    let warnings = try chatGoesOn(terminal)
    #expect(warnings.count == 1, "\(warnings)")
    #expect(warnings.first?.contains("permission denied") == true, "\(warnings)")
  }

  @Test func aHistoryFolderThatCannotBeMadeGivesOneWarning() throws {
    let folder = try TemporaryFolder()
    // A file where the state folder should be.
    try folder.write("not a folder", to: "state")
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    let warnings = try chatGoesOn(terminal)
    #expect(warnings.count == 1, "\(warnings)")
    #expect(warnings.first?.hasPrefix("warning: history file ") == true, "\(warnings)")
    #expect(warnings.first?.contains("not a directory") == true, "\(warnings)")
  }

  @Test(arguments: ["/dev/full", "/dev/null"])
  func aHistoryPathLinkedToADeviceGivesOneWarning(device: String) throws {
    let folder = try TemporaryFolder()
    let file = historyFile(in: folder)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: device)
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    let warnings = try chatGoesOn(terminal)
    #expect(warnings.count == 1, "\(warnings)")
    #expect(warnings.first?.contains("not a regular file") == true, "\(warnings)")
    let status = try FileManager.default.attributesOfItem(atPath: device)
    #expect((status[.posixPermissions] as? Int) == 0o666, "the device is left alone")
  }

  /// A write that fails in the middle of a session, as on a disk that has just filled up: the
  /// file is replaced by a folder after the session has read it.
  @Test func aWriteThatFailsMidSessionGivesOneWarning() throws {
    let folder = try TemporaryFolder()
    let file = historyFile(in: folder)
    let terminal = try PseudoTerminal(home: folder.url)
    try terminal.expectPrompt()
    #expect(FileManager.default.fileExists(atPath: file.path))
    try FileManager.default.removeItem(at: file)
    try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
    let warnings = try chatGoesOn(terminal)
    #expect(warnings.count == 1, "one warning, not one per line: \(warnings)")
    #expect(warnings.first?.hasPrefix("warning: history file ") == true, "\(warnings)")
    #expect(warnings.first?.contains("is a directory") == true, "\(warnings)")
  }
}
