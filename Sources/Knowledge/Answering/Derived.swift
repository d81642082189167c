/// A figure asked for each day (`trung bình mỗi ngày doanh số … quý I/2025`) where a report gives
/// it for a longer period: the period's figure divided by its days, with the working shown.
struct DailyAverage {
  /// The question without the words asking for each day.
  let asked: String
  /// Those words, as written: the report's own sentence may say them (`mỗi ngày … chi gần 900 tỷ
  /// đồng`), and then it answers as it is.
  let marker: [Word]

  init?(_ question: Question, lexicon: Lexicon) {
    guard let match = lexicon.perDay.matches(in: question.words).first else { return nil }
    marker = Array(question.words[match.range])
    asked =
      question.words.indices.filter { !match.range.contains($0) }
      .map { question.words[$0].text }.joined(separator: " ") + "?"
  }

  /// How many days a period has, when it is a whole month, quarter or year.
  static func days(of period: Period) -> Int? {
    switch period {
    case .month(let year, let month): return PeriodReader.days(inMonth: month, of: year)
    case .quarter(let year, let quarter):
      guard (1...4).contains(quarter) else { return nil }
      return (3 * quarter - 2...3 * quarter).reduce(0) {
        $0 + PeriodReader.days(inMonth: $1, of: year)
      }
    case .year(let year): return PeriodReader.days(inMonth: 2, of: year) == 29 ? 366 : 365
    case .firstMonths(let year, let months):
      guard (1...12).contains(months) else { return nil }
      return (1...months).reduce(0) { $0 + PeriodReader.days(inMonth: $1, of: year) }
    default: return nil
    }
  }
}

/// A question asking two figures at once (`bao nhiêu chứng thư chữ ký số và bao nhiêu dịch vụ
/// công trực tuyến`): each part is asked on its own, and the answer gives both, or says which one
/// the reports lack.
struct TwoQuestions {
  let first: String
  let second: String

  /// The kinds of answer a figure gives, by the ids of the lexicon's `answer_types`.
  static let figureTypes: Set<String> = ["change", "rank", "duration", "share", "money", "figure"]

  /// Words that may stand between `và` and the second question's words that ask (`và có bao
  /// nhiêu`, `và đạt bao nhiêu`), folded.
  static let linking: Set<String> = ["co", "dat", "la"]

  init?(_ question: Question, lexicon: Lexicon) {
    let words = question.words
    let asking = lexicon.answerTypes.matches(in: words).filter {
      Self.figureTypes.contains($0.term.id)
    }
    // `và` after asking words, with more asking words right after it (`và có bao nhiêu`): `Shopee
    // và TikTok Shop là bao nhiêu` asks one figure of two names.
    let joins = words.indices.filter { index in
      words[index].fold == "va"
        && asking.contains { $0.range.upperBound <= index }
        && asking.contains { match in
          match.range.lowerBound == index + 1
            || match.range.lowerBound == index + 2 && Self.linking.contains(words[index + 1].fold)
        }
    }
    guard let join = joins.first else { return nil }
    let before = Array(words[..<join])
    var after = Array(words[(join + 1)...])
    // A period the first part names and the second does not is the second's too (`tháng 4 có
    // bao nhiêu hồ sơ và bao nhiêu dịch vụ`).
    let secondPeriods = question.periods.filter { $0.range.lowerBound > join }
    if secondPeriods.isEmpty {
      for mention in question.periods where mention.range.upperBound <= join {
        after += words[mention.range]
      }
    }
    first = before.map(\.text).joined(separator: " ") + "?"
    second = after.map(\.text).joined(separator: " ") + "?"
  }
}

extension KnowledgeBase {
  /// The answer to a question asking a figure for each day.
  ///
  /// The report's own figure for each day, when the sentence answering says so; else the
  /// period's figure divided by its days, in the `per_day` templates' words; else that figure
  /// with a word that the reports give none for each day, not answered.
  func averaging(_ daily: DailyAverage, direct: Answer, asked question: String) -> Answer {
    // `mỗi ngày` of `trung bình mỗi ngày`: a report writes `tính bình quân, mỗi ngày …`.
    let folds = daily.marker.suffix(2).map(\.fold)
    let saysSo = direct.sources.contains { source in
      let words = VietnameseText.words(source.quote).map(\.fold)
      return words.indices.contains { words[$0...].starts(with: folds) }
    }
    if direct.answered && saysSo { return direct }
    var answer = self.answer(daily.asked)
    answer.question = question
    guard answer.answered else { return answer }
    guard let id = answer.facts.first, let statistic = index.fact(id: id)?.statistic,
      !statistic.measure.isChange, !Premise.isPercent(statistic.unit),
      let period = statistic.period, let days = DailyAverage.days(of: period),
      let template = corpus.template("answer", of: "per_day")
    else {
      guard let template = corpus.template("decline", of: "per_day") else { return answer }
      answer.replaceBody(with: Template.fill(template, ["answer": answer.body]))
      answer.answered = false
      return answer
    }
    // In the report's own unit where a day has at least one of it (`1.126,67 tỷ đồng`), else in
    // units (`53.333 hồ sơ`).
    let scaled = statistic.value / Double(days)
    let (value, unit) =
      scaled >= 1 || statistic.scale == 1
      ? (scaled, statistic.unit)
      : (
        statistic.value * statistic.scale / Double(days),
        Extractor.bareUnit(statistic.unit, lexicon: corpus.lexicon)
      )
    // Whole units where there are hundreds of them a day.
    let result =
      VietnameseNumber.format(value, maximumDecimals: value >= 100 ? 0 : 2) + " " + unit
    let total = [statistic.qualifier, statistic.valueText, statistic.unit].compactMap { $0 }
    let working = Template.fill(
      template,
      [
        "result": result, "total": total.joined(separator: " "),
        "days": String(days), "period": period.vietnamese,
      ])
    answer.replaceBody(with: working + " " + answer.body)
    answer.computed.append(result)
    return answer
  }

  /// The answers to two questions asked as one, joined: answered when both are.
  func answering(_ questions: TwoQuestions, asked question: String) -> Answer {
    let first = answer(questions.first)
    let second = answer(questions.second)
    var answer = first
    answer.question = question
    answer.answered = first.answered && second.answered
    answer.text = first.text + "\n" + second.text
    answer.body = first.body + " " + second.body
    answer.facts += second.facts.filter { !first.facts.contains($0) }
    answer.sources += second.sources.filter { !first.sources.contains($0) }
    answer.computed += second.computed
    answer.alternatives = []
    answer.slots["parts"] = "2"
    answer.slots["second_intent"] = second.intent
    return answer
  }
}
