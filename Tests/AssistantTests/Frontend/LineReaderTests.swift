import Foundation
import Testing

@testable import Assistant

/// `LineReader` returns the same lines whatever the chunk size, including at chunk boundaries,
/// and spools exactly the lines longer than it holds.
@Suite struct LineReaderTests {
  private func readLines(
    of bytes: Data, chunkSize: Int, longestHeldLine: Int = 1 << 20
  ) throws -> [LineReader.Line] {
    let folder = try TemporaryFolder()
    let path = try folder.write(bytes, to: "input")
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    let reader = LineReader(
      name: path, fileDescriptor: descriptor, closesOnDeinit: true, chunkSize: chunkSize,
      longestHeldLine: longestHeldLine)
    var lines: [LineReader.Line] = []
    while let line = try reader.nextLine() { lines.append(line) }
    return lines
  }

  private func lines(
    of bytes: Data, chunkSize: Int, longestHeldLine: Int = 1 << 20
  ) throws -> [String] {
    try readLines(of: bytes, chunkSize: chunkSize, longestHeldLine: longestHeldLine).map { line in
      switch line {
      case .whole(let bytes):
        return String(decoding: bytes, as: UTF8.self)
      case .spooled(_, let whole):
        var text = ""
        try whole.forEachPiece { text += $0 }
        return text
      }
    }
  }

  @Test(arguments: [1, 2, 3, 7, 64 * 1024])
  func splitsAtNewlinesWhateverTheChunkSize(chunkSize: Int) throws {
    let input = "một\n\nhai ba\r\n\n\nbốn"
    #expect(
      try lines(of: Data(input.utf8), chunkSize: chunkSize)
        == ["một", "", "hai ba\r", "", "", "bốn"])
  }

  @Test(arguments: [1, 5, 4096])
  func finalNewlineEndsTheLastLine(chunkSize: Int) throws {
    #expect(try lines(of: Data("a\nb\n".utf8), chunkSize: chunkSize) == ["a", "b"])
    #expect(try lines(of: Data("\n".utf8), chunkSize: chunkSize) == [""])
    #expect(try lines(of: Data(), chunkSize: chunkSize) == [])
  }

  @Test func longLinesSpanManyChunks() throws {
    let long = String(repeating: "0123456789", count: 1_000_000)
    let input = Data("đầu\n\(long)\ncuối".utf8)
    #expect(try lines(of: input, chunkSize: 4096) == ["đầu", long, "cuối"])
  }

  @Test(arguments: [1, 3, 7, 4096])
  func linesLongerThanHeldAreSpooledWithTheirStart(chunkSize: Int) throws {
    let input = [
      "", "123456789", "1234567890", "12345678901", "ệ" + String(repeating: "x", count: 30),
    ]
    let read = try readLines(
      of: Data((input.joined(separator: "\n") + "\n" + input[3]).utf8), chunkSize: chunkSize,
      longestHeldLine: 10)
    try #require(read.count == 6)
    #expect(
      read[0...2] == [.whole([]), .whole(Array(input[1].utf8)), .whole(Array(input[2].utf8))])
    for (line, text) in zip(read[3...], input[3...] + [input[3]]) {
      guard case .spooled(let prefix, _) = line else {
        Issue.record("\(text) is not spooled")
        continue
      }
      #expect(prefix == Array(text.utf8.prefix(10)))
    }
    #expect(
      try lines(
        of: Data((input.joined(separator: "\n")).utf8), chunkSize: chunkSize, longestHeldLine: 10)
        == input)
  }

  /// Bytes of every length of UTF-8 sequence, and invalid ones: cut short, overlong, stray.
  static let mixedBytes: [UInt8] =
    Array("aệ😀\u{85}ß".utf8) + [0xFF, 0xE1, 0xBB, 0x20, 0xC3, 0x80, 0x80, 0xF0, 0x9F, 0xC0, 0xAF]

  @Test(arguments: [4, 5, 6, 7, 9, 64])
  func spooledTextDecodesAsAWholeWhateverThePieceSize(pieceSize: Int) throws {
    let bytes = (0..<40).flatMap { Self.mixedBytes.dropFirst($0 % 7) }
    let spool = try SpoolFile()
    try spool.append(bytes[...])
    for range in [0..<bytes.count, 3..<(bytes.count - 2)] {
      var pieces: [String] = []
      try SpooledText(file: spool, bytes: range).forEachPiece(pieceSize: pieceSize) {
        pieces.append($0)
      }
      #expect(pieces.joined() == String(decoding: bytes[range], as: UTF8.self))
      #expect(pieces.count > 1)
    }
  }
}
