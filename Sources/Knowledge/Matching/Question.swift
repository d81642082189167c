/// A question read with the lexicon: its words and everything recognised in it.
public struct Question: Sendable {
  /// The question as asked.
  public let text: String
  /// Its words, corrected, typos repaired and abbreviations expanded.
  public let words: [Word]
  /// Concepts mentioned, best first, with their scores.
  public let concepts: [(term: Term, score: Int)]
  /// Scopes, platforms, unlisted platforms, places (provinces, single ministries, countries),
  /// directive topics, background terms and measures mentioned.
  public let scopes, platforms, otherPlatforms, places, topics, terms, measures: [TermMatch]
  /// Words covered by multi-word names, which cues may match only as a whole.
  let names: [Range<Int>]
  /// A part of a whole named after a marker (`ngành hàng điện thoại` → `ngành hàng`, `điện thoại`),
  /// when no place or platform the lexicon knows is named there.
  public let namedScope: (marker: String, name: [Word])?
  /// Abbreviations the question uses, with their expansion (`TTHC` → `thủ tục hành chính`).
  public let abbreviations: [(short: String, expansion: String)]
  /// The number of words of the longest expansion of ``abbreviations`` (0 without one).
  let abbreviationLength: Int
  /// Periods mentioned (comparison bases marked).
  public let periods: [PeriodMention]
  /// Dates no calendar has (`tháng 13`, `ngày 32/5/2025`), as written: no period at all.
  public let impossibleDates: [String]
  /// Legal documents cited, by number (`57`, `03`).
  public let citations: [String]
  /// The meeting asked about by its number (`phiên họp lần thứ hai` → 2, `lần đầu` → 1).
  public let meetingNumber: Int?
  /// A meeting asked about relative to the latest: `next` (`tiếp theo`) or `previous` (`lần trước`).
  public let sequence: String?
  /// Statistics without a concept whose subject words the question shares, by their positions in
  /// the knowledge base's facts, and how many words (see ``SubjectIndex/matches(_:excluding:)``).
  public let subjects: (facts: [Int], score: Int, scores: SubjectScores)
  /// Concepts named, each at its longest phrase, in question order (`doanh thu` and `xuất
  /// khẩu` in `doanh thu và xuất khẩu`): where each is named, which ``concepts`` does not say.
  public let conceptMatches: [TermMatch]
  /// Arithmetic asked for (`chênh lệch`, `gấp mấy lần`, `lớn nhất`), in question order.
  public let operations: [TermMatch]
  /// Words marking a follow-up (`còn`, `thì sao`) and words pointing back (`nó`, `con số đó`).
  public let followUps, anaphors: [TermMatch]

  /// The normalised question: its words' text joined by spaces.
  public var normalized: String { words.map(\.text).joined(separator: " ") }

  /// The period asked about, if any (not a comparison base, not "now").
  public var period: Period? { askedPeriods.first?.period }

  /// Every period asked about (`từ tháng 4 đến tháng 7`), not comparison bases, not "now".
  public var askedPeriods: [PeriodMention] {
    periods.filter { mention in
      if mention.isComparison { return false }
      if case .current = mention.period { return false }
      return true
    }
  }

  /// Whether the question has words matching `phrase` in a row; and whether with diacritics too.
  func find(_ phrase: [Word]) -> (found: Bool, exact: Bool) {
    guard phrase.count <= words.count else { return (false, false) }
    var best: (Bool, Bool) = (false, false)
    let first = phrase[0].foldHash
    for start in 0...(words.count - phrase.count) where words[start].foldHash == first {
      guard let exact = Word.match(phrase, in: words, at: start)?.exact else { continue }
      let range = start..<(start + phrase.count)
      if names.allSatisfy({
        !$0.overlaps(range) || range.contains($0.lowerBound) && range.contains($0.upperBound - 1)
      }) {
        if exact { return (true, true) }
        best = (true, false)
      }
    }
    return best
  }
}

extension Question {
  /// Reads a question.
  init(
    _ text: String, echoing original: String, corpus: Corpus, vocabulary: Vocabulary,
    subjects: SubjectIndex,
    reference: Day
  ) {
    self.text = original
    let raw = vocabulary.repair(VietnameseText.words(text))
    // Every term set looks at every word, by the hash of its fold key worked out with the word.
    let rawHashes = raw.map(\.foldHash)
    (abbreviations, abbreviationLength) = Question.abbreviations(
      in: raw, hashes: rawHashes, lexicon: corpus.lexicon)
    let words = corpus.lexicon.expand(raw, hashes: rawHashes)
    let hashes = words.map(\.foldHash)
    func matches(_ set: TermSet) -> [TermMatch] { set.matches(in: words, hashes: hashes) }
    self.words = words
    concepts = corpus.lexicon.concepts.scores(in: words, hashes: hashes).map { ($0.term, $0.score) }
    scopes = matches(corpus.lexicon.scopes)
    platforms = matches(corpus.lexicon.platforms)
    otherPlatforms = matches(corpus.lexicon.otherPlatforms)
    let measures = matches(corpus.lexicon.measures)
    // `đô la Mỹ` names a currency, not a country.
    let mentioned = [corpus.lexicon.provinces, corpus.lexicon.bodies, corpus.lexicon.countries]
      .flatMap(matches)
    places = mentioned.filter { place in !measures.contains { $0.range.overlaps(place.range) } }
    names = matches(corpus.lexicon.names).map(\.range)
    topics = matches(corpus.lexicon.topics)
    let typed = corpus.background.matches(in: raw, hashes: rawHashes)
    terms =
      typed
      + matches(corpus.background).filter { match in !typed.contains { $0.term.id == match.term.id }
      }
    self.measures = measures
    periods = PeriodReader.periods(in: words, reference: reference)
    impossibleDates = PeriodReader.impossibleDates(in: words)
    citations = Question.citations(in: words)
    meetingNumber = Question.meetingNumber(in: words)
    sequence = matches(corpus.lexicon.sequence).first?.term.id
    var covered = Set<Int>()
    for match in scopes + platforms + otherPlatforms + places { covered.formUnion(match.range) }
    for mention in periods { covered.formUnion(mention.range) }
    // A place marker the scope markers lack (`xã`) only before a capitalised name: `xã Lũng Cú`,
    // not `xã hội`.
    let placeMarkers = matches(corpus.lexicon.placeMarkers).filter { marker in
      marker.range.upperBound < words.count
        && words[marker.range.upperBound].text.first?.isUppercase == true
    }
    let markers = (matches(corpus.lexicon.scopeMarkers) + placeMarkers).sorted {
      $0.range.lowerBound < $1.range.lowerBound
    }
    namedScope = Question.namedScope(
      in: words, markers: markers, covered: covered, stopwords: corpus.lexicon.stopwords)
    self.subjects = subjects.matches(words, excluding: covered)
    let conceptMatches = matches(corpus.lexicon.concepts)
    self.conceptMatches = conceptMatches
    operations = Question.operations(
      matches(corpus.lexicon.operations), outside: conceptMatches)
    followUps = matches(corpus.lexicon.followUps)
    anaphors = matches(corpus.lexicon.anaphors)
  }

  /// The operations among `matches` outside every concept's words: one word only as typed with
  /// its marks (`cong` is as often `công` as `cộng`), and none inside a concept's own words
  /// (`tổng hồ sơ`).
  static func operations(_ matches: [TermMatch], outside concepts: [TermMatch]) -> [TermMatch] {
    matches.filter { operation in
      (operation.exact || operation.length > 1)
        && !concepts.contains { $0.range.overlaps(operation.range) }
    }
  }

  /// The lexicon's abbreviations the words use, each once, with what they stand for; and the
  /// most words one stands for.
  static func abbreviations(in raw: [Word], hashes: [UInt64], lexicon: Lexicon)
    -> (found: [(short: String, expansion: String)], length: Int)
  {
    var abbreviations: [(short: String, expansion: String)] = []
    var length = 0
    for (word, hash) in zip(raw, hashes) where lexicon.abbreviationHashes.contains(hash) {
      if let found = lexicon.abbreviations[word.fold],
        !abbreviations.contains(where: { $0.short == found.short })
      {
        abbreviations.append((found.short, found.words.map(\.text).joined(separator: " ")))
        length = max(length, found.words.count)
      }
    }
    return (abbreviations, length)
  }

  /// The part or place named after the first of `markers` that has a name after it (`ngành
  /// hàng Làm đẹp`, `huyện Mèo Vạc`): up to four words, up to a number, a common word or a word
  /// already read as a scope or period (`covered`).
  ///
  /// One word only as typed with its marks: unaccented `tinh` is as often `tính` (máy tính).
  static func namedScope(
    in words: [Word], markers: [TermMatch], covered: Set<Int>, stopwords: TermSet
  ) -> (marker: String, name: [Word])? {
    for marker in markers
    where (marker.exact || marker.length > 1) && !covered.contains(marker.range.lowerBound) {
      let stop = Set(stopwords.terms.flatMap { $0.phrases.flatMap { $0.map(\.fold) } })
      let name = words[marker.range.upperBound...].prefix { word in
        !word.isNumber && !stop.contains(word.fold)
          && !covered.contains(words.firstIndex(of: word) ?? 0)
      }
      if !name.isEmpty, !covered.contains(marker.range.upperBound) {
        return (marker.term.name, Array(name.prefix(4)))
      }
    }
    return nil
  }

  static let ordinals: [String: Int] = [
    "nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8,
    "chin": 9, "muoi": 10,
  ]

  /// `lần thứ hai`, `phiên thứ 3`, `lần 2`, `phiên họp thứ nhất`, `lần đầu (tiên)`.
  static func meetingNumber(in words: [Word]) -> Int? {
    let folds = words.map(\.fold)
    for index in folds.indices {
      let next = index + 1 < folds.count ? folds[index + 1] : ""
      let after = index + 2 < folds.count ? folds[index + 2] : ""
      if folds[index] == "thu", index > 0, ["lan", "phien", "hop"].contains(folds[index - 1]) {
        if let number = ordinals[next] ?? Int(next) { return number }
      }
      if folds[index] == "lan" {
        if next == "dau" { return 1 }
        if next != "thu", let number = Int(next), number < 100 { return number }
      }
      if folds[index] == "phien", next == "dau" || (next == "hop" && after == "dau") { return 1 }
    }
    return nil
  }

  /// The letters that name a type of legal document (`NQ`, `QĐ`), folded.
  static let types: Set<String> = ["nq", "nd", "qd", "ct", "tt", "kh"]

  /// Whether a fold key's last character is a number (`nq57`), answered from the last byte when
  /// it is ASCII: a character ending in an ASCII digit is that digit or starts with a scalar
  /// that is no number (U+0600 before a digit), which the caller's own checks then reject.
  static func endsWithDigit(_ fold: String) -> Bool {
    guard let last = fold.utf8.last else { return false }
    return last < 0x80 ? (0x30...0x39).contains(last) : fold.last?.isNumber == true
  }

  /// Numbers of legal documents: `nghị quyết (số) 57`, `NQ 57`, `57-NQ/TW`, `57/NQ-TW`.
  static func citations(in words: [Word]) -> [String] {
    var numbers: [String] = []
    for word in words where endsWithDigit(word.fold) && !word.isNumber {
      // `NQ71`, `nq03`: type and number written together.
      let letters = word.fold.prefix { $0.isLetter }
      let digits = word.fold.dropFirst(letters.count)
      if types.contains(String(letters)), !digits.isEmpty, digits.allSatisfy(\.isNumber) {
        let number = String(digits.drop { $0 == "0" })
        if !number.isEmpty, !numbers.contains(number) { numbers.append(number) }
      }
    }
    for (index, word) in words.enumerated() where word.isNumber {
      // `13/2023/NĐ-CP` reads as the word `13/2023` before its type.
      let parts = word.text.split(separator: "/")
      guard parts.count == 1 || (parts.count == 2 && parts[1].count == 4) else { continue }
      let before = words[max(0, index - 3)..<index].map(\.fold)
      let after = index + 1 < words.count ? words[index + 1].fold : ""
      let named =
        before.suffix(2) == ["nghi", "quyet"] || before.suffix(3) == ["nghi", "quyet", "so"]
        || before.suffix(2) == ["quyet", "dinh"] || before.suffix(2) == ["nghi", "dinh"]
        || types.contains(before.last ?? "")
        || (before.suffix(2).first.map(types.contains) ?? false && before.last == "so")
        || types.contains(after)
      if named {
        let digits = String(parts[0])
        let number = String(digits.drop { $0 == "0" && digits.count > 1 })
        if !numbers.contains(number) { numbers.append(number) }
      }
    }
    return numbers
  }
}
