#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an open file descriptor line by line, holding one line and one chunk in memory.
///
/// Lines end at `\n`, which is not part of the line; a last line without one is still a line.
/// Bytes are returned as read: decoding, `\r` and byte-order marks are the caller's business.
/// A class because it owns the descriptor and the read position.
final class LineReader {
  /// The name used in error messages: a path, or `<stdin>`.
  let name: String
  private let fileDescriptor: Int32
  private let closesOnDeinit: Bool
  private var chunk: [UInt8]
  private var buffer: [UInt8] = []
  /// Where the next line starts in `buffer`.
  private var lineStart = 0
  /// Where to resume looking for `\n`: everything before it has been searched.
  private var searchStart = 0
  private var reachedEnd = false

  /// Creates a reader of `fileDescriptor`, closing it when the reader goes away if asked to.
  init(name: String, fileDescriptor: Int32, closesOnDeinit: Bool, chunkSize: Int = 64 * 1024) {
    self.name = name
    self.fileDescriptor = fileDescriptor
    self.closesOnDeinit = closesOnDeinit
    self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
  }

  deinit {
    if closesOnDeinit { close(fileDescriptor) }
  }

  /// The next line without its `\n`, or nil at the end of the input.
  func nextLine() throws -> [UInt8]? {
    while true {
      if let newline = buffer[searchStart...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = Array(buffer[lineStart..<newline])
        lineStart = newline + 1
        searchStart = lineStart
        return line
      }
      searchStart = buffer.count
      if reachedEnd {
        guard lineStart < buffer.count else { return nil }
        let line = Array(buffer[lineStart...])
        lineStart = buffer.count
        return line
      }
      try readChunk()
    }
  }

  private func readChunk() throws {
    if lineStart > 0 {
      buffer.removeSubrange(..<lineStart)
      searchStart -= lineStart
      lineStart = 0
    }
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[..<count])
        return
      }
      if count == 0 {
        reachedEnd = true
        return
      }
      guard errno == EINTR else {
        throw AssistantError.cannotRead(path: name, reason: AssistantError.reason(errno: errno))
      }
    }
  }
}
