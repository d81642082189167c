/// A named thing of the lexicon (a concept, scope, platform, topic, unit, ...) with the phrases
/// that mention it.
public struct Term: Sendable, Hashable {
  /// A stable identifier used in slots and facts.
  public let id: String
  /// The name shown to users.
  public let name: String
  /// The phrases that mention it, as word sequences.
  public let phrases: [[Word]]
  /// An optional number (a scale's multiplier, a direction's sign).
  public let value: Double?

  /// Creates a term; its name is always one of its phrases.
  public init(id: String, name: String, terms: [String], value: Double? = nil) {
    self.id = id
    self.name = name
    var phrases: [[Word]] = []
    for text in [name] + terms {
      let words = VietnameseText.words(text)
      if !words.isEmpty, !phrases.contains(words) { phrases.append(words) }
    }
    self.phrases = phrases
    self.value = value
  }
}

/// Where a term was found in a word sequence.
public struct TermMatch: Sendable, Hashable {
  /// The term found.
  public let term: Term
  /// The words it covers.
  public let range: Range<Int>
  /// Whether the words agree with diacritics too, not only once folded.
  public let exact: Bool

  /// How many words it covers.
  public var length: Int { range.count }
}

/// A list of terms with an index for finding them in word sequences.
///
/// A class, immutable: a question is read with a score of sets, and a copy of a struct would
/// retain each of its arrays every time one is passed.
public final class TermSet: Sendable {
  /// The terms, in the order the rule file gives them.
  public let terms: [Term]
  /// The phrases starting with each first word, found by the hash of the word's fold key (see
  /// ``foldHash(_:)``) in an open-addressing table: `slotHashes[slot]` is the hash (0 for an empty
  /// slot) and `slotPhrases[slot]` the range of `phrases` starting with it.
  ///
  /// Most words start no phrase of a set, which an empty slot says without hashing a string again;
  /// a phrase found is still compared word by word, so two fold keys with one hash cost only a
  /// comparison.
  private let slotHashes: [UInt64]
  private let slotPhrases: [Range<Int>]
  /// Every phrase as (term, phrase) positions, grouped by first word's hash, in term order, with
  /// where its words' hashes are in `phraseHashes`.
  private let phrases: [(term: Int, phrase: Int, hashes: Range<Int>)]
  /// The ``foldHash(_:)`` of every phrase's words, one after another: a phrase whose words' hashes
  /// differ from the text's is passed over without comparing a string.
  private let phraseHashes: [UInt64]
  /// For each term, the first term with its id (terms with one id are scored as one), and where
  /// that id comes in the set's order (its last term's position).
  private let scoredAs: [Int]
  private let order: [Int]

  /// Creates the set and indexes every phrase by its first word's fold key.
  public init(_ terms: [Term]) {
    self.terms = terms
    // Phrases by the hash of their first word, in term order; first words in order of appearance.
    var byHash: [UInt64: [(term: Int, phrase: Int)]] = [:]
    var hashes: [UInt64] = []
    for (termIndex, term) in terms.enumerated() {
      for (phraseIndex, phrase) in term.phrases.enumerated() {
        let hash = phrase[0].foldHash
        if byHash[hash] == nil { hashes.append(hash) }
        byHash[hash, default: []].append((termIndex, phraseIndex))
      }
    }
    var capacity = 4
    while capacity < hashes.count * 2 { capacity *= 2 }
    var slotHashes = [UInt64](repeating: 0, count: capacity)
    var slotPhrases = [Range<Int>](repeating: 0..<0, count: capacity)
    var phrases: [(term: Int, phrase: Int, hashes: Range<Int>)] = []
    var phraseHashes: [UInt64] = []
    for hash in hashes {
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slotHashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slotHashes[slot] = hash
      slotPhrases[slot] = phrases.count..<(phrases.count + byHash[hash]!.count)
      for (term, phrase) in byHash[hash]! {
        let words = terms[term].phrases[phrase]
        phrases.append((term, phrase, phraseHashes.count..<(phraseHashes.count + words.count)))
        phraseHashes += words.map(\.foldHash)
      }
    }
    self.slotHashes = slotHashes
    self.slotPhrases = slotPhrases
    self.phrases = phrases
    self.phraseHashes = phraseHashes
    var firstWithID: [String: Int] = [:]
    var scoredAs: [Int] = []
    var lastOfFirst = Array(terms.indices)
    for (index, term) in terms.enumerated() {
      let first = firstWithID[term.id] ?? index
      if first == index { firstWithID[term.id] = index }
      scoredAs.append(first)
      lastOfFirst[first] = index
    }
    self.scoredAs = scoredAs
    order = scoredAs.map { lastOfFirst[$0] }
  }

  /// The term with this identifier.
  public subscript(id: String) -> Term? { terms.first { $0.id == id } }

  /// How strongly each term is mentioned in `words`: the number of words its matches cover
  /// (each term's own matches may not overlap), best first; ties go to the exact match, then to
  /// the term listed first.
  public func scores(in words: [Word]) -> [(term: Term, score: Int, first: Int, exact: Bool)] {
    scores(in: words, hashes: words.map(\.foldHash))
  }

  /// ``scores(in:)`` with the words' ``foldHash(_:)`` given.
  func scores(in words: [Word], hashes: [UInt64]) -> [(
    term: Term, score: Int, first: Int, exact: Bool
  )] {
    // Terms with one id count as one, the first found standing for all.
    var byTerm: [(id: Int, term: Int, matches: [Found])] = []
    for match in allFound(in: words, hashes: hashes) {
      let id = scoredAs[match.term]
      guard let entry = byTerm.firstIndex(where: { $0.id == id }) else {
        byTerm.append((id, match.term, [match]))
        continue
      }
      if !byTerm[entry].matches.contains(where: { $0.range.overlaps(match.range) }) {
        byTerm[entry].matches.append(match)
      }
    }
    return byTerm.map { entry in
      (
        term: entry.term, score: entry.matches.reduce(0) { $0 + $1.range.count },
        first: entry.matches.map(\.range.lowerBound).min() ?? 0,
        exact: entry.matches.allSatisfy(\.exact)
      )
    }.sorted {
      ($0.score, $0.exact ? 1 : 0, -order[$0.term]) > ($1.score, $1.exact ? 1 : 0, -order[$1.term])
    }.map { (terms[$0.term], $0.score, $0.first, $0.exact) }
  }

  /// Every match in `words`, longest first at each position, overlapping matches removed in
  /// favour of the longer (then earlier) one.
  public func matches(in words: [Word]) -> [TermMatch] {
    matches(in: words, hashes: words.map(\.foldHash))
  }

  /// ``matches(in:)`` with the words' ``foldHash(_:)`` given, for a question looked at by many
  /// sets.
  func matches(in words: [Word], hashes: [UInt64]) -> [TermMatch] {
    let found = allFound(in: words, hashes: hashes)
    // Most sets find nothing in most questions.
    guard !found.isEmpty else { return [] }
    var kept: [Found] = []
    for match in found where !kept.contains(where: { $0.range.overlaps(match.range) }) {
      kept.append(match)
    }
    kept.sort { $0.range.lowerBound < $1.range.lowerBound }
    var matches: [TermMatch] = []
    matches.reserveCapacity(kept.count)
    for match in kept {
      matches.append(TermMatch(term: terms[match.term], range: match.range, exact: match.exact))
    }
    return matches
  }

  /// A hash of a fold key, never 0 (an empty slot): FNV-1a over its UTF-8 bytes.
  static func foldHash(_ fold: String) -> UInt64 {
    var fold = fold
    fold.makeContiguousUTF8()  // a native string already is; this copies nothing then
    return fold.utf8.withContiguousStorageIfAvailable(KeyCache.hash) ?? 1
  }

  /// Whether the words from `start` have the hashes of the phrase's words at `phrase` in
  /// `phraseHashes` (the caller has checked that there are enough words).
  private func sameHashes(_ hashes: [UInt64], from start: Int, as phrase: Range<Int>) -> Bool {
    for offset in 1..<phrase.count
    where hashes[start + offset] != phraseHashes[phrase.lowerBound + offset] {
      return false
    }
    return true
  }

  /// A match by positions: the term, the words it covers and whether with diacritics too.
  private struct Found {
    let term: Int
    let range: Range<Int>
    let exact: Bool
  }

  /// Every match of every phrase, longest (then exact, then earliest) first.
  private func allFound(in words: [Word], hashes: [UInt64]) -> [Found] {
    var found: [Found] = []
    slotHashes.withUnsafeBufferPointer { slotHashes in
      let mask = slotHashes.count - 1
      for (start, hash) in hashes.enumerated() {
        // Most words start no phrase of the set: passed over on the hashes alone.
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slotHashes[slot] != 0 && slotHashes[slot] != hash { slot = (slot + 1) & mask }
        guard slotHashes[slot] == hash else { continue }
        for entry in slotPhrases[slot] {
          let (termIndex, phraseIndex, phraseHashRange) = phrases[entry]
          // The first word's hash is the slot's; the others are compared before any string is.
          let end = start + phraseHashRange.count
          guard end <= words.count, sameHashes(hashes, from: start, as: phraseHashRange) else {
            continue
          }
          let phrase = terms[termIndex].phrases[phraseIndex]
          guard let exact = Word.match(phrase, in: words, at: start)?.exact else { continue }
          found.append(Found(term: termIndex, range: start..<end, exact: exact))
        }
      }
    }
    guard found.count > 1 else { return found }
    found.sort {
      ($0.range.count, $0.exact ? 1 : 0, -$0.range.lowerBound) > (
        $1.range.count, $1.exact ? 1 : 0, -$1.range.lowerBound
      )
    }
    return found
  }
}
