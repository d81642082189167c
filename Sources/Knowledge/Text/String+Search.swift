import Foundation

/// Plain searches on UTF-8 bytes: exact, case-sensitive and far cheaper than Foundation's
/// `range(of:)`, which converts the string to UTF-16 on every call. Text is NFC already.
extension StringProtocol {
  /// The first occurrence of `needle` at or after `start`, byte for byte.
  func find(_ needle: String, from start: String.Index? = nil) -> Range<String.Index>? {
    let haystack = utf8
    var needle = needle
    // A native string's bytes are contiguous: the first byte is looked for with `memchr`, the
    // rest compared with `memcmp`, then the offsets made indices.
    let skipped = start.map { haystack.distance(from: haystack.startIndex, to: $0) } ?? 0
    if let found = needle.withUTF8({ pattern in
      haystack.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
        guard let first = pattern.first, let base = bytes.baseAddress, skipped >= 0,
          bytes.count - skipped >= pattern.count
        else { return nil }
        let last = bytes.count - pattern.count
        var offset = skipped
        while offset <= last, let hit = memchr(base + offset, Int32(first), last - offset + 1) {
          let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 {
            return at..<(at + pattern.count)
          }
          offset = at + 1
        }
        return nil
      }
    }) {
      guard let found else { return nil }
      let lower = haystack.index(haystack.startIndex, offsetBy: found.lowerBound)
      return lower..<haystack.index(lower, offsetBy: found.count)
    }
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return nil }
    var index = start ?? haystack.startIndex
    while index < haystack.endIndex {
      guard let candidate = haystack[index...].firstIndex(of: first) else { return nil }
      var probe = candidate
      var matched = true
      for byte in pattern {
        guard probe < haystack.endIndex, haystack[probe] == byte else {
          matched = false
          break
        }
        probe = haystack.index(after: probe)
      }
      if matched { return candidate..<probe }
      index = haystack.index(after: candidate)
    }
    return nil
  }

  /// Whether the ASCII character `character` occurs: a scan of the UTF-8 bytes, with none of the
  /// bridging cost of Foundation's `contains(_:)`, which the type checker picks for a string literal.
  func contains(ascii character: Unicode.Scalar) -> Bool {
    let byte = UInt8(ascii: character)
    // A native string's bytes are contiguous, and a buffer is scanned without an iterator.
    return utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
  }

  /// The pieces between occurrences of `separator`, found byte for byte: what Foundation's
  /// `components(separatedBy:)` gives for NFC text, without its conversion to UTF-16.
  func pieces(separatedBy separator: String) -> [String] {
    var pieces: [String] = []
    var start = startIndex
    while let found = find(separator, from: start) {
      pieces.append(String(self[start..<found.lowerBound]))
      start = found.upperBound
    }
    pieces.append(String(self[start...]))
    return pieces
  }

  /// Whether the text is `other` byte for byte: what `==` says of two NFC texts, without
  /// comparing them character by character when they are not ASCII.
  func hasSameBytes(as other: String) -> Bool {
    var other = other
    return other.withUTF8 { other in
      utf8.withContiguousStorageIfAvailable { own in
        own.count == other.count
          && (own.isEmpty || memcmp(own.baseAddress!, other.baseAddress!, own.count) == 0)
      } ?? utf8.elementsEqual(other)
    }
  }

  /// The ranges of the tokens of the text, the runs between spaces, as
  /// `utf8.split(separator: 0x20)` gives them, found in one pass over the bytes.
  func tokenRanges() -> [Range<String.Index>] {
    // A native string's bytes are read in place, and only the tokens' ends made indices.
    let offsets = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
      var offsets: [Range<Int>] = []
      var start = -1
      for (offset, byte) in bytes.enumerated() {
        if byte == UInt8(ascii: " ") {
          if start >= 0 { offsets.append(start..<offset) }
          start = -1
        } else if start < 0 {
          start = offset
        }
      }
      if start >= 0 { offsets.append(start..<bytes.count) }
      return offsets
    }
    if let offsets {
      let utf8 = self.utf8
      return offsets.map {
        utf8.index(
          utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(
            utf8.startIndex, offsetBy: $0.upperBound)
      }
    }
    var ranges: [Range<String.Index>] = []
    var start: String.Index?
    let utf8 = self.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      if utf8[index] == UInt8(ascii: " ") {
        if let token = start { ranges.append(token..<index) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = utf8.index(after: index)
    }
    if let token = start { ranges.append(token..<utf8.endIndex) }
    return ranges
  }

  /// Whether the character at `index`, where the UTF-8 has an ASCII byte other than a carriage
  /// return, is that byte alone: it is unless marks follow to make one character with it
  /// (`.` + U+0301), which only a byte beyond ASCII after it can start.
  func isLoneASCII(at index: String.Index) -> Bool {
    let next = utf8.index(after: index)
    guard next < utf8.endIndex, utf8[next] >= 0x80 else { return true }
    return self[index...].first.map { $0.utf8.count == 1 } ?? true
  }

  /// The first `byte` (ASCII, not a carriage return) at or after `start` that is a character of its
  /// own, found by its bytes: where `firstIndex(of:)` with that character would find it.
  func firstLone(_ byte: UInt8, from start: String.Index) -> String.Index? {
    var from = start
    while let found = utf8[from...].firstIndex(of: byte) {
      if isLoneASCII(at: found) { return found }
      from = utf8.index(after: found)
    }
    return nil
  }

  /// Whether `needle` occurs, byte for byte.
  func has(_ needle: String) -> Bool { find(needle) != nil }

  /// The first occurrence of `word` standing whole, with the space before it: after a space, and
  /// followed by no letter or digit (`với` in `… với Singapore`, not in `vời`).
  func findWord(_ word: String) -> Range<String.Index>? {
    let needle = " " + word
    var start = startIndex
    while let found = find(needle, from: start) {
      guard let next = self[found.upperBound...].first, next.isLetter || next.isNumber else {
        return found
      }
      start = utf8.index(after: found.lowerBound)
    }
    return nil
  }

  /// The text without leading and trailing white space (tabs and space separators), as
  /// Foundation's `trimmingCharacters(in: .whitespaces)` gives it, without a round trip through
  /// `NSString`.
  func trimmingWhitespace() -> String {
    let text = String(self)
    func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII { return scalar == " " || scalar == "\t" }
      return scalar.properties.generalCategory == .spaceSeparator
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !isWhitespace($0) })
    else { return "" }
    if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) {
      return text
    }
    return String(scalars[first...last])
  }

  /// The text without leading and trailing characters from `characters` (spaces and tabs by default).
  func trimmed(_ characters: EdgeCharacters = .blanks) -> String {
    // Most texts start and end with a letter: nothing to trim, told from two scalars.
    if let first = unicodeScalars.first, let last = unicodeScalars.last,
      characters.cannotBeAtEdge(first), characters.cannotBeAtEdge(last)
    {
      return String(self)
    }
    guard let first = firstIndex(where: { !characters.contains($0) }),
      let last = lastIndex(where: { !characters.contains($0) })
    else { return "" }
    return String(self[first...last])
  }
}

/// Characters to trim from the ends of a text (``StringProtocol/trimmed(_:)``): a set of
/// characters made once, told apart from the others without hashing when they are ASCII.
struct EdgeCharacters: Sendable, ExpressibleByArrayLiteral {
  /// Bit `b` of `ascii[b / 64]` is set when the one-byte character `b` is a member.
  private let ascii: (UInt64, UInt64)
  private let members: Set<Character>

  /// The members' scalars, when each member is one scalar that canonical decomposition leaves
  /// as it is; nil otherwise (then ``cannotBeAtEdge(_:)`` decides nothing).
  private let simpleScalars: Set<Unicode.Scalar>?

  init(arrayLiteral members: Character...) {
    self.init(members)
  }

  init(_ members: [Character]) {
    var ascii: (UInt64, UInt64) = (0, 0)
    for member in members where member.utf8.count == 1 {
      let byte = member.utf8.first!
      if byte < 64 { ascii.0 |= 1 << UInt64(byte) } else { ascii.1 |= 1 << UInt64(byte - 64) }
    }
    self.ascii = ascii
    self.members = Set(members)
    let simple = members.allSatisfy { member in
      member.unicodeScalars.count == 1
        && String(member).decomposedStringWithCanonicalMapping == String(member)
    }
    simpleScalars = simple ? Set(members.map { $0.unicodeScalars.first! }) : nil
  }

  /// Whether a text whose first (or last) scalar is `scalar` surely starts (or ends) with no member.
  ///
  /// With members that are single scalars decomposition leaves alone, a character is a member only
  /// when its decomposition is one of them. Below U+0300 and in U+1E00–U+1EFF, where a report's
  /// letters and marks are, no scalar decomposes into a single other one, so a character starting
  /// or ending with a scalar there that is not a member is none; elsewhere this does not decide.
  func cannotBeAtEdge(_ scalar: Unicode.Scalar) -> Bool {
    guard let simpleScalars,
      scalar.value < 0x300 || (scalar.value >= 0x1E00 && scalar.value < 0x1F00)
    else {
      return false
    }
    return !simpleScalars.contains(scalar)
  }

  /// Spaces and tabs.
  static let blanks: EdgeCharacters = [" ", "\t"]

  /// Whether `character` is one of the members.
  ///
  /// A one-byte character is compared by its byte; any other is looked up in the set, which also
  /// finds a member written another, canonically equal way.
  func contains(_ character: Character) -> Bool {
    let utf8 = character.utf8
    guard utf8.count == 1, let byte = utf8.first else { return members.contains(character) }
    return byte < 64 ? ascii.0 & (1 << UInt64(byte)) != 0 : ascii.1 & (1 << UInt64(byte - 64)) != 0
  }
}
