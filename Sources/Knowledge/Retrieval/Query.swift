/// A question analysed for retrieval: the kind of answer it expects, the words it is about (its
/// focus, weighted by how rare they are in the reports) and the numbers it names, which the
/// passage answering it must name too.
struct Query: Sendable {
  /// The kind of answer a question expects.
  enum AnswerType: String, Sendable, CaseIterable {
    /// How much a figure rose or fell (`tăng bao nhiêu`).
    case change
    /// A position in a ranking (`đứng thứ mấy`).
    case rank
    /// A length of time (`bao lâu`).
    case duration
    /// A percentage (`bao nhiêu phần trăm`, `tỷ lệ`).
    case share
    /// A day, month or year (`ngày nào`, `khi nào`).
    case date
    /// A person's name (`ai`).
    case person
    /// An organisation's name (`cơ quan nào`, `Bộ nào`).
    case organisation
    /// A place's name (`địa phương nào`, `ở đâu`).
    case place
    /// A sum of money (`số tiền`, `kim ngạch`).
    case money
    /// A figure of any other kind: a count, a sum, a level (`bao nhiêu`).
    case figure
    /// What something is or which things (`gì`, `nào`): the sentence that says it.
    case description

    /// Whether the answer is a number read from a figure.
    var isFigure: Bool { [.change, .rank, .duration, .share, .money, .figure].contains(self) }
  }

  /// A word the question is about, and how much it counts.
  struct Focus: Sendable {
    let word: Word
    /// Its position in ``Query/words``.
    let position: Int
    var weight: Double
    /// Whether it is part of a name (capitalised inside the question, or a place or platform the
    /// lexicon knows): a passage must have it.
    let isName: Bool
    /// Whether the question writes it with a capital: the passage must too (`Pháp` is not the
    /// `pháp` of `giải pháp`).
    let capitalised: Bool
    /// Whether it is part of a place or platform the lexicon knows: a name wherever a sentence
    /// puts it, its first word included (`Hoa Kỳ tiếp tục là …`).
    var isKnownName = false
    /// Whether it is a short word in capitals no report uses (`VN`, `NĐT`): an abbreviation
    /// the user knows and the reports spell out, which a passage need not have.
    var isUnknownAbbreviation = false
    /// Whether it is a short word in capitals (`VN`): one a report that never uses it may spell out.
    var isAbbreviation = false
    /// A number word's value in digits (`3` for `ba`), as a report may write it.
    var digits: String?
    /// Whether a comma or other stop follows it in the question: the word after it starts
    /// another name (`miền Trung, Quảng Nam`).
    var endsClause = false
  }

  /// The question's words, with the reports' own abbreviations expanded.
  let words: [Word]
  /// The kind of answer expected.
  let type: AnswerType
  /// The words of the question that ask (`bao nhiêu`, `ai`, `Bộ nào`).
  let asking: [Range<Int>]
  /// The words the question is about.
  private(set) var focus: [Focus]
  /// The numbers the question names (folded), as the passage must name them.
  let numbers: [String]
  /// The months, quarters and runs of months of the periods asked (`6` of `6 tháng đầu năm
  /// 2021`): checked with the period, which the sentence's paragraph or title may state.
  let periodNumbers: Set<String>
  /// The kind of organisation asked for (`Bộ` in `Bộ nào`), when one is named.
  let organisationHead: String?
  /// Whether a place is asked for by its kind (`tỉnh nào`, `xã nào`): the answer is a province
  /// or a place named with its kind, not any name.
  let placeMarked: Bool
  /// Whether several things are asked for at once (`những tỉnh nào`).
  let plural: Bool
  /// For a date, the unit asked for when the question names one (`tháng` in `tháng nào`).
  let dateUnit: String?
  /// The periods asked about (not comparison bases): the passage must be about the same year.
  let periods: [PeriodMention]
  /// What a count is of: the word after `bao nhiêu` or `mấy` (`người` in `bao nhiêu người`).
  let counted: Word?
  /// What a share is of: the word after `tỷ lệ` or `phần trăm` (`dân` in `tỷ lệ dân số`).
  let shareOf: Word?
  /// The way a change is asked to go: 1 for a rise (`tăng bao nhiêu`), -1 for a fall, 0 when the
  /// question says neither or both.
  let direction: Int
  /// Focus words next to each other in the question, as pair keys, with the pair's weight.
  var pairs: [(key: UInt64, weight: Double)] {
    zip(focus, focus.dropFirst()).compactMap { first, second in
      second.position == first.position + 1
        ? (
          PassageIndex.pair(first.word.foldHash, second.word.foldHash),
          min(first.weight, second.weight)
        ) : nil
    }
  }
  /// The fold hashes passages are searched by: the focus words in question order, and the
  /// numbers the question names.
  var terms: [UInt64] { focus.map(\.word.foldHash) + numbers.map(TermSet.foldHash) }

  /// The focus's whole weight.
  var totalWeight: Double { focus.reduce(0) { $0 + $1.weight } }
}

extension Query {
  /// The question's words as a query reads them: the reports' own abbreviations expanded (the
  /// lexicon's are already), synonyms and known names unified.
  private static func words(of question: Question, index: PassageIndex, lexicon: Lexicon) -> [Word]
  {
    PassageIndex.unify(
      joiningSuperlatives(
        PassageIndex.expand(question.words, defined: index.definedAbbreviations), lexicon: lexicon),
      lexicon: lexicon)
  }

  /// The words with a superlative split by what it grades put back together.
  ///
  /// `gửi nhiều khách sang Việt Nam nhất` is read as the reports write it, `gửi khách sang Việt
  /// Nam nhiều nhất`, which finds `gửi khách đông nhất` and `dẫn đầu` through the synonyms. A pair
  /// is joined when the lexicon's synonyms hold it whole.
  static func joiningSuperlatives(_ words: [Word], lexicon: Lexicon) -> [Word] {
    var words = words
    let reach = 8
    for last in words.indices.reversed() where last > 1 {
      for first in stride(from: last - 2, through: max(0, last - reach), by: -1) {
        let pair = [words[first], words[last]]
        guard lexicon.synonyms.matches(in: pair).contains(where: { $0.length == 2 }),
          lexicon.synonyms.matches(in: Array(words[first...(first + 1)])).allSatisfy({
            $0.length < 2
          })
        else {
          continue
        }
        let moved = words.remove(at: first)
        words.insert(moved, at: last - 1)
        return words
      }
    }
    return words
  }

  /// The kind of answer `question` expects, as ``type`` of its query: the rest is not analysed.
  static func answerType(of question: Question, index: PassageIndex, lexicon: Lexicon)
    -> AnswerType
  {
    answerType(of: words(of: question, index: index, lexicon: lexicon), lexicon: lexicon).type
  }

  /// Analyses `question` against the reports of `index`.
  init(_ question: Question, index: PassageIndex, lexicon: Lexicon) {
    let words = Self.words(of: question, index: index, lexicon: lexicon)
    self.words = words
    let (typeMatches, chosen, type) = Self.answerType(of: words, lexicon: lexicon)
    self.type = type
    asking = typeMatches.map(\.range)
    let excluded = Self.excluded(words, typeMatches: typeMatches, index: index, lexicon: lexicon)
    let heads = lexicon.organisationHeads.matches(in: words)
    organisationHead =
      type == .organisation
      ? heads.first { head in typeMatches.contains { $0.range.contains(head.range.lowerBound) } }?
        .term.name : nil
    placeMarked =
      type == .place
      && lexicon.placeMarkers.matches(in: words).contains { marker in
        typeMatches.contains { $0.range.contains(marker.range.lowerBound) }
      }
    plural = !lexicon.pluralMarkers.matches(in: words).isEmpty
    let units = Set(lexicon.timeUnits.terms.map { VietnameseText.foldKey($0.name) })
    dateUnit = chosen.flatMap { match in
      match.term.id == "date" && units.contains(words[match.range.lowerBound].fold)
        ? words[match.range.lowerBound].fold : nil
    }
    numbers = words.filter(\.isNumber).map(\.fold)
    direction = Self.direction(of: lexicon.changes.matches(in: words))
    // A period without its year takes the year of the newest report, which need not be the
    // report asked about: only a year given is checked (a day or month without one is checked
    // as numbers).
    // A period right after words of comparison (`cao hơn năm 2020`) is the base of a change, not
    // the figure's own.
    let bases = lexicon.comparisons.matches(in: question.words).map(\.range.upperBound)
    periods = question.askedPeriods.filter { mention in
      mention.yearGiven
        && !bases.contains { $0 <= mention.range.lowerBound && mention.range.lowerBound - $0 <= 2 }
    }
    // A year stays a number the passage must give: a report's other years are other periods.
    periodNumbers = Set(
      periods.flatMap { question.words[$0.range].filter(\.isNumber).map(\.fold) }.filter {
        Int($0).map { $0 <= 12 } ?? false
      })
    /// The word at `next`, when it says what is asked about.
    func subject(at next: Int) -> Word? {
      next < words.count && !excluded.contains(next) && !words[next].isNumber ? words[next] : nil
    }
    shareOf = typeMatches.first { $0.term.id == "share" }.flatMap {
      subject(at: $0.range.upperBound)
    }
    // Only a count counts something: `kinh te so ... xep hang may` asks a rank.
    counted =
      type != .figure
      ? nil : Self.countWord(words, typeMatches: typeMatches).flatMap(subject(at:))
    focus = Self.focus(
      words, question: question, excluded: excluded, index: index, lexicon: lexicon)
    // Where the question's words are its own (no abbreviation expanded, no synonym read), the
    // stops between them are known.
    let (written, tokens) = VietnameseText.wordsByToken(question.text)
    if written.count == words.count {
      let pieces = question.text.split(separator: " ")
      for index in focus.indices {
        let position = focus[index].position
        let last = position + 1 == tokens.count || tokens[position + 1] != tokens[position]
        focus[index].endsClause =
          last && tokens[position] < pieces.count
          && pieces[tokens[position]].last.map { ",;:.".contains($0) } == true
      }
    }
  }

  /// The way the words of change go together (`changes`' values): 0 when none, or both ways.
  static func direction(of changes: [TermMatch]) -> Int {
    let ways = Set(changes.compactMap { $0.term.value.map { $0 > 0 ? 1 : -1 } })
    return ways.count == 1 ? ways.first! : 0
  }

  /// The words that ask for a kind of answer, the one that decides it, and the kind.
  private static func answerType(of words: [Word], lexicon: Lexicon)
    -> (matches: [TermMatch], chosen: TermMatch?, type: AnswerType)
  {
    let typeMatches = lexicon.answerTypes.matches(in: words).filter { match in
      // `AI` written in capitals is artificial intelligence, not `ai` (who).
      !(match.term.id == "person" && match.length == 1
        && words[match.range.lowerBound].text == "AI")
    }
    let order = lexicon.answerTypes.terms.map(\.id)
    let chosen = typeMatches.min {
      (order.firstIndex(of: $0.term.id) ?? 99) < (order.firstIndex(of: $1.term.id) ?? 99)
    }
    // Words of two types may overlap (`là bao nhiêu đồng`): the more telling type is asked,
    // though the matches keep the earlier words.
    // One inside a longer match (`trường nào` in `thị trường nào`) is not asked.
    let overlapped = lexicon.answerTypes.scores(in: words).filter { found in
      let range = found.first..<(found.first + found.score)
      return found.term.id != "person" && !typeMatches.contains { $0.term.id == found.term.id }
        && !typeMatches.contains { $0.range.count > range.count && $0.range.overlaps(range) }
    }.map(\.term.id)
    let best = (overlapped + typeMatches.map(\.term.id)).min {
      (order.firstIndex(of: $0) ?? 99) < (order.firstIndex(of: $1) ?? 99)
    }
    // No word that asks (`Tỷ lệ hộ nghèo năm 2024?`): a figure, as most such questions here are.
    let read = best.flatMap { AnswerType(rawValue: $0) } ?? .figure
    // `Shopee tăng trưởng doanh số bao nhiêu phần trăm?` asks a rise in percent, not a share:
    // a word of change before the words that ask a share.
    // `Bao nhiêu phần trăm shop rời khỏi sàn?` asks how far their number fell: a word of leaving
    // anywhere.
    // `cao hơn cùng kỳ bao nhiêu phần trăm?` compares with a base, unless a share is named
    // (`chiếm`, `thị phần`).
    let compared =
      !lexicon.comparisons.matches(in: words).isEmpty && lexicon.shares.matches(in: words).isEmpty
    let changed =
      read == .share
      && (lexicon.changes.matches(in: words).contains { change in
        change.range.upperBound <= (chosen?.range.lowerBound ?? 0)
      } || !lexicon.departures.matches(in: words).isEmpty || compared)
      // `cao hơn năm 2020 bao nhiêu?`: the words of a change, split by the base.
      || read == .figure && compared
    return (typeMatches, chosen, changed ? .change : read)
  }

  /// The positions of the words that say how the question asks, not what about.
  private static func excluded(
    _ words: [Word], typeMatches: [TermMatch], index: PassageIndex, lexicon: Lexicon
  ) -> Set<Int> {
    var excluded = Set<Int>()
    // A type whose words also say what is asked about (`số tiền`, value 1) keeps them as focus.
    for match in typeMatches where match.term.value != 1 { excluded.formUnion(match.range) }
    // Typed without marks, a question word may be part of a name or a term (`viet nam`,
    // `toc do`, `the gioi`): one that makes a pair of syllables the reports use is kept.
    for match in lexicon.questionWords.matches(in: words) {
      if !match.exact, match.length == 1, index.formsPair(at: match.range.lowerBound, in: words) {
        continue
      }
      excluded.formUnion(match.range)
    }
    // A common word typed without its marks may be another word (`dat` for `đạt` or `đất`):
    // only one typed as the list writes it is left out.
    for match in lexicon.stopwords.matches(in: words) where match.exact {
      excluded.formUnion(match.range)
    }
    // A period is a constraint, checked as one: its words (`nửa đầu năm`) are not what is asked
    // about, and `đầu` would find `dẫn đầu`. Its numbers (`quý I`) stay, to find the figure they
    // stand beside. Only its ranges are read, so any year serves.
    // A synonym read as its name (`dẫn đầu` for `nhiều nhất`) is not cut by a period after it
    // (`đầu năm 2024`).
    let unified = Set(lexicon.synonyms.matches(in: words).flatMap(\.range))
    for mention in PeriodReader.periods(in: words, reference: Day(year: 2000, month: 1, day: 1)) {
      excluded.formUnion(
        mention.range.filter {
          Period.quarterNumber(words[$0].text) == nil && !words[$0].isNumber
            && !unified.contains($0)
        })
    }
    return excluded
  }

  /// Where what a count is of may be: after `bao nhiêu`, else after `số` (`Tổng số thủ tục ...
  /// là bao nhiêu?`).
  private static func countWord(_ words: [Word], typeMatches: [TermMatch]) -> Int? {
    let figureWords = typeMatches.filter { $0.term.id == "figure" }.map(\.range.upperBound)
    return figureWords.first
      ?? words.indices.first {
        words[$0].fold == "so" && !words[$0].hasMarks
          || words[$0].exact == VietnameseText.exactKey("số")
      }
      .map { $0 + 1 }
  }

  /// The words the question is about, each weighed by how rare it is in the reports, doubled
  /// for a name.
  private static func focus(
    _ words: [Word], question: Question, excluded: Set<Int>, index: PassageIndex, lexicon: Lexicon
  ) -> [Focus] {
    // Names the lexicon knows (a province, a platform) are names however they are typed.
    var known = Set<Int>()
    let sameWords = words.count == question.words.count
    for match in question.places + question.platforms + question.otherPlatforms where sameWords {
      known.formUnion(match.range)
    }
    let letters = question.text.filter(\.isLetter)
    let shouted = letters.count > 3 && letters.allSatisfy(\.isUppercase)
    var spelled: [Int: String] = [:]
    for match in lexicon.numberWords.matches(in: words) where match.exact && match.length == 1 {
      if let value = match.term.value, value == value.rounded() {
        spelled[match.range.lowerBound] = String(Int(value))
      }
    }
    var focus: [Focus] = []
    let maximum = index.scorer.idf(found: 0, total: max(index.passages.count, 1))
    for (position, word) in words.enumerated() where !excluded.contains(position) && !word.isNumber
    {
      let idf = index.idf(word.foldHash)
      // A question typed all in capitals names nothing by them.
      let capitalised = !shouted && word.text.first?.isUppercase == true
      // A question's first word is capitalised whatever it is: a name only when the reports use it
      // and never write it in lowercase (`Đức có ...` is; `Điểm PAPI ...` is not).
      let opensName = position == 0 && capitalised && idf.found && !index.writesInLowercase(word)
      let isName = capitalised && (position > 0 || opensName) || known.contains(position)
      let weight = (idf.found ? idf.value : maximum) * (isName ? 2 : 1)
      var entry = Focus(
        word: word, position: position, weight: weight, isName: isName, capitalised: capitalised)
      // Roman numerals (`quý III`) are no abbreviation.
      entry.isAbbreviation =
        word.text.count <= 3 && word.text.allSatisfy(\.isUppercase)
        && !word.text.allSatisfy { "IVX".contains($0) }
      entry.isUnknownAbbreviation = !idf.found && entry.isAbbreviation
      entry.isKnownName = known.contains(position)
      entry.digits = spelled[position]
      focus.append(entry)
    }
    // The first word asked about heads what is asked (`Thu ngân sách`, `Kim ngạch xuất khẩu`):
    // however common in the reports, it weighs no less than the focus's mean.
    if let first = focus.indices.first, !focus[first].isName, focus.count > 2 {
      let mean = focus.reduce(0) { $0 + $1.weight } / Double(focus.count)
      focus[first].weight = max(focus[first].weight, mean)
    }
    return focus
  }
}
