import Foundation

/// Every sentence of the loaded reports, ranked for a question by BM25 over folded syllables and
/// syllable pairs, with term statistics from the reports themselves.
///
/// Built once when the documents are loaded; the lexicon's abbreviations and those a report
/// defines itself (`người nộp thuế (NNT)`) are expanded on both sides, so that `NNT` in a
/// question finds `người nộp thuế` in a sentence.
struct PassageIndex: Sendable {
  /// The passages, in document order.
  let passages: [Passage]
  /// For each term (a syllable's fold hash, or a pair's), the passages holding it and how often.
  private let postings: [UInt64: [(passage: Int32, count: Int32)]]
  /// Each passage's length in terms, and the mean.
  private let lengths: [Int32]
  private let meanLength: Double
  /// The fold hashes of every word of each document, by its position: a question's word that its
  /// report never uses is one the report does not answer.
  let documentWords: [Set<UInt64>]
  /// How many words a sentence pointing back opens with before its anaphor (`Tuy nhiên, con số
  /// này …`).
  static let pointingBack = 5

  /// The syllable pairs of a report's opening sentence but those of where it took place
  /// (`tại Hà Nội`): the report is not about its venue.
  static func subjectPairs(of passage: Passage, lexicon: Lexicon) -> Set<UInt64> {
    let words = passage.words
    let venues = Set(lexicon.extractionCues.venues)
    var pairs = passage.pairs.layers.first ?? []
    for index in words.indices.dropLast(2) where venues.contains(words[index].text.lowercased()) {
      pairs.remove(pair(words[index + 1].foldHash, words[index + 2].foldHash))
    }
    return pairs
  }

  /// The syllable pairs of each document's opening sentence, which says whom the report is about:
  /// a name it gives (`Việt Nam`) is every passage's.
  let openingPairs: [Set<UInt64>]
  /// Whether the reports write `word` in lowercase somewhere, with its marks.
  ///
  /// A word they never so write is a name (`Đức`, though `giáo dục` folds alike). Looked up in
  /// the passages holding its fold, which for a common word stops at the first.
  func writesInLowercase(_ word: Word) -> Bool {
    let hash = word.foldHash
    for (passage, _) in postings[hash] ?? [] {
      for candidate in passages[Int(passage)].words
      where candidate.foldHash == hash && candidate.exact == word.exact {
        if let first = candidate.text.unicodeScalars.first, first.properties.isLowercase {
          return true
        }
      }
    }
    return false
  }
  /// Abbreviations the reports define in parentheses, by fold key, with the words they stand for.
  let definedAbbreviations: [String: [Word]]
  /// The reports, newest first, each once however many times it was saved (title and date):
  /// what a decline names, sorted once at load rather than for every decline.
  let reportsNewestFirst: [(title: String, dated: String)]
  /// The ranking function's parameters.
  let scorer = BM25()
  /// Reads candidates out of the passages, with the lexicon's words looked up once.
  let reader: CandidateReader
  /// The passages of each paragraph, by document position and paragraph number.
  private let paragraphs: [ParagraphKey: Range<Int>]
  /// Each document's position, by title (the first of several with one title).
  private let titles: [ByteKey: Int]
  /// Each document's passages, by its position.
  private let documentPassages: [Range<Int>]
  /// Each document's title, by its position.
  private let documentTitles: [String]

  /// The share of `document`'s passages that hold the term `key`: near 1 for what the whole
  /// report is about (`Viettel` in a report on Viettel), near 0 for what one sentence says.
  func share(of key: UInt64, in document: Int) -> Double {
    let range = documentPassages[document]
    guard !range.isEmpty, let list = postings[key] else { return 0 }
    // The postings are in passage order: the first at or after each end, by halving.
    func firstIndex(atLeast passage: Int) -> Int {
      var low = 0
      var high = list.count
      while low < high {
        let middle = (low + high) / 2
        if Int(list[middle].passage) < passage { low = middle + 1 } else { high = middle }
      }
      return low
    }
    let found = firstIndex(atLeast: range.upperBound) - firstIndex(atLeast: range.lowerBound)
    return Double(found) / Double(range.count)
  }

  private struct ParagraphKey: Hashable {
    let document: Int
    let paragraph: Int
  }

  /// The passages of the paragraph a source quotes.
  func passages(of source: Source) -> ArraySlice<Passage> {
    guard let document = titles[ByteKey(source.document)],
      let range = paragraphs[ParagraphKey(document: document, paragraph: source.paragraph)]
    else { return [] }
    return passages[range]
  }

  /// BM25's two parameters: how fast a term's repeats stop counting, and how much a long passage
  /// is discounted.
  struct BM25: Sendable {
    var k1 = 1.2
    var b = 0.75

    /// The inverse document frequency of a term found in `found` of `total` passages.
    func idf(found: Int, total: Int) -> Double {
      log(1 + (Double(total) - Double(found) + 0.5) / (Double(found) + 0.5))
    }

    /// A term's contribution, found `count` times in a passage of `length` terms.
    func weight(count: Int, length: Int, meanLength: Double) -> Double {
      let count = Double(count)
      return count * (k1 + 1) / (count + k1 * (1 - b + b * Double(length) / max(meanLength, 1)))
    }
  }

  init(documents: [Document], lexicon: Lexicon) {
    reader = CandidateReader(lexicon: lexicon)
    var seen = Set<String>()
    reportsNewestFirst = documents.sorted {
      ($0.published ?? .distantPast) > ($1.published ?? .distantPast)
    }
    .filter { seen.insert($0.title + "\n" + $0.dated).inserted }
    .map { ($0.title, $0.dated) }
    let defined = Self.definedAbbreviations(in: documents, lexicon: lexicon)
    definedAbbreviations = defined
    // Each document's passages are its own: read on all the cores.
    let passages = Array(documents.indices).concurrentMap { position in
      Self.passages(of: documents[position], at: position, lexicon: lexicon, defined: defined)
    }.flatMap { $0 }
    var postings: [UInt64: [(passage: Int32, count: Int32)]] = [:]
    var lengths: [Int32] = []
    lengths.reserveCapacity(passages.count)
    for (number, passage) in passages.enumerated() {
      // Each key with how often it comes, counted in sorted order rather than in a table.
      let keys = Self.keys(passage.terms).sorted()
      var start = 0
      while start < keys.count {
        var end = start + 1
        while end < keys.count, keys[end] == keys[start] { end += 1 }
        postings[keys[start], default: []].append((Int32(number), Int32(end - start)))
        start = end
      }
      lengths.append(Int32(keys.count))
    }
    var documentWords = [Set<UInt64>](repeating: [], count: documents.count)
    var openingPairs = [Set<UInt64>?](repeating: nil, count: documents.count)
    var lastParagraph: (document: Int, paragraph: Int)?
    for passage in passages {
      if openingPairs[passage.document] == nil {
        openingPairs[passage.document] = Self.subjectPairs(of: passage, lexicon: lexicon)
      }
      documentWords[passage.document].formUnion(passage.ownTerms)
      // The context a paragraph's passages share, once a paragraph.
      if lastParagraph.map({ $0 != (passage.document, passage.paragraph) }) ?? true {
        for shared in passage.context.layers.dropFirst(2) {
          documentWords[passage.document].formUnion(shared)
        }
        lastParagraph = (passage.document, passage.paragraph)
      }
    }
    self.documentWords = documentWords
    self.openingPairs = openingPairs.map { $0 ?? [] }
    var paragraphs: [ParagraphKey: Range<Int>] = [:]
    for (number, passage) in passages.enumerated() {
      let key = ParagraphKey(document: passage.document, paragraph: passage.paragraph)
      paragraphs[key] = (paragraphs[key]?.lowerBound ?? number)..<(number + 1)
    }
    self.paragraphs = paragraphs
    var documentPassages = [Range<Int>](repeating: 0..<0, count: documents.count)
    for (number, passage) in passages.enumerated() {
      let range = documentPassages[passage.document]
      documentPassages[passage.document] =
        range.isEmpty ? number..<(number + 1) : range.lowerBound..<(number + 1)
    }
    self.documentPassages = documentPassages
    documentTitles = documents.map(\.title)
    titles = Dictionary(
      documents.enumerated().map { (ByteKey($1.title), $0) },
      uniquingKeysWith: { first, _ in first })
    self.passages = passages
    self.postings = postings
    self.lengths = lengths
    meanLength =
      lengths.isEmpty ? 1 : Double(lengths.reduce(0) { $0 + Int($1) }) / Double(lengths.count)
  }

  /// The terms a sequence of fold hashes is indexed and searched by: each syllable and each pair.
  static func keys(_ terms: [UInt64]) -> [UInt64] {
    var keys = terms
    keys.reserveCapacity(terms.count * 2)
    for index in terms.indices.dropLast() { keys.append(pair(terms[index], terms[index + 1])) }
    return keys
  }

  /// The key of two syllables in a row.
  static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &+ 0x632B_E59B_D9B4_E019)
  }

  /// The inverse document frequency of a syllable or pair key, and whether any passage has it.
  func idf(_ key: UInt64) -> (value: Double, found: Bool) {
    let found = postings[key]?.count ?? 0
    return (scorer.idf(found: found, total: passages.count), found > 0)
  }

  /// Whether the word at `position` makes, with the word before or after it, a pair of
  /// syllables some passage has.
  func formsPair(at position: Int, in words: [Word]) -> Bool {
    let hash = words[position].foldHash
    // A number next to it (`nam 2024`) makes no term.
    if position > 0, !words[position - 1].isNumber,
      postings[Self.pair(words[position - 1].foldHash, hash)] != nil
    {
      return true
    }
    if position + 1 < words.count, !words[position + 1].isNumber,
      postings[Self.pair(hash, words[position + 1].foldHash)] != nil
    {
      return true
    }
    return false
  }

  /// The passages that best match `terms` (fold hashes, searched with their pairs), best first.
  func search(_ terms: [UInt64], weights: [UInt64: Double] = [:], limit: Int) -> [(
    passage: Int, score: Double
  )] {
    // One score a passage, and the passages scored: with a thousand reports loaded, most
    // passages hold a common word, and a table of all is cheaper than a hash table that grows.
    var scores = [Double](repeating: 0, count: passages.count)
    var scored: [Int32] = []
    // A passage's score is summed term by term in the query's order, so it is the same each run.
    var seen = Set<UInt64>()
    for key in Self.keys(terms) where seen.insert(key).inserted {
      guard let list = postings[key] else { continue }
      let idf = scorer.idf(found: list.count, total: passages.count) * (weights[key] ?? 1)
      for (passage, count) in list {
        let weight = scorer.weight(
          count: Int(count), length: Int(lengths[Int(passage)]), meanLength: meanLength)
        if scores[Int(passage)] == 0 { scored.append(passage) }
        scores[Int(passage)] += idf * weight
      }
    }
    let better = { (left: Int32, right: Int32) -> Bool in
      let (a, b) = (scores[Int(left)], scores[Int(right)])
      return a > b || (a == b && left < right)
    }
    // A sentence a report repeats, or a report loaded twice (saved again under another name, with
    // its title), is read once: copies would fill every place and leave no room for other
    // sentences. The same words in another report may say something else, and are kept. The best
    // few are read first; only where copies fill them are all ranked.
    var found: [(passage: Int, score: Double)] = []
    // By each passage's copy key; on the same key, the bytes say whether it is a copy.
    var kept: [UInt64: [Int32]] = [:]
    func read(_ ranked: [Int32]) {
      found = []
      kept = [:]
      for passage in ranked where found.count < limit {
        let sentence = passages[Int(passage)]
        let same = kept[sentence.copyKey, default: []]
        guard !same.contains(where: { isCopy(passages[Int($0)], of: sentence) }) else { continue }
        kept[sentence.copyKey] = same + [passage]
        found.append((Int(passage), scores[Int(passage)]))
      }
    }
    let few = scored.best(limit * Self.copiesRead, by: better)
    read(few)
    if found.count < limit && few.count < scored.count { read(scored.sorted(by: better)) }
    return found
  }

  /// Whether `passage` is the same sentence as `other` under the same report title.
  private func isCopy(_ passage: Passage, of other: Passage) -> Bool {
    passage.text.utf8.elementsEqual(other.text.utf8)
      && documentTitles[passage.document].utf8.elementsEqual(documentTitles[other.document].utf8)
  }

  /// How many times the passages searched for are ranked first: enough for copies of a report
  /// or a sentence to be passed over.
  static let copiesRead = 4

  /// Words with the lexicon's abbreviations and the reports' own expanded.
  static func expand(_ words: [Word], lexicon: Lexicon, defined: [String: [Word]]) -> [Word] {
    spell(
      unify(expand(lexicon.expand(words), defined: defined), lexicon: lexicon), lexicon: lexicon)
  }

  /// Words with a small whole number followed by its word (`3` and `ba`), so that `một trong
  /// ba thành phần` finds `cả 3 thành phần`: the lexicon's number words, by value.
  static func spell(_ words: [Word], lexicon: Lexicon) -> [Word] {
    guard words.contains(where: { $0.isNumber && $0.text.count <= 2 }) else { return words }
    return words.flatMap { word -> [Word] in
      guard word.isNumber, word.text.count <= 2, let value = Int(word.text),
        let spelled = lexicon.numberWords.terms.first(where: { $0.value == Double(value) })
      else {
        return [word]
      }
      return [word] + spelled.phrases[0]
    }
  }

  /// Words with the lexicon's synonyms read as their entry's name (`nhiều nhất` → `dẫn đầu`).
  ///
  /// Places and platforms the lexicon knows are read by their names too (`HCM` as `Hồ Chí Minh`).
  static func unify(_ words: [Word], lexicon: Lexicon) -> [Word] {
    let found = [lexicon.synonyms, lexicon.provinces, lexicon.countries, lexicon.platforms].flatMap
    { $0.matches(in: words) }
    guard !found.isEmpty else { return words }
    var unified: [Word] = []
    var index = 0
    while index < words.count {
      if let match = found.filter({ $0.range.lowerBound == index }).max(by: {
        $0.length < $1.length
      }) {
        unified += match.term.phrases[0]
        index = match.range.upperBound
      } else {
        unified.append(words[index])
        index += 1
      }
    }
    return unified
  }

  /// Words with the abbreviations the reports define expanded.
  ///
  /// A word is taken for one when written in capitals or when it has no vowel: `bhxh` typed
  /// without capitals is no syllable, while `DA` would be `đa` as often as an abbreviation.
  static func expand(_ words: [Word], defined: [String: [Word]]) -> [Word] {
    guard !defined.isEmpty, words.contains(where: { defined[$0.fold] != nil }) else { return words }
    return words.flatMap { word -> [Word] in
      guard let expansion = defined[word.fold] else { return [word] }
      let capitals = word.text.allSatisfy { $0.isUppercase || $0.isNumber }
      let vowelless = !word.fold.contains { "aeiouy".contains($0) }
      return capitals || vowelless ? expansion : [word]
    }
  }

  /// Abbreviations a report defines: `(NNT)` after words whose initials spell it
  /// (`người nộp thuế (NNT)`), unless the lexicon knows them already.
  static func definedAbbreviations(in documents: [Document], lexicon: Lexicon) -> [String: [Word]] {
    var found: [String: [Word]] = [:]
    for document in documents {
      for paragraph in document.paragraphs where paragraph.kind == .text {
        var rest = Substring(paragraph.text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
          let inside = rest[rest.index(after: open)..<close]
          defer { rest = rest[rest.index(after: close)...] }
          let letters = inside.filter { $0 != "&" }
          guard (2...8).contains(letters.count), letters.allSatisfy({ $0.isUppercase }) else {
            continue
          }
          let short = VietnameseText.foldKey(String(letters))
          guard lexicon.abbreviations[short] == nil, found[short] == nil else { continue }
          // The words just before it: a few are enough, and reading the whole paragraph up to
          // every parenthesis would read a long one many times over.
          let before = VietnameseText.words(String(rest[..<open].suffix(80)))
          guard before.count >= letters.count else { continue }
          let expansion = Array(before.suffix(letters.count))
          let initials = String(expansion.compactMap(\.fold.first))
          if initials == short { found[short] = expansion }
        }
      }
    }
    return found
  }

  /// The most words of a caption read as a sub-heading.
  static let headingWords = 10

  /// The passages of one document: each sentence of its text paragraphs, with its context.
  static func passages(
    of document: Document, at position: Int, lexicon: Lexicon, defined: [String: [Word]]
  )
    -> [Passage]
  {
    let title = TextRead(
      VietnameseText.words(document.title), lexicon: lexicon, defined: defined,
      published: document.published)
    let titleKey = ByteKey.fnv("\n", from: ByteKey.fnv(document.title))
    var heading = TextRead()
    // The report's opening sentence says whom it is about (`Bộ NN-PTNT tổ chức hội nghị …`): its
    // names are every passage's.
    let opening = document.paragraphs.first { $0.kind == .text }?.sentences.first.map {
      TextRead(
        VietnameseText.words($0.text), lexicon: lexicon, defined: defined,
        published: document.published)
    }
    var passages: [Passage] = []
    // The sentence before, which a sentence opening `Tỷ lệ này ...` leans on.
    var previous = SentenceSets()
    for paragraph in document.paragraphs {
      switch paragraph.kind {
      // A line of a few words without a photo credit may be a sub-heading as well as a caption
      // (`Kết quả rà soát, phân loại thửa đất`): context to the paragraphs after it either way.
      case .caption
      where paragraph.text.split(separator: " ").count <= Self.headingWords
        && !DocumentReader.mentionsPhoto(paragraph.text):
        heading = TextRead(
          VietnameseText.words(paragraph.text), lexicon: lexicon, defined: defined,
          published: document.published)
        continue
      case .caption: continue
      case .heading:
        heading = TextRead(
          VietnameseText.words(paragraph.text), lexicon: lexicon, defined: defined,
          published: document.published)
        continue
      case .text: break
      }
      passages += Self.passages(
        of: paragraph, at: position, context: [heading, title], previous: &previous,
        read: (lexicon, defined, titleKey, opening ?? TextRead(), document.published))
    }
    return passages
  }

  /// A text's words and what each passage takes of them, worked out once per text: a title is
  /// context to every sentence of its document, a lead to every sentence of its paragraph.
  private struct TextRead {
    var words: [Word] = []
    var terms: [UInt64] = []
    var pairs: [UInt64] = []
    var names: [UInt64] = []
    var numbers: [String] = []

    init() {}

    /// `published` is the report's date, which gives a period its year where the text leaves it
    /// out.
    init(_ words: [Word], lexicon: Lexicon, defined: [String: [Word]], published: Day?) {
      self.words = words
      let expanded = PassageIndex.expand(words, lexicon: lexicon, defined: defined)
      terms = expanded.map(\.foldHash)
      pairs = Passage.pairHashes(terms)
      // The capitalised words, as written and as expanded (`TPHCM` is `TP Hồ Chí Minh`).
      names = Passage.nameHashes(words) + Passage.nameHashes(expanded)
      numbers = words.flatMap(Passage.numberKeys)
      if let published {
        numbers +=
          Passage.periodKeys(words, reference: published)
          + words.compactMap { Passage.dayKey($0, reference: published) }
      }
    }

    /// The days the words give, with and without their year, which the report's date lends
    /// where the text leaves it out (`Chiều 28/6/2024`, `Sáng 18/10`).
    func days(published: Day?) -> [String] {
      guard let published else { return [] }
      return words.compactMap { word in
        word.isNumber && word.fold.split(separator: "/").count == 3
          && PeriodReader.day(word.fold, reference: published) != nil
          ? word.fold : Passage.dayKey(word, reference: published)
      }.flatMap { [$0, $0.split(separator: "/").prefix(2).joined(separator: "/")] }
    }
  }

  /// A sentence's own terms, pairs and names, as sets.
  private struct SentenceSets {
    var terms = Set<UInt64>()
    var pairs = Set<UInt64>()
    var names = Set<UInt64>()
    /// The terms in order, as BM25 ranks a sentence by them.
    var ranked: [UInt64] = []
    /// The words as written.
    var words: [Word] = []
  }

  /// The passages of one text paragraph of the document at `position`: each sentence, with the
  /// paragraph's lead and the `context` texts (its heading and title), and the sentence before.
  ///
  /// `read.titleKey` starts each passage's ``Passage/copyKey``.
  private static func passages(
    of paragraph: Paragraph, at position: Int, context texts: [TextRead],
    previous previousSets: inout SentenceSets,
    read: (
      lexicon: Lexicon, defined: [String: [Word]], titleKey: UInt64, opening: TextRead,
      published: Day?
    )
  ) -> [Passage] {
    let (lexicon, defined) = (read.lexicon, read.defined)
    var passages: [Passage] = []
    // The opening's day is the day of the event the report is about (`Sáng 18/10, …`).
    let opening = (
      terms: Set(read.opening.terms), names: Set(read.opening.names),
      numbers: Set(read.opening.days(published: read.published))
    )
    var shared:
      (
        terms: Set<UInt64>, pairs: Set<UInt64>, names: Set<UInt64>, numbers: Set<String>,
        words: [Word]
      )?
    for sentence in paragraph.sentences {
      let (words, wordTokens) = VietnameseText.wordsByToken(sentence.text)
      let own = TextRead(words, lexicon: lexicon, defined: defined, published: read.published)
      // The paragraph's lead, heading and title: one set of each for all its sentences.
      let context =
        shared
        ?? {
          let parts = [own] + texts
          return (
            Set(parts.flatMap(\.terms)), Set(parts.flatMap(\.pairs)), Set(parts.flatMap(\.names)),
            Set(parts.flatMap(\.numbers)), parts.flatMap(\.words)
          )
        }()
      shared = context
      let ownSets = SentenceSets(
        terms: Set(own.terms), pairs: Set(own.pairs), names: Set(own.names), ranked: own.terms,
        words: words)
      // A sentence opening on `Con số này` is ranked by the sentence before's words too.
      let leans = lexicon.anaphors.matches(in: Array(words.prefix(Self.pointingBack))).contains {
        $0.exact
      }
      let tokens = sentence.text.split(separator: " ")
      let layout = CandidateReader.Layout.breaks(
        words: words, wordTokens: wordTokens, tokens: tokens)
      passages.append(
        Passage(
          document: position, paragraph: paragraph.number, text: sentence.text,
          copyKey: ByteKey.fnv(sentence.text, from: read.titleKey), words: words,
          wordTokens: wordTokens, tokens: tokens,
          terms: leans ? previousSets.ranked + own.terms : own.terms,
          context: Layered(
            layers: [ownSets.terms, previousSets.terms, context.terms, opening.terms]),
          numbers: Layered(layers: [Set(own.numbers), context.numbers, opening.numbers]),
          contextWords: context.words,
          breakAfter: layout.breakAfter, capitalised: CandidateReader.Layout.capitals(words),
          clauses: layout.clauses, parts: layout.parts,
          pairs: Layered(layers: [ownSets.pairs, previousSets.pairs, context.pairs]),
          names: Layered(
            layers: [ownSets.names, previousSets.names, context.names, opening.names]),
          leansOnPrevious: leans, previousWords: leans ? previousSets.words : []))
      previousSets = ownSets
    }
    return passages
  }
}
