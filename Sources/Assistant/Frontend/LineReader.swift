#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an open file descriptor line by line, holding at most one line of `longestHeldLine`
/// bytes and one chunk in memory.
///
/// Lines end at `\n`, which is not part of the line; a last line without one is still a line.
/// A longer line is written to a ``SpoolFile`` as it is read, and only its first
/// `longestHeldLine` bytes are kept. Bytes are returned as read: decoding, `\r` and byte-order
/// marks are the caller's business. A class because it owns the descriptor and the read position.
final class LineReader {
  /// One line of the input.
  enum Line: Equatable {
    /// A line of at most `longestHeldLine` bytes, every byte of it.
    case whole([UInt8])
    /// A longer line: its first `longestHeldLine` bytes, and all of it in a spool.
    case spooled(prefix: [UInt8], whole: SpooledText)
  }

  /// The name used in error messages: a path, or `<stdin>`.
  let name: String
  /// The longest line held whole in memory, in bytes.
  let longestHeldLine: Int
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
  init(
    name: String, fileDescriptor: Int32, closesOnDeinit: Bool, chunkSize: Int = 64 * 1024,
    longestHeldLine: Int = 1 << 20
  ) {
    self.name = name
    self.fileDescriptor = fileDescriptor
    self.closesOnDeinit = closesOnDeinit
    self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
    self.longestHeldLine = max(1, longestHeldLine)
  }

  deinit {
    if closesOnDeinit { close(fileDescriptor) }
  }

  /// The next line without its `\n`, or nil at the end of the input.
  ///
  /// - Throws: ``AssistantError/cannotRead(path:reason:)``, or
  ///   ``AssistantError/cannotSpool(reason:)`` when a long line cannot be written aside.
  func nextLine() throws -> Line? {
    while true {
      if let newline = buffer[searchStart...].firstIndex(of: UInt8(ascii: "\n")) {
        defer {
          lineStart = newline + 1
          searchStart = lineStart
        }
        return try line(buffer[lineStart..<newline])
      }
      searchStart = buffer.count
      if reachedEnd {
        guard lineStart < buffer.count else { return nil }
        defer { lineStart = buffer.count }
        return try line(buffer[lineStart...])
      }
      if buffer.count - lineStart > longestHeldLine { return try spoolingRestOfLine() }
      try readChunk()
    }
  }

  /// `bytes`, a line found whole in the buffer: returned as it is, or spooled when too long.
  private func line(_ bytes: ArraySlice<UInt8>) throws -> Line {
    guard bytes.count > longestHeldLine else { return .whole(Array(bytes)) }
    let spool = try SpoolFile()
    try spool.append(bytes)
    return .spooled(
      prefix: Array(bytes.prefix(longestHeldLine)),
      whole: SpooledText(file: spool, bytes: 0..<bytes.count))
  }

  /// Moves the long line begun in the buffer to a spool, then reads the rest of it straight
  /// there, a chunk at a time, keeping only what follows it.
  private func spoolingRestOfLine() throws -> Line {
    let spool = try SpoolFile()
    let prefix = Array(buffer[lineStart..<(lineStart + longestHeldLine)])
    try spool.append(buffer[lineStart...])
    var length = buffer.count - lineStart
    buffer = []
    lineStart = 0
    searchStart = 0
    while !reachedEnd {
      let read = chunk[..<(try readIntoChunk())]
      if let newline = read.firstIndex(of: UInt8(ascii: "\n")) {
        try spool.append(read[..<newline])
        length += newline
        buffer.append(contentsOf: read[(newline + 1)...])
        break
      }
      try spool.append(read)
      length += read.count
    }
    return .spooled(prefix: prefix, whole: SpooledText(file: spool, bytes: 0..<length))
  }

  private func readChunk() throws {
    if lineStart > 0 {
      buffer.removeSubrange(..<lineStart)
      searchStart -= lineStart
      lineStart = 0
    }
    let count = try readIntoChunk()
    buffer.append(contentsOf: chunk[..<count])
  }

  /// Reads into `chunk`, returning how many bytes came; at the end of the input, none.
  private func readIntoChunk() throws -> Int {
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 { return count }
      if count == 0 {
        reachedEnd = true
        return 0
      }
      guard errno == EINTR else {
        throw AssistantError.cannotRead(path: name, reason: AssistantError.reason(errno: errno))
      }
    }
  }
}
