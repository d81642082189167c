import Foundation

/// The members of a JSON object as they are written in its text, values not decoded.
///
/// `JSONDecoder` reads every number as a `Double` or an integer, so
/// `123456789012345678901234567890` would come back as `1.2345678901234568e+29` and `1.50` as
/// `1.5`. A batch echoes ids as they
/// are written, so it takes an id's text from here. The text must already be known to be a valid
/// JSON object (decoded once): this only finds where each value starts and ends.
struct RawJSONObject {
  private let bytes: [UInt8]

  /// Reads the members of `text`, a valid JSON object.
  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// The text of the value of `key` at the top level of the object, exactly as written.
  ///
  /// Nil when the object has no such member; when the key is given twice, the last value counts.
  func value(forKey key: String) -> String? {
    var index = 0
    skipWhitespace(&index)
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
    index += 1
    var found: Range<Int>?
    while true {
      skipWhitespace(&index)
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { break }
      let name = index..<skipString(from: index)
      index = name.upperBound
      skipWhitespace(&index)
      index += 1  // the colon
      skipWhitespace(&index)
      let value = index..<skipValue(from: index)
      if Self.decodedString(bytes[name]) == key { found = value }
      index = value.upperBound
      skipWhitespace(&index)
      guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
      index += 1
    }
    return found.map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  /// The string a JSON string token (with its quotes) stands for.
  static func decodedString(_ token: some Collection<UInt8>) -> String? {
    guard token.contains(UInt8(ascii: "\\")) else {
      return String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
    }
    return try? JSONDecoder().decode(String.self, from: Data(token))
  }

  private func skipWhitespace(_ index: inout Int) {
    while index < bytes.count,
      [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(
        bytes[index])
    {
      index += 1
    }
  }

  /// Where the string token starting at `start` (its opening quote) ends, after its closing
  /// quote.
  private func skipString(from start: Int) -> Int {
    var index = start + 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\\"): index += 2
      case UInt8(ascii: "\""): return index + 1
      default: index += 1
      }
    }
    return bytes.count
  }

  /// Where the value starting at `start` ends: after a string, an array or object with all it
  /// holds, or a number or literal (`true`, `false`, `null`).
  private func skipValue(from start: Int) -> Int {
    var index = start
    var depth = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index = skipString(from: index)
        if depth == 0 { return index }
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if depth == 0 { return index }
        depth -= 1
        if depth == 0 { return index + 1 }
      case UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"),
        UInt8(ascii: "\r"):
        if depth == 0 { return index }
      default:
        break
      }
      index += 1
    }
    return index
  }
}
