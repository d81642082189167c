/// A string as a set or dictionary key compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalises to NFC first, character by character, which costs more than
/// the rest of a look-up; the texts compared here (sentences, titles, quotes) come from one reader
/// that has already normalised them, so their bytes say whether they are the same.
struct ByteKey: Hashable, Sendable {
  let text: String

  init(_ text: String) {
    self.text = text
  }

  static func == (left: ByteKey, right: ByteKey) -> Bool {
    left.text.utf8.elementsEqual(right.text.utf8)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(Self.fnv(text))
  }

  /// FNV-1a over the UTF-8 bytes of `text`, continuing from `hash`: texts read one after another
  /// hash as the bytes of all of them.
  static func fnv(_ text: String, from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    var hash = hash
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
