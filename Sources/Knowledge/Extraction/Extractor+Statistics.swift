import Foundation

/// A value with its unit, found in a clause.
struct ValueMention {
  /// Where the value is, and the index just past its unit.
  let index: Int
  let end: Int
  /// The value as written, and as a number.
  let text: String
  let value: Double
  /// The unit as written (scale word included) and the scale's multiplier.
  let unit: String
  let scale: Double
  /// For a fraction `2.690/3.085 thủ tục`: the whole, as written.
  let total: String?
}

/// The words of a clause, each marked as inside parentheses or not.
struct ClauseWords {
  let words: [Word]
  let parenthesized: [Bool]

  /// Reads `clause` with `reading`; a clause that is the whole of its sentence takes the words
  /// of the sentence, already read, instead.
  init(_ clause: String, sentence: String, sentenceWords: [Word], reading: (String) -> [Word]) {
    // Most clauses have no parentheses: read them whole, without copying them character by character.
    guard clause.contains(ascii: "(") || clause.contains(ascii: ")") else {
      words = clause.hasSameBytes(as: sentence) ? sentenceWords : reading(clause)
      parenthesized = Array(repeating: false, count: words.count)
      return
    }
    var words: [Word] = []
    var parenthesized: [Bool] = []
    var depth = 0
    func read(_ segment: Substring) {
      let found = reading(String(segment))
      words += found
      parenthesized += Array(repeating: depth > 0, count: found.count)
    }
    // The text between parentheses, read a segment at a time; the parentheses are found by their bytes.
    var start = clause.startIndex
    for index in clause.utf8.indices {
      let byte = clause.utf8[index]
      guard byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")"), clause.isLoneASCII(at: index)
      else { continue }
      read(clause[start..<index])
      depth = byte == UInt8(ascii: "(") ? depth + 1 : max(0, depth - 1)
      start = clause.utf8.index(after: index)
    }
    read(clause[start...])
    self.words = words
    self.parenthesized = parenthesized
  }
}

extension Extractor {
  /// Punctuation a token may carry at either end.
  static let punctuation: EdgeCharacters = [
    ".", ",", ";", ":", "(", ")", "\"", "“", "”", "!", "?", "…", "'",
  ]
  /// What a subject phrase does not end or start with.
  static let subjectEdges: EdgeCharacters = [" ", ",", ".", ";", ":", "("]

  /// What the sentences before a clause said: read on when a clause leaves something out
  /// (`Trong đó, các Bộ, ngành đạt ...`).
  struct Context {
    var concept: String?
    var subject: String?
    var unit: String?
    var period: Period?
    /// Names a `lần lượt` list introduced (`Làm đẹp`): figures named after them later are theirs.
    var names: [String] = []
  }

  /// The statistics of a paragraph with the sentence each comes from.
  ///
  /// The fold keys of the sentences' words, as read before the lexicon expands them, go into
  /// `folds`.
  func statistics(
    in paragraph: Paragraph, reference: Day, folds: inout DistinctFolds
  ) -> [(statistic: Statistic, quote: String)] {
    var found: [(statistic: Statistic, quote: String)] = []
    var context = Context()
    for sentence in paragraph.sentences {
      let read = VietnameseText.words(sentence.text)
      for word in read { folds.insert(word) }
      let sentenceWords = lexicon.expand(read)
      let sentencePeriods = PeriodReader.periods(in: sentenceWords, reference: reference)
      var sentencePeriod = Extractor.primary(sentencePeriods)
      if sentencePeriod == nil,
        let base = sentencePeriods.first(where: { $0.isComparison }),
        case .month(let year, let month) = base.period
      {
        // A change "so với tháng 3/2025" is a month-on-month change: the figure is April's.
        sentencePeriod =
          month == 12 ? .month(year: year + 1, month: 1) : .month(year: year, month: month + 1)
      }
      for clause in sentence.clauses {
        found += statistics(
          inClause: clause, sentence: sentence.text, sentenceWords: sentenceWords,
          sentencePeriod: sentencePeriod, reference: reference, context: &context
        ).map { ($0, sentence.text) }
      }
    }
    // A note on the data (`(quý I/2025, số liệu chỉ thống kê trên 4 sàn ...)`) covers the paragraph.
    if let note = Extractor.dataNote(in: paragraph.text) {
      found = found.map { item in
        var statistic = item.statistic
        statistic.note = note
        return (statistic, item.quote)
      }
    }
    return found
  }

  /// What follows a value and its unit up to the next `,`, `;` or `.`, without what is in
  /// parentheses: the runs between them are found by their bytes and copied whole.
  ///
  /// The bytes ``description(_:)`` stops or skips at: `(`, `)`, `,`, `;` and `.`.
  static let descriptionMarks: Set<UInt8> = Set("(),;.".utf8)

  static func description(_ tail: Substring) -> String {
    var described = ""
    var depth = 0
    var run = tail.startIndex
    let utf8 = tail.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let next = utf8.index(after: index)
      // A mark after a parenthesis or a stop makes another character of it.
      var byte = utf8[index]
      if Extractor.descriptionMarks.contains(byte), !tail.isLoneASCII(at: index) { byte = 0x80 }
      // U+037E, the Greek question mark, is a `;` to `Character` (whose decomposition it is).
      if byte == 0xCD, tail[index...].first == ";" { byte = UInt8(ascii: ";") }
      switch byte {
      case UInt8(ascii: "("):
        if depth == 0 { described += tail[run..<index] }
        depth += 1
      case UInt8(ascii: ")"):
        if depth == 0 { described += tail[run..<index] } else { depth -= 1 }
        if depth == 0 { run = next }
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "."):
        if depth == 0 {
          described += tail[run..<index]
          return described
        }
      default: break
      }
      index = next
    }
    if depth == 0 { described += tail[run...] }
    return described
  }

  /// The text of a parenthesis that says where figures come from: from `số liệu` to its end.
  static func dataNote(in text: String) -> String? {
    guard text.contains(ascii: "(") else { return nil }
    // The parentheses are found by their bytes, not character by character.
    let utf8 = text.utf8
    var rest = utf8.startIndex
    while let open = text.firstLone(UInt8(ascii: "("), from: rest),
      let close = text.firstLone(UInt8(ascii: ")"), from: open)
    {
      let inside = text[utf8.index(after: open)..<close]
      if let start = inside.find("số liệu") {
        return String(inside[start.lowerBound...]).trimmed()
      }
      rest = utf8.index(after: close)
    }
    return nil
  }

  private func statistics(
    inClause clause: String, sentence: String, sentenceWords: [Word], sentencePeriod: Period?,
    reference: Day,
    context: inout Context
  ) -> [Statistic] {
    let clauseWords = ClauseWords(
      clause, sentence: sentence, sentenceWords: sentenceWords, reading: lexicon.words)
    let words = clauseWords.words
    let periods = PeriodReader.periods(in: words, reference: reference)
    let mentions = values(in: words, masking: periods.map(\.range))
    let ranks = ranks(in: words)
    guard !mentions.isEmpty || !ranks.isEmpty else { return [] }
    let fold = words.map(\.fold)
    let shareWords = !lexicon.shares.matches(in: words).isEmpty

    // `A, B và C lần lượt đạt x, y và z`: the names before `lần lượt`, in order, one per value.
    let respectively = fold.indices.first {
      $0 + 1 < fold.count && fold[$0] == "lan" && fold[$0 + 1] == "luot"
    }
    let afterRespectively = mentions.filter { $0.index > (respectively ?? words.count) }
    var listed: [String] = []
    if let respectively {
      listed = names(
        before: respectively, in: clauseWords, clause: clause, count: afterRespectively.count)
      context.names += listed.filter { $0.hasPrefix("name:") }
    }

    var statistics: [Statistic] = []
    var previousEnd = 0
    var clauseScope: String?
    var skipped: Set<Int> = []
    // The text before each value, as written, for its subject phrase.
    var rawCursor = clause.startIndex
    var rawLeads: [Int: String] = [:]
    var rawTails: [Int: String] = [:]
    for mention in mentions {
      guard let found = clause.find(mention.text, from: rawCursor) else { continue }
      rawLeads[mention.index] = String(clause[rawCursor..<found.lowerBound])
      // After the value: its total (`/3.085`) and unit, then what describes it, parentheses left out.
      var tail = Substring(clause[found.upperBound...])
      if let total = mention.total, tail.hasPrefix("/" + total) {
        tail = tail.dropFirst(total.count + 1)
      }
      tail = tail.drop { $0 == " " }
      // Only the unit's length of the tail is lowercased: the tail runs to the end of the clause.
      if tail.prefix(mention.unit.count).lowercased() == mention.unit.lowercased() {
        tail = tail.dropFirst(mention.unit.count)
      }
      rawCursor = tail.startIndex
      rawTails[mention.index] = Extractor.description(tail)
    }
    for (position, mention) in mentions.enumerated() {
      defer { previousEnd = mention.end }
      if skipped.contains(mention.index) { continue }
      let lead = Array(words[previousEnd..<mention.index])
      let trail = Array(words[mention.end..<min(words.count, mention.end + 4)])
      let qualifier = lexicon.qualifiers.matches(in: lead).last {
        $0.range.upperBound >= lead.count - 3
      }?.term.name
      let leadFolds = lead.map(\.fold)

      // A value in parentheses after `mục tiêu` is the target of the one before it; after
      // `tương đương`, the same quantity in another unit.
      if leadFolds.suffix(2) == ["muc", "tieu"], var last = statistics.popLast() {
        last.target = mention.text + (mention.unit == "%" ? "%" : " " + mention.unit)
        statistics.append(last)
        continue
      }
      let departed = !lexicon.departures.matches(in: trail).isEmpty
      if !departed, leadFolds.contains("tuong"), leadFolds.contains("duong"),
        var last = statistics.popLast()
      {
        last.equivalent = mention.text + " " + mention.unit
        statistics.append(last)
        continue
      }
      // `từ 24,1% lên 32,5%`: the first value is where the second started.
      var from: String?
      if position + 1 < mentions.count, leadFolds.last == "tu",
        mention.end < fold.count, ["len", "xuong"].contains(fold[mention.end]),
        mentions[position + 1].index == mention.end + 1
      {
        skipped.insert(mentions[position + 1].index)
        from = mention.text + (mention.unit == "%" ? "%" : " " + mention.unit)
      }
      let current = from == nil ? mention : mentions[position + 1]

      // Measure: what the words right before and after the value say it is.
      var measure = Statistic.Measure.level
      var direction = 0
      let beforeValue = lead.count - (qualifier.map { VietnameseText.words($0).count } ?? 0)
      let changeWord = lexicon.changes.matches(in: Array(lead[..<max(0, beforeValue)])).last {
        $0.range.upperBound == beforeValue
      }
      let counted = lexicon.counted.matches(in: VietnameseText.words(current.unit)).first != nil
      if departed {
        measure = .departures
      } else if let changeWord, from == nil {
        direction = Int(changeWord.term.value ?? 1)
        measure = .changeSamePeriod
      } else if shareWords && current.unit == "%" {
        measure = .share
      } else if counted {
        measure = .count
      }
      var base: String?
      if measure.isChange || measure == .departures {
        let tail = Array(words[current.end...])
        let sentenceTail =
          tail.contains { $0.fold == "voi" } ? tail : remainder(of: sentenceWords, after: words)
        if let compared = comparison(in: sentenceTail, reference: reference) {
          base = compared.text
          if measure.isChange {
            measure = compared.previousMonth ? .changePreviousMonth : .changeSamePeriod
          }
        }
      }

      // Concept: named before the value, else after it (`... chiếm 66,7% thị phần`), else carried
      // on from the sentence before when the unit agrees.
      let unit = Extractor.bareUnit(current.unit, lexicon: lexicon)
      var concept: String?
      var subject: String?
      // The subject as written, and what follows the unit when it describes the thing counted
      // (`22,6 triệu tài khoản định danh điện tử mức độ 2 được kích hoạt`).
      let written = subjectPhrase(rawLeads[mention.index] ?? "", reference: reference)
      let described = describedUnit(unit, tail: rawTails[current.index] ?? "", reference: reference)
      let strong = contentWords(of: written) >= 2
      let unitWords = Array(words[(current.index + 1)..<current.end])
      if let named = lexicon.concepts.scores(in: lead + unitWords).first {
        concept = named.term.id
        subject = written.isEmpty ? phrase(Array(lead[min(named.first, lead.count)...])) : written
        if subject?.isEmpty ?? true { subject = named.term.name }
      } else if measure == .level || measure == .share || measure == .count,
        let named = lexicon.concepts.scores(in: Array(words[(mention.index + 1)...])).first,
        !statistics.contains(where: { $0.concept != named.term.id && $0.concept != nil })
      {
        concept = named.term.id
        subject = named.term.name
      } else if !strong,
        measure.isChange || measure == .departures
          || described.isEmpty && (unit == context.unit || lead.count <= 6 && context.unit == nil)
      {
        concept = context.concept
        subject = context.subject
      } else if !strong, let previous = statistics.last,
        clauseWords.parenthesized[mention.index]
          || (respectively.map { mention.index > $0 } ?? false && position > 0)
      {
        // `2.690/3.085 thủ tục (87,2%)`, or the second value of a `lần lượt` list: the same
        // subject as the value before it.
        concept = previous.concept
        subject = previous.subject
      } else {
        subject = [strong ? written : "", described].filter { !$0.isEmpty }.joined(separator: " ")
      }
      if subject == nil || subject!.isEmpty { subject = written }

      // Scope: the name listed for it, a place or platform named just before it, or the scope
      // words of the clause; parenthesised lists of platforms are notes, not scopes.
      let before = Array(words[..<mention.index])
      var scope = "national"
      if let respectively, current.index > respectively, listed.count == afterRespectively.count,
        let index = afterRespectively.firstIndex(where: { $0.index == mention.index })
      {
        scope = listed[index]
      } else if let place = scopeName(before: mention.index, in: clauseWords, since: previousEnd) {
        scope = place
      } else if let name = context.names.last(where: { name in
        let folds = VietnameseText.words(String(name.dropFirst(5))).map(\.fold)
        return lead.indices.contains {
          lead.count - $0 >= folds.count
            && Array(lead[$0..<($0 + folds.count)]).map(\.fold) == folds
        }
      }) {
        scope = name
      } else if let named = lexicon.scopes.matches(in: before).last(where: \.exact) {
        // Reports are written with diacritics: `cấp tính đến` is not `cấp tỉnh`.
        scope = named.term.id
      } else if let carried = clauseScope {
        scope = carried
      }
      clauseScope = scope

      let period = period(for: mention.index, in: periods) ?? sentencePeriod ?? context.period
      if measure == .level || measure == .share || measure == .count {
        context.concept = concept
        context.subject = subject
        context.unit = unit
      }
      context.period = period
      var items: [String] = []
      if measure == .count, let list = sentence.find("gồm ") {
        items = Extractor.list(String(sentence[list.upperBound...]))
      }
      statistics.append(
        Statistic(
          subject: subject ?? "", concept: concept, valueText: current.text, value: current.value,
          unit: current.unit, scale: current.scale, qualifier: qualifier, scope: scope,
          period: period,
          measure: measure, direction: direction, base: base, equivalent: nil, note: nil,
          total: current.total,
          target: nil, from: from, items: items))
    }
    for rank in ranks {
      let scope = scopeName(before: rank.index, in: clauseWords, since: 0) ?? "national"
      // What the ranking is of: the words before the rank and the ranking named after it
      // (`... dẫn đầu bảng xếp hạng chất lượng phục vụ ...`).
      let rawBefore = clause.find(rank.phrase).map { String(clause[..<$0.lowerBound]) } ?? ""
      var rawAfter = clause.find(rank.phrase).map { String(clause[$0.upperBound...]) } ?? ""
      for stop in [" với ", ",", ";", " chỉ sau"] {
        if let range = rawAfter.find(stop) { rawAfter = String(rawAfter[..<range.lowerBound]) }
      }
      let subject = [
        subjectPhrase(rawBefore, reference: reference),
        subjectPhrase(rawAfter, reference: reference),
      ]
      .filter { !$0.isEmpty }.joined(separator: " ")
      let concept =
        statistics.first { $0.concept != nil }?.concept
        ?? (statistics.isEmpty ? context.concept : nil)
      statistics.append(
        Statistic(
          subject: subject, concept: concept, valueText: rank.value, value: Double(rank.value) ?? 0,
          unit: "", scale: 1,
          qualifier: nil, scope: scope,
          period: period(for: rank.index, in: periods) ?? sentencePeriod ?? context.period,
          measure: .rank, direction: 0, base: nil, equivalent: nil, note: nil, total: rank.total,
          target: nil, from: nil,
          items: []))
    }
    return statistics
  }

  /// The period of a figure at `index`: the nearest own period before it (a day before `đến nay`),
  /// else the first after it.
  func period(for index: Int, in periods: [PeriodMention]) -> Period? {
    let own = periods.filter { !$0.isComparison }
    let before = own.filter { $0.range.upperBound <= index }
    if let explicit = before.last(where: {
      if case .current = $0.period { return false } else { return true }
    }) {
      return explicit.period
    }
    return before.last?.period ?? own.first { $0.range.lowerBound > index }?.period
  }

  /// The period a sentence gives its figures: the first that is not a comparison base, an explicit
  /// day before `đến nay`.
  static func primary(_ periods: [PeriodMention]) -> Period? {
    let own = periods.filter { !$0.isComparison }
    return own.first { if case .current = $0.period { return false } else { return true } }?.period
      ?? own.first?.period
  }

  /// A unit without its scale word: `nghìn shop` → `shop`.
  static func bareUnit(_ unit: String, lexicon: Lexicon) -> String {
    let words = VietnameseText.words(unit)
    guard let scale = lexicon.scales.matches(in: words).first, scale.range.lowerBound == 0 else {
      return unit
    }
    return words[scale.range.upperBound...].map(\.text).joined(separator: " ")
  }

  /// The place or platform a figure is for: named right before it (`Đà Nẵng (58,89%)`), or the
  /// last one named since the previous figure outside parentheses, when only one is.
  func scopeName(before index: Int, in clause: ClauseWords, since start: Int) -> String? {
    let words = Array(clause.words[..<index])
    var found: [(range: Range<Int>, scope: String)] = []
    for match in lexicon.platforms.matches(in: words) { found.append((match.range, match.term.id)) }
    for set in [lexicon.provinces, lexicon.bodies, lexicon.countries] {
      for match in set.matches(in: words) {
        found.append((match.range, "place:" + match.term.name))
      }
    }
    for place in namedPlaces(in: words)
    where !found.contains(where: { $0.range.overlaps(place.range) }) {
      found.append(place)
    }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
    if let adjacent = found.last, adjacent.range.upperBound == index { return adjacent.scope }
    let outside = found.filter { !clause.parenthesized[$0.range.lowerBound] }
    let recent = outside.filter { $0.range.lowerBound >= start }
    let candidates = recent.isEmpty ? outside : recent
    guard Set(candidates.map(\.scope)).count == 1 else { return nil }
    return candidates.last?.scope
  }

  /// Places the lexicon does not list, named by a place marker and a capitalised name
  /// (`huyện Mèo Vạc` → `name:huyện Mèo Vạc`), at most four words of name.
  func namedPlaces(in words: [Word]) -> [(range: Range<Int>, scope: String)] {
    lexicon.placeMarkers.matches(in: words).compactMap { marker in
      guard marker.exact else { return nil }
      let name = words[marker.range.upperBound...].prefix {
        $0.text.first?.isUppercase == true && !$0.isNumber
      }
      .prefix(4)
      guard !name.isEmpty else { return nil }
      let written = words[marker.range].map(\.text) + name.map(\.text)
      return (marker.range.lowerBound..<name.endIndex, "name:" + written.joined(separator: " "))
    }
  }

  /// The names listed before `lần lượt`: platforms or places the lexicon knows, else the
  /// capitalised items the clause starts with (`Làm đẹp, Thời trang nữ và Nhà cửa - Đời sống`).
  func names(before index: Int, in clause: ClauseWords, clause text: String, count: Int) -> [String]
  {
    let words = Array(clause.words[..<index])
    var known: [(Int, String)] = lexicon.platforms.matches(in: words).map {
      ($0.range.lowerBound, $0.term.id)
    }
    for set in [lexicon.provinces, lexicon.bodies, lexicon.countries] {
      known += set.matches(in: words).map { ($0.range.lowerBound, "place:" + $0.term.name) }
    }
    if known.count >= 2 { return known.sorted { $0.0 < $1.0 }.map(\.1) }
    var head = text
    for stop in [" là ", " lần lượt", " có ", " đạt "] {
      if let range = head.find(stop) { head = String(head[..<range.lowerBound]) }
    }
    // The last items, one per value: what comes before them introduces the list.
    let items = Array(Extractor.list(head).suffix(count))
    return items.count >= 2 && items.count == count
      && items.allSatisfy({ $0.first?.isUppercase == true })
      ? items.map { "name:" + $0 } : []
  }

  /// The items of a list `A, B, C và D`, up to the end of the sentence.
  static func list(_ text: String) -> [String] {
    var body = text
    if let end = body.firstIndex(where: { ".;".contains($0) }) { body = String(body[..<end]) }
    var items = body.pieces(separatedBy: ", ")
    if let last = items.popLast() { items += last.pieces(separatedBy: " và ") }
    return items.map { $0.trimmed() }.filter { !$0.isEmpty }
  }

  /// Exact keys of the words that end the description of what a value counts.
  static let descriptionStops = Set(
    ["và", "so", "chiếm", "đạt", "tương", "là", "gồm"].map(VietnameseText.exactKey))

  /// The words after a value's unit that say what was counted, up to the next comma or value:
  /// `(12.870) trạm phát sóng 5G`, `(22,6 triệu) tài khoản định danh điện tử mức độ 2 được kích
  /// hoạt`.
  ///
  /// Empty when nothing follows the unit. `unit` is the value's unit without its scale
  /// (``bareUnit(_:lexicon:)``).
  func describedUnit(_ unit: String, tail raw: String, reference: Day) -> String {
    guard unit != "%", !unit.isEmpty else { return "" }
    let words = VietnameseText.words(raw)
    var tail: [Word] = []
    let stops = Extractor.descriptionStops
    for word in words {
      if (word.isNumber && VietnameseNumber.parse(word.text) != nil) || stops.contains(word.exact) {
        break
      }
      tail.append(word)
    }
    if let period = PeriodReader.periods(in: tail, reference: reference).first {
      tail = Array(tail[..<period.range.lowerBound])
    }
    if let last = tail.last, last.fold == "trong" { tail.removeLast() }
    return tail.isEmpty ? "" : ([unit] + tail.map(\.text)).joined(separator: " ")
  }

  /// How many words of a phrase say what it is about: not stopwords, scopes, places or platforms.
  func contentWords(of phrase: String) -> Int {
    let words = VietnameseText.words(phrase)
    let hashes = words.map(\.foldHash)
    var covered = [Bool](repeating: false, count: words.count)
    for set in [
      lexicon.scopes, lexicon.provinces, lexicon.bodies, lexicon.countries, lexicon.platforms,
      lexicon.stopwords,
    ] {
      for match in set.matches(in: words, hashes: hashes) {
        for index in match.range { covered[index] = true }
      }
    }
    return words.indices.filter { !covered[$0] && !words[$0].isNumber }.count
  }

  /// Fold keys of the words that introduce a clause before its subject (`Theo`, `Trong`, `Tính đến`).
  static let subjectIntroductions: Set<String> = [
    "theo", "ve", "trong", "tinh", "den", "ngoai", "tuy", "ben", "xet", "ngay", "thang", "nam",
    "tai", "rieng",
    "nguoc", "chieu", "sang", "toi", "do", "voi", "quy", "dau", "cuoi", "hien", "sau", "truoc",
  ]

  /// Exact keys of the verbs and qualifiers between a subject and its value, compared with their
  /// diacritics (`đứng` ends a subject, `Xây dựng` does not).
  static let subjectEndings = Set(
    [
      "đạt", "là", "có", "ước", "còn", "chỉ", "ghi", "nhận", "chiếm", "lần", "lượt", "trung",
      "bình", "hơn",
      "khoảng", "gần", "trên", "đã", "lên", "tới", "từ", "với", "tăng", "giảm", "trưởng", "mức",
      "vào", "đưa",
      "xếp", "đứng", "tiếp", "tục", "trong", "thứ", "mới", "ở", "mang", "về",
    ].map(VietnameseText.exactKey))

  /// The subject of a figure as written: the text before it, without the introductory phrases
  /// (`Theo Cục Thuế, `, `Trong tháng 6/2025, `), its period and its verb.
  func subjectPhrase(_ raw: String, reference: Day) -> String {
    let intros = Extractor.subjectIntroductions
    var segments: [String] = []
    for piece in raw.pieces(separatedBy: ", ").map({ $0.trimmed() }) {
      // `Bộ, ngành` and `người dân, doanh nghiệp` are one phrase, not two clauses. Only the start
      // of the piece is lowercased (enough for `doanh nghiệp`), and the segment before only when
      // the piece starts so.
      if let last = segments.last, let first = piece.utf8.first,
        first | 0x20 == UInt8(ascii: "n") || first | 0x20 == UInt8(ascii: "d"),
        case let start = piece.prefix(16).lowercased(),
        start.hasPrefix("ngành") || start.hasPrefix("doanh nghiệp"),
        case let lowered = last.lowercased(),
        lowered.hasSuffix("bộ") || lowered.hasSuffix("người dân")
      {
        segments[segments.count - 1] = last + ", " + piece
      } else {
        segments.append(piece)
      }
    }
    func strip(_ text: String) -> String {
      // Split at the byte of a space, as ``VietnameseText/wordsByToken(_:)`` counts tokens; the
      // tokens are where they are in the text, made into strings only as they are looked at.
      var tokens = text.tokenRanges()
      // Cut at the period (`tháng 11/2025`, `trong 6 tháng đầu năm`, `tính đến ngày 6/2`): read
      // the words once, and cut at the token where the first period (or `trong` before it) starts.
      let (words, tokenOfWord) = VietnameseText.wordsByToken(text)
      if let period = PeriodReader.periods(in: words, reference: reference).first(where: {
        !$0.isComparison
      }) {
        var start = period.range.lowerBound
        if start > 0, words[start - 1].fold == "trong" { start -= 1 }
        let token = tokenOfWord[start]
        if start == 0 || tokenOfWord[start - 1] != token { tokens = Array(tokens[..<token]) }
      }
      let trailing = Extractor.subjectEndings
      while let last = tokens.last,
        trailing.contains(VietnameseText.exactKey(text[last].trimmed(Extractor.punctuation)))
      {
        tokens.removeLast()
      }
      guard let first = tokens.first, let last = tokens.last else { return "" }
      // The tokens joined by one space: the text they span, unless it has spaces doubled.
      let span = text[first.lowerBound..<last.upperBound]
      let joined = span.has("  ") ? tokens.map { text[$0] }.joined(separator: " ") : String(span)
      return joined.trimmed(Extractor.subjectEdges)
    }
    segments = segments.map(strip)
    while let last = segments.last, last.isEmpty { segments.removeLast() }
    while segments.count > 1, let first = segments.first,
      intros.contains(VietnameseText.firstWord(of: first)?.fold ?? "") || first.isEmpty
    {
      segments.removeFirst()
    }
    // A lone introduction keeps its topic: `Về nền tảng số` → `nền tảng số`.
    if segments.count == 1, let first = segments.first,
      let space = first.utf8.firstIndex(of: UInt8(ascii: " ")),
      ["về", "theo"].contains(first[..<space].lowercased())
    {
      segments[0] = String(first[first.index(after: space)...])
    }
    return segments.joined(separator: ", ")
  }

  /// A rank: `dẫn đầu` (1), `đứng thứ hai`, `xếp thứ 13`, `top 18`, `thứ 71/193 quốc gia`.
  struct Rank {
    let index: Int
    let value: String
    let total: String?
    /// The rank's words as written, to find them in the clause.
    let phrase: String
  }

  /// Ordinal words by fold key, for ranks (`thứ hai`).
  static let rankOrdinals = [
    "nhat": 1, "nhi": 2, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10,
  ]

  /// The ``TermSet/foldHash(_:)`` of the words a rank starts with: the others are passed over on it.
  static let rankStarts = FoldHashSet(["dan", "dung", "xep", "top"].map(TermSet.foldHash))

  func ranks(in words: [Word]) -> [Rank] {
    let ordinals = Extractor.rankOrdinals
    var ranks: [Rank] = []
    for index in words.indices where Extractor.rankStarts.contains(words[index].foldHash) {
      let fold = words[index].fold
      let next = index + 1 < words.count ? words[index + 1] : nil
      let after = index + 2 < words.count ? words[index + 2] : nil
      if fold == "dan", let next, next.fold == "dau" {
        ranks.append(
          Rank(index: index, value: "1", total: nil, phrase: words[index].text + " " + next.text))
      } else if fold == "dung" || fold == "xep", let next, next.fold == "thu", let after {
        let parts = after.text.split(separator: "/")
        if let number = ordinals[after.fold] ?? parts.first.flatMap({ Int($0) }) {
          ranks.append(
            Rank(
              index: index, value: String(number), total: parts.count == 2 ? String(parts[1]) : nil,
              phrase: [words[index].text, next.text, after.text].joined(separator: " ")))
        }
      } else if fold == "top", let next, let number = Int(next.text) {
        ranks.append(
          Rank(
            index: index, value: String(number), total: nil,
            phrase: words[index].text + " " + next.text))
      }
    }
    return ranks
  }

  /// Values followed by a unit or a scale word, outside the masked ranges (dates, periods).
  ///
  /// A fraction `2.690/3.085 thủ tục` is its first part, with the second as its total.
  func values(in words: [Word], masking masked: [Range<Int>]) -> [ValueMention] {
    var mentions: [ValueMention] = []
    for (index, word) in words.enumerated() where word.isNumber {
      guard !masked.contains(where: { $0.contains(index) }) else { continue }
      let parts = word.text.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
      guard parts.count <= 2, let value = VietnameseNumber.parse(parts[0]) else { continue }
      let total = parts.count == 2 ? String(parts[1]) : nil
      if let total, VietnameseNumber.parse(total) == nil { continue }
      // The two words after the value: a scale word is one or two words long.
      let next = Array(words[(index + 1)..<min(words.count, index + 3)])
      var end = index + 1
      var scale = 1.0
      if let scaleWord = lexicon.scales.matches(in: next).first, scaleWord.range.lowerBound == 0 {
        scale = scaleWord.term.value ?? 1
        end += scaleWord.length
      }
      let afterScale = Array(words[end...].prefix(6))
      if let unit = lexicon.units.matches(in: afterScale).first, unit.range.lowerBound == 0 {
        end += unit.length
      } else if scale == 1 || total != nil {
        continue
      }
      let unit = words[(index + 1)..<end].map(\.text).joined(separator: " ")
      mentions.append(
        ValueMention(
          index: index, end: end, text: String(parts[0]), value: value, unit: unit, scale: scale,
          total: total))
    }
    return mentions
  }

  /// The comparison after `so với`: its words and whether the base is the previous month.
  private func comparison(in words: [Word], reference: Day) -> (text: String, previousMonth: Bool)?
  {
    guard
      let start = words.indices.first(where: {
        $0 > 0 && words[$0].fold == "voi" && words[$0 - 1].fold == "so"
      })
    else { return nil }
    let rest = Array(words[(start + 1)...])
    let periods = PeriodReader.periods(in: rest, reference: reference)
    if rest.count >= 2, rest[0].fold == "cung", rest[1].fold == "ki" {
      // `cùng kỳ`, with its year when the text gives it (`cùng kỳ năm 2024`).
      let end =
        periods.first { $0.range.lowerBound == 2 && $0.period == .year(reference.year - 1) }?.range
        .upperBound ?? 2
      return (rest[..<end].map(\.text).joined(separator: " "), false)
    }
    guard let first = periods.first, first.range.lowerBound == 0 else { return nil }
    let text = first.period.vietnamese
    if case .month = first.period { return (text, true) }
    return (text, false)
  }

  /// The words of the sentence after the clause (where a comparison may be stated once for several).
  private func remainder(of sentence: [Word], after clause: [Word]) -> [Word] {
    guard clause.count <= sentence.count else { return [] }
    for start in 0...(sentence.count - clause.count)
    where sentence[start].fold == clause.first?.fold
      && Array(sentence[start..<(start + clause.count)]) == clause
    {
      return Array(sentence[(start + clause.count)...])
    }
    return []
  }

  /// Words joined back into a phrase, a repeated abbreviation's expansion removed, trailing verbs and
  /// qualifiers dropped.
  func phrase(_ words: [Word]) -> String {
    var kept = words
    // `thủ tục hành chính (TTHC)` expands to the same words twice.
    var index = 0
    while index < kept.count {
      var removed = false
      for length in stride(from: min(6, (kept.count - index) / 2), through: 2, by: -1)
      where Array(kept[index..<(index + length)]).map(\.fold)
        == Array(kept[(index + length)..<(index + 2 * length)]).map(\.fold)
      {
        kept.removeSubrange((index + length)..<(index + 2 * length))
        removed = true
        break
      }
      if !removed { index += 1 }
    }
    let trailing: Set<String> = [
      "dat", "la", "co", "uoc", "con", "chi", "ghi", "nhan", "nam", "chiem", "lan", "luot", "trung",
      "binh", "hon",
      "khoang", "gan", "tren", "da", "len", "toi", "tu", "voi",
    ]
    while let last = kept.last, trailing.contains(last.fold) { kept.removeLast() }
    return kept.map(\.text).joined(separator: " ")
  }
}
