/// Finds statistics by the words of their subject, for figures whose subject the lexicon does not
/// know: a new report's `giá trị xuất khẩu rau quả` is found by `xuất khẩu rau quả`.
public struct SubjectIndex: Sendable {
  /// The content words of a subject (fold keys) with the statistics whose subject has them, in the
  /// order of the facts.
  ///
  /// Reports in the same format repeat their subjects: a question is compared with each set of
  /// words once, however many reports give figures for it.
  struct Entry: Sendable {
    /// The facts' positions in the knowledge base's facts, ascending.
    var facts: [Int]
    let words: Set<String>
  }

  let entries: [Entry]
  let stopwords: Set<String>
  /// The entries each word appears in, so a question looks only at subjects it shares words with.
  private let postings: [String: [Int]]
  /// The ``TermSet/foldHash(_:)`` of the stopwords and of the words with postings: most words of
  /// a question are told to be neither without hashing their strings.
  private let stopwordHashes, postingHashes: FoldHashSet

  /// Indexes the subjects of statistics that no concept covers, by their positions in `facts`;
  /// `names` are places and platforms, which say where a figure is, not what it is.
  init(facts: [Fact], stopwords: Set<String>, names: [TermSet]) {
    var entries: [Entry] = []
    // Each subject is read once, and each set of words is one entry.
    var entryOfSubject: [UTF8Key: Int?] = [:]
    var entryOfWords: [Set<String>: Int] = [:]
    for (position, fact) in facts.enumerated() {
      guard let statistic = fact.statistic, statistic.concept == nil else { continue }
      let key = UTF8Key(statistic.subject)
      let entry: Int?
      if let known = entryOfSubject[key] {
        entry = known
      } else {
        let words = SubjectIndex.contentWords(
          of: statistic.subject, stopwords: stopwords, names: names)
        if words.isEmpty {
          entry = nil
        } else if let existing = entryOfWords[words] {
          entry = existing
        } else {
          entry = entries.count
          entryOfWords[words] = entries.count
          entries.append(Entry(facts: [], words: words))
        }
        entryOfSubject[key] = .some(entry)
      }
      if let entry { entries[entry].facts.append(position) }
    }
    self.init(entries: entries, stopwords: stopwords)
  }

  /// Indexes subjects already read into their content words.
  init(entries: [Entry], stopwords: Set<String>) {
    self.entries = entries
    self.stopwords = stopwords
    var postings: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      for word in entry.words { postings[word, default: []].append(index) }
    }
    self.postings = postings
    stopwordHashes = FoldHashSet(stopwords.map(TermSet.foldHash))
    postingHashes = FoldHashSet(postings.keys.map(TermSet.foldHash))
  }

  /// The fold keys of a subject's words but its stopwords and the names of places and platforms.
  private static func contentWords(of subject: String, stopwords: Set<String>, names: [TermSet])
    -> Set<String>
  {
    let all = VietnameseText.words(subject)
    var covered = Set<Int>()
    for set in names { for match in set.matches(in: all) { covered.formUnion(match.range) } }
    return Set(all.indices.filter { !covered.contains($0) }.map { all[$0].fold }).subtracting(
      stopwords)
  }

  /// The facts whose subject the question names best, by position, with the number of content words
  /// shared.
  ///
  /// A match needs two shared words and half of the question's own content words (those no scope,
  /// place or period covers), or all of the subject's. `facts` are the best-scoring ones, in order;
  /// `scores` has every fact sharing two words or more, for narrowing by place before choosing.
  func matches(_ words: [Word], excluding covered: Set<Int>) -> (
    facts: [Int], score: Int, scores: SubjectScores
  ) {
    // The question's content words, each once: a question has few, compared one by one.
    var asked: [Word] = []
    for (index, word) in words.enumerated() where !covered.contains(index) && !word.isNumber {
      let isStopword = stopwordHashes.contains(word.foldHash) && stopwords.contains(word.fold)
      if !isStopword, !asked.contains(where: { $0.fold == word.fold }) { asked.append(word) }
    }
    var best: (facts: [Int], score: Int, scores: SubjectScores) = ([], 0, SubjectScores())
    // Words shared with each entry, counted in place: with many reports loaded a common word is
    // in thousands of entries.
    var counts = [Int32](repeating: 0, count: entries.count)
    var touched: [Int] = []
    for word in asked where postingHashes.contains(word.foldHash) {
      for index in postings[word.fold] ?? [] {
        if counts[index] == 0 { touched.append(index) }
        counts[index] += 1
      }
    }
    var bestEntries: [Int] = []
    for index in touched where counts[index] >= 2 {
      let shared = Int(counts[index])
      let entry = entries[index]
      best.scores.entries.append((entry.facts, shared))
      // Half the question's words, or every word of the subject.
      guard Double(shared) * 2 >= Double(asked.count) || shared == entry.words.count else {
        continue
      }
      if shared > best.score {
        bestEntries = [index]
        best.score = shared
      } else if shared == best.score {
        bestEntries.append(index)
      }
    }
    // In the order of the facts, whichever entries they are in.
    best.facts = bestEntries.flatMap { entries[$0].facts }.sorted()
    return best
  }
}

/// The facts sharing two words or more with a question, each with the number shared: kept by
/// subject, and listed fact by fact only when an answer asks (with many reports loaded, they are
/// thousands, and most answers go by concept).
public struct SubjectScores: Sendable {
  /// The facts of each subject sharing words, with how many.
  ///
  /// A fact has one subject.
  var entries: [(facts: [Int], shared: Int)] = []

  /// Whether no fact shares two words.
  public var isEmpty: Bool { entries.allSatisfy(\.facts.isEmpty) }

  /// Each fact with its number of shared words, in the order of the facts.
  public func inFactOrder() -> [(fact: Int, score: Int)] {
    entries.flatMap { entry in entry.facts.map { ($0, entry.shared) } }.sorted { $0.fact < $1.fact }
  }
}
