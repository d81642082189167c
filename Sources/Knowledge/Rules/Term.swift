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
public struct TermSet: Sendable {
  /// The terms, in the order the rule file gives them.
  public let terms: [Term]
  private let byFirstWord: [String: [(term: Int, phrase: Int)]]
  /// Each term's position in `terms`, by id, for breaking ties between scores.
  private let order: [String: Int]
  /// A filter in front of `byFirstWord`: the bits (see ``filterBit(_:)``) of the fold keys
  /// phrases start with. Most words start no phrase of a set, and a clear bit says so without
  /// hashing the word.
  private let firstWordBits: [UInt64]

  /// Creates the set and indexes every phrase by its first word's fold key.
  public init(_ terms: [Term]) {
    self.terms = terms
    var index: [String: [(term: Int, phrase: Int)]] = [:]
    for (termIndex, term) in terms.enumerated() {
      for (phraseIndex, phrase) in term.phrases.enumerated() {
        index[phrase[0].fold, default: []].append((termIndex, phraseIndex))
      }
    }
    self.byFirstWord = index
    var bits = [UInt64](repeating: 0, count: TermSet.filterSize / 64)
    for fold in index.keys {
      let bit = TermSet.filterBit(fold)
      bits[bit / 64] |= 1 << UInt64(bit % 64)
    }
    firstWordBits = bits
    var order: [String: Int] = [:]
    for (index, term) in terms.enumerated() { order[term.id] = index }
    self.order = order
  }

  /// The term with this identifier.
  public subscript(id: String) -> Term? { terms.first { $0.id == id } }

  /// How strongly each term is mentioned in `words`: the number of words its matches cover
  /// (each term's own matches may not overlap), best first; ties go to the exact match, then to
  /// the term listed first.
  public func scores(in words: [Word]) -> [(term: Term, score: Int, first: Int, exact: Bool)] {
    var byTerm: [String: (term: Term, matches: [TermMatch])] = [:]
    for match in allMatches(in: words) {
      var entry = byTerm[match.term.id] ?? (match.term, [])
      if !entry.matches.contains(where: { $0.range.overlaps(match.range) }) {
        entry.matches.append(match)
      }
      byTerm[match.term.id] = entry
    }
    return byTerm.values.map { entry in
      (
        entry.term, entry.matches.reduce(0) { $0 + $1.length },
        entry.matches.map(\.range.lowerBound).min() ?? 0, entry.matches.allSatisfy(\.exact)
      )
    }.sorted {
      ($0.score, $0.exact ? 1 : 0, -order[$0.term.id]!) > ($1.score, $1.exact ? 1 : 0, -order[$1.term.id]!)
    }
  }

  /// Every match in `words`, longest first at each position, overlapping matches removed in
  /// favour of the longer (then earlier) one.
  public func matches(in words: [Word]) -> [TermMatch] {
    var kept: [TermMatch] = []
    for match in allMatches(in: words) where !kept.contains(where: { $0.range.overlaps(match.range) }) {
      kept.append(match)
    }
    return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The number of bits of the first-word filter.
  private static let filterSize = 1024

  /// A fold key's bit in the first-word filter, from its first two bytes.
  private static func filterBit(_ fold: String) -> Int {
    var bytes = fold.utf8.makeIterator()
    let first = Int(bytes.next() ?? 0)
    let second = Int(bytes.next() ?? 0)
    return (first &* 31 &+ second) % filterSize
  }

  /// Every match of every phrase, longest (then exact, then earliest) first.
  func allMatches(in words: [Word]) -> [TermMatch] {
    var found: [TermMatch] = []
    for start in words.indices {
      let bit = TermSet.filterBit(words[start].fold)
      guard firstWordBits[bit / 64] & (1 << UInt64(bit % 64)) != 0,
        let candidates = byFirstWord[words[start].fold]
      else { continue }
      for (termIndex, phraseIndex) in candidates {
        let phrase = terms[termIndex].phrases[phraseIndex]
        guard let exact = Word.match(phrase, in: words, at: start)?.exact else { continue }
        found.append(TermMatch(term: terms[termIndex], range: start..<(start + phrase.count), exact: exact))
      }
    }
    found.sort {
      ($0.length, $0.exact ? 1 : 0, -$0.range.lowerBound) > ($1.length, $1.exact ? 1 : 0, -$1.range.lowerBound)
    }
    return found
  }
}
