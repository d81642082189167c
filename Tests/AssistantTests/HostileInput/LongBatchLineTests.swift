import Foundation
import Testing

@testable import Assistant

/// `assistant batch` given lines of many megabytes: each is echoed whole, byte for byte as a short
/// line would be, its question is read from its first 1,000 characters, and the process holds a
/// small constant amount of memory for it, not the line.
@Suite struct LongBatchLineTests {
  /// A line of `megabytes` MB: the answerable question, spaces, then text that needs escaping in
  /// every way, invalid UTF-8 included, repeated so that its characters straddle every boundary.
  static func longLine(megabytes: Int) -> Data {
    var line = Data((Samples.answerable + String(repeating: " ", count: 2_000)).utf8)
    var unit = Data("tỷ lệ \u{1B}[31m \"q\\ 😀 \u{85}\u{9B}\r\t\u{0}ệ ".utf8)
    unit += [0xFF, 0xE1, 0xBB, 0x20, 0xC3]  // invalid, cut short, then a lead byte alone
    while line.count < megabytes * 1_000_000 { line += unit }
    return line
  }

  /// The question a long line stands for: its bytes decoded as a short line's are.
  static func question(_ line: Data) -> String {
    String(decoding: line, as: UTF8.self)
  }

  /// Input with a byte-order mark, a long first line ending in `\r\n`, then two short questions.
  static func input(_ line: Data) -> Data {
    Data([0xEF, 0xBB, 0xBF]) + line + Data("\r\nxin chào\n\(Samples.answerable)\n".utf8)
  }

  @Test(arguments: [false, true])
  func aLongLineIsEchoedExactlyInJSON(fromFile: Bool) throws {
    let line = Self.longLine(megabytes: 20)
    let folder = try TemporaryFolder()
    let result =
      fromFile
      ? try AssistantProcess.run(
        ["batch", "--format", "jsonl", try folder.write(Self.input(line), to: "long.txt")])
      : try AssistantProcess.run(["batch", "--format", "jsonl"], input: Self.input(line))
    #expect(result.status == 0, "status \(result.status), \(result.errorText)")
    let rows = try jsonRows(result.output)
    try #require(rows.count == 3, "status \(result.status), \(result.errorText)")
    #expect(rows[0]["question"] as? String == Self.question(line))
    #expect(rows[1]["question"] as? String == "xin chào")
    #expect((rows[0]["answer"] as? String)?.contains(Samples.answerableFigure) == true)
    #expect(rows[0]["answer"] as? String == rows[2]["answer"] as? String)
    let echo = #"{"question":"# + JSONValue.string(Self.question(line)).serialized + ","
    #expect(result.output.starts(with: Data(echo.utf8)), "escaped as a short line is")
  }

  @Test(arguments: [false, true])
  func aLongLineIsEchoedExactlyInText(fromFile: Bool) throws {
    let line = Self.longLine(megabytes: 20)
    let folder = try TemporaryFolder()
    let result =
      fromFile
      ? try AssistantProcess.run(["batch", try folder.write(Self.input(line), to: "long.txt")])
      : try AssistantProcess.run(["batch"], input: Self.input(line))
    #expect(result.status == 0, "status \(result.status), \(result.errorText)")
    let echo = "? " + Self.question(line).terminalSafe(keepingNewlines: false) + "\n"
    #expect(result.outputText.hasPrefix(echo))
    let reply = try #require(result.outputText.dropFirst(echo.count).split(separator: "\n").first)
    #expect(reply.contains(Samples.answerableFigure), "\(reply)")
    #expect(result.outputLines.filter { $0.hasPrefix("? ") }.count == 3)
  }

  @Test func aLongJSONLineIsMalformedAndTheOthersAreAnswered() throws {
    let json = #"{"id": 1, "question": ""# + String(repeating: "dài ", count: 400_000) + #""}"#
    let result = try AssistantProcess.run(
      ["batch", "--format", "jsonl"], input: "xin chào\n\(json)\n\(Samples.answerable)\n")
    #expect(result.status == 65, "\(result.errorText)")
    #expect(result.errorText == "error: <stdin>:2: \(BatchInput.longJSONLine)\n")
    #expect(
      try jsonRows(result.output).map { $0["question"] as? String } == [
        "xin chào", Samples.answerable,
      ])
  }

  @Test func longBlankAndCommentLinesAreSkipped() throws {
    let spaces = String(repeating: " \u{3000}\t", count: 700_000)
    let input = [
      spaces, "# " + spaces, spaces + "# bình luận", spaces + "xin chào", Samples.answerable,
    ].joined(separator: "\n")
    let result = try AssistantProcess.run(["batch", "--format", "jsonl"], input: input)
    #expect(result.status == 0, "\(result.errorText)")
    #expect(
      try jsonRows(result.output).map { $0["question"] as? String } == [
        spaces + "xin chào", Samples.answerable,
      ])
  }

  /// The most memory `assistant batch` held for `input`, written to a file and read as `file`.
  private func peak(_ input: Data, format: String, file: String) throws -> Int {
    let folder = try TemporaryFolder()
    let path = try folder.write(input, to: "questions.txt")
    let run = try PeakMemory.run(
      ["batch", "--format", format, file == "-" ? "-" : path], standardInput: path)
    #expect(run.exitStatus == 0)
    return run.peakResidentBytes
  }

  /// A 32 MB line takes at most 16 MiB more memory than a short question.
  ///
  /// Held whole, it would take over 100 MB more: read, decoded, escaped and written, a copy each.
  /// Spooled, it takes a few pieces of a megabyte.
  @Test(.enabled(if: PeakMemory.isAvailable), arguments: [("jsonl", "path"), ("text", "-")])
  func aLongLineTakesLittleMoreMemoryThanAShortOne(format: String, file: String) throws {
    let short = try peak(Data("\(Samples.answerable)\n".utf8), format: format, file: file)
    let long = try peak(Self.input(Self.longLine(megabytes: 32)), format: format, file: file)
    #expect(
      long < short + 16 << 20,
      "\(long >> 20) MiB for a 32 MB line, \(short >> 20) MiB for a short one")
  }
}
