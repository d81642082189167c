import Foundation

/// Normalisation of Vietnamese text into the keys the matcher compares.
///
/// Two keys per word: the **exact key** keeps the vowel letters and the tone but not where the
/// tone mark sits (`hoà` and `hòa` agree), and the **fold key** drops every mark (`đ` becomes
/// `d`). Both fold the `i`/`y` variants after a consonant (`tỷ`/`tỉ`, `ký`/`kí`).
public enum VietnameseText {
  /// The five tone marks as combining characters.
  static let toneMarks: Set<Unicode.Scalar> = [
    "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}",
  ]

  /// Returns `text` in NFC with `Ð` (U+00D0, sometimes typed for `Đ`) replaced by `Đ`.
  ///
  /// Text without combining marks is already NFC for the scripts that matter here, so the
  /// (costly) normalisation runs only when a mark or `Ð` is present.
  public static func nfc(_ text: String) -> String {
    guard mayNeedNFC(text),
      text.unicodeScalars.contains(where: {
        ($0.value >= 0x300 && $0.value <= 0x36F) || $0 == "\u{D0}"
      })
    else { return text }
    var result = text.precomposedStringWithCanonicalMapping
    if result.unicodeScalars.contains("\u{D0}") {
      result = result.replacingOccurrences(of: "\u{D0}", with: "\u{110}")
    }
    return result
  }

  /// Whether `text` may hold a combining mark (U+0300–U+036F, whose UTF-8 starts `CC` or `CD`)
  /// or `Ð` (`C3 90`): told from the bytes, which most texts pass without a scalar decoded.
  private static func mayNeedNFC(_ text: String) -> Bool {
    var text = text
    // `memchr` looks at many bytes at a time.
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      if memchr(base, 0xCC, bytes.count) != nil || memchr(base, 0xCD, bytes.count) != nil {
        return true
      }
      var offset = 0
      while offset < bytes.count, let found = memchr(base + offset, 0xC3, bytes.count - offset) {
        let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if index + 1 < bytes.count, bytes[index + 1] == 0x90 { return true }
        offset = index + 1
      }
      return false
    }
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
    let tones: [Unicode.Scalar: UInt8] = [
      "\u{300}": 1, "\u{301}": 2, "\u{303}": 3, "\u{309}": 4, "\u{323}": 5,
    ]
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
    if value >= 0x2000 && value < 0x2100 { return punctuationWordScalars[Int(value - 0x2000)] }
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
  /// The same for U+2000–U+20FF, where the dashes, quotation marks and ellipsis of a report are.
  private static let punctuationWordScalars: [Bool] = (0x2000..<0x2100).map { value in
    Unicode.Scalar(UInt32(value)).map(hasWordProperties) ?? false
  }

  /// Whether an ASCII byte is part of a word: a letter or a digit, the only ASCII scalars that are
  /// alphabetic or numeric.
  ///
  /// Most of a Vietnamese text is ASCII, and this needs no lookup of Unicode properties.
  private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
      || (byte >= 0x30 && byte <= 0x39)
  }

  /// Splits text into words.
  ///
  /// A number keeps its inner `.`, `,` and `/` (`17.175.876`, `9/1/2025`), `&` between two capitals
  /// or two small letters is dropped (`KH&CN` → `KHCN`, `gd&dt` → `gddt`) and `%` is a word of its
  /// own.
  public static func words(_ text: String) -> [Word] {
    var words: [Word] = []
    // About a word for every five bytes of Vietnamese text: most texts grow the array once at most.
    words.reserveCapacity(text.utf8.count / 5 + 1)
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
  ///
  /// The text is read as UTF-8 bytes, a scalar decoded only where it is not ASCII: most of a
  /// Vietnamese text is, and a word's bytes are looked up (``word(utf8:)``) without a string made.
  private static func scan(_ text: String, _ found: (Word, Int) -> Void) {
    var text = nfc(text)
    text.makeContiguousUTF8()
    text.withUTF8 { scan(utf8: $0, found) }
  }

  /// ``scan(_:_:)`` over the (valid) UTF-8 of an NFC text.
  ///
  /// A word is a run of the bytes, looked up as it is; only an `&` dropped from it (`KH&CN`) makes
  /// its bytes be copied.
  private static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, _ found: (Word, Int) -> Void) {
    var token = -1
    var inToken = false
    // Where the current word's bytes start (-1 between words), and its bytes before an `&` dropped.
    var start = -1
    var joined: [UInt8] = []
    var offset = 0
    func flush() {
      if joined.isEmpty {
        if start >= 0 && start < offset {
          found(word(utf8: UnsafeBufferPointer(rebasing: bytes[start..<offset])), token)
        }
      } else {
        if start >= 0 { joined += bytes[start..<offset] }
        found(joined.withUnsafeBufferPointer { word(utf8: $0) }, token)
        joined.removeAll(keepingCapacity: true)
      }
      start = -1
    }
    var previous: Unicode.Scalar = " "
    while offset < bytes.count {
      let (scalar, length) = decode(bytes, at: offset)
      let end = offset + length
      if scalar == " " {
        inToken = false
      } else if !inToken {
        inToken = true
        token += 1
      }
      if isWordScalar(scalar) {
        if start < 0 { start = offset }
      } else {
        let next = end < bytes.count ? decode(bytes, at: end).scalar : " "
        if scalar == "." || scalar == "," || scalar == "/", isDigit(previous), isDigit(next) {
          // Inside a number (`17.175.876`, `9/1/2025`): part of it.
          if start < 0 { start = offset }
        } else if scalar == "&", previous.properties.isAlphabetic, next.properties.isAlphabetic,
          previous.properties.isUppercase == next.properties.isUppercase
        {
          // `KH&CN`, and `gd&dt` typed without capitals.
          if start >= 0 { joined += bytes[start..<offset] }
          start = end
        } else {
          flush()
          if scalar == "%" { found(Word("%"), token) }
        }
      }
      previous = scalar
      offset = end
    }
    flush()
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// The scalar whose (valid) UTF-8 starts at `offset`, and its length in bytes.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    scalar: Unicode.Scalar, length: Int
  ) {
    let lead = UInt32(bytes[offset])
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return (Unicode.Scalar(UInt8(lead)), 1)
    case 0xC0..<0xE0: (length, value) = (2, lead & 0x1F)
    case 0xE0..<0xF0: (length, value) = (3, lead & 0x0F)
    default: (length, value) = (4, lead & 0x07)
    }
    for continuation in (offset + 1)..<(offset + length) {
      value = value << 6 | UInt32(bytes[continuation] & 0x3F)
    }
    // A string's UTF-8 is valid: the value is a scalar.
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The first word of `text`: the words of its first space-separated token that has any, a word
  /// never spanning a space, without the rest of the text read.
  static func firstWord(of text: String) -> Word? {
    let space = UInt8(ascii: " ")
    var rest = Substring(text)
    while let start = rest.utf8.firstIndex(where: { $0 != space }) {
      let end = rest.utf8[start...].firstIndex(of: space) ?? rest.utf8.endIndex
      if let word = words(String(rest[start..<end])).first { return word }
      rest = rest[end...]
    }
    return nil
  }
}

/// One word of a text with its matching keys.
public struct Word: Sendable, Hashable {
  /// The word and its keys, shared by every copy: a word is copied wherever words are sliced or
  /// compared, and a copy is then one reference counted rather than three strings.
  private final class Storage: Sendable {
    let text: String
    let exact: String
    let fold: String
    let hasMarks: Bool
    let foldHash: UInt64

    init(text: String, exact: String, fold: String) {
      self.text = text
      self.exact = exact
      self.fold = fold
      hasMarks = text.utf8.contains { $0 >= 0x80 }
      foldHash = TermSet.foldHash(fold)
    }
  }

  private let storage: Storage

  /// The word as written (NFC).
  public var text: String { storage.text }
  /// See ``VietnameseText/exactKey(_:)``.
  public var exact: String { storage.exact }
  /// See ``VietnameseText/foldKey(_:)``.
  public var fold: String { storage.fold }
  /// Whether the word carries diacritics (or `đ`), or any other letter beyond ASCII: then its exact
  /// key says more than its fold key.
  ///
  /// Worked out once, since matching asks for every word it compares.
  public var hasMarks: Bool { storage.hasMarks }
  /// The ``TermSet/foldHash(_:)`` of ``fold``: phrases are found by it before any string is
  /// compared.
  ///
  /// Worked out once, with the keys.
  var foldHash: UInt64 { storage.foldHash }

  /// Creates a word and computes its keys.
  public init(_ text: String) {
    let keys = VietnameseText.keys(text)
    self.init(text: text, exact: keys.exact, fold: keys.fold)
  }

  /// Creates a word from keys already computed (an abbreviation's expansion, a typo's correction).
  init(text: String, exact: String, fold: String) {
    storage = Storage(text: text, exact: exact, fold: fold)
  }

  /// Words are equal when their text and keys are, whether or not they share their storage.
  public static func == (lhs: Word, rhs: Word) -> Bool {
    lhs.storage === rhs.storage
      || (lhs.storage.text == rhs.storage.text && lhs.storage.exact == rhs.storage.exact
        && lhs.storage.fold == rhs.storage.fold)
  }

  /// Hashes what `==` compares: the text and its keys.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage.text)
    hasher.combine(storage.exact)
    hasher.combine(storage.fold)
  }

  /// How the words of `text` match `phrase` from `start`: nil when they do not, else whether they
  /// agree with their diacritics too (`exact`).
  ///
  /// Folding is for text typed without marks: where the text has them they must agree (`tảng` is
  /// not `tăng`, `động của` is not `đóng cửa`).
  static func match(_ phrase: [Word], in text: [Word], at start: Int) -> (exact: Bool, found: Bool)?
  {
    guard start + phrase.count <= text.count else { return nil }
    var exact = true
    for offset in phrase.indices {
      let word = text[start + offset]
      if word.fold != phrase[offset].fold || (word.hasMarks && word.exact != phrase[offset].exact) {
        return nil
      }
      if word.exact != phrase[offset].exact { exact = false }
    }
    return (exact, true)
  }

  /// Whether the word is a number as written (`50,4`, `17.175.876`, `2025`).
  ///
  /// Answered from the first byte when it is ASCII, where only the digits are numbers: looking up a
  /// scalar's properties costs hundreds of instructions.
  public var isNumber: Bool {
    guard let first = text.utf8.first else { return false }
    if first < 0x80 { return (0x30...0x39).contains(first) }
    return text.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false
  }
}

/// The non-ASCII letters already decomposed (see ``VietnameseText/letter(_:)``); the lock makes it
/// safe to use from any thread.
///
/// It holds at most the few hundred letters of the ranges asked.
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

/// The words already seen, with their keys, found by their UTF-8 bytes.
///
/// Shared by every knowledge base in the process; the lock makes it safe to use from any thread.
///
/// Reports and questions repeat the same few thousand words, so reading a word is mostly finding
/// it here: an open-addressing table on a hash of the bytes, which hashes and compares far less
/// than a dictionary of strings would. Each thread looks first in a table of its own, which needs
/// no lock: threads reading side by side (extraction, batches) would otherwise wait for one
/// another at every word.
final class KeyCache: @unchecked Sendable {
  static let shared = KeyCache()
  private let lock = NSLock()

  /// The shared table.
  ///
  /// It is reached through a pointer, always under the lock: a class's stored property would be
  /// checked for exclusive access at every read, twice for every word read.
  private let table = UnsafeMutablePointer<Table>.allocate(capacity: 1)

  /// An open-addressing table of words keyed by their bytes' hash.
  struct Table {
    /// `hashes[slot]` is the hash of `words[slot]`'s bytes, 0 for an empty slot (whose word is
    /// ``KeyCache/empty``: the words are not optional, which would make every copy of one generic).
    var hashes = [UInt64](repeating: 0, count: 1024)
    var words = [Word](repeating: KeyCache.empty, count: 1024)
    var count = 0

    /// The word spelled by `bytes`, whose ``KeyCache/hash(_:)`` is `hash`, if it is stored.
    func word(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Word? {
      hashes.withUnsafeBufferPointer { hashes in
        var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
        while hashes[slot] != 0 {
          if hashes[slot] == hash, KeyCache.spells(words[slot], bytes) { return words[slot] }
          slot = (slot + 1) & (hashes.count - 1)
        }
        return nil
      }
    }

    /// Stores `word`, whose text's hash is `hash`, unless it is stored already; past
    /// ``KeyCache/limit`` words the table starts again.
    mutating func store(_ word: Word, hash: UInt64) {
      if count >= KeyCache.limit { self = Table() }
      if (count + 1) * 2 > hashes.count { grow() }
      let mask = hashes.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while hashes[slot] != 0 {
        if hashes[slot] == hash, words[slot].text.utf8.elementsEqual(word.text.utf8) { return }
        slot = (slot + 1) & mask
      }
      hashes[slot] = hash
      words[slot] = word
      count += 1
    }

    /// Doubles the table, placing every word again.
    private mutating func grow() {
      let capacity = hashes.count * 2
      var grown = Table(
        hashes: [UInt64](repeating: 0, count: capacity),
        words: [Word](repeating: KeyCache.empty, count: capacity),
        count: count)
      for (hash, word) in zip(hashes, words) where hash != 0 {
        var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
        while grown.hashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
        grown.hashes[slot] = hash
        grown.words[slot] = word
      }
      self = grown
    }
  }

  /// Past this many words a table starts again, so hostile input cannot grow it without bound.
  fileprivate static let limit = 200_000
  fileprivate static let empty = Word(text: "", exact: "", fold: "")

  private init() {
    table.initialize(to: Table())
  }

  deinit {
    table.deinitialize(count: 1)
    table.deallocate()
  }

  /// FNV-1a over the bytes, never 0 (an empty slot).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash | 1
  }

  /// The word spelled by `bytes`, whose ``hash(_:)`` is `hash`, if it has been stored: from the
  /// thread's own table, else from the shared one (and then kept in the thread's too).
  func word(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Word? {
    let own = KeyCache.threadTable
    if let known = own.pointee.word(bytes, hash: hash) { return known }
    lock.lock()
    let shared = table.pointee.word(bytes, hash: hash)
    lock.unlock()
    if let shared { own.pointee.store(shared, hash: hash) }
    return shared
  }

  /// Stores `word`, found later by its text's bytes, in the shared table and the thread's own.
  func store(_ word: Word) {
    var text = word.text
    text.makeContiguousUTF8()
    guard let hash = text.utf8.withContiguousStorageIfAvailable(Self.hash) else { return }
    lock.lock()
    table.pointee.store(word, hash: hash)
    lock.unlock()
    KeyCache.threadTable.pointee.store(word, hash: hash)
  }

  /// Whether `word`'s text is these UTF-8 bytes.
  fileprivate static func spells(_ word: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    word.text.utf8.withContiguousStorageIfAvailable { stored in
      stored.count == bytes.count
        && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
    } ?? word.text.utf8.elementsEqual(bytes)
  }

  /// The calling thread's own table, made the first time the thread reads a word and freed when
  /// the thread ends.
  private static var threadTable: UnsafeMutablePointer<Table> {
    if let own = pthread_getspecific(threadKey) { return own.assumingMemoryBound(to: Table.self) }
    let own = UnsafeMutablePointer<Table>.allocate(capacity: 1)
    own.initialize(to: Table())
    pthread_setspecific(threadKey, own)
    return own
  }

  private static let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { own in
      guard let own = own?.assumingMemoryBound(to: Table.self) else { return }
      own.deinitialize(count: 1)
      own.deallocate()
    }
    return key
  }()
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
        left.count == right.count
          && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
      }
    }
  }
}
