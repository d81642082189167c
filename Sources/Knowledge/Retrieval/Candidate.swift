import Foundation

/// A possible answer read out of a passage: a figure, a date, a name or the sentence itself,
/// with where it stands among the passage's words.
struct Candidate: Sendable {
  /// What a candidate is.
  enum Kind: String, Sendable {
    case figure, date, person, organisation, place, sentence
  }

  let kind: Kind
  /// The passage's position in the index.
  let passage: Int
  /// The words it covers in the passage.
  let range: Range<Int>
  /// As written in the passage (`hơn 61,2 triệu thửa đất`, `ngày 22/12`, `Nguyễn Thế Mạnh`).
  let text: String
  /// For a figure: whether it is a percentage, follows a word of change, or a word of rank.
  var isPercent = false
  var isChange = false
  /// For a change, the way it goes where a word of change says (`giảm 19,1%` -1), else 0.
  var direction = 0
  var isRank = false
  var isDuration = false
  var isMoney = false
  /// For a figure: whether it counts what the question counts (`bao nhiêu người`, `93 triệu người`).
  var countsAsked = false
  /// For a percentage: whether it is a share of something other than what the question asks
  /// (`90% diện tích` for `tỷ lệ dân số`).
  var measuresOther = false
  /// For a figure: the word of its number (`61,2` in `hơn 61,2 triệu thửa đất`).
  var number = 0
  /// For a figure: the words of its unit after the value and its sign (`diện tích` in `90% diện
  /// tích`).
  var unit: Range<Int> = 0..<0
  /// Its score, and the parts it is made of (`coverage`, `sentence`, `bm25`, `proximity`,
  /// `type`), shown as the answer's `evidence` slot.
  var score = 0.0
  var evidence: [String: Double] = [:]
}

/// Reads candidates out of a passage by the kind of answer a question expects.
struct CandidateReader: Sendable {
  let lexicon: Lexicon
  /// The fold keys of the lexicon's scale words, units of time and of money, and of the words
  /// a unit does not run on over: worked out once, not for every passage read.
  private let scales, timeUnits, currencies, stop: Set<String>

  /// Each passage's figures, read on first need: they depend on the passage alone.
  private let figureCache = FigureCache()

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
    func folds(_ sets: TermSet...) -> Set<String> {
      Set(sets.flatMap { $0.terms.flatMap { $0.phrases.flatMap { $0.map(\.fold) } } })
    }
    scales = folds(lexicon.scales)
    timeUnits = folds(lexicon.timeUnits)
    currencies = folds(lexicon.currencies)
    // By exact key: a unit runs on over `số` (`93,35% dân số`) and stops at `so` (`so với`).
    let single: [String] = (lexicon.stopwords.terms + lexicon.questionWords.terms).flatMap { term in
      term.phrases.filter { $0.count == 1 }.map(\.[0].exact)
    }
    let comparing: [String] = lexicon.comparisons.terms.flatMap { term in
      term.phrases.map(\.[0].exact)
    }
    stop = Set(single + comparing).subtracting([VietnameseText.exactKey("số")])
  }

  /// The candidates of `passage` (at `position` in the index) for `query`.
  func candidates(in passage: Passage, at position: Int, for query: Query) -> [Candidate] {
    let layout = Layout(passage)
    switch query.type {
    case .change, .rank, .duration, .share, .money, .figure:
      // A figure the question itself gives (`có phải 60%?`) is no answer to it.
      let spelled = query.type == .duration || query.type == .rank
      let excluded = Set(query.numbers)
      let all = figureCache.figures(at: position, spelled: spelled) {
        figures(in: passage, at: position, layout: layout, spelled: spelled)
      }
      guard !excluded.isEmpty else { return all }
      return all.filter { !excluded.contains(passage.words[$0.number].fold) }
    case .date:
      return dates(in: passage, at: position, layout: layout, excluding: Set(query.numbers))
    case .person:
      return persons(in: passage, at: position, layout: layout)
    case .organisation:
      return organisations(in: passage, at: position, layout: layout, head: query.organisationHead)
    case .place:
      return places(in: passage, at: position, layout: layout)
    case .description:
      let range = 0..<passage.words.count
      return [Candidate(kind: .sentence, passage: position, range: range, text: passage.text)]
    }
  }

  /// Where a passage's words break: after a word that ends a token with punctuation.
  struct Layout {
    let passage: Passage
    /// Whether a clause or list item ends after each word.
    let breakAfter: [Bool]
    /// Whether each word is written with a capital.
    let capitalised: [Bool]

    init(_ passage: Passage) {
      self.passage = passage
      breakAfter = passage.breakAfter
      capitalised = passage.capitalised
    }

    /// Where a sentence's clauses and list items end.
    ///
    /// Whether a break follows each word (a word ending a token with punctuation), and the number
    /// of each word's clause (between semicolons) and part (between commas too). Worked out once
    /// for each passage, when it is indexed.
    static func breaks(words: [Word], wordTokens: [Int], tokens: [Substring])
      -> (breakAfter: [Bool], clauses: [Int], parts: [Int])
    {
      var breaks = [Bool](repeating: false, count: words.count)
      var clauses: [Int] = []
      var parts: [Int] = []
      var clause = 0
      var part = 0
      for index in words.indices {
        clauses.append(clause)
        parts.append(part)
        let token = wordTokens[index]
        let lastInToken = index + 1 == words.count || wordTokens[index + 1] != token
        guard lastInToken, token < tokens.count, let last = tokens[token].unicodeScalars.last else {
          continue
        }
        breaks[index] = Self.punctuation.contains(last)
        if last == ";" { clause += 1 }
        if last == ";" || last == "," { part += 1 }
      }
      return (breaks, clauses, parts)
    }

    static let punctuation: Set<Unicode.Scalar> = [
      ",", ";", ":", ".", "(", ")", "\"", "“", "”", "!", "?", "–",
    ]

    /// Whether each word is written with a capital: its first byte, when ASCII, says.
    static func capitals(_ words: [Word]) -> [Bool] {
      words.map { word in
        guard let first = word.text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return word.text.unicodeScalars.first?.properties.isUppercase == true
      }
    }

    /// The passage's text from the token of word `first` to that of word `last`, trimmed of
    /// punctuation at either end.
    func quote(_ first: Int, _ last: Int) -> String {
      let start = passage.wordTokens[first]
      let end = passage.wordTokens[last]
      guard start < passage.tokens.count, end < passage.tokens.count, start <= end else {
        return ""
      }
      let text = passage.tokens[start...end].joined(separator: " ")
      let punctuation: Set<Character> = [
        ",", ";", ":", ".", "(", ")", "\"", "“", "”", "'", "!", "?",
      ]
      var trimmed = Substring(text)
      while let first = trimmed.first, punctuation.contains(first) { trimmed = trimmed.dropFirst() }
      while let last = trimmed.last, punctuation.contains(last) {
        // A closing parenthesis stays when its opening one is quoted too.
        if last == ")" && trimmed.contains("(") { break }
        trimmed = trimmed.dropLast()
      }
      return String(trimmed)
    }
  }

  // MARK: Figures

  /// In `A, B và C lần lượt đạt x, y và z`, the name each figure is for: the runs of
  /// capitalised words before the marker, in order, paired with the figures after it when they
  /// are as many.
  func respectively(_ figures: [Candidate], in passage: Passage) -> [Int: Range<Int>] {
    let words = passage.words
    guard let marker = lexicon.respectively.matches(in: words).first else { return [:] }
    let layout = Layout(passage)
    var runs: [Range<Int>] = []
    var index = 0
    while index < marker.range.lowerBound {
      guard layout.capitalised[index], !words[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < marker.range.lowerBound, !layout.breakAfter[end], layout.capitalised[end + 1]
      { end += 1 }
      runs.append(index..<(end + 1))
      index = end + 1
    }
    let after = figures.indices.filter { figures[$0].range.lowerBound >= marker.range.upperBound }
    guard runs.count >= 2, after.count == runs.count else { return [:] }
    return Dictionary(uniqueKeysWithValues: zip(after, runs))
  }

  /// The lexicon's words around figures, found once in a passage: qualifiers, changes, numbers
  /// written as words, types of document and rank markers.
  private struct FigureMarks {
    let qualifiers, changes, numberWords, rankMarkers: [TermMatch]
    /// Only as a name, capitalised: `kế hoạch ba tuần` is a plan three weeks early.
    let documentTypes: [Range<Int>]

    init(_ words: [Word], layout: Layout, lexicon: Lexicon) {
      qualifiers = lexicon.qualifiers.matches(in: words)
      changes = lexicon.changes.matches(in: words)
      numberWords = lexicon.numberWords.matches(in: words)
      documentTypes = lexicon.documentTypes.matches(in: words).map(\.range).filter {
        layout.capitalised[$0.lowerBound]
      }
      rankMarkers = lexicon.rankMarkers.matches(in: words)
    }
  }

  /// Numbers with their scale and unit, and the qualifier before them (`hơn 61,2 triệu thửa đất`).
  ///
  /// Numbers written as words (`ba tuần`) are read only for a duration (`spelled`): elsewhere
  /// they are more often part of a period (`ba tháng đầu năm`) than a figure.
  private func figures(
    in passage: Passage, at position: Int, layout: Layout, spelled readsWords: Bool
  ) -> [Candidate] {
    let words = passage.words
    let marks = FigureMarks(words, layout: layout, lexicon: lexicon)
    // `6 tháng đầu năm 2024`, `11 tháng năm 2024`: the number of a period is no figure.
    let periods = PeriodReader.periods(in: words, reference: Day(year: 2000, month: 1, day: 1))
      .map(\.range)
    var found: [Candidate] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      let spelled =
        readsWords ? marks.numberWords.first { $0.range.lowerBound == index && $0.exact } : nil
      guard word.isNumber || spelled != nil else {
        index += 1
        continue
      }
      let (end, isPercent) = valueEnd(from: index, in: words, layout: layout)
      let isDuration =
        end + 1 < words.count && !layout.breakAfter[end] && timeUnits.contains(words[end + 1].fold)
      // A number in words is a figure as a length of time (`ba tuần`) or a rank (`thứ tư`).
      let ranked = marks.rankMarkers.contains { $0.range.upperBound == index }
      if spelled != nil && !isDuration && !ranked {
        index += 1
        continue
      }
      if Self.isDateOrYear(
        word, next: end + 1 < words.count ? words[end + 1] : nil,
        previous: index > 0 ? words[index - 1] : nil)
        && !isPercent && end == index
        || Self.isNamed(at: index, layout: layout, documentTypes: marks.documentTypes)
        // `tháng 4`, `quý 2`, `ngày 8`: a period, not a figure.
        || index > 0 && !isPercent && timeUnits.contains(words[index - 1].fold)
        || !isPercent && periods.contains { $0.lowerBound == index }
      {
        index += 1
        continue
      }
      var candidate = figure(
        value: (index, end, isPercent), in: passage, at: position, layout: layout, marks: marks,
        spelled: spelled != nil)
      candidate.isRank = candidate.isRank || ranked
      candidate.isDuration = isDuration
      found.append(candidate)
      index = end + 1
    }
    return found
  }

  /// Where the value starting at `index` ends: after its scale words (`61,2 triệu`) and its
  /// percent sign or words (`phần trăm`), and whether it has them.
  private func valueEnd(from index: Int, in words: [Word], layout: Layout)
    -> (end: Int, isPercent: Bool)
  {
    var end = index
    while end + 1 < words.count, !layout.breakAfter[end], scales.contains(words[end + 1].fold) {
      end += 1
    }
    if end + 1 < words.count, !layout.breakAfter[end], words[end + 1].text == "%" {
      return (end + 1, true)
    } else if end + 2 < words.count, !layout.breakAfter[end], words[end + 1].fold == "phan",
      words[end + 2].fold == "tram"
    {
      return (end + 2, true)
    }
    return (end, false)
  }

  /// The figure whose value runs from the number at `value.start` to `value.end`: with its unit
  /// (the few words after the value, up to a break) and the qualifier or rank marker before it.
  private func figure(
    value: (start: Int, end: Int, isPercent: Bool), in passage: Passage, at position: Int,
    layout: Layout, marks: FigureMarks, spelled: Bool
  ) -> Candidate {
    let words = passage.words
    let (index, end, isPercent) = value
    var unitEnd = end
    while unitEnd + 1 < words.count, unitEnd - end < 5, !layout.breakAfter[unitEnd] {
      let next = words[unitEnd + 1]
      if next.isNumber || stop.contains(next.exact) || next.text == "%" { break }
      unitEnd += 1
    }
    if isPercent { unitEnd = max(end, min(unitEnd, end + 2)) }
    var start = index
    if let qualifier = marks.qualifiers.first(where: { $0.range.upperBound == index }) {
      start = qualifier.range.lowerBound
    }
    // A rank in words is quoted with its marker: `thứ tư`, not `tư`.
    if spelled, let marker = marks.rankMarkers.first(where: { $0.range.upperBound == index }) {
      start = marker.range.lowerBound
    }
    let before = words[max(0, index - 3)..<index].map(\.fold)
    var candidate = Candidate(
      kind: .figure, passage: position, range: start..<(unitEnd + 1),
      text: layout.quote(start, unitEnd))
    candidate.isPercent = isPercent
    candidate.number = index
    candidate.unit = (end + 1)..<(unitEnd + 1)
    candidate.isChange =
      marks.changes.contains { $0.range.upperBound <= index && $0.range.upperBound >= index - 3 }
      || before.contains("hon")
        && (before.contains("cao") || before.contains("thap") || before.contains("nhieu"))
    candidate.direction = Query.direction(
      of: marks.changes.filter { $0.range.upperBound <= index && $0.range.upperBound >= index - 3 })
    candidate.isRank =
      marks.rankMarkers.contains { $0.range.upperBound == start } || words[index].text.contains("/")
    candidate.isMoney = words[end...unitEnd].contains { currencies.contains($0.fold) }
    return candidate
  }

  /// Whether the number at `index` is part of a name (`Đề án 06`, `Nghị quyết số 57`): it comes
  /// after a capitalised word, or after a type of document (and `số`).
  static func isNamed(at index: Int, layout: Layout, documentTypes: [Range<Int>]) -> Bool {
    let words = layout.passage.words
    guard index > 0, !layout.breakAfter[index - 1] else { return false }
    // A sentence's first word is capitalised as any: `Có 62,2 triệu thửa` names nothing, while
    // `NAPAS 2024` does.
    let opening = index == 1 && words[0].text.contains { $0.isLowercase }
    if layout.capitalised[index - 1] && !words[index - 1].isNumber && !opening { return true }
    // A document's or programme's number: `Đề án 06`, `Nghị quyết số 57`.
    let end = words[index - 1].fold == "so" ? index - 1 : index
    if documentTypes.contains(where: { $0.upperBound == end }) { return true }
    let named =
      index > 2 && words[index - 1].fold == "so"
      && (layout.capitalised[index - 2] || layout.capitalised[index - 3])
    return named
  }

  /// Whether a number is a year or a date (`năm 2024`, `17/5`), which a figure is not.
  static func isDateOrYear(_ word: Word, next: Word?, previous: Word?) -> Bool {
    if word.text.contains("/") {
      // `71/193` is a rank out of many; `17/5`, `3/2022` and `17/5/2025` are dates;
      // `59/2022/NĐ-CP` is a document's number.
      let written = word.text.split(separator: "/")
      let parts = written.compactMap { Int($0) }
      guard parts.count == written.count else { return false }
      return parts.count >= 2 && parts[0] <= 31 && parts[1] <= 12
        || parts.count == 2 && parts[0] <= 12 && parts[1] > 1900
    }
    guard word.text.count == 4, let value = Int(word.text), (1900...2100).contains(value) else {
      return false
    }
    return true
  }

  // MARK: Dates

  /// Days, months and years as written (`ngày 22/12`, `tháng 3/2022`, `17/1`).
  private func dates(in passage: Passage, at position: Int, layout: Layout, excluding: Set<String>)
    -> [Candidate]
  {
    let words = passage.words
    var found: [Candidate] = []
    for (index, word) in words.enumerated() where word.isNumber && !excluding.contains(word.fold) {
      let previous = index > 0 ? words[index - 1].fold : ""
      let isDate = word.text.contains("/") && Self.isDateOrYear(word, next: nil, previous: nil)
      let isMonth =
        previous == "thang"
        && Int(word.text.split(separator: "/").first ?? "").map { (1...12).contains($0) } == true
      let isYear = previous == "nam" && Self.isDateOrYear(word, next: nil, previous: nil)
      guard isDate || isMonth || isYear else { continue }
      // The unit of time before it is quoted with it (`ngày 22/12`, `tháng 3/2022`).
      let start = timeUnits.contains(previous) ? index - 1 : index
      var end = index
      // `tháng 3 năm 2022`.
      if isMonth, index + 2 < words.count, words[index + 1].fold == "nam", words[index + 2].isNumber
      {
        end = index + 2
      }
      found.append(
        Candidate(
          kind: .date, passage: position, range: start..<(end + 1), text: layout.quote(start, end)))
    }
    return found
  }

  // MARK: Names

  /// Persons: a family name and one to three more capitalised syllables (`Nguyễn Thế Mạnh`), or
  /// up to four capitalised syllables after `ông`, `bà`.
  private func persons(in passage: Passage, at position: Int, layout: Layout) -> [Candidate] {
    let words = passage.words
    let heads = Set(lexicon.organisationHeads.matches(in: words).map(\.range.lowerBound))
    // `Hà Nội` starts with a surname, and is a place.
    let places = Set(
      (lexicon.provinces.matches(in: words) + lexicon.countries.matches(in: words))
        .map(\.range.lowerBound))
    // After `ông`, `bà`, a name needs no family name of the list (`ông Adrian Hia`).
    let introduced = lexicon.honorifics.matches(in: words).filter(\.exact).map(\.range.upperBound)
      .filter {
        $0 < words.count && layout.capitalised[$0] && !words[$0].isNumber && !heads.contains($0)
      }
    let surnamed = lexicon.surnames.matches(in: words).filter {
      $0.exact && layout.capitalised[$0.range.lowerBound] && !places.contains($0.range.lowerBound)
    }.map(\.range.lowerBound)
    var found: [Candidate] = []
    for start in Set(introduced + surnamed).sorted() {
      var end = start
      while end + 1 < words.count, end - start < 3, !layout.breakAfter[end],
        layout.capitalised[end + 1],
        !words[end + 1].isNumber, !heads.contains(end + 1)
      {
        end += 1
      }
      guard end > start, found.last.map({ $0.range.upperBound <= start }) ?? true else { continue }
      found.append(
        Candidate(
          kind: .person, passage: position, range: start..<(end + 1), text: layout.quote(start, end)
        ))
    }
    return found
  }

  /// Organisations: a head word and the capitalised words of the name after it
  /// (`Bộ Nông nghiệp và Môi trường`, `Bộ KH&CN`).
  private func organisations(
    in passage: Passage, at position: Int, layout: Layout, head wanted: String?
  ) -> [Candidate] {
    let words = passage.words
    var found: [Candidate] = []
    let heads = lexicon.organisationHeads.matches(in: words)
    let starts = Set(heads.map(\.range.lowerBound))
    for head in heads where layout.capitalised[head.range.lowerBound] {
      if let wanted, VietnameseText.foldKey(head.term.name) != VietnameseText.foldKey(wanted) {
        continue
      }
      let start = head.range.lowerBound
      if let last = found.last, last.range.contains(start) { continue }
      var end = head.range.upperBound - 1
      while end + 1 < words.count, !layout.breakAfter[end] {
        let next = end + 1
        if layout.capitalised[next] && !words[next].isNumber {
          end = next
        } else if !layout.capitalised[next], layout.capitalised[end], end >= head.range.upperBound,
          !words[next].isNumber,
          words[next].fold != "va"
        {
          // The second syllable of a capitalised word (`Nông nghiệp`).
          end = next
        } else if words[next].fold == "va", next + 1 < words.count, layout.capitalised[next + 1] {
          end = next
        } else {
          break
        }
      }
      guard end >= head.range.upperBound || head.length > 1 else { continue }
      // `Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương)`: the body in brackets after a
      // name is the one it belongs to, and part of the answer.
      if let closing = Self.bracketedBody(after: end, layout: layout, starts: starts) {
        end = closing
      }
      found.append(
        Candidate(
          kind: .organisation, passage: position, range: start..<(end + 1),
          text: layout.quote(start, end)))
    }
    return found
  }

  /// The longest a body named in brackets is, in words.
  static let bracketedLength = 10

  /// The last word of a body named in brackets after word `end` (`(Bộ Công Thương)`), when one
  /// is: the bracket opens on an organisation's head word, a few words of the name on at most
  /// (`Cục Thương mại … điện tử và Kinh tế số (`), and closes within a few words.
  static func bracketedBody(after end: Int, layout: Layout, starts: Set<Int>) -> Int? {
    let passage = layout.passage
    let words = passage.words
    var next = end + 1
    while next < words.count, next - end <= Self.bracketedLength,
      !passage.tokens[passage.wordTokens[next]].hasPrefix("(")
    {
      guard !layout.breakAfter[next - 1], !words[next].isNumber else { return nil }
      next += 1
    }
    guard next < words.count, starts.contains(next), !layout.breakAfter[next - 1],
      passage.tokens[passage.wordTokens[next]].hasPrefix("(")
    else {
      return nil
    }
    let last = min(words.count, next + Self.bracketedLength)
    return (next..<last).first { passage.tokens[passage.wordTokens[$0]].contains(")") }
  }

  /// Places: provinces and countries the lexicon knows, and runs of capitalised syllables inside
  /// the sentence that are no organisation's or person's (`Hà Nội`, `Quảng Trị`).
  private func places(in passage: Passage, at position: Int, layout: Layout) -> [Candidate] {
    let words = passage.words
    var found: [Candidate] = []
    let persons = Set(lexicon.surnames.matches(in: words).filter(\.exact).map(\.range.lowerBound))
    let known = (lexicon.provinces.matches(in: words) + lexicon.countries.matches(in: words)).map(
      \.range)
    let heads = lexicon.organisationHeads.matches(in: words).map(\.range.lowerBound)
    // A province or country the lexicon knows may open the sentence (`Hàn Quốc tiếp tục là …`);
    // any other capitalised run there may be only the sentence's capital.
    var index = 0
    while index < words.count {
      if let range = known.first(where: { $0.lowerBound == index }) {
        found.append(
          Candidate(
            kind: .place, passage: position, range: range,
            text: layout.quote(range.lowerBound, range.upperBound - 1)))
        index = range.upperBound
        continue
      }
      guard index > 0, layout.capitalised[index], !words[index].isNumber, !heads.contains(index),
        !persons.contains(index)
      else {
        index += 1
        continue
      }
      var end = index
      while end + 1 < words.count, end - index < 3, !layout.breakAfter[end],
        layout.capitalised[end + 1],
        !words[end + 1].isNumber
      {
        end += 1
      }
      let allLetters = words[index...end].allSatisfy { word in word.text.contains { $0.isLowercase }
      }
      if end > index, allLetters,
        !(index > 0 && layout.capitalised[index - 1] && !layout.breakAfter[index - 1])
      {
        found.append(
          Candidate(
            kind: .place, passage: position, range: index..<(end + 1),
            text: layout.quote(index, end)))
      }
      index = end + 1
    }
    return found + venues(in: passage, at: position, layout: layout, besides: found)
  }

  /// The most words a venue's name runs to (`Trung tâm Hội nghị quốc gia ở Hà Nội`).
  static let venueLength = 8

  /// Venues: after `tại`, a name that starts with a capital and may hold words without one
  /// (`tại Trụ sở Chính phủ ở Hà Nội`), up to the clause's end or two such words in a row
  /// followed by none with a capital.
  private func venues(
    in passage: Passage, at position: Int, layout: Layout, besides found: [Candidate]
  ) -> [Candidate] {
    let words = passage.words
    let cues = Set(lexicon.extractionCues.venues)
    let heads = Set(lexicon.organisationHeads.matches(in: words).map(\.range.upperBound))
    var venues: [Candidate] = []
    for index in words.indices.dropLast() where cues.contains(words[index].text.lowercased()) {
      let start = index + 1
      guard layout.capitalised[start], !words[start].isNumber, !layout.breakAfter[index] else {
        continue
      }
      var end = start
      while end + 1 < words.count, end + 1 - start < Self.venueLength, !layout.breakAfter[end],
        !words[end + 1].isNumber,
        layout.capitalised[end + 1] || layout.capitalised[end]
          || (end + 2 < words.count && layout.capitalised[end + 2])
      {
        end += 1
      }
      // A name's last word may lack a capital where a head of the lexicon ends it (`Chính phủ`).
      while end > start, !layout.capitalised[end], !heads.contains(end + 1) { end -= 1 }
      // A name of one word, or one the places before found whole.
      guard end > start, !found.contains(where: { $0.range == start..<(end + 1) }) else { continue }
      venues.append(
        Candidate(
          kind: .place, passage: position, range: start..<(end + 1), text: layout.quote(start, end))
      )
    }
    return venues
  }
}

/// The figures of each passage, as ``CandidateReader`` reads them, kept once read: most questions
/// read the same few passages of a report, and a passage's figures depend on it alone.
///
/// The lock makes it safe from any thread; reading happens outside it, so two threads may read
/// the same passage at once and keep the same figures.
private final class FigureCache: @unchecked Sendable {
  private let lock = NSLock()
  /// By passage position, numbers in words read (for durations and ranks) or not.
  private var read: [Int: [Candidate]] = [:]
  private var readSpelled: [Int: [Candidate]] = [:]

  func figures(at position: Int, spelled: Bool, reading: () -> [Candidate]) -> [Candidate] {
    lock.lock()
    let known = spelled ? readSpelled[position] : read[position]
    lock.unlock()
    if let known { return known }
    let figures = reading()
    lock.lock()
    if spelled { readSpelled[position] = figures } else { read[position] = figures }
    lock.unlock()
    return figures
  }
}
