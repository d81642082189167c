import Foundation

/// Normalisation of Vietnamese text into the keys the matcher compares.
///
/// Two keys per word: the **exact key** keeps the vowel letters and the tone but not where the
/// tone mark sits (`hoà` and `hòa` agree), and the **fold key** drops every mark (`đ` becomes
/// `d`). Both fold the `i`/`y` variants after a consonant (`tỷ`/`tỉ`, `ký`/`kí`).
public enum VietnameseText {
  /// The five tone marks as combining characters.
  static let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

  /// Returns `text` in NFC with `Ð` (U+00D0, sometimes typed for `Đ`) replaced by `Đ`.
  ///
  /// Text without combining marks is already NFC for the scripts that matter here, so the
  /// (costly) normalisation runs only when a mark or `Ð` is present.
  public static func nfc(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { ($0.value >= 0x300 && $0.value <= 0x36F) || $0 == "\u{D0}" })
    else { return text }
    var result = text.precomposedStringWithCanonicalMapping
    if result.unicodeScalars.contains("\u{D0}") {
      result = result.replacingOccurrences(of: "\u{D0}", with: "\u{110}")
    }
    return result
  }

  /// What one precomposed letter contributes to the keys: the lowercase letter without its tone,
  /// the bare ASCII letter, and the tone (1–5, 0 for none).
  struct Letter: Sendable {
    let exact: Unicode.Scalar
    let fold: Unicode.Scalar
    let tone: UInt8
  }

  /// What a scalar contributes to the keys, or nil when it is not a Latin letter Vietnamese uses.
  ///
  /// ASCII letters are worked out here; the others once each, on first use, and remembered:
  /// decomposing every letter at start would cost more than a short run's whole work.
  static func letter(_ value: UInt32) -> Letter? {
    switch value {
    case 0x41...0x5A, 0x61...0x7A:
      let lower = Unicode.Scalar(UInt8(value) | 0x20)
      return Letter(exact: lower, fold: lower, tone: 0)
    case 0xC0...0x1B0, 0x1EA0...0x1EF9: return LetterCache.shared.letter(value)
    default: return nil
    }
  }

  /// Decomposes a precomposed letter into its lowercase letter, bare ASCII letter and tone.
  static func decompose(_ value: UInt32) -> Letter? {
    guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return nil }
    if value == 0xD0 || value == 0xF0 || value == 0x110 || value == 0x111 {
      return Letter(exact: "\u{111}", fold: "d", tone: 0)
    }
    let tones: [Unicode.Scalar: UInt8] = ["\u{300}": 1, "\u{301}": 2, "\u{303}": 3, "\u{309}": 4, "\u{323}": 5]
    let decomposed = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    guard let base = decomposed.first, base.isASCII else { return nil }
    var tone: UInt8 = 0
    var kept = String.UnicodeScalarView()
    for part in decomposed {
      if let mark = tones[part] { tone = mark } else { kept.append(part) }
    }
    let quality = String(kept).precomposedStringWithCanonicalMapping.unicodeScalars
    guard quality.count == 1, let exact = quality.first else { return nil }
    return Letter(exact: exact, fold: base, tone: tone)
  }

  /// Both keys of one word, remembered: reports and questions repeat the same few thousand words.
  static func keys(_ word: String) -> (exact: String, fold: String) {
    var word = word
    word.makeContiguousUTF8()  // a native string already is; this copies nothing then
    let known = word.utf8.withContiguousStorageIfAvailable { cachedWord($0) } ?? nil
    if let known { return (known.exact, known.fold) }
    let computed = computeKeys(word)
    KeyCache.shared.store(Word(text: word, exact: computed.exact, fold: computed.fold))
    return computed
  }

  /// The word spelled by these UTF-8 bytes, from the cache of words seen.
  private static func cachedWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Word? {
    KeyCache.shared.word(bytes, hash: KeyCache.hash(bytes))
  }

  /// The word spelled by these (valid) UTF-8 bytes, its keys computed only the first time it is
  /// seen: the string is made only then too.
  static func word(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Word {
    let hash = KeyCache.hash(bytes)
    if let known = KeyCache.shared.word(bytes, hash: hash) { return known }
    let text = String(decoding: bytes, as: UTF8.self)
    let keys = computeKeys(text)
    let word = Word(text: text, exact: keys.exact, fold: keys.fold)
    KeyCache.shared.store(word)
    return word
  }

  /// Both keys of one word, in one pass over its letters.
  static func computeKeys(_ word: String) -> (exact: String, fold: String) {
    var exact: [Unicode.Scalar] = []
    var fold: [Unicode.Scalar] = []
    exact.reserveCapacity(word.unicodeScalars.count)
    fold.reserveCapacity(word.unicodeScalars.count)
    var tone: UInt8 = 0
    for scalar in word.unicodeScalars {
      if let letter = letter(scalar.value) {
        exact.append(letter.exact)
        fold.append(letter.fold)
        if letter.tone != 0 { tone = letter.tone }
      } else if scalar.value >= 0x300 && scalar.value <= 0x36F {
        // A combining mark: the word was not NFC; normalise it and start again.
        let composed = nfc(word)
        return composed.unicodeScalars.contains(where: { $0.value >= 0x300 && $0.value <= 0x36F })
          ? (word.lowercased(), word.lowercased()) : keys(composed)
      } else {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        exact.append(lower)
        fold.append(lower)
      }
    }
    foldFinalY(&exact)
    foldFinalY(&fold)
    if tone != 0 {
      // The tone goes at the end, whatever letter carried it: `hoà` and `hòa` agree.
      exact.append("#")
      exact.append(Unicode.Scalar(UInt8(ascii: "0") + tone))
    }
    return (string(exact), string(fold))
  }

  /// A string from scalars, through UTF-8 (much faster than appending to a scalar view).
  private static func string(_ scalars: [Unicode.Scalar]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 2)
    for scalar in scalars { bytes.append(contentsOf: UTF8.encode(scalar)!) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The exact key of one word: lowercase, tone moved to the end, `y` after a consonant as `i`.
  public static func exactKey(_ word: String) -> String { keys(word).exact }

  /// The fold key of a word or phrase: lowercase, no marks, `đ` as `d`, `y` after a consonant as `i`.
  public static func foldKey(_ word: String) -> String {
    // A phrase folds word by word, keeping what separates them.
    guard word.unicodeScalars.contains(where: { !isWordScalar($0) }) else { return keys(word).fold }
    var result = ""
    var current = ""
    for character in word {
      if character.unicodeScalars.allSatisfy(isWordScalar) {
        current.append(character)
      } else {
        result += keys(current).fold
        current = ""
        result.append(Character(character.lowercased()))
      }
    }
    return result + keys(current).fold
  }

  /// Rewrites a word-final `y` that follows a consonant as `i` (`ty` → `ti`, `quy` stays).
  private static func foldFinalY(_ letters: inout [Unicode.Scalar]) {
    guard letters.count >= 2, letters[letters.count - 1] == "y" else { return }
    let previous = letters[letters.count - 2]
    if !"aeiouy".unicodeScalars.contains(previous), previous.properties.isAlphabetic,
      !"\u{E2}\u{EA}\u{F4}\u{103}\u{1A1}\u{1B0}".unicodeScalars.contains(previous)
    {
      letters[letters.count - 1] = "i"
    }
  }

  /// Whether a scalar is part of a word: a letter, a digit or a combining mark.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return isASCIIWordByte(UInt8(value)) }
    if value < 0x250 { return latinWordScalars[Int(value)] }
    if value >= 0x1E00 && value < 0x1F00 { return vietnameseWordScalars[Int(value - 0x1E00)] }
    return hasWordProperties(scalar)
  }

  /// What makes a scalar part of a word, from its Unicode properties.
  private static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || (scalar.value >= 0x300 && scalar.value <= 0x36F)
  }

  /// ``isWordScalar(_:)`` for U+0000–U+024F and U+1E00–U+1EFF, where the letters of Vietnamese
  /// text are, looked up once rather than for every letter of every text.
  private static let latinWordScalars: [Bool] = (0..<0x250).map { value in
    Unicode.Scalar(UInt32(value)).map(hasWordProperties) ?? false
  }
  private static let vietnameseWordScalars: [Bool] = (0x1E00..<0x1F00).map { value in
    Unicode.Scalar(UInt32(value)).map(hasWordProperties) ?? false
  }

  /// Whether an ASCII byte is part of a word: a letter or a digit, the only ASCII scalars that
  /// are alphabetic or numeric. Most of a Vietnamese text is ASCII, and this needs no lookup of
  /// Unicode properties.
  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// Splits text into words. A number keeps its inner `.`, `,` and `/` (`17.175.876`, `9/1/2025`),
  /// `&` inside an abbreviation is dropped (`KH&CN` → `KHCN`) and `%` is a word of its own.
  public static func words(_ text: String) -> [Word] {
    var words: [Word] = []
    scan(text) { word, _ in words.append(word) }
    return words
  }

  /// The words of `text` (as ``words(_:)`` reads them) with, for each, the index of the token it
  /// is in, the tokens being the text between spaces (`text.utf8.split(separator: 0x20)`): a
  /// word never spans a space, so this
  /// reads a text once where reading it token by token would read every token apart.
  static func wordsByToken(_ text: String) -> (words: [Word], tokens: [Int]) {
    var words: [Word] = []
    var tokens: [Int] = []
    scan(text) { word, token in
      words.append(word)
      tokens.append(token)
    }
    return (words, tokens)
  }

  /// Reads the words of `text` in order, each with the index of its space-separated token.
  private static func scan(_ text: String, _ found: (Word, Int) -> Void) {
    let scalars = Array(nfc(text).unicodeScalars)
    // The current word as UTF-8, made into a string once it ends.
    var current: [UInt8] = []
    current.reserveCapacity(32)
    var token = -1
    var inToken = false
    func flush() {
      if !current.isEmpty { found(current.withUnsafeBufferPointer { word(utf8: $0) }, token) }
      current.removeAll(keepingCapacity: true)
    }
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
    for (index, scalar) in scalars.enumerated() {
      if scalar == " " {
        inToken = false
      } else if !inToken {
        inToken = true
        token += 1
      }
      if isWordScalar(scalar) {
        if scalar.isASCII {
          current.append(UInt8(scalar.value))
        } else {
          current.append(contentsOf: UTF8.encode(scalar)!)
        }
        continue
      }
      let previous = index > 0 ? scalars[index - 1] : " "
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      if scalar == "." || scalar == "," || scalar == "/", isDigit(previous), isDigit(next) {
        current.append(UInt8(scalar.value))
        continue
      }
      if scalar == "&", previous.properties.isUppercase, next.properties.isUppercase { continue }
      flush()
      if scalar == "%" { found(Word("%"), token) }
    }
    flush()
  }
}

/// One word of a text with its matching keys.
public struct Word: Sendable, Hashable {
  /// The word as written (NFC).
  public let text: String
  /// See ``VietnameseText/exactKey(_:)``.
  public let exact: String
  /// See ``VietnameseText/foldKey(_:)``.
  public let fold: String
  /// Whether the word carries diacritics (or `đ`), or any other letter beyond ASCII: then its
  /// exact key says more than its fold key. Worked out once, since matching asks for every word
  /// it compares.
  public let hasMarks: Bool
  /// The ``TermSet/foldHash(_:)`` of ``fold``: phrases are found by it before any string is
  /// compared. Worked out once, with the keys.
  let foldHash: UInt64

  /// Creates a word and computes its keys.
  public init(_ text: String) {
    self.init(text: text, keys: VietnameseText.keys(text))
  }

  /// Creates a word from keys already computed (an abbreviation's expansion, a typo's correction).
  init(text: String, exact: String, fold: String) {
    self.init(text: text, keys: (exact, fold))
  }

  private init(text: String, keys: (exact: String, fold: String)) {
    self.text = text
    (exact, fold) = keys
    hasMarks = text.utf8.contains { $0 >= 0x80 }
    foldHash = TermSet.foldHash(fold)
  }

  /// How the words of `text` match `phrase` from `start`: nil when they do not, else whether they
  /// agree with their diacritics too (`exact`). Folding is for text typed without marks: where the text has
  /// them they must agree (`tảng` is not `tăng`, `động của` is not `đóng cửa`).
  static func match(_ phrase: [Word], in text: [Word], at start: Int) -> (exact: Bool, found: Bool)? {
    guard start + phrase.count <= text.count else { return nil }
    var exact = true
    for offset in phrase.indices {
      let word = text[start + offset]
      if word.fold != phrase[offset].fold || (word.hasMarks && word.exact != phrase[offset].exact) { return nil }
      if word.exact != phrase[offset].exact { exact = false }
    }
    return (exact, true)
  }

  /// Whether the word is a number as written (`50,4`, `17.175.876`, `2025`). Answered from the
  /// first byte when it is ASCII, where only the digits are numbers: looking up a scalar's
  /// properties costs hundreds of instructions.
  public var isNumber: Bool {
    guard let first = text.utf8.first else { return false }
    if first < 0x80 { return (0x30...0x39).contains(first) }
    return text.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false
  }
}

/// The non-ASCII letters already decomposed (see ``VietnameseText/letter(_:)``); the lock makes it
/// safe to use from any thread. It holds at most the few hundred letters of the ranges asked.
final class LetterCache: @unchecked Sendable {
  static let shared = LetterCache()
  private let lock = NSLock()
  private var letters: [UInt32: VietnameseText.Letter?] = [:]

  func letter(_ value: UInt32) -> VietnameseText.Letter? {
    lock.lock()
    defer { lock.unlock() }
    if let known = letters[value] { return known }
    let letter = VietnameseText.decompose(value)
    letters[value] = letter
    return letter
  }
}

/// The words already seen, with their keys, found by their UTF-8 bytes. Shared by every knowledge
/// base in the process; the lock makes it safe to use from any thread.
///
/// Reports and questions repeat the same few thousand words, so reading a word is mostly finding
/// it here: an open-addressing table on a hash of the bytes, which hashes and compares far less
/// than a dictionary of strings would.
final class KeyCache: @unchecked Sendable {
  static let shared = KeyCache()
  private let lock = NSLock()
  /// `hashes[slot]` is the hash of `words[slot]`'s bytes, 0 for an empty slot.
  private var hashes = [UInt64](repeating: 0, count: 1024)
  private var words = [Word?](repeating: nil, count: 1024)
  private var count = 0
  /// Past this many words the cache starts again, so hostile input cannot grow it without bound.
  private let limit = 200_000

  /// FNV-1a over the bytes, never 0 (an empty slot).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash | 1
  }

  /// The word spelled by `bytes`, whose ``hash(_:)`` is `hash`, if it has been stored.
  func word(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Word? {
    lock.lock()
    defer { lock.unlock() }
    var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
    while hashes[slot] != 0 {
      if hashes[slot] == hash, let word = words[slot], Self.spells(word, bytes) { return word }
      slot = (slot + 1) & (hashes.count - 1)
    }
    return nil
  }

  /// Stores `word`, found later by its text's bytes.
  func store(_ word: Word) {
    var text = word.text
    text.makeContiguousUTF8()
    guard let hash = text.utf8.withContiguousStorageIfAvailable(Self.hash) else { return }
    lock.lock()
    defer { lock.unlock() }
    if count >= limit {
      hashes = [UInt64](repeating: 0, count: 1024)
      words = [Word?](repeating: nil, count: 1024)
      count = 0
    }
    if (count + 1) * 2 > hashes.count { grow() }
    var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
    while hashes[slot] != 0 {
      // Stored already, by another thread between its lookup and this.
      if hashes[slot] == hash, let stored = words[slot], stored.text.utf8.elementsEqual(text.utf8) { return }
      slot = (slot + 1) & (hashes.count - 1)
    }
    hashes[slot] = hash
    words[slot] = word
    count += 1
  }

  /// Whether `word`'s text is these UTF-8 bytes.
  private static func spells(_ word: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var text = word.text
    return text.withUTF8 { stored in
      stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
    }
  }

  /// Doubles the table, placing every word again.
  private func grow() {
    let (oldHashes, oldWords) = (hashes, words)
    hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
    words = [Word?](repeating: nil, count: oldHashes.count * 2)
    for (hash, word) in zip(oldHashes, oldWords) where hash != 0 {
      var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
      while hashes[slot] != 0 { slot = (slot + 1) & (hashes.count - 1) }
      hashes[slot] = hash
      words[slot] = word
    }
  }
}

/// A string hashed and compared by its UTF-8 bytes.
///
/// `String` hashes and compares non-ASCII text by its canonical form, normalising it on the way;
/// the words of a text are already NFC (``VietnameseText/words(_:)``), so their bytes say the
/// same, several times faster. Strings that are canonically equal but spelled differently are
/// different keys: a cache keyed on them only misses.
struct UTF8Key: Hashable {
  let text: String

  init(_ text: String) {
    var text = text
    // Native strings have contiguous UTF-8; a bridged one is copied once to get it.
    text.makeContiguousUTF8()
    self.text = text
  }

  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    var (left, right) = (lhs.text, rhs.text)
    return left.withUTF8 { left in
      right.withUTF8 { right in
        left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
      }
    }
  }
}
