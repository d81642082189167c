/// Plain searches on UTF-8 bytes: exact, case-sensitive and far cheaper than Foundation's
/// `range(of:)`, which converts the string to UTF-16 on every call. Text is NFC already.
extension StringProtocol {
  /// The first occurrence of `needle` at or after `start`, byte for byte.
  func find(_ needle: String, from start: String.Index? = nil) -> Range<String.Index>? {
    let haystack = utf8
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

  /// Whether `needle` occurs, byte for byte.
  func has(_ needle: String) -> Bool { find(needle) != nil }

  /// The text without leading and trailing characters from `characters` (spaces by default).
  func trimmed(_ characters: Set<Character> = [" ", "\t"]) -> String {
    guard let first = firstIndex(where: { !characters.contains($0) }),
      let last = lastIndex(where: { !characters.contains($0) })
    else { return "" }
    return String(self[first...last])
  }
}
