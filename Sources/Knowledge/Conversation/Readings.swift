/// Questions that can be read more than one way: typed without diacritics where the rule data
/// has two phrases that differ only in them (`thu truong`: `thủ trưởng`, the head of an agency,
/// or `thứ trưởng`, a deputy minister), or fitting several figures equally (`tỷ lệ toàn trình`).
///
/// The answer gives the most likely reading and lists the others, numbered, each with a question
/// that asks for it alone; in a conversation, typing the number picks it.
struct Readings: Sendable {
  /// Phrases of the rule data that fold alike, by their words' fold keys joined with spaces.
  let alike: [String: [[Word]]]
  /// The longest such phrase, in words.
  let longest: Int
  /// The fold keys their first words have: a question with none of them has one reading.
  let firstWords: Set<String>

  /// Collects the phrases of the lexicon and the intent cues that differ only in diacritics.
  init(corpus: Corpus) {
    var phrases: [[Word]] = []
    let lexicon = corpus.lexicon
    for set in [
      lexicon.concepts, lexicon.scopes, lexicon.platforms, lexicon.provinces, lexicon.bodies,
      lexicon.measures,
      lexicon.topics, lexicon.operations, corpus.background,
    ] {
      phrases += set.terms.flatMap(\.phrases)
    }
    for rule in corpus.rules {
      for cue in rule.require.flatMap({ $0 }) + rule.prefer + rule.avoid {
        if case .phrase(let words) = cue { phrases.append(words) }
      }
    }
    var byFold: [String: [[Word]]] = [:]
    for phrase in phrases {
      let fold = phrase.map(\.fold).joined(separator: " ")
      let exact = phrase.map(\.exact)
      if !(byFold[fold]?.contains { $0.map(\.exact) == exact } ?? false) {
        byFold[fold, default: []].append(phrase)
      }
    }
    self.init(alike: byFold.filter { $0.value.count > 1 })
  }

  /// Readings of phrases already collected, by fold key.
  init(alike: [String: [[Word]]]) {
    self.alike = alike
    longest = alike.values.map { $0[0].count }.max() ?? 0
    firstWords = Set(alike.values.map { $0[0][0].fold })
  }

  /// The ways `words` can be read when a phrase in it was typed without diacritics and the rule
  /// data has it with different ones: the phrase as typed, and each reading with the question's
  /// text with it put in.
  func variants(of words: [Word]) -> (
    typed: String, readings: [(phrase: String, question: String)]
  )? {
    guard longest > 0 else { return nil }
    for start in words.indices where firstWords.contains(words[start].fold) {
      for length in stride(from: min(longest, words.count - start), through: 1, by: -1) {
        let span = words[start..<(start + length)]
        guard span.allSatisfy({ !$0.hasMarks }),
          let phrases = alike[span.map(\.fold).joined(separator: " ")]
        else {
          continue
        }
        let readings = phrases.map { phrase in
          let text =
            words[..<start].map(\.text) + phrase.map(\.text)
            + words[(start + length)...].map(\.text)
          return (phrase.map(\.text).joined(separator: " "), text.joined(separator: " "))
        }
        return (span.map(\.text).joined(separator: " "), readings)
      }
    }
    return nil
  }
}

extension KnowledgeBase {
  /// Offers the other readings of a question typed without diacritics where its phrase could be
  /// either of two the rule data has, when they get different answers: the answer keeps the
  /// reading it gave first and lists the others.
  func offeringReadings(_ answer: Answer, of question: Question) -> Answer {
    guard answer.alternatives.isEmpty, let (typed, variants) = readings.variants(of: question.words)
    else {
      return answer
    }
    var given: (phrase: String, question: String)?
    var others: [(phrase: String, question: String)] = []
    for variant in variants {
      let reading = Responder(index: index, corpus: corpus).respond(to: interpret(variant.question))
      if reading.rule == answer.rule && reading.facts == answer.facts
        && reading.answered == answer.answered
      {
        given = given ?? variant
      } else if reading.answered {
        others.append(variant)
      }
    }
    guard let given, !others.isEmpty else { return answer }
    var answer = answer
    answer.alternatives = ([given] + others).enumerated().map { offset, reading in
      Alternative(number: offset + 1, label: "“\(reading.phrase)”", question: reading.question)
    }
    let items = answer.alternatives.map { "(\($0.number)) \($0.label)" }.joined(separator: "; ")
    let note = Template.fill(
      corpus.template("spelling", of: "help") ?? "", ["typed": typed, "items": items])
    // After the answer, before its sources.
    answer.replaceBody(with: answer.body + " " + note)
    return answer
  }
}
