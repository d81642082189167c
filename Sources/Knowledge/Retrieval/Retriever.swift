/// What retrieval found for a question: the query it was read as, the candidates best first,
/// and whether the best one covers the question well enough to be answered.
struct Retrieval: Sendable {
  /// The question as analysed.
  let query: Query
  /// The candidates, best first (a few).
  let ranked: [Candidate]
  /// How much of the focus's weight the best candidate's passage and context hold, from 0 to 1.
  let coverage: Double
  /// What the question gives that the best passage lacks: numbers, years, names, and the words
  /// its report never uses when they weigh over a third of the focus.
  let missing: [String]
  /// How much of the focus's weight the best candidate's own sentence holds.
  let sentenceCoverage: Double
  /// The share of the names' weight the best candidate's own sentence lacks.
  var namesElsewhere = 0.0
  /// The least coverage an answer needs.
  static let threshold = 0.45
  /// The least of the focus an answer's own sentence must hold: the context may say the rest.
  static let sentenceThreshold = 0.2

  /// The best candidate.
  var best: Candidate? { ranked.first }

  /// Whether the best candidate answers the question: its passage covers the focus and holds
  /// every number and name the question gives.
  var isConfident: Bool {
    guard let best, coverage >= Self.threshold, sentenceCoverage >= Self.sentenceThreshold,
      missing.isEmpty
    else {
      return false
    }
    // Asked for a sum of money, a count is no answer; asked to count something, a bare number
    // that says not what it counts is none either.
    if best.kind == .figure, query.counted != nil, !best.countsAsked, best.range.count == 1 {
      return false
    }
    if best.measuresOther { return false }
    return query.type != .money || best.kind != .figure || best.isMoney
  }

  /// Whether the best candidate answers the question beyond doubt.
  ///
  /// Confident, its passage covering most of the focus, a figure counting what was asked, and
  /// not a bare sentence: what it takes to answer where a rule says the reports cannot.
  var isCertain: Bool {
    guard isConfident, let best, coverage >= Self.certainty, query.type != .description,
      namesElsewhere == 0
    else {
      return false
    }
    guard best.kind == .figure else { return true }
    if query.type == .share && (!best.isPercent || best.isChange) { return false }
    return query.counted == nil || best.countsAsked
  }

  /// The coverage ``isCertain`` asks for.
  static let certainty = 0.7
}

/// Answers a question from the passages of the loaded reports: ranks them by BM25, reads the
/// candidates of the kind asked out of the best, and scores each by the evidence around it.
struct Retriever: Sendable {
  let index: PassageIndex
  let lexicon: Lexicon
  let documents: [Document]

  /// How many passages are read for candidates.
  static let depth = 12

  /// How much a candidate's nearness to the focus words counts, for a name and for the rest.
  static let nameNearness = 0.7
  static let figureNearness = 0.35
  /// The kinds of answer that are names.
  static let named: Set<Query.AnswerType> = [.person, .organisation, .place]

  /// A candidate with the evidence of its passage: what the ranking and the answer read.
  typealias Scored = (
    candidate: Candidate, coverage: Double, sentence: Double, missing: [String], names: Double
  )

  /// Finds the best answer to `question` in the passages.
  func retrieve(_ question: Question) -> Retrieval {
    let query = Query(question, index: index, lexicon: lexicon)
    guard query.totalWeight > 0 else {
      return Retrieval(query: query, ranked: [], coverage: 0, missing: [], sentenceCoverage: 0)
    }
    let weights = Dictionary(
      query.focus.map { ($0.word.foldHash, $0.isName ? 2.0 : 1.0) }, uniquingKeysWith: max)
    let hits = index.search(query.terms, weights: weights, limit: Self.depth)
    let top = hits.first?.score ?? 1
    // For each report searched, the share of its passages holding each focus word.
    var documentShares: [Int: [UInt64: Double]] = [:]
    var scored: [Scored] = []
    for hit in hits {
      let passage = index.passages[hit.passage]
      let shares =
        documentShares[passage.document]
        ?? Dictionary(
          query.focus.map {
            ($0.word.foldHash, index.share(of: $0.word.foldHash, in: passage.document))
          },
          uniquingKeysWith: max)
      documentShares[passage.document] = shares
      scored += candidates(
        in: passage, hit: (hit.passage, hit.score, top), query: query,
        shares: shares)
    }
    let ranked = ranking(scored, query: query)
    guard let best = ranked.first else {
      return Retrieval(query: query, ranked: [], coverage: 0, missing: [], sentenceCoverage: 0)
    }
    var retrieval = Retrieval(
      query: query, ranked: ranked.prefix(3).map(\.candidate), coverage: best.coverage,
      missing: best.missing,
      sentenceCoverage: best.sentence)
    retrieval.namesElsewhere = best.names
    return retrieval
  }

  /// The candidates of one passage found by the search, each scored by the passage's evidence,
  /// its nearness to the focus words and how well it fits the kind of answer asked.
  ///
  /// `hit.top` is the best passage's BM25 score.
  private func candidates(
    in passage: Passage, hit: (passage: Int, bm25: Double, top: Double), query: Query,
    shares: [UInt64: Double]
  ) -> [Scored] {
    let evidence = Evidence(
      passage: passage, query: query, published: documents[passage.document].published,
      documentWords: index.documentWords[passage.document], comparisons: lexicon.comparisons,
      shares: shares, openingPairs: index.openingPairs[passage.document])
    let passageScore =
      0.5 * evidence.coverage + 0.3 * evidence.sentenceCoverage + 0.2 * hit.bm25
      / max(hit.top, 1e-9)
    let candidates = index.reader.candidates(in: passage, at: hit.passage, for: query)
    let named = index.reader.respectively(candidates, in: passage)
    let asked = Set(query.focus.map(\.word.foldHash))
    let askedFor = named.filter { _, run in
      passage.words[run].contains { asked.contains($0.foldHash) }
    }
    let questionWords = Set(query.words.map(\.foldHash))
    // Who or what did something is told by the words beside the name (`trình bày báo cáo, Thứ
    // trưởng Phùng Đức Tiến`) more than a figure by those beside it.
    let nearness = Self.named.contains(query.type) ? Self.nameNearness : Self.figureNearness
    let subjects = subjectFits(of: candidates, in: passage, query: query, asked: questionWords)
    let answersPlace = placesAnswering(query, in: passage)
    var scored: [Scored] = []
    for (number, var candidate) in candidates.enumerated() {
      if candidate.kind == .place, !answersPlace(candidate) { continue }
      // `Nước nào gửi nhiều khách sang Việt Nam nhất?` is not answered `Việt Nam`.
      if candidate.kind != .sentence && candidate.kind != .figure && candidate.kind != .date,
        passage.words[candidate.range].allSatisfy({ questionWords.contains($0.foldHash) })
      {
        continue
      }
      let proximity = evidence.proximity(of: candidate.range)
      let counts = Self.counts(candidate, in: passage, query: query)
      candidate.countsAsked = counts > 0
      candidate.measuresOther = Self.measuresOther(candidate, in: passage, query: query)
      var fit =
        Self.fit(candidate, to: query) + counts
        - (candidate.measuresOther ? Self.otherMeasure : 0)
      // `Hà Nội, TP Hồ Chí Minh và Đà Nẵng lần lượt đạt x, y và z`: Đà Nẵng's is z.
      if !askedFor.isEmpty {
        fit += askedFor[number] != nil ? 0.6 : (named[number] != nil ? -0.3 : 0)
      }
      if Self.isOfOtherPeriod(candidate, stated: evidence.sentencePeriods, query: query) {
        fit -= Self.otherPeriod
      } else if candidate.kind == .figure,
        Self.isOfPartOfYear(stated: evidence.sentencePeriods, query: query)
      {
        fit -= Self.partOfYear
      }
      // Asked how far something rose, a fall is the wrong figure, though it may be all there is.
      if query.direction * candidate.direction < 0 { fit -= Self.otherDirection }
      fit += Self.subjectWeight * (subjects[number] ?? 0)
      candidate.score =
        passageScore + nearness * proximity + fit - (evidence.missing.isEmpty ? 0 : 1)
        - 0.3 * evidence.namesElsewhere
      candidate.evidence = [
        "coverage": evidence.coverage, "sentence": evidence.sentenceCoverage, "bm25": hit.bm25,
        "proximity": proximity, "type": fit,
      ]
      scored.append(
        (
          candidate, evidence.coverage, evidence.sentenceCoverage, evidence.missing,
          evidence.namesElsewhere
        ))
    }
    return scored
  }

  /// Whether a figure's own period, stated right after it, is none of those asked: in `từ 75%
  /// năm 2022 lên 80% năm 2023`, 80% is 2023's.
  static func isOfOtherPeriod(_ candidate: Candidate, stated: [PeriodMention], query: Query)
    -> Bool
  {
    guard candidate.kind == .figure,
      let own = stated.first(where: {
        (candidate.range.upperBound...(candidate.range.upperBound + 1))
          .contains($0.range.lowerBound)
      })
    else {
      return false
    }
    return !query.periods.contains { Evidence.covers(own.period, $0.period) }
  }

  /// Whether a whole year is asked and the sentence states only parts of it (`trong tháng
  /// 12/2024, … cao hơn 27,4% so với cùng tháng năm 2023` asked of 2024): its figures are a
  /// month's, though the year covers it.
  static func isOfPartOfYear(stated: [PeriodMention], query: Query) -> Bool {
    guard !query.periods.isEmpty,
      query.periods.allSatisfy({ if case .year = $0.period { true } else { false } })
    else { return false }
    let own = stated.filter { !$0.isComparison }
    return !own.isEmpty
      && own.allSatisfy { mention in
        switch mention.period {
        case .month, .quarter: return true
        case .firstMonths(_, let months): return months < 12
        default: return false
        }
      }
  }

  /// The scored candidates best first, each text of a passage once.
  ///
  /// Ties go to the earlier passage and the earlier words, so that an answer never depends on
  /// the order of a hash table.
  private func ranking(_ scored: [Scored], query: Query) -> [Scored] {
    var scored = scored
    if query.periods.isEmpty && query.numbers.isEmpty {
      Self.preferRecent(&scored, passages: index.passages, documents: documents)
    }
    scored.sort { left, right in
      if left.candidate.score != right.candidate.score {
        return left.candidate.score > right.candidate.score
      }
      if left.candidate.passage != right.candidate.passage {
        return left.candidate.passage < right.candidate.passage
      }
      return left.candidate.range.lowerBound < right.candidate.range.lowerBound
    }
    var seen: Set<PassageText> = []
    return scored.filter {
      seen.insert(PassageText(passage: $0.candidate.passage, text: ByteKey($0.candidate.text)))
        .inserted
    }
  }

  /// A candidate's text in its passage: what ``ranking(_:query:)`` keeps once.
  private struct PassageText: Hashable {
    let passage: Int
    let text: ByteKey
  }

  /// With no period asked, the figure of the latest period is the answer (`26,8 triệu` at the
  /// end of 2025 before `24,1 triệu` in 2024): a small bonus by the year the figure's sentence
  /// states, over the earliest among the candidates.
  static func preferRecent(
    _ scored: inout [Scored], passages: [Passage], documents: [Document]
  ) {
    var years: [Int: Int] = [:]
    for entry in scored
    where entry.candidate.kind == .figure && years[entry.candidate.passage] == nil {
      let passage = passages[entry.candidate.passage]
      let reference = documents[passage.document].published ?? Day(year: 2025, month: 1, day: 1)
      let stated = PeriodReader.periods(in: passage.words, reference: reference).filter {
        !$0.isComparison
      }
      years[entry.candidate.passage] = stated.map(\.period.year).max() ?? 0
    }
    guard let earliest = years.values.filter({ $0 > 0 }).min() else { return }
    for index in scored.indices {
      guard let year = years[scored[index].candidate.passage], year > 0 else { continue }
      scored[index].candidate.score += min(0.2, 0.1 * Double(year - earliest))
    }
  }

  /// How well a candidate's kind fits the answer asked for.
  static func fit(_ candidate: Candidate, to query: Query) -> Double {
    // `tháng nào` is answered by a month (`tháng 3/2022`) before a day, `ngày nào` by a day
    // (`27/12`) before a year.
    if candidate.kind == .date, let unit = query.dateUnit {
      return Self.dateUnit(of: candidate.text) == unit ? 0.3 : 0
    }
    guard candidate.kind == .figure else { return 0 }
    switch query.type {
    // A rise or fall in percent (`giảm 7,45%`) is no share.
    case .share: return candidate.isPercent && !candidate.isChange ? 0.3 : -0.3
    case .change: return (candidate.isChange ? 0.3 : 0) + (candidate.isPercent ? 0.05 : 0)
    case .rank: return candidate.isRank ? 0.3 : -0.1
    case .duration: return candidate.isDuration ? 0.3 : -0.3
    case .money: return candidate.isMoney ? 0.3 : -0.2
    case .figure: return (candidate.isPercent ? -0.1 : 0.05) + (candidate.isChange ? -0.1 : 0)
    default: return 0
    }
  }

  /// The unit a date is given in, as the fold of its word of time: the word it is written after
  /// (`tháng 3/2022`, `năm 2025`), else a day for a day and month (`27/12`, `17/5/2025`) and a
  /// month for a month and year (`3/2022`).
  static func dateUnit(of text: String) -> String {
    let first = VietnameseText.foldKey(String(text.prefix { $0 != " " }))
    guard first.contains(where: \.isNumber) else { return first }
    let parts = first.split(separator: "/")
    if parts.count == 2, parts[1].count == 4 { return "thang" }
    return parts.count >= 2 ? "ngay" : first
  }

  /// The words of a passage that say how a figure changes, not what it is of: words of change,
  /// qualifiers, joining words, and a comparison's base (`so với tháng trước`), which runs to a
  /// conjunction, a number, a stop, or another word of change or comparison.
  func functionalWords(in passage: Passage) -> Set<Int> {
    let words = passage.words
    let marks = [lexicon.changes, lexicon.qualifiers, lexicon.comparisons].flatMap {
      $0.matches(in: words)
    }
    var functional = Set(marks.flatMap { Array($0.range) })
    functional.formUnion(
      lexicon.stopwords.matches(in: words).filter { $0.length == 1 }.map(\.range.lowerBound))
    let conjunctions = Set(lexicon.extractionCues.conjunctions)
    let starts = Set(marks.map(\.range.lowerBound))
    for base in lexicon.comparisons.matches(in: words) {
      var index = base.range.upperBound
      while index < words.count, !starts.contains(index),
        !conjunctions.contains(words[index].text), !words[index].isNumber
      {
        functional.insert(index)
        if passage.breakAfter[index] { break }
        index += 1
      }
    }
    return functional
  }

  /// How each change among a passage's candidates fits the question by the words it follows,
  /// less the passage's mean: weighed against the sentence's other figures, not other sentences.
  ///
  /// A count says what it counts after it (`3.289/3.321 xã`), a share often in the clause before
  /// (`…, chiếm 76,2%`): only a change is told by the words right before, and only changes are
  /// weighed.
  func subjectFits(
    of candidates: [Candidate], in passage: Passage, query: Query, asked: Set<UInt64>
  ) -> [Int: Double] {
    guard query.type == .change else { return [:] }
    let functional = functionalWords(in: passage)
    let figures = candidates.filter { $0.kind == .figure }.map(\.range).sorted {
      $0.lowerBound < $1.lowerBound
    }
    var fits: [Int: Double] = [:]
    for (number, candidate) in candidates.enumerated()
    where candidate.kind == .figure && (candidate.isPercent || candidate.isChange) {
      fits[number] = subjectFit(
        of: candidate, figures: figures, functional: functional, in: passage, query: query,
        asked: asked)
    }
    let mean = fits.values.reduce(0, +) / Double(max(fits.count, 1))
    return fits.mapValues { $0 - mean }
  }

  /// Which places of a passage may answer: asked `tỉnh nào`, a province or a place named with its
  /// kind (`huyện Mèo Vạc`); else any.
  func placesAnswering(_ query: Query, in passage: Passage) -> (Candidate) -> Bool {
    guard query.placeMarked else { return { _ in true } }
    let provinces = Set(lexicon.provinces.matches(in: passage.words).map(\.range.lowerBound))
    let marked = Set(lexicon.placeMarkers.matches(in: passage.words).map(\.range.upperBound))
    return { provinces.contains($0.range.lowerBound) || marked.contains($0.range.lowerBound) }
  }

  /// How much the fit of a figure's own subject to the question counts.
  static let subjectWeight = 0.3

  /// How well the words a figure follows in its own stretch of the sentence fit the question:
  /// the share of the focus's weight they hold, less the share of them the question lacks.
  ///
  /// The stretch runs from the clause's start, or the figure before, to the figure, words of
  /// change, qualifiers and a comparison's base aside: in `khối lượng xuất khẩu tăng 1,8% còn kim
  /// ngạch tăng 55,5%`, 55,5% follows `kim ngạch` alone, and 1,8% `khối lượng`, which a question
  /// about `kim ngạch xuất khẩu` does not ask.
  func subjectFit(
    of candidate: Candidate, figures: [Range<Int>], functional: Set<Int>, in passage: Passage,
    query: Query, asked: Set<UInt64>
  ) -> Double {
    let words = passage.words
    // The figure's own words, else those of the figure before it in the clause (`CPI nhích thêm
    // 0,19% … và cao hơn 3,48%`: both are the CPI's), else the sentence's first clause's.
    var end = candidate.range.lowerBound
    var stretch: [Int] = []
    while stretch.isEmpty {
      let clause = (0..<end).last { passage.breakAfter[$0] }.map { $0 + 1 } ?? 0
      let previous = figures.last { $0.upperBound <= end }
      let start = max(previous?.upperBound ?? 0, clause)
      stretch = (start..<end).filter { !functional.contains($0) && !words[$0].isNumber }
      guard stretch.isEmpty, let previous, previous.upperBound > clause else { break }
      end = previous.lowerBound
    }
    if stretch.isEmpty {
      let first = (0..<end).first { passage.breakAfter[$0] }.map { $0 + 1 } ?? end
      stretch = (0..<min(first, end)).filter { !functional.contains($0) && !words[$0].isNumber }
    }
    guard !stretch.isEmpty, query.totalWeight > 0 else { return 0 }
    let hashes = Set(stretch.map { words[$0].foldHash })
    let held = query.focus.filter { hashes.contains($0.word.foldHash) }.reduce(0) { $0 + $1.weight }
    let foreign = stretch.filter { !asked.contains(words[$0].foldHash) }.count
    return held / query.totalWeight - Double(foreign) / Double(stretch.count)
  }

  /// A bonus for a figure that counts what the question counts (`bao nhiêu người` and
  /// `93 triệu người`).
  static func counts(_ candidate: Candidate, in passage: Passage, query: Query) -> Double {
    guard candidate.kind == .figure, let counted = query.counted else { return 0 }
    return passage.words[candidate.range].contains { $0.foldHash == counted.foldHash } ? 0.25 : 0
  }

  /// How much a figure whose own period, stated right after it, is not the one asked counts
  /// against it.
  static let otherPeriod = 0.5

  /// How much a figure of part of the year asked counts against it.
  static let partOfYear = 0.2

  /// How much a change going the other way than asked (`giảm` for `tăng bao nhiêu`) counts
  /// against it.
  static let otherDirection = 0.3

  /// How much a share of something else than what was asked counts against a percentage.
  static let otherMeasure = 0.3

  /// Whether a percentage is a share of something else than the question asks a share of: the
  /// words after its `%` are none of the question's, and its sentence lacks what the question
  /// asks a share of (`90% diện tích` in a sentence without `dân` for `tỷ lệ dân số`).
  static func measuresOther(_ candidate: Candidate, in passage: Passage, query: Query) -> Bool {
    guard query.type == .share, candidate.isPercent, let asked = query.shareOf,
      !passage.ownTerms.contains(asked.foldHash)
    else {
      return false
    }
    let measured = passage.words[candidate.unit]
    let questionWords = Set(query.words.map(\.foldHash))
    return !measured.isEmpty && !measured.contains { questionWords.contains($0.foldHash) }
  }

  /// How much of the focus of `query` an answer of the rules covers, from 0 to 1, measured as a
  /// passage's is: its own words, and the paragraphs it quotes with their context.
  func coverage(of answer: Answer, for query: Query) -> Double {
    let total = query.totalWeight
    guard total > 0 else { return 0 }
    // The passages the answer quotes from, each with its context: looked in, not copied.
    let bySource = answer.sources.map { (source: $0, passages: index.passages(of: $0)) }
    let quoted = bySource.flatMap(\.passages)
    var read: Set<UInt64> = []
    var readPairs: Set<UInt64> = []
    // The answer's own wording is the rule's template (`diễn ra ngày`), no evidence, unless it
    // quotes nothing: a background fact is its own source. A quote that is a sentence of its
    // paragraph is among the passages already.
    let quotes =
      answer.sources.isEmpty
      ? [answer.body]
      : bySource.compactMap { source, passages in
        passages.contains { $0.text.utf8.elementsEqual(source.quote.utf8) } ? nil : source.quote
      }
    for text in quotes {
      let terms = PassageIndex.expand(
        VietnameseText.words(text), lexicon: lexicon, defined: index.definedAbbreviations
      )
      .map(\.foldHash)
      read.formUnion(terms)
      readPairs.formUnion(Passage.pairHashes(terms))
    }
    let words = QuotedWords(read: read, passages: quoted, pairs: false)
    let pairs = QuotedWords(read: readPairs, passages: quoted, pairs: true)
    let unigrams =
      query.focus.reduce(0) { $0 + (words.contains($1.word.foldHash) ? $1.weight : 0) } / total
    // An answer about another place or body than the one named covers little, whatever else.
    let names = query.focus.filter(\.isName)
    let nameWeight = names.reduce(0) { $0 + $1.weight }
    let namesFound = names.reduce(0) { $0 + (words.contains($1.word.foldHash) ? $1.weight : 0) }
    let named = nameWeight > 0 ? namesFound / nameWeight : 1
    let pairTotal = query.pairs.reduce(0) { $0 + $1.weight }
    guard pairTotal > 0 else { return unigrams * named }
    let pairsFound = query.pairs.reduce(0) { $0 + (pairs.contains($1.key) ? $1.weight : 0) }
    return (0.6 * unigrams + 0.4 * pairsFound / pairTotal) * named
  }
}

extension Retriever {
  /// What the question gives that the sentences an answer of the rules quotes lack, as
  /// ``Retrieval/missing`` counts it for a passage: numbers, names, a period, and words their
  /// report never uses when they weigh much (`vàng` of `chỉ số giá vàng`).
  ///
  /// An answer quoting several sentences (`từ 6/2 đến 24/9`) lacks only what all of them lack.
  func missing(of answer: Answer, for query: Query) -> [String] {
    let lacking = answer.sources.flatMap { source in
      index.passages(of: source).filter { $0.text.utf8.elementsEqual(source.quote.utf8) }
        .map { passage in
          Evidence(
            passage: passage, query: query, published: documents[passage.document].published,
            documentWords: index.documentWords[passage.document],
            comparisons: lexicon.comparisons,
            openingPairs: index.openingPairs[passage.document]
          ).missing
        }
    }
    guard let first = lacking.first else { return [] }
    return first.filter { item in lacking.allSatisfy { $0.contains(item) } }
  }

  /// How much of the focus of `query` some sentences hold themselves, their context aside, from
  /// 0 to 1: words and syllable pairs, as ``coverage(of:for:)`` counts them, so that `tiêu biểu`
  /// and `dùng cho` do not pass for `tiêu dùng`.
  func sentenceCoverage(of sentences: [String], for query: Query) -> Double {
    let total = query.totalWeight
    guard total > 0 else { return 0 }
    var words = Set<UInt64>()
    var pairs = Set<UInt64>()
    for sentence in sentences {
      let terms = PassageIndex.expand(
        VietnameseText.words(sentence), lexicon: lexicon, defined: index.definedAbbreviations
      ).map(\.foldHash)
      words.formUnion(terms)
      pairs.formUnion(Passage.pairHashes(terms))
    }
    let unigrams =
      query.focus.reduce(0) { $0 + (words.contains($1.word.foldHash) ? $1.weight : 0) } / total
    let pairTotal = query.pairs.reduce(0) { $0 + $1.weight }
    guard pairTotal > 0 else { return unigrams }
    let pairsFound = query.pairs.reduce(0) { $0 + (pairs.contains($1.key) ? $1.weight : 0) }
    return 0.6 * unigrams + 0.4 * pairsFound / pairTotal
  }
}

/// The evidence one passage gives for a query: how much of the focus it and its context hold,
/// what the question names that it lacks, and where the focus words stand in it.
struct Evidence {
  let coverage: Double
  let sentenceCoverage: Double
  let missing: [String]
  /// The periods the sentence states, comparisons aside, when the question asks one.
  let sentencePeriods: [PeriodMention]
  /// The share of the names' weight the sentence itself lacks (its context may have them):
  /// a figure for Bình Dương is in the sentence that names Bình Dương.
  let namesElsewhere: Double
  /// For each focus word found in the sentence, its weight and positions.
  private let positions: [(weight: Double, at: [Int])]
  /// For each word of the sentence, the number of its clause (between semicolons) and of its
  /// part (between commas too).
  private let clauses: [Int]
  private let parts: [Int]
  private let total: Double

  /// The most of the focus's weight a report may lack words for and still answer: a paraphrase
  /// uses some words of its own, a question about something else many.
  static let absentLimit = 0.35

  /// The least a focus word counts for nearness, however many of its report's sentences hold it.
  static let leastOwn = 0.2

  init(
    passage: Passage, query: Query, published: Day?, documentWords: Set<UInt64>,
    comparisons: TermSet, shares: [UInt64: Double] = [:], openingPairs: Set<UInt64> = []
  ) {
    total = query.totalWeight
    var tally = Tally(query, in: passage, documentWords: documentWords, shares: shares)
    tally.countNames(query, in: passage, opening: openingPairs)
    tally.countNumbers(query, in: passage)
    // A short abbreviation may be spelled out in the report (`VN`, `NĐT`): not counted absent.
    let absent = query.focus.filter {
      !documentWords.contains($0.word.foldHash) && !$0.isAbbreviation
    }
    if total > 0, absent.reduce(0, { $0 + $1.weight }) / total > Self.absentLimit {
      tally.missing += absent.map(\.word.text).filter { !tally.missing.contains($0) }
    }
    sentencePeriods =
      query.periods.isEmpty
      ? []
      : PeriodReader.periods(
        in: passage.words, reference: published ?? Day(year: 2025, month: 1, day: 1)
      ).filter { !$0.isComparison }
    // A base the question names (`cao hơn năm 2020`) is no period asked (see ``Query/periods``):
    // its number is checked above.
    // Who did something is asked of the report, whatever period its sentence states.
    if query.type != .person && query.type != .organisation {
      let periods = Self.periodsMissing(
        query.periods, in: passage, stated: sentencePeriods, published: published,
        comparisons: comparisons)
      tally.missing += periods.missing
      // The sentence or its context states the period asked: its months need not be repeated
      // (`6` of `6 tháng đầu năm 2021` in a paragraph under `Thu ngân sách 6 tháng đầu năm 2021`).
      if periods.stated { tally.missing.removeAll(where: query.periodNumbers.contains) }
    }
    let pairs = query.pairs
    let pairTotal = pairs.reduce(0) { $0 + $1.weight }
    let pairsFound = pairs.reduce(0) { $0 + (passage.pairs.contains($1.key) ? $1.weight : 0) }
    let unigrams = total > 0 ? tally.inContext / total : 0
    coverage = pairTotal > 0 ? 0.6 * unigrams + 0.4 * pairsFound / pairTotal : unigrams
    sentenceCoverage = total > 0 ? tally.inSentence / total : 0
    missing = tally.missing
    positions = tally.positions
    clauses = passage.clauses
    parts = passage.parts
    namesElsewhere = tally.names > 0 ? tally.namesOutside / tally.names : 0
  }

  /// What a passage holds of a query's focus, counted word by word: the weight found in its
  /// context and in its sentence, the names it lacks, and where each word stands.
  private struct Tally {
    var inContext = 0.0
    var inSentence = 0.0
    var missing: [String] = []
    var positions: [(weight: Double, at: [Int])] = []
    var names = 0.0
    var namesOutside = 0.0

    init(_ query: Query, in passage: Passage, documentWords: Set<UInt64>, shares: [UInt64: Double])
    {
      let sentence = passage.words.map(\.foldHash)
      let expandedSentence = passage.ownTerms
      for focus in query.focus {
        let hash = focus.word.foldHash
        let own = max(Evidence.leastOwn, 1 - (shares[hash] ?? 0))
        if passage.context.contains(hash) { inContext += focus.weight }
        if focus.isName
          && !(passage.names.contains(hash)
            || (!focus.capitalised || focus.isKnownName) && passage.context.contains(hash))
          && !missing.contains(focus.word.text)
          && !(focus.isUnknownAbbreviation
            || focus.isAbbreviation && focus.word.text.count < 3
              && !documentWords.contains(hash))
        {
          missing.append(focus.word.text)
        }
        // A sentence opening on `Con số này` says its subject in the sentence before.
        if expandedSentence.contains(hash)
          || passage.leansOnPrevious && passage.context.layers[1].contains(hash)
        {
          inSentence += focus.weight
        } else if focus.isName && passage.context.contains(hash) {
          inSentence += focus.weight * (1 - own)
        }
        // A name most of the report's sentences hold is what the whole report is about: one that
        // leaves it out (`điểm của tỉnh là 0,7187`) still speaks of it.
        // One the report's opening names (`Tổng công ty Cảng hàng không Việt Nam (ACV) …`) too.
        if focus.isName {
          names += focus.weight
          if !expandedSentence.contains(hash) && !passage.reportNames.contains(hash) {
            namesOutside += focus.weight * own
          }
        }
        let at = sentence.indices.filter {
          sentence[$0] == hash || focus.digits.map(passage.words[$0].fold.elementsEqual) == true
        }
        // Which figure a word stands beside tells them apart as far as the word is the sentence's
        // own: a report about Viettel names Viettel in every sentence, and a name weighs double
        // only to say which passage answers.
        if !at.isEmpty {
          positions.append(((focus.isName ? focus.weight / 2 : focus.weight) * own, at))
        }
      }
    }

    /// A name of several words is found whole, in the passage or the report's opening sentence:
    /// `Bộ Công an` is not in `Bộ Khoa học và Công nghệ`.
    ///
    /// An abbreviation is found on its own: `Bộ NN-PTNT` is `Bộ Nông nghiệp và Phát triển nông
    /// thôn (NN-PTNT)`.
    mutating func countNames(_ query: Query, in passage: Passage, opening: Set<UInt64>) {
      for (first, second) in zip(query.focus, query.focus.dropFirst())
      where first.isName && second.isName && second.position == first.position + 1
        && !first.endsClause && !Self.isAcronym(first.word) && !Self.isAcronym(second.word)
      {
        let pair = PassageIndex.pair(first.word.foldHash, second.word.foldHash)
        let name = first.word.text + " " + second.word.text
        guard !passage.pairs.contains(pair), !opening.contains(pair), !missing.contains(name)
        else { continue }
        missing.append(name)
      }
    }

    /// Whether a word is written in capitals throughout (`NN`, `GRDP`): a name of its own.
    static func isAcronym(_ word: Word) -> Bool {
      word.text.count >= 2 && word.text.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// The numbers the question gives must be in the passage, and stand beside the figure they
    /// qualify (`trên 70% số xã`).
    mutating func countNumbers(_ query: Query, in passage: Passage) {
      for number in query.numbers where !passage.numbers.contains(number) { missing.append(number) }
      let heaviest = query.focus.map(\.weight).max() ?? 1
      for number in query.numbers {
        let at = passage.words.indices.filter {
          Passage.numberKeys(passage.words[$0]).contains(number)
        }
        if !at.isEmpty { positions.append((heaviest, at)) }
      }
    }
  }

  /// The periods asked about whose year neither the sentence nor its context gives a figure for
  /// (a comparison base, `so với cùng kỳ năm 2024`, is not the period of the figures).
  ///
  /// `sentence` holds the periods the sentence states, comparisons aside.
  static func periodsMissing(
    _ asked: [PeriodMention], in passage: Passage, stated sentence: [PeriodMention],
    published: Day?, comparisons: TermSet
  )
    -> (missing: [String], stated: Bool)
  {
    guard !asked.isEmpty else { return ([], false) }
    let reference = published ?? Day(year: 2025, month: 1, day: 1)
    // The sentence's own period, else its paragraph's, heading's or title's; a period right after
    // words of comparison (`gấp 2,8 lần năm 2023`) is a base, not the figure's.
    func figures(_ mentions: [PeriodMention], in words: [Word]) -> [PeriodMention] {
      let bases = comparisons.matches(in: words).map(\.range.upperBound)
      return mentions.filter { mention in
        !mention.isComparison
          && !bases.contains {
            $0 <= mention.range.lowerBound && mention.range.lowerBound - $0 <= 3
          }
      }
    }
    var stated = figures(sentence, in: passage.words)
    // `Con số này tăng 39,5% …` is of the period of the sentence before, where it gives its year.
    if passage.leansOnPrevious {
      stated += figures(
        PeriodReader.periods(in: passage.previousWords, reference: reference),
        in: passage.previousWords
      ).filter(\.yearGiven)
    }
    if stated.isEmpty {
      stated = figures(
        PeriodReader.periods(in: passage.contextWords, reference: reference),
        in: passage.contextWords)
    }
    // A report speaks of its own year where it gives no other.
    if stated.isEmpty, let published {
      return (asked.filter { $0.period.year != published.year }.map(\.period.vietnamese), false)
    }
    let missing = asked.filter { mention in
      !stated.contains { Self.covers($0.period, mention.period) }
    }.map(\.period.vietnamese)
    return (missing, !stated.isEmpty && missing.isEmpty)
  }

  /// Whether a figure stated for `stated` may answer a question about `asked`: the same year,
  /// and not another quarter, month or run of months of it (`quý I/2025` is not `quý III/2025`),
  /// nor the year's first months for the whole year (`6 tháng đầu năm 2024` is not `năm 2024`).
  static func covers(_ stated: Period, _ asked: Period) -> Bool {
    guard stated.year == asked.year else { return false }
    switch (stated, asked) {
    case (.firstMonths(_, let months), .year): return months >= 12
    case (_, .year), (.year, _), (.asOf, _), (.current, _), (.range, _): return true
    default: return stated == asked
    }
  }

  /// How close the focus words stand to a candidate, from 0 to 1: words before it (where
  /// Vietnamese puts what a figure measures) count more than words after it.
  func proximity(of range: Range<Int>) -> Double {
    guard total > 0 else { return 0 }
    var sum = 0.0
    for (weight, at) in positions {
      let distance =
        at.map { position -> Double in
          if range.contains(position) { return 0 }
          // A word of another clause (`Đà Nẵng ... 90,02 điểm; Bình Dương ... 88,75 điểm`) is far.
          let apart =
            (clauses[position] != clauses[range.lowerBound] ? 12.0 : 0)
            + 2 * Double(abs(parts[position] - parts[range.lowerBound]))
          return apart
            + (position < range.lowerBound
              ? Double(range.lowerBound - position) : 1.5 * Double(position - range.upperBound + 1))
        }.min() ?? 99
      sum += weight / (1 + distance / 4)
    }
    return sum / total
  }
}

/// The words, or syllable pairs, an answer quotes: those read from its quotes, and those of the
/// passages it quotes with their context, looked up in place.
private struct QuotedWords {
  let read: Set<UInt64>
  let passages: [Passage]
  let pairs: Bool

  func contains(_ hash: UInt64) -> Bool {
    read.contains(hash)
      || passages.contains { pairs ? $0.pairs.contains(hash) : $0.context.contains(hash) }
  }
}
