import Foundation

/// The words the knowledge base knows, for repairing typos in questions.
public struct Vocabulary: Sendable {
  let words: Set<String>
  /// The known words by length, for corrections; made on first need, as most questions need none.
  private let candidates: Candidates

  /// Creates a vocabulary from fold keys.
  init(_ folds: some Sequence<String>) {
    let known = Set(folds.filter { !$0.isEmpty && !($0.first?.isNumber ?? true) })
    words = known
    candidates = Candidates(known)
  }

  /// The known words by length, each with its letters split out once, for the edit distance, and
  /// the letters it has as bits (see ``letterBits(_:)``).
  ///
  /// Made once, on first use; the lock makes that safe from any thread.
  final class Candidates: @unchecked Sendable {
    typealias Entry = (word: String, letters: [Character], bits: UInt64)
    private let words: Set<String>
    private let lock = NSLock()
    private var made: [Int: [Entry]]?

    init(_ words: Set<String>) { self.words = words }

    /// The words by length.
    var byLength: [Int: [Entry]] {
      lock.lock()
      defer { lock.unlock() }
      if let made { return made }
      let byLength = Dictionary(
        grouping: words.map { word -> Entry in
          let letters = Array(word)
          return (word, letters, Vocabulary.letterBits(letters))
        },
        by: { $0.letters.count })
      made = byLength
      return byLength
    }
  }

  /// Whether a fold key is known.
  func contains(_ fold: String) -> Bool { words.contains(fold) }

  /// Repairs unknown words: Telex residue typed without a Vietnamese keyboard (`tyr` → `ty`,
  /// `dduwowngf` → `duong`), then, for words of five letters or more, the known word one edit away
  /// (two for eight letters or more) when exactly one such word exists: `lazda` → `lazada`.
  ///
  /// A repair is kept only when the result is a known word.
  func repair(_ words: [Word]) -> [Word] {
    words.map { word in
      guard !word.isNumber, !contains(word.fold) else { return word }
      if let decoded = Vocabulary.telex(word.fold), contains(decoded) { return Word(decoded) }
      guard word.fold.count >= 5, let fixed = correction(for: word.fold) else { return word }
      return Word(fixed)
    }
  }

  /// The fold key a word typed in Telex stands for: doubled vowels and `w` mark vowels, `dd` is
  /// `đ`, and a final `s`, `f`, `r`, `x` or `j` is a tone.
  ///
  /// Nil when nothing was Telex.
  static func telex(_ fold: String) -> String? {
    guard fold.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    var letters = Array(fold)
    var changed = false
    if let last = letters.last, "sfrxj".contains(last), letters.count > 1,
      letters.dropLast().contains(where: { "aeiouy".contains($0) })
    {
      letters.removeLast()
      changed = true
    }
    var result: [Character] = []
    var index = 0
    while index < letters.count {
      let letter = letters[index]
      let next = index + 1 < letters.count ? letters[index + 1] : nil
      if let next, letter == next, "adeo".contains(letter) {
        result.append(letter)
        index += 2
        changed = true
      } else if letter == "w", let previous = result.last, "aou".contains(previous) {
        index += 1
        changed = true
      } else {
        result.append(letter)
        index += 1
      }
    }
    guard changed else { return nil }
    return VietnameseText.foldKey(String(result))
  }

  private func correction(for fold: String) -> String? {
    let limit = fold.count >= 8 ? 2 : 1
    let source = Array(fold)
    let sourceBits = Vocabulary.letterBits(source)
    var best: (word: String, distance: Int)?
    var tied = false
    let byLength = candidates.byLength
    for length in (fold.count - limit)...(fold.count + limit) {
      for (candidate, letters, bits) in byLength[length] ?? []
      where (sourceBits ^ bits).nonzeroBitCount <= 2 * limit {
        let distance = Vocabulary.distance(source, letters, limit: limit)
        guard distance <= limit else { continue }
        if best == nil || distance < best!.distance {
          best = (candidate, distance)
          tied = false
        } else if distance == best!.distance {
          tied = true
        }
      }
    }
    return tied ? nil : best?.word
  }

  /// The letters of a word as a set of bits, a letter's bit given by its first scalar.
  ///
  /// One edit changes at most two bits (a substitution clears one and sets another; an insertion
  /// or deletion changes one; a transposition none), so words whose bits differ in more than
  /// twice the edits allowed are further apart than that, and need no letter-by-letter distance.
  static func letterBits(_ letters: [Character]) -> UInt64 {
    var bits: UInt64 = 0
    for letter in letters {
      bits |= 1 << UInt64((letter.unicodeScalars.first?.value ?? 0) % 64)
    }
    return bits
  }

  /// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).
  static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
  }
}
