/// Reading a clause for its figures: each value becomes a statistic, with what it measures, its
/// subject, scope and period, read from the words around it.
extension Extractor {
  /// A clause being read for its figures: its words, periods and values, and the statistics made
  /// of the values so far.
  struct ClauseReading {
    let clause: String
    let sentence: String
    let sentenceWords: [Word]
    let sentencePeriod: Period?
    let reference: Day
    let clauseWords: ClauseWords
    var words: [Word] { clauseWords.words }
    let fold: [String]
    let periods: [PeriodMention]
    let mentions: [ValueMention]
    /// Whether the clause says its percentages are shares (`chiếm`, `thị phần`).
    let shareWords: Bool
    /// Where `lần lượt` is, the values after it, and the names listed before it, one per value.
    let respectively: Int?
    let afterRespectively: [ValueMention]
    var listed: [String] = []
    /// The text before each value as written, and what follows its unit, by the value's index.
    var rawLeads: [Int: String] = [:]
    var rawTails: [Int: String] = [:]
    var statistics: [Statistic] = []
    /// Where the value before ends, the scope the clause's figures so far have, the values taken
    /// in already (the second of `từ x lên y`).
    var previousEnd = 0
    var clauseScope: String?
    var skipped: Set<Int> = []
  }

  /// One value of a clause, with the words around it.
  struct ValueReading {
    let position: Int
    let mention: ValueMention
    /// The value the statistic gives: the second of `từ x lên y`, else the mention.
    var current: ValueMention
    let lead: [Word]
    let leadFolds: [String]
    let qualifier: String?
    /// Whether the words after it say it counts things that left (`rời khỏi`).
    let departed: Bool
    /// The value a change started from (`từ 24,1%`).
    var from: String?
  }

  /// The statistics of one clause, its ranks last; `context` carries what the clauses before said
  /// and takes what this one says.
  func statistics(
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
    // `A, B và C lần lượt đạt x, y và z`: the names before `lần lượt`, in order, one per value.
    let respectively = fold.indices.first { index in
      cues.respectively.contains {
        index + $0.count <= fold.count && fold[index..<(index + $0.count)].elementsEqual($0)
      }
    }
    var reading = ClauseReading(
      clause: clause, sentence: sentence, sentenceWords: sentenceWords,
      sentencePeriod: sentencePeriod, reference: reference, clauseWords: clauseWords, fold: fold,
      periods: periods, mentions: mentions,
      shareWords: !lexicon.shares.matches(in: words).isEmpty, respectively: respectively,
      afterRespectively: mentions.filter { $0.index > (respectively ?? words.count) })
    if let respectively {
      reading.listed = names(
        before: respectively, in: clauseWords, clause: clause,
        count: reading.afterRespectively.count)
      context.names += reading.listed.filter { $0.hasPrefix("name:") }
    }
    readRawText(&reading)
    for position in mentions.indices {
      defer { reading.previousEnd = mentions[position].end }
      readValue(at: position, in: &reading, context: &context)
    }
    for rank in ranks {
      reading.statistics.append(statistic(of: rank, in: reading, context: context))
    }
    return reading.statistics
  }

  /// The text before each value, as written, for its subject phrase, and what describes it after
  /// its total (`/3.085`) and unit, parentheses left out.
  private func readRawText(_ reading: inout ClauseReading) {
    let clause = reading.clause
    var rawCursor = clause.startIndex
    for mention in reading.mentions {
      guard let found = clause.find(mention.text, from: rawCursor) else { continue }
      reading.rawLeads[mention.index] = String(clause[rawCursor..<found.lowerBound])
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
      reading.rawTails[mention.index] = Extractor.description(tail)
    }
  }

  /// Makes the value at `position` a statistic of the clause, or a part of the one before it.
  private func readValue(at position: Int, in reading: inout ClauseReading, context: inout Context)
  {
    let mention = reading.mentions[position]
    if reading.skipped.contains(mention.index) { return }
    var value = valueReading(at: position, in: reading)
    if attachesToPrevious(value, in: &reading) { return }
    readChangeStart(&value, in: &reading)
    let (measure, direction, base) = measure(of: value, in: reading)
    let unit = Extractor.bareUnit(value.current.unit, lexicon: lexicon)
    let (concept, subject) = conceptAndSubject(
      of: value, measure: measure, unit: unit, in: reading, context: context)
    let scope = scope(of: value, in: reading, context: context)
    reading.clauseScope = scope
    let period =
      period(for: mention.index, in: reading.periods) ?? reading.sentencePeriod ?? context.period
    if measure == .level || measure == .share || measure == .count {
      context.concept = concept
      context.subject = subject
      context.unit = unit
    }
    context.period = period
    var items: [String] = []
    let sentence = reading.sentence
    if measure == .count,
      let list = cues.itemMarkers.lazy.compactMap({ sentence.find($0 + " ") }).first
    {
      items = listItems(String(sentence[list.upperBound...]))
    }
    let current = value.current
    reading.statistics.append(
      Statistic(
        subject: subject, concept: concept, valueText: current.text, value: current.value,
        unit: current.unit, scale: current.scale, qualifier: value.qualifier, scope: scope,
        period: period,
        measure: measure, direction: direction, base: base, equivalent: nil, note: nil,
        total: current.total,
        target: nil, from: value.from, items: items))
  }

  /// The words before the value at `position` since the one before, and what they qualify it with.
  private func valueReading(at position: Int, in reading: ClauseReading) -> ValueReading {
    let mention = reading.mentions[position]
    let words = reading.words
    let lead = Array(words[reading.previousEnd..<mention.index])
    let trail = Array(words[mention.end..<min(words.count, mention.end + 4)])
    let qualifier = lexicon.qualifiers.matches(in: lead).last {
      $0.range.upperBound >= lead.count - 3
    }?.term.name
    return ValueReading(
      position: position, mention: mention, current: mention, lead: lead,
      leadFolds: lead.map(\.fold), qualifier: qualifier,
      departed: !lexicon.departures.matches(in: trail).isEmpty)
  }

  /// A value in parentheses after `mục tiêu` is the target of the one before it; after
  /// `tương đương`, the same quantity in another unit: either is added to the statistic before.
  private func attachesToPrevious(_ value: ValueReading, in reading: inout ClauseReading) -> Bool {
    let mention = value.mention
    let folds = value.leadFolds
    if cues.targets.contains(where: { folds.suffix($0.count).elementsEqual($0) }),
      var last = reading.statistics.popLast()
    {
      last.target = mention.text + (mention.unit == "%" ? "%" : " " + mention.unit)
      reading.statistics.append(last)
      return true
    }
    if !value.departed, cues.equivalents.contains(where: { $0.allSatisfy(folds.contains) }),
      var last = reading.statistics.popLast()
    {
      last.equivalent = mention.text + " " + mention.unit
      reading.statistics.append(last)
      return true
    }
    return false
  }

  /// `từ 24,1% lên 32,5%`: the first value is where the second started, and the second is the
  /// statistic's.
  private func readChangeStart(_ value: inout ValueReading, in reading: inout ClauseReading) {
    let mention = value.mention
    let mentions = reading.mentions
    guard value.position + 1 < mentions.count, let last = value.leadFolds.last,
      cues.changeFrom.contains(last), mention.end < reading.fold.count,
      cues.changeTo.contains(reading.fold[mention.end]),
      mentions[value.position + 1].index == mention.end + 1
    else { return }
    reading.skipped.insert(mentions[value.position + 1].index)
    value.from = mention.text + (mention.unit == "%" ? "%" : " " + mention.unit)
    value.current = mentions[value.position + 1]
  }

  /// What a value measures, from the words right before and after it, with the direction of a
  /// change and the base it is compared with.
  private func measure(
    of value: ValueReading, in reading: ClauseReading
  ) -> (measure: Statistic.Measure, direction: Int, base: String?) {
    let lead = value.lead
    var measure = Statistic.Measure.level
    var direction = 0
    let beforeValue = lead.count - (value.qualifier.map { VietnameseText.words($0).count } ?? 0)
    let changeWord = lexicon.changes.matches(in: Array(lead[..<max(0, beforeValue)])).last {
      $0.range.upperBound == beforeValue
    }
    let counted = lexicon.counted.matches(in: VietnameseText.words(value.current.unit)).first != nil
    if value.departed {
      measure = .departures
    } else if let changeWord, value.from == nil {
      direction = Int(changeWord.term.value ?? 1)
      measure = .changeSamePeriod
    } else if reading.shareWords && value.current.unit == "%" {
      measure = .share
    } else if counted {
      measure = .count
    }
    guard measure.isChange || measure == .departures else { return (measure, direction, nil) }
    let tail = Array(reading.words[value.current.end...])
    let sentenceTail =
      tail.contains { cues.comparisonEnds.contains($0.fold) }
      ? tail : remainder(of: reading.sentenceWords, after: reading.words)
    guard let compared = comparison(in: sentenceTail, reference: reading.reference) else {
      return (measure, direction, nil)
    }
    if measure.isChange {
      measure = compared.previousMonth ? .changePreviousMonth : .changeSamePeriod
    }
    return (measure, direction, compared.text)
  }

  /// What a value measures and its subject: named before the value, else after it
  /// (`... chiếm 66,7% thị phần`), else carried on from the sentence before when the unit agrees.
  private func conceptAndSubject(
    of value: ValueReading, measure: Statistic.Measure, unit: String, in reading: ClauseReading,
    context: Context
  ) -> (concept: String?, subject: String) {
    let (mention, current, lead, words) = (value.mention, value.current, value.lead, reading.words)
    // The subject as written, and what follows the unit when it describes the thing counted
    // (`22,6 triệu tài khoản định danh điện tử mức độ 2 được kích hoạt`).
    let written = subjectPhrase(reading.rawLeads[mention.index] ?? "", reference: reading.reference)
    let described = describedUnit(
      unit, tail: reading.rawTails[current.index] ?? "", reference: reading.reference)
    let strong = contentWords(of: written) >= 2
    let unitWords = Array(words[(current.index + 1)..<current.end])
    var concept: String?
    var subject: String?
    let leadAndUnit = lead + unitWords
    let fitting = lexicon.concepts.scores(in: leadAndUnit).first {
      fits(
        $0.term,
        matched: leadAndUnit[
          min($0.first, leadAndUnit.count)..<min($0.first + $0.score, leadAndUnit.count)],
        topic: context.topic)
    }
    if let named = fitting {
      concept = named.term.id
      subject = written.isEmpty ? phrase(Array(lead[min(named.first, lead.count)...])) : written
      if subject?.isEmpty ?? true { subject = named.term.name }
    } else if measure == .level || measure == .share || measure == .count,
      case let after = Array(words[(mention.index + 1)...]),
      let named = lexicon.concepts.scores(in: after).first,
      fits(
        named.term,
        matched: after[min(named.first, after.count)..<min(named.first + named.score, after.count)],
        topic: context.topic),
      !reading.statistics.contains(where: { $0.concept != named.term.id && $0.concept != nil })
    {
      concept = named.term.id
      subject = named.term.name
    } else if !strong,
      measure.isChange || measure == .departures
        || described.isEmpty && (unit == context.unit || lead.count <= 6 && context.unit == nil)
    {
      concept = context.concept
      subject = context.subject
    } else if !strong, let previous = reading.statistics.last,
      reading.clauseWords.parenthesized[mention.index]
        || (reading.respectively.map { mention.index > $0 } ?? false && value.position > 0)
    {
      // `2.690/3.085 thủ tục (87,2%)`, or the second value of a `lần lượt` list: the same
      // subject as the value before it.
      concept = previous.concept
      subject = previous.subject
    } else {
      subject = [strong ? written : "", described].filter { !$0.isEmpty }.joined(separator: " ")
    }
    guard let subject, !subject.isEmpty else { return (concept, written) }
    return (concept, subject)
  }

  /// A value's scope: the name listed for it, a place or platform named just before it, or the
  /// scope words of the clause; parenthesised lists of platforms are notes, not scopes.
  private func scope(of value: ValueReading, in reading: ClauseReading, context: Context) -> String
  {
    let mention = value.mention
    let lead = value.lead
    if let respectively = reading.respectively, value.current.index > respectively,
      reading.listed.count == reading.afterRespectively.count,
      let index = reading.afterRespectively.firstIndex(where: { $0.index == mention.index })
    {
      return reading.listed[index]
    }
    if let place = scopeName(
      before: mention.index, in: reading.clauseWords, since: reading.previousEnd)
    {
      return place
    }
    if let name = context.names.last(where: { name in
      let folds = VietnameseText.words(String(name.dropFirst(5))).map(\.fold)
      return lead.indices.contains {
        lead.count - $0 >= folds.count
          && Array(lead[$0..<($0 + folds.count)]).map(\.fold) == folds
      }
    }) {
      return name
    }
    let before = Array(reading.words[..<mention.index])
    if let named = lexicon.scopes.matches(in: before).last(where: \.exact) {
      // Reports are written with diacritics: `cấp tính đến` is not `cấp tỉnh`.
      return named.term.id
    }
    return reading.clauseScope ?? "national"
  }

  /// The comparison after `so với`: its words and whether the base is the previous month.
  private func comparison(in words: [Word], reference: Day) -> (text: String, previousMonth: Bool)?
  {
    let folds = words.map(\.fold)
    func phrase(in phrases: [[String]], endingAt end: Int) -> [String]? {
      phrases.first { end + 1 >= $0.count && folds[(end + 1 - $0.count)...end].elementsEqual($0) }
    }
    guard
      let start = words.indices.first(where: { phrase(in: cues.comparisons, endingAt: $0) != nil })
    else { return nil }
    let rest = Array(words[(start + 1)...])
    let periods = PeriodReader.periods(in: rest, reference: reference)
    if let same = cues.samePeriods.first(where: {
      rest.count >= $0.count
        && zip(rest, $0).allSatisfy { $0.fold == $1 }
    }) {
      // `cùng kỳ`, with its year when the text gives it (`cùng kỳ năm 2024`).
      let length = same.count
      let end =
        periods.first { $0.range.lowerBound == length && $0.period == .year(reference.year - 1) }?
        .range.upperBound ?? length
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
}
