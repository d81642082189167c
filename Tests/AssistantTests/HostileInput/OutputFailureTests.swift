import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Output that cannot be written: a reader that goes away, a full disk.
@Suite struct OutputFailureTests {
  /// `assistant batch big.txt | head -1`: when the reader goes away the batch stops at once and
  /// quietly, ended by SIGPIPE as `cat` or `yes` would be, even when its parent ignores SIGPIPE.
  @Test(arguments: ["text", "jsonl"])
  func aClosedOutputPipeEndsTheBatchQuietlyBySIGPIPE(format: String) throws {
    let folder = try TemporaryFolder()
    let questions = try folder.write(
      String(repeating: Samples.answerable + "\n", count: 20_000), to: "big.txt")
    // Ignored here, so the child starts with SIGPIPE ignored unless it restores it itself.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = try AssistantProcess.executableURL()
    process.arguments = ["batch", "--format", format, questions]
    let output = Pipe()
    let errorFile = URL(fileURLWithPath: try folder.write("", to: "stderr.txt"))
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    process.standardOutput = output
    process.standardError = errorHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    try errorHandle.close()

    // Like `head -1`: one line, then the pipe is closed.
    var received = Data()
    while !received.contains(UInt8(ascii: "\n")) {
      let chunk = output.fileHandleForReading.availableData
      try #require(!chunk.isEmpty, "the batch ended before its first row")
      received += chunk
    }
    try output.fileHandleForReading.close()
    process.waitUntilExit()

    #expect(process.terminationReason == .uncaughtSignal)
    #expect(process.terminationStatus == SIGPIPE)
    #expect(try String(contentsOf: errorFile, encoding: .utf8) == "", "no error message")
  }

  /// `/dev/full` fails every write with ENOSPC, as a full disk does.
  @Test func aFullDiskIsOneErrorWithTheSystemsReason() throws {
    let folder = try TemporaryFolder()
    let questions = try folder.write("xin chào\ncảm ơn\n", to: "questions.txt")
    let process = Process()
    process.executableURL = try AssistantProcess.executableURL()
    process.arguments = ["batch", questions]
    let errorFile = URL(fileURLWithPath: try folder.write("", to: "stderr.txt"))
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
    process.standardError = try FileHandle(forWritingTo: errorFile)
    try process.run()
    process.waitUntilExit()

    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1)
    #expect(
      try String(contentsOf: errorFile, encoding: .utf8)
        == "error: cannot write the output: no space left on device\n")
  }
}
