import Foundation
import Testing

@testable import Assistant

/// `LineReader` returns the same lines whatever the chunk size, including at chunk boundaries.
@Suite struct LineReaderTests {
  private func lines(of bytes: Data, chunkSize: Int) throws -> [String] {
    let folder = try TemporaryFolder()
    let path = try folder.write(bytes, to: "input")
    let descriptor = open(path, O_RDONLY)
    try #require(descriptor >= 0)
    let reader = LineReader(
      name: path, fileDescriptor: descriptor, closesOnDeinit: true, chunkSize: chunkSize)
    var lines: [String] = []
    while let line = try reader.nextLine() { lines.append(String(decoding: line, as: UTF8.self)) }
    return lines
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
}
