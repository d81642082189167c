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
    /// The fold hashes of the words of the paragraph and of the report's title: what a concept of
    /// the lexicon must share enough of to name a figure here.
    var topic: Set<UInt64> = []
  }

  /// The statistics of a paragraph with the sentence each comes from.
  ///
  /// The fold keys of the sentences' words, as read before the lexicon expands them, go into
  /// `folds`.
  ///
  /// `title` holds the fold hashes of the report title's words: with the paragraph's own, they are
  /// the topic a concept of the lexicon must fit (``Extractor/fits(_:topic:)``).
  func statistics(
    in paragraph: Paragraph, title: Set<UInt64>, reference: Day, folds: inout DistinctFolds
  ) -> [(statistic: Statistic, quote: String)] {
    var found: [(statistic: Statistic, quote: String)] = []
    var context = Context()
    let sentences = paragraph.sentences.map { sentence in
      let read = VietnameseText.words(sentence.text)
      for word in read { folds.insert(word) }
      return (sentence, lexicon.expand(read))
    }
    context.topic = title
    for (_, words) in sentences { context.topic.formUnion(words.lazy.map(\.foldHash)) }
    for (sentence, sentenceWords) in sentences {
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
    if let note = dataNote(in: paragraph.text) {
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
  func dataNote(in text: String) -> String? {
    guard text.contains(ascii: "(") else { return nil }
    // The parentheses are found by their bytes, not character by character.
    let utf8 = text.utf8
    var rest = utf8.startIndex
    while let open = text.firstLone(UInt8(ascii: "("), from: rest),
      let close = text.firstLone(UInt8(ascii: ")"), from: open)
    {
      let inside = text[utf8.index(after: open)..<close]
      if let start = cues.dataNotes.lazy.compactMap({ inside.find($0) }).first {
        return String(inside[start.lowerBound...]).trimmed()
      }
      rest = utf8.index(after: close)
    }
    return nil
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
}
