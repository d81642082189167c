/// Choosing between the rules' answer and retrieval's: the evidence decides.
extension KnowledgeBase {
  /// Intents whose answers say nothing the reports could say better.
  static let conversational: Set<String> = ["greeting", "thanks", "help"]

  /// The kinds of answer that name someone, which no figure gives.
  static let namedAnswers: Set<Query.AnswerType> = [.person, .organisation]

  /// How much more of a question's focus retrieval's passage must cover than the rules' answer
  /// does to be preferred: a concept of the lexicon is evidence too.
  static let margin = 0.15

  /// How much more of the focus retrieval's sentence must hold than the sentence a rule read a
  /// figure from by its subject's words, for retrieval's to be preferred.
  static let sentenceMargin = 0.1

  /// Rules that read a figure by the words of its own subject, for figures no concept covers.
  ///
  /// Retrieval does the same over every sentence and weighs the evidence, and is preferred.
  static let generalRules: Set<String> = ["statistic.subject", "statistic.place"]

  /// The rules' answer, or retrieval's where the evidence is better.
  ///
  /// Retrieval's answer is taken where its passage covers the question clearly better, or where
  /// the rules decline and retrieval is confident. `rule` is the rule the question was matched
  /// to, which gave `ruled` unless the responder found nothing to answer with it.
  func choosing(_ ruled: Answer, by rule: IntentRule?, for question: Question) -> Answer {
    // `còn địa phương?`, `con số đó?`: a follow-up means something only in its conversation.
    guard !Self.isFollowUp(question) else { return ruled }
    // `Xin chào`, `cảm ơn` alone are what they say; in a question (`chào đón du khách thứ 9
    // triệu`, `xin chào, cho hỏi …`), the question is answered where a report answers it.
    let conversational = Self.conversational.contains(ruled.intent)
    if conversational && question.words.count <= Self.followUpLength { return ruled }
    let retriever = Retriever(index: passages, lexicon: corpus.lexicon, documents: documents)
    let retrieval = retriever.retrieve(question)
    if conversational {
      return retrieval.isConfident
        ? retriever.answer(retrieval, to: question, corpus: corpus) : ruled
    }
    // Asked who (`Cơ quan nào ước tính …`), a figure is no answer, however well its rule fits.
    if ruled.intent == "statistic", Self.namedAnswers.contains(retrieval.query.type),
      retrieval.isConfident
    {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    // Asked a rate, a count or a sum is no answer where retrieval finds a percentage.
    if retrieval.query.type == .share, ruled.answered, givesCountForRate(ruled),
      retrieval.isCertain, retrieval.best?.isPercent == true
    {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    // The user chooses among the readings a rule offers.
    guard ruled.alternatives.isEmpty || !ruled.answered else { return ruled }
    let general = ruled.rule.map(Self.generalRules.contains) ?? false
    // A figure worked out from another read by its subject's words (`năm 2023` from 2024's and
    // its rise) rests on a guess of what the words name: it is offered, not given as the answer,
    // unless retrieval finds the figure itself.
    if general, ruled.answered, ruled.slots["estimate"] == "derived" {
      if retrieval.isConfident { return retriever.answer(retrieval, to: question, corpus: corpus) }
      var offered = ruled
      offered.answered = false
      return offered
    }
    if ruled.answered {
      return choosing(
        answered: ruled, general: general, retrieval: retrieval, retriever: retriever,
        for: question)
    }
    return choosing(
      declined: ruled, by: rule, general: general, retrieval: retrieval, retriever: retriever,
      for: question)
  }

  /// The rules' answer, or retrieval's where its evidence is clearly better.
  private func choosing(
    answered ruled: Answer, general: Bool, retrieval: Retrieval, retriever: Retriever,
    for question: Question
  ) -> Answer {
    let covered = retriever.coverage(of: ruled, for: retrieval.query)
    // A figure read by its subject's words is held to retrieval's standard of evidence, and is
    // no answer where retrieval finds it a share of something else than was asked.
    let otherMeasure =
      retrieval.best.map { best in
        best.measuresOther
          && ruled.sources.contains { $0.quote == passages.passages[best.passage].text }
      } ?? false
    if general && (covered < Retrieval.threshold || otherMeasure) && !retrieval.isConfident {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    // Its sentence lacks what the question gives (a word its report never uses, a name, a
    // number): held to retrieval's standard, the figure is no answer.
    if general, !retriever.missing(of: ruled, for: retrieval.query).isEmpty {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    // A sentence is weaker evidence than a rule's answer that names what it was asked.
    guard retrieval.isConfident, retrieval.query.type != .description else { return ruled }
    // A figure read by its subject's words from a sentence without the numbers the question
    // gives (`quý 4/2025`), or whose own sentence holds clearly less of the question than
    // retrieval's: its paragraph's words made it look better than it is.
    if general, !retrieval.query.numbers.isEmpty,
      ruled.sources.contains(where: { source in
        let given = Set(VietnameseText.words(source.quote).flatMap(Passage.numberKeys))
        return !retrieval.query.numbers.allSatisfy(given.contains)
      })
    {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    // The same figure of the same sentence, its unit kept whole (`khoảng 52,4 triệu người`, where
    // the subject's words read `khoảng 52,4 triệu`): retrieval's reading is the fuller.
    if general, let best = retrieval.best, best.kind == .figure,
      ruled.sources.count == 1, ruled.sources[0].quote == passages.passages[best.passage].text,
      let id = ruled.facts.first, let statistic = index.fact(id: id)?.statistic,
      let read = best.text.range(
        of: [statistic.valueText, statistic.unit].filter { !$0.isEmpty }.joined(separator: " ")),
      read.upperBound < best.text.endIndex
    {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    if general, let best = retrieval.best,
      retriever.sentenceCoverage(of: [passages.passages[best.passage].text], for: retrieval.query)
        > retriever.sentenceCoverage(of: ruled.sources.map(\.quote), for: retrieval.query)
        + Self.sentenceMargin
    {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    guard general ? retrieval.coverage >= covered : retrieval.coverage > covered + Self.margin
    else { return ruled }
    return retriever.answer(retrieval, to: question, corpus: corpus)
  }

  /// The rules declined: retrieval's answer where it is sure enough, else the rules' decline, or
  /// what was searched when the rules found nothing at all.
  private func choosing(
    declined ruled: Answer, by rule: IntentRule?, general: Bool, retrieval: Retrieval,
    retriever: Retriever, for question: Question
  ) -> Answer {
    // A figure the subject's words did not find is retrieval's to find or decline.
    if general { return retriever.answer(retrieval, to: question, corpus: corpus) }
    // The rules declined offering the nearest figure of a report: in that report, only a certain
    // answer from another sentence than the one they offered overrules them.
    let declinedFrom = Set(ruled.sources.map(\.document))
    let offered = Set(ruled.sources.map(\.quote))
    let best = retrieval.best.map { passages.passages[$0.passage] }
    let sameReport = best.map { declinedFrom.contains(documents[$0.document].title) } ?? false
    let sameSentence = best.map { offered.contains($0.text) } ?? false
    // A rule that declines on purpose (`how many attended?`) is overruled only by a certain answer.
    // Asked of the rule at hand: finding it by id among all the rules took as long as they are many.
    let deliberate = rule.map { $0.id == ruled.rule && $0.declines } ?? false
    let overruled =
      sameReport
      ? retrieval.isCertain && !sameSentence
      : deliberate ? retrieval.isCertain : retrieval.isConfident
    if overruled {
      return retriever.answer(retrieval, to: question, corpus: corpus)
    }
    // The rules found nothing at all: say what was searched.
    if ruled.intent == "out_of_scope" && ruled.rule == nil {
      return retriever.decline(
        question, corpus: corpus, slots: retriever.explanation(of: retrieval))
    }
    return ruled
  }

  /// The answer, unless a rate was asked and it gives a count or a sum.
  ///
  /// `Tỷ lệ dịch vụ công trực tuyến một phần là bao nhiêu?` answered `3.525 dịch vụ công trực
  /// tuyến` does not answer: the figure is offered as the nearest there is, not the one asked.
  func keepingRate(_ answer: Answer, for question: Question) -> Answer {
    guard answer.answered, givesCountForRate(answer),
      Query.answerType(of: question, index: passages, lexicon: corpus.lexicon) == .share,
      let template = corpus.template("not_rate", of: "retrieval")
    else {
      return answer
    }
    var nearest = answer
    nearest.replaceBody(with: Template.fill(template, ["nearest": answer.body]))
    nearest.answered = false
    nearest.slots["answer_type"] = Query.AnswerType.share.rawValue
    return nearest
  }

  /// Whether an answer's figure is a count or a sum, not a rate: no percentage, and no part of a
  /// whole (`2.690/3.085 thủ tục`).
  func givesCountForRate(_ answer: Answer) -> Bool {
    guard let given = figure(of: answer), !given.isPercent else { return false }
    return !answer.facts.contains { id in index.fact(id: id)?.statistic?.total != nil }
  }

  /// The most words of its own a follow-up has (`còn các bộ, ngành thì sao?`).
  static let followUpLength = 4

  /// Whether a question reads as following up another.
  ///
  /// It points back (`con số đó`), or a word of following up (`còn`, `thì sao`) opens it or
  /// stands beside few words of its own: `Bao nhiêu thửa đất còn thiếu dữ liệu?` is a question of
  /// its own.
  static func isFollowUp(_ question: Question) -> Bool {
    if !question.anaphors.isEmpty { return true }
    let marks = question.followUps.filter { $0.term.id != "particle" }
    guard !marks.isEmpty else { return false }
    let marked = marks.reduce(0) { $0 + $1.range.count }
    return marks.contains { $0.range.lowerBound == 0 }
      || question.words.count - marked <= Self.followUpLength
  }
}
