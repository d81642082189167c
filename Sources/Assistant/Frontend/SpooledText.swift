import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Text too long to hold in memory, kept in a temporary file and read back piece by piece.
///
/// A batch line of many megabytes is echoed whole in its row, but only its first 1,000 characters
/// are read as a question: the line waits on disk until its row is written, so a 200 MB line
/// costs a few pieces of memory, not five times its size.
struct SpooledText: Sendable, Equatable {
  /// The file holding the text.
  let file: SpoolFile
  /// The bytes of the file that are the text.
  var bytes: Range<Int>

  /// The last byte of the text, or nil when it is empty.
  func lastByte() throws -> UInt8? {
    guard !bytes.isEmpty else { return nil }
    var byte: [UInt8] = [0]
    _ = try file.read(into: &byte, at: bytes.upperBound - 1, count: 1)
    return byte[0]
  }

  /// Calls `body` with the text in order, decoded from UTF-8 a piece of about `pieceSize` bytes
  /// at a time, invalid bytes becoming U+FFFD.
  ///
  /// A piece never ends inside a character's bytes, so the pieces joined are exactly
  /// `String(decoding:as:)` of the whole text, and escaping them one by one escapes the whole.
  func forEachPiece(pieceSize: Int = 64 * 1024, _ body: (String) throws -> Void) throws {
    var chunk = [UInt8](repeating: 0, count: max(4, pieceSize))
    var carried: [UInt8] = []
    var offset = bytes.lowerBound
    while offset < bytes.upperBound {
      let count = try file.read(
        into: &chunk, at: offset, count: min(chunk.count, bytes.upperBound - offset))
      offset += count
      var piece = carried + chunk[..<count]
      let complete = offset < bytes.upperBound ? Self.completeCharactersEnd(of: piece) : piece.count
      carried = Array(piece[complete...])
      piece.removeSubrange(complete...)
      try body(String(decoding: piece, as: UTF8.self))
    }
  }

  /// Where the last whole UTF-8 sequence of `bytes` ends: before a lead byte among the last three
  /// whose sequence the bytes cut short, else at the end.
  ///
  /// Bytes kept back are decoded with the bytes that follow them, as decoding the whole would.
  static func completeCharactersEnd(of bytes: [UInt8]) -> Int {
    for index in bytes.indices.suffix(3).reversed() where bytes[index] & 0xC0 != 0x80 {
      let needed: Int
      switch bytes[index] {
      case 0xC2...0xDF: needed = 2
      case 0xE0...0xEF: needed = 3
      case 0xF0...0xF4: needed = 4
      default: needed = 1
      }
      return bytes.count - index < needed ? index : bytes.count
    }
    return bytes.count
  }

  static func == (left: SpooledText, right: SpooledText) -> Bool {
    left.file === right.file && left.bytes == right.bytes
  }
}

/// A temporary file that is removed from its folder as soon as it is made, so it is gone when the
/// process ends however it ends; closed when the last text in it goes away.
final class SpoolFile: Sendable {
  private let descriptor: Int32

  /// Creates an empty file in the system's temporary folder (`TMPDIR`).
  ///
  /// - Throws: ``AssistantError/cannotSpool(reason:)`` when no file can be made there.
  init() throws {
    let folder = FileManager.default.temporaryDirectory.path
    var template = Array((folder + "/assistant-line-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw AssistantError.cannotSpool(reason: AssistantError.reason(errno: errno))
    }
    unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
    _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Writes `bytes` at the end of the file.
  func append(_ bytes: ArraySlice<UInt8>) throws {
    var rest = bytes
    while !rest.isEmpty {
      let written = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw AssistantError.cannotSpool(reason: AssistantError.reason(errno: errno))
      }
      rest = rest.dropFirst(written)
    }
  }

  /// Reads `count` bytes from `offset` into the start of `buffer`; returns how many there were.
  func read(into buffer: inout [UInt8], at offset: Int, count: Int) throws -> Int {
    var total = 0
    while total < count {
      let read = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress! + total, count - total, off_t(offset + total))
      }
      if read == 0 { break }
      if read < 0 {
        if errno == EINTR { continue }
        throw AssistantError.cannotSpool(reason: AssistantError.reason(errno: errno))
      }
      total += read
    }
    return total
  }
}
