import Foundation
import Testing

@testable import Assistant

/// Where the history is kept, and files that cannot hold it.
@Suite struct HistoryFileTests {
  @Test(arguments: [
    (["XDG_STATE_HOME": "/state", "HOME": "/home/an"], "/state/assistant/history"),
    (
      ["XDG_STATE_HOME": "relative", "HOME": "/home/an"], "/home/an/.local/state/assistant/history"
    ),
    (["XDG_STATE_HOME": "", "HOME": "/home/an"], "/home/an/.local/state/assistant/history"),
    (["HOME": "/home/an"], "/home/an/.local/state/assistant/history"),
  ])
  func locationFollowsTheXDGBaseDirectories(environment: [String: String], path: String) {
    #expect(HistoryFile.defaultPath(environment: environment) == path)
  }

  @Test func aFolderInThePlaceOfTheFileIsReported() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("assistant/history").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    var history = HistoryFile(path: path)
    #expect(
      history.load()
        == "history file \(path): is a directory; questions are remembered for this session only")
    #expect(!history.isUsable)
    #expect(history.appendNewest() == nil, "reported once")
  }

  @Test func aFileInThePlaceOfTheFolderIsReported() throws {
    let folder = try TemporaryFolder()
    let blocker = try folder.write("", to: "assistant")
    var history = HistoryFile(path: blocker + "/history")
    let loaded = history.load()
    let problem = try #require(loaded)
    #expect(
      problem.hasSuffix("/history: not a directory; questions are remembered for this session only")
    )
  }

  @Test func aNewFileIsPrivateInAPrivateFolder() throws {
    let folder = try TemporaryFolder()
    let path = folder.url.appendingPathComponent("state/assistant/history").path
    var history = HistoryFile(path: path)
    #expect(history.load() == nil)
    let file = try FileManager.default.attributesOfItem(atPath: path)
    #expect(file[.posixPermissions] as? Int == 0o600)
    let parent = try FileManager.default.attributesOfItem(
      atPath: (path as NSString).deletingLastPathComponent)
    #expect(parent[.posixPermissions] as? Int == 0o700)
  }

  @Test func anExistingFileReadableByOthersIsMadePrivate() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("xin chào\n", to: "history")
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    var history = HistoryFile(path: path)
    #expect(history.load() == nil)
    let file = try FileManager.default.attributesOfItem(atPath: path)
    #expect(file[.posixPermissions] as? Int == 0o600)
  }
}
