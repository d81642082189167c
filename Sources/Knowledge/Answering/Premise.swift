/// A question that states a figure and asks whether it is right (`Tỷ lệ … là 60% phải không?`).
///
/// The figure is asked for in the stated one's place (`Tỷ lệ … là bao nhiêu?`), and the answer
/// says whether the stated one is the figure the reports give: `Không, không phải 60%. …` or
/// `Đúng, …`. A question stating no figure is answered as it is.
struct Premise {
  /// The question with the figure asked for instead of stated.
  let asked: String
  /// The figure the question states, as written (`60%`).
  let stated: String
  /// Its value, its scale multiplied in, and whether it is a percentage.
  let figure: Figure

  /// A figure's value, its scale multiplied in, and whether it is a percentage: what two figures
  /// are compared by.
  struct Figure: Equatable {
    let value: Double
    let isPercent: Bool

    /// Whether two figures are the same: the same kind, and values equal to the precision a
    /// report writes them with.
    func matches(_ other: Figure) -> Bool {
      isPercent == other.isPercent
        && abs(value - other.value) <= 1e-9 * max(1, abs(value), abs(other.value))
    }
  }

  /// Reads the premise of `question`, when it asks whether a figure it states is right.
  ///
  /// - Parameter asking: the words that ask for a figure (`bao nhiêu`), put in the stated
  ///   figure's place.
  init?(_ question: Question, lexicon: Lexicon, asking: String) {
    let words = question.words
    let markers = lexicon.confirmations.matches(in: words)
    guard !markers.isEmpty else { return nil }
    let masked = question.periods.map(\.range) + markers.map(\.range)
    // The last figure the question states outside its periods: `tháng 4` is when, not what.
    guard let mention = Self.figures(in: words, masking: masked, lexicon: lexicon).last else {
      return nil
    }
    var kept: [String] = []
    for (index, word) in words.enumerated() {
      if index == mention.index { kept.append(asking) }
      if (mention.index..<mention.end).contains(index)
        || markers.contains(where: { $0.range.contains(index) })
      {
        continue
      }
      kept.append(word.text)
    }
    asked = kept.joined(separator: " ") + "?"
    // `60%` is read as two words, written as one.
    stated = words[mention.index..<mention.end].map(\.text).joined(separator: " ")
      .replacingOccurrences(of: " %", with: "%")
    figure = Self.figure(mention)
  }

  /// The figures of `words` outside `masked`: each value with its unit, else each bare number.
  static func figures(in words: [Word], masking masked: [Range<Int>], lexicon: Lexicon)
    -> [ValueMention]
  {
    let extractor = Extractor(lexicon: lexicon)
    let mentions = extractor.values(in: words, masking: masked)
    guard mentions.isEmpty else { return mentions }
    return words.indices.compactMap { index in
      guard words[index].isNumber, !masked.contains(where: { $0.contains(index) }),
        let value = VietnameseNumber.parse(words[index].text)
      else {
        return nil
      }
      return ValueMention(
        index: index, end: index + 1, text: words[index].text, value: value, unit: "", scale: 1,
        total: nil)
    }
  }

  /// A mention's value with its scale, and whether its unit is a percentage.
  static func figure(_ mention: ValueMention) -> Figure {
    Figure(value: mention.value * mention.scale, isPercent: Self.isPercent(mention.unit))
  }

  /// Whether a unit as written is a percentage (`%`, `phần trăm`).
  static func isPercent(_ unit: String) -> Bool {
    unit.contains("%") || VietnameseText.foldKey(unit).contains("phan tram")
  }
}

extension KnowledgeBase {
  /// The answer to a question stating a figure, saying whether the stated one is right.
  ///
  /// The figure is asked for, and the answer opens with the `premise` templates' verdict. An
  /// answer that gives no figure of the stated kind is returned as it is: there is nothing to say
  /// the premise right or wrong by.
  func judging(_ premise: Premise, asked question: String) -> Answer {
    var answer = self.answer(premise.asked)
    answer.question = question
    guard answer.answered, let given = figure(of: answer),
      given.isPercent == premise.figure.isPercent
    else {
      return answer
    }
    let right = given.matches(premise.figure)
    // A figure stated in the very sentence quoted (`… trong nhà là 70%`) may be the one asked
    // for and the answer's the wrong one of two: no word against it.
    let quoted = answer.sources.contains { source in
      Premise.figures(in: VietnameseText.words(source.quote), masking: [], lexicon: corpus.lexicon)
        .contains { Premise.figure($0).matches(premise.figure) }
    }
    if !right && quoted { return answer }
    let name = right ? "confirmed" : "refuted"
    guard let template = corpus.template(name, of: "premise") else { return answer }
    let verdict = Template.fill(template, ["stated": premise.stated])
    answer.replaceBody(with: verdict + " " + answer.body)
    answer.slots["premise"] = name
    answer.slots["stated"] = premise.stated
    return answer
  }

  /// The figure an answer gives: its first fact's, or the best candidate's of retrieval.
  func figure(of answer: Answer) -> Premise.Figure? {
    if let id = answer.facts.first, let statistic = index.fact(id: id)?.statistic {
      return Premise.Figure(
        value: statistic.value * statistic.scale, isPercent: Premise.isPercent(statistic.unit))
    }
    guard answer.intent == "retrieval",
      let candidate = answer.slots["candidates"]?.split(separator: ";").first
    else {
      return nil
    }
    let words = VietnameseText.words(String(candidate.prefix { $0 != "[" }))
    return Premise.figures(in: words, masking: [], lexicon: corpus.lexicon).first.map(
      Premise.figure)
  }
}
