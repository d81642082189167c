import Foundation

/// A value with its unit, found in a clause.
struct ValueMention {
  let index: Int
  let end: Int
  let text: String
  let value: Double
  let unit: String
  let scale: Double
}

extension Extractor {
  /// What the sentences before a clause said: read on when a clause leaves something out
  /// (`Trong đó, các Bộ, ngành đạt ...`).
  struct Context {
    var concept: String?
    var subject: String?
    var period: Period?
  }

  /// The statistics of a paragraph with the sentence each comes from.
  func statistics(in paragraph: Paragraph, reference: Day) -> [(statistic: Statistic, quote: String)] {
    var found: [(statistic: Statistic, quote: String)] = []
    var context = Context()
    for sentence in paragraph.sentences {
      let sentenceWords = words(sentence.text)
      let sentencePeriods = PeriodReader.periods(in: sentenceWords, reference: reference)
      var sentencePeriod = Extractor.primary(sentencePeriods)
      if sentencePeriod == nil,
        let base = sentencePeriods.first(where: { $0.isComparison }),
        case .month(let year, let month) = base.period
      {
        // A change "so với tháng 3/2025" is a month-on-month change: the figure is April's.
        sentencePeriod = month == 12 ? .month(year: year + 1, month: 1) : .month(year: year, month: month + 1)
      }
      for clause in sentence.clauses {
        found += statistics(
          inClause: clause, sentenceWords: sentenceWords, sentencePeriod: sentencePeriod,
          reference: reference, context: &context
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

  /// The text of a parenthesis that says where figures come from: from `số liệu` to its end.
  static func dataNote(in text: String) -> String? {
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
      let inside = rest[rest.index(after: open)..<close]
      if let start = inside.range(of: "số liệu") {
        return String(inside[start.lowerBound...]).trimmingCharacters(in: .whitespaces)
      }
      rest = rest[rest.index(after: close)...]
    }
    return nil
  }

  private func statistics(
    inClause clause: String, sentenceWords: [Word], sentencePeriod: Period?, reference: Day,
    context: inout Context
  ) -> [Statistic] {
    let words = words(clause)
    let periods = PeriodReader.periods(in: words, reference: reference)
    let mentions = values(in: words, masking: periods.map(\.range))
    guard !mentions.isEmpty else { return [] }
    let clausePeriod = Extractor.primary(periods)
    let fold = words.map(\.fold)
    let respectively = fold.firstIndex(of: "luot").flatMap { $0 > 0 && fold[$0 - 1] == "lan" ? $0 - 1 : nil }
    let listed = respectively.map { end in lexicon.platforms.matches(in: Array(words[..<end])) } ?? []
    let afterRespectively = mentions.filter { $0.index > (respectively ?? words.count) }
    let shareWords = !lexicon.shares.matches(in: words).isEmpty
    var statistics: [Statistic] = []
    var previousEnd = 0
    for mention in mentions {
      let lead = Array(words[previousEnd..<mention.index])
      let trail = Array(words[mention.end..<min(words.count, mention.end + 4)])
      defer { previousEnd = mention.end }
      let qualifier = lexicon.qualifiers.matches(in: lead).last {
        $0.range.upperBound >= lead.count - 3
      }?.term.name
      // Measure: what the words right before and after the value say it is.
      var measure = Statistic.Measure.level
      var direction = 0
      let beforeValue = lead.count - (qualifier.map { VietnameseText.words($0).count } ?? 0)
      let changeWord = lexicon.changes.matches(in: Array(lead[..<max(0, beforeValue)])).last {
        $0.range.upperBound == beforeValue
      }
      let departed = !lexicon.departures.matches(in: trail).isEmpty
      if departed {
        measure = .departures
      } else if let changeWord {
        direction = Int(changeWord.term.value ?? 1)
        measure = .changeSamePeriod
      } else if lead.contains(where: { $0.fold == "duong" }) && lead.contains(where: { $0.fold == "tuong" }),
        var last = statistics.popLast()
      {
        // `(tương đương 14,540 tỷ USD)`: the same quantity in another unit.
        last.equivalent = mention.text + " " + mention.unit
        statistics.append(last)
        continue
      } else if shareWords && mention.unit == "%" {
        measure = .share
      }
      var base: String?
      if measure.isChange || measure == .departures {
        let tail = Array(words[mention.end...])
        let sentenceTail = tail.contains { $0.fold == "voi" } ? tail : remainder(of: sentenceWords, after: words)
        if let compared = comparison(in: sentenceTail, reference: reference) {
          base = compared.text
          if measure.isChange { measure = compared.previousMonth ? .changePreviousMonth : .changeSamePeriod }
        }
      }
      // Concept: named before the value, else after it (`... chiếm 66,7% thị phần`), else carried on.
      var concept = context.concept
      var subject = context.subject
      if let named = lexicon.concepts.scores(in: lead).first {
        concept = named.term.id
        subject = phrase(Array(lead[named.first...]))
      } else if measure == .level || measure == .share,
        let named = lexicon.concepts.scores(in: Array(words[(mention.index + 1)...])).first
      {
        concept = named.term.id
        subject = named.term.name
      }
      var scope = "national"
      if let respectively, mention.index > respectively, listed.count == afterRespectively.count,
        let position = afterRespectively.firstIndex(where: { $0.index == mention.index })
      {
        scope = listed[position].term.id
      } else if let platform = lexicon.platforms.matches(in: lead).last {
        scope = platform.term.id
      } else if let named = lexicon.scopes.matches(in: Array(words[..<mention.index])).last(where: \.exact) {
        // Reports are written with diacritics: `cấp tính đến` is not `cấp tỉnh`.
        scope = named.term.id
      }
      let period = clausePeriod ?? sentencePeriod ?? context.period
      if measure == .level || measure == .share {
        context.concept = concept
        context.subject = subject
      }
      context.period = period
      statistics.append(
        Statistic(
          subject: subject ?? "", concept: concept, valueText: mention.text, value: mention.value,
          unit: mention.unit, scale: mention.scale, qualifier: qualifier, scope: scope, period: period,
          measure: measure, direction: direction, base: base, equivalent: nil, note: nil))
    }
    return statistics
  }

  /// The period a figure is for: the first that is not a comparison base, an explicit day before
  /// `đến nay`.
  static func primary(_ periods: [PeriodMention]) -> Period? {
    let own = periods.filter { !$0.isComparison }
    return own.first { if case .current = $0.period { return false } else { return true } }?.period
      ?? own.first?.period
  }

  /// Values followed by a unit or a scale word, outside the masked ranges (dates, periods).
  func values(in words: [Word], masking masked: [Range<Int>]) -> [ValueMention] {
    var mentions: [ValueMention] = []
    for (index, word) in words.enumerated() where word.isNumber && !word.text.contains("/") {
      guard !masked.contains(where: { $0.contains(index) }), let value = VietnameseNumber.parse(word.text)
      else { continue }
      let rest = Array(words[(index + 1)...])
      var end = index + 1
      var scale = 1.0
      if let scaleWord = lexicon.scales.matches(in: Array(rest.prefix(2))).first, scaleWord.range.lowerBound == 0 {
        scale = scaleWord.term.value ?? 1
        end += scaleWord.length
      }
      let afterScale = Array(words[end...].prefix(6))
      if let unit = lexicon.units.matches(in: afterScale).first, unit.range.lowerBound == 0 {
        end += unit.length
      } else if scale == 1 {
        continue
      }
      let unit = words[(index + 1)..<end].map(\.text).joined(separator: " ")
      mentions.append(ValueMention(index: index, end: end, text: word.text, value: value, unit: unit, scale: scale))
    }
    return mentions
  }

  /// The comparison after `so với`: its words and whether the base is the previous month.
  private func comparison(in words: [Word], reference: Day) -> (text: String, previousMonth: Bool)? {
    guard let start = words.indices.first(where: { $0 > 0 && words[$0].fold == "voi" && words[$0 - 1].fold == "so" })
    else { return nil }
    let rest = Array(words[(start + 1)...])
    let periods = PeriodReader.periods(in: rest, reference: reference)
    if rest.count >= 2, rest[0].fold == "cung", rest[1].fold == "ki" {
      // `cùng kỳ`, with its year when the text gives it (`cùng kỳ năm 2024`).
      let end = periods.first { $0.range.lowerBound == 2 && $0.period == .year(reference.year - 1) }?.range.upperBound ?? 2
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
    where sentence[start].fold == clause.first?.fold && Array(sentence[start..<(start + clause.count)]) == clause {
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
      where Array(kept[index..<(index + length)]).map(\.fold) == Array(kept[(index + length)..<(index + 2 * length)]).map(\.fold) {
        kept.removeSubrange((index + length)..<(index + 2 * length))
        removed = true
        break
      }
      if !removed { index += 1 }
    }
    let trailing: Set<String> = ["dat", "la", "co", "uoc", "con", "chi", "ghi", "nhan", "nam", "chiem", "lan", "luot", "trung", "binh", "hon", "khoang", "gan", "tren", "da"]
    while let last = kept.last, trailing.contains(last.fold) { kept.removeLast() }
    return kept.map(\.text).joined(separator: " ")
  }
}
