/// Finds statistics by the words of their subject, for figures whose subject the lexicon does not
/// know: a new report's `giá trị xuất khẩu rau quả` is found by `xuất khẩu rau quả`.
public struct SubjectIndex: Sendable {
  /// A statistic's id with the content words of its subject (fold keys).
  struct Entry: Sendable {
    let fact: String
    let words: Set<String>
  }

  private let entries: [Entry]
  private let stopwords: Set<String>

  /// Indexes the subjects of statistics that no concept covers.
  init(facts: [Fact], stopwords: Set<String>) {
    self.stopwords = stopwords
    entries = facts.compactMap { fact in
      guard let statistic = fact.statistic, statistic.concept == nil else { return nil }
      let words = Set(VietnameseText.words(statistic.subject).map(\.fold)).subtracting(stopwords)
      return words.isEmpty ? nil : Entry(fact: fact.id, words: words)
    }
  }

  /// The facts whose subject the question names best, with the number of content words shared.
  /// A match needs two shared words (one when the subject has only one) and at least half of the
  /// subject's content words; only the best-scoring facts are returned.
  func matches(_ words: [Word]) -> (facts: [String], score: Int) {
    let asked = Set(words.map(\.fold)).subtracting(stopwords)
    var best: (facts: [String], score: Int) = ([], 0)
    for entry in entries {
      let shared = entry.words.intersection(asked).count
      guard shared >= min(2, entry.words.count), Double(shared) * 2 >= Double(entry.words.count) else { continue }
      if shared > best.score {
        best = ([entry.fact], shared)
      } else if shared == best.score {
        best.facts.append(entry.fact)
      }
    }
    return best
  }
}
