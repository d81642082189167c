import Foundation

/// Writing what retrieval found as an answer: the candidate, the clause it stands in and the
/// report it comes from; or, when the reports do not say, a decline naming what was searched.
extension Retriever {
  /// The answer `retrieval` gives, phrased with the `retrieval` templates of `corpus`.
  func answer(_ retrieval: Retrieval, to question: Question, corpus: Corpus) -> Answer {
    func template(_ name: String) -> String {
      corpus.template(name, of: "retrieval") ?? "{\(name)}"
    }
    var slots = explanation(of: retrieval)
    guard let best = retrieval.best else {
      return decline(question, corpus: corpus, slots: slots)
    }
    let passage = index.passages[best.passage]
    let document = documents[passage.document]
    let layout = CandidateReader.Layout(passage)
    let clause = Self.clause(around: best.range, in: passage, layout: layout)
    let date = Self.date(of: document, corpus: corpus)
    // A report without a date is named alone: `(Theo báo cáo “…”.)`, not `…, ngày .`.
    let from = Template.fill(
      template(document.published == nil ? "from_undated" : "from"),
      ["document": document.title, "date": date])
    let source = Source(document: document.title, paragraph: passage.paragraph, quote: passage.text)
    guard retrieval.isConfident else {
      // Close, but a number or a name the question gives is not there: the nearest, not the answer.
      guard retrieval.coverage >= 0.5, !retrieval.missing.isEmpty else {
        return decline(question, corpus: corpus, slots: slots)
      }
      let body =
        Template.fill(template("missing"), ["missing": retrieval.missing.joined(separator: ", ")])
        + " "
        + Template.fill(
          template("nearest"),
          ["candidate": best.text, "clause": clause, "document": document.title, "date": date])
      slots["missing"] = retrieval.missing.joined(separator: ", ")
      return make(
        question, answered: false, body: body, source: source,
        date: Self.sourceDate(of: document, corpus: corpus),
        retrieval: retrieval, slots: slots, corpus: corpus)
    }
    var body: String
    if best.kind == .sentence {
      body = Template.fill(template("sentence"), ["clause": passage.text])
    } else {
      let listed =
        retrieval.query.plural
        ? Self.listed(like: best, in: passage, reader: index.reader, query: retrieval.query)
        : best.text
      let period = Self.statedPeriod(for: clause, in: passage, published: document.published).map {
        Template.fill(template("period"), ["period": $0])
      }
      body = Template.fill(
        template("answer"), ["candidate": listed, "period": period ?? "", "clause": clause])
    }
    if !body.hasSuffix(".") { body += "." }
    body += " " + from
    return make(
      question, answered: true, body: body, source: source,
      date: Self.sourceDate(of: document, corpus: corpus),
      retrieval: retrieval, slots: slots,
      corpus: corpus)
  }

  private func make(
    _ question: Question, answered: Bool, body: String, source: Source, date: String,
    retrieval: Retrieval,
    slots: [String: String], corpus: Corpus
  ) -> Answer {
    let line = corpus.template("source", of: "statistic") ?? "{quote}"
    let text =
      body + "\n"
      + Template.fill(
        line,
        [
          "document": source.document, "paragraph": String(source.paragraph), "quote": source.quote,
          "date": date,
        ])
    return Answer(
      question: question.text, answered: answered, text: text, intent: "retrieval",
      confidence: (min(1, retrieval.coverage) * 100).rounded() / 100, slots: slots,
      sources: [source],
      rule: "retrieval.\(retrieval.query.type.rawValue)", body: body)
  }

  /// A report's date as its date line gives it: `ngày 9/12/2025`, or `tháng 7/2024` for a line
  /// that gives only the year and month (`2024-07`), which is no first of the month.
  static func date(of document: Document, corpus: Corpus) -> String {
    let line = document.publishedText.trimmingCharacters(in: .whitespaces)
    let parts = line.split(separator: "-")
    if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) {
      return Template.fill(
        corpus.template("month", of: "retrieval") ?? "{month}", ["month": "\(month)/\(year)"])
    }
    return Template.fill(
      corpus.template("day", of: "retrieval") ?? "{day}", ["day": document.dated])
  }

  /// A report's date in its source line: the day (`9/12/2025`), or the month as ``date(of:corpus:)``
  /// writes it.
  static func sourceDate(of document: Document, corpus: Corpus) -> String {
    document.publishedText.split(separator: "-").count == 2
      ? date(of: document, corpus: corpus) : document.dated
  }

  /// A decline that names the reports searched, newest first.
  func decline(_ question: Question, corpus: Corpus, slots: [String: String]) -> Answer {
    func template(_ name: String) -> String {
      corpus.template(name, of: "retrieval") ?? "{\(name)}"
    }
    // A report saved several times is named once.
    let newest = index.reportsNewestFirst
    var named = newest.prefix(3).map { "“\($0.title)” (\($0.dated))" }
    if newest.count > 3 {
      named.append(Template.fill(template("more_documents"), ["count": String(newest.count - 3)]))
    }
    let text = Template.fill(
      template("decline"),
      [
        "documents": named.joined(separator: "; "),
        "topics": corpus.template("topics", of: "help") ?? "",
      ])
    return Answer(
      question: question.text, answered: false, text: text, intent: "out_of_scope", confidence: 0,
      slots: slots,
      rule: nil, body: text)
  }

  /// The answer type, the focus words and the best candidates with their scores: what `/why`
  /// and the JSON row show of how the answer was chosen.
  func explanation(of retrieval: Retrieval) -> [String: String] {
    var slots = [
      "answer_type": retrieval.query.type.rawValue,
      "focus": retrieval.query.focus.map(\.word.text).joined(separator: " "),
      "coverage": VietnameseNumber.format(retrieval.coverage),
      "sentence_coverage": VietnameseNumber.format(retrieval.sentenceCoverage),
    ]
    if !retrieval.missing.isEmpty { slots["missing"] = retrieval.missing.joined(separator: ", ") }
    if let best = retrieval.best {
      slots["candidates"] = retrieval.ranked.map {
        "\($0.text) [\(VietnameseNumber.format($0.score))]"
      }
      .joined(separator: "; ")
      // What the best one's score is made of, as a search engine's explain output shows it.
      slots["evidence"] = best.evidence.sorted { $0.key < $1.key }
        .map { "\($0.key) \(VietnameseNumber.format($0.value))" }.joined(separator: "; ")
    }
    return slots
  }

  /// The clause of the passage a candidate stands in: the part between semicolons, narrowed to
  /// the comma-separated parts up to the candidate when it is long.
  static func clause(around range: Range<Int>, in passage: Passage, layout: CandidateReader.Layout)
    -> String
  {
    let words = passage.words
    guard !words.isEmpty, range.lowerBound < words.count else { return passage.text }
    func ends(_ index: Int, with marks: String) -> Bool {
      let token = passage.tokens[passage.wordTokens[index]]
      return layout.breakAfter[index] && token.last.map { marks.contains($0) } == true
    }
    var start = range.lowerBound
    while start > 0, !ends(start - 1, with: ";") { start -= 1 }
    var end = max(range.upperBound - 1, range.lowerBound)
    while end + 1 < words.count, !ends(end, with: ";.") { end += 1 }
    if end - start > 30 {
      var commas = 0
      start = range.lowerBound
      while start > 0, !ends(start - 1, with: ";") {
        if ends(start - 1, with: ",") {
          commas += 1
          if commas == 2 { break }
        }
        start -= 1
      }
      end = max(range.upperBound - 1, range.lowerBound)
      while end + 1 < words.count, !ends(end, with: ";.,") { end += 1 }
    }
    return layout.quote(start, end)
  }

  /// The period the clause's figure is for when the clause does not say it and its paragraph's
  /// opening sentence, its heading or the report's title does (`6 tháng đầu năm 2024`).
  static func statedPeriod(for clause: String, in passage: Passage, published: Day?) -> String? {
    let reference = published ?? Day(year: 2025, month: 1, day: 1)
    let own = PeriodReader.periods(in: VietnameseText.words(clause), reference: reference)
    guard own.isEmpty else { return nil }
    let context = PeriodReader.periods(in: passage.contextWords, reference: reference)
    return context.first { mention in
      if case .current = mention.period { return false }
      return !mention.isComparison && mention.yearGiven
    }?.period.vietnamese
  }

  /// Every candidate of the best one's kind in its passage, in order, for a question asking for
  /// several (`những tỉnh nào`).
  static func listed(
    like best: Candidate, in passage: Passage, reader: CandidateReader, query: Query
  ) -> String {
    let asked = Set(query.words.map(\.foldHash))
    let all = reader.candidates(in: passage, at: best.passage, for: query).filter { candidate in
      candidate.kind == best.kind
        && !passage.words[candidate.range].allSatisfy { asked.contains($0.foldHash) }
    }
    let texts = all.map(\.text)
    return texts.count > 1 ? texts.joined(separator: ", ") : best.text
  }
}
