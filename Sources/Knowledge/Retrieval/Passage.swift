/// One sentence of a report, read for retrieval: its words, the terms it is ranked by, and the
/// words of its context (the paragraph's opening sentence, the sub-heading above it and the
/// report's title), which state once a period or a subject for the sentences after them.
struct Passage: Sendable {
  /// The position of its document in the knowledge base's documents.
  let document: Int
  /// The paragraph number in the document body.
  let paragraph: Int
  /// The sentence as written.
  let text: String
  /// ``ByteKey/fnv(_:from:)`` of the report's title, a line break and the sentence: equal for a
  /// sentence a report repeats and for its copies in a report saved twice.
  let copyKey: UInt64
  /// Its words as written, unexpanded, for candidates to be read from.
  let words: [Word]
  /// For each word, the index of its space-separated token in ``tokens``.
  let wordTokens: [Int]
  /// The sentence's space-separated tokens, to quote a candidate as written (`28-30%`).
  let tokens: [Substring]
  /// The fold hashes of its words with abbreviations expanded, in order: what it is ranked by.
  let terms: [UInt64]
  /// The fold hashes of the words of its context, the sentence included: what a question's
  /// focus is looked for in.
  let context: Layered<UInt64>
  /// The numbers of the sentence and its context, and each date's parts (`18/12/2025` also gives
  /// `18/12`, `12/2025`, `18`, `12` and `2025`): what a number in a question must find.
  let numbers: Layered<String>
  /// The words of the context outside the sentence, where a period stated once is read from.
  let contextWords: [Word]
  /// Whether a clause or list item ends after each word (see ``CandidateReader/Layout``).
  let breakAfter: [Bool]
  /// Whether each word is written with a capital.
  let capitalised: [Bool]
  /// The number of each word's clause (between semicolons) and part (between commas too).
  let clauses: [Int]
  let parts: [Int]
  /// The fold hashes of the names of its report's opening sentence, which says whom the whole
  /// report is about: the last layer of ``names``.
  var reportNames: Set<UInt64> { names.layers.last ?? [] }
  /// The fold hashes of the sentence's own terms, as a set: the first layer of ``context``.
  var ownTerms: Set<UInt64> { context.layers[0] }
  /// The fold hashes of the syllable pairs of the sentence and its context.
  let pairs: Layered<UInt64>
  /// The fold hashes of the words written with a capital in the sentence (but its first), its
  /// heading and the title: where a name the question gives must be.
  let names: Layered<UInt64>
  /// Whether the sentence opens pointing back (`Con số này tăng 39,5%`): the sentence before
  /// says what it is about, as its own words would.
  var leansOnPrevious = false
  /// For a sentence pointing back, the words of the sentence before, whose period is its own.
  var previousWords: [Word] = []
}

/// A set made of sets: a passage's own words, and the sets of its context that the passages of
/// one paragraph share (a set is copied by reference), so that a title is not copied into every
/// passage of its report.
struct Layered<Element: Hashable & Sendable>: Sendable {
  let layers: [Set<Element>]

  func contains(_ element: Element) -> Bool { layers.contains { $0.contains(element) } }

  /// Every element, each once.
  var union: Set<Element> { layers.reduce(into: Set<Element>()) { $0.formUnion($1) } }
}

extension Passage {
  /// The fold hashes of the capitalised words of `words`, the first one only when the next is
  /// capitalised too (a sentence starts with a capital whatever its first word is).
  static func nameHashes(_ words: [Word]) -> [UInt64] {
    words.indices.compactMap { index in
      guard words[index].text.first?.isUppercase == true else { return nil }
      // A sentence's first word is a name when written in capitals inside too (`PAPI`, `VietQR`).
      if index == 0, words.count > 1, words[1].text.first?.isUppercase != true,
        !words[0].text.dropFirst().contains(where: \.isUppercase)
      {
        return nil
      }
      return words[index].foldHash
    }
  }

  /// The numbers the periods of `words` give with their year, as a question writes them:
  /// `tháng 11` in a report of 2024 gives `11/2024`, `quý IV` `4/2024`, `đến ngày 16/10` of a
  /// report of 2025 `16/10/2025`, and each its year.
  static func periodKeys(_ words: [Word], reference: Day) -> [String] {
    PeriodReader.periods(in: words, reference: reference).flatMap { mention -> [String] in
      switch mention.period {
      case .month(let year, let month): return ["\(month)/\(year)", String(year)]
      case .quarter(let year, let quarter): return ["\(quarter)/\(year)", String(year)]
      case .year(let year), .firstMonths(let year, _): return [String(year)]
      case .asOf(let day):
        return [
          "\(day.day)/\(day.month)/\(day.year)", "\(day.month)/\(day.year)", String(day.year),
        ]
      default: return []
      }
    }
  }

  /// A day written without its year, with the year: `Sáng 18/10` in a report of 18/10/2025 is
  /// `18/10/2025`; a day after the report's own is of the year before.
  static func dayKey(_ word: Word, reference: Day) -> String? {
    guard word.isNumber else { return nil }
    let parts = word.fold.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, word.fold.split(separator: "/").count == 2,
      (1...31).contains(parts[0]), (1...12).contains(parts[1])
    else { return nil }
    let late = (parts[1], parts[0]) > (reference.month, reference.day)
    return "\(parts[0])/\(parts[1])/\(reference.year - (late ? 1 : 0))"
  }

  /// The pair keys of a sequence of fold hashes.
  static func pairHashes(_ terms: [UInt64]) -> [UInt64] {
    terms.indices.dropLast().map { PassageIndex.pair(terms[$0], terms[$0 + 1]) }
  }

  /// The numbers a word gives: itself, and for a date or a fraction each part and each pair of
  /// neighbouring parts.
  static func numberKeys(_ word: Word) -> [String] {
    guard word.isNumber else { return [] }
    let parts = word.fold.split(separator: "/").map(String.init)
    var keys = [word.fold]
    // `24.9` is no number (a thousands' dot takes three digits): a day, `24/9`.
    let dotted = word.fold.split(separator: ".")
    if dotted.count == 2, dotted.allSatisfy({ (1...2).contains($0.count) }),
      let day = Int(dotted[0]), let month = Int(dotted[1]), (1...31).contains(day),
      (1...12).contains(month)
    {
      keys.append("\(day)/\(month)")
    }
    if parts.count > 1 {
      keys += parts
      for index in 0..<(parts.count - 1) { keys.append(parts[index] + "/" + parts[index + 1]) }
    }
    return keys
  }
}
