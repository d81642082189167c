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
  /// The entries each word appears in, so a question looks only at subjects it shares words with.
  private let postings: [String: [Int]]

  /// Indexes the subjects of statistics that no concept covers; `names` are places and platforms,
  /// which say where a figure is, not what it is.
  init(facts: [Fact], stopwords: Set<String>, names: [TermSet]) {
    self.stopwords = stopwords
    entries = facts.compactMap { fact in
      guard let statistic = fact.statistic, statistic.concept == nil else { return nil }
      let all = VietnameseText.words(statistic.subject)
      var covered = Set<Int>()
      for set in names { for match in set.matches(in: all) { covered.formUnion(match.range) } }
      let words = Set(all.indices.filter { !covered.contains($0) }.map { all[$0].fold }).subtracting(stopwords)
      return words.isEmpty ? nil : Entry(fact: fact.id, words: words)
    }
    var postings: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      for word in entry.words { postings[word, default: []].append(index) }
    }
    self.postings = postings
  }

  /// The facts whose subject the question names best, with the number of content words shared.
  /// A match needs two shared words and half of the question's own content words (those no
  /// scope, place or period covers), or all of the subject's. `facts` are the best-scoring ones;
  /// `scores` has every fact sharing two words or more, for narrowing by place before choosing.
  func matches(_ words: [Word], excluding covered: Set<Int>) -> (facts: [String], score: Int, scores: [String: Int]) {
    // Stop words left out word by word: subtracting the set of them would hash every one.
    let asked = Set(
      words.indices.filter { !covered.contains($0) && !words[$0].isNumber && !stopwords.contains(words[$0].fold) }
        .map { words[$0].fold })
    var best: (facts: [String], score: Int, scores: [String: Int]) = ([], 0, [:])
    var counts: [Int: Int] = [:]
    for word in asked { for index in postings[word] ?? [] { counts[index, default: 0] += 1 } }
    for (index, shared) in counts.sorted(by: { $0.key < $1.key }) {
      let entry = entries[index]
      guard shared >= 2 else { continue }
      best.scores[entry.fact] = shared
      // Half the question's words, or every word of the subject.
      guard Double(shared) * 2 >= Double(asked.count) || shared == entry.words.count else { continue }
      if shared > best.score {
        best.facts = [entry.fact]
        best.score = shared
      } else if shared == best.score {
        best.facts.append(entry.fact)
      }
    }
    return best
  }
}
