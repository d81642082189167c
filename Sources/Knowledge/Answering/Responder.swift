/// Turns an interpretation into an answer, from the facts and the corpus templates.
///
/// A class: its closures and helpers share one reference, where copying the index and the corpus
/// would retain each of their many arrays and dictionaries every time.
final class Responder: Sendable {
  let index: FactIndex
  let corpus: Corpus

  init(index: FactIndex, corpus: Corpus) {
    self.index = index
    self.corpus = corpus
  }

  func template(_ name: String, of intent: String) -> String {
    corpus.template(name, of: intent) ?? "{\(name)}"
  }

  /// The intent's `from` template for the report `fact` comes from: which report an answer
  /// drawn from several is from.
  ///
  /// A report without a date is named alone (`from_undated`).
  func fromReport(of fact: Fact, intent: String) -> String {
    guard let published = fact.published else {
      return Template.fill(
        corpus.template("from_undated", of: intent) ?? template("from", of: intent),
        ["document": fact.documentTitle, "date": ""])
    }
    return Template.fill(
      template("from", of: intent),
      ["document": fact.documentTitle, "date": published.description])
  }

  /// Answers an interpreted question.
  func respond(to interpretation: Interpretation) -> Answer {
    let question = interpretation.question
    guard let rule = interpretation.rule else { return outOfScope(question) }
    var draft: Draft
    if rule.declines {
      draft = Draft(text: Template.fill(rule.reply ?? "", sharedValues), answered: false)
    } else if let reply = rule.reply {
      draft = Draft(text: Template.fill(reply, sharedValues), answered: true)
    } else {
      switch rule.intent {
      case "statistic": draft = statistic(question, rule: rule)
      case "event": draft = event(question, rule: rule)
      case "organisation": draft = organisation(question, rule: rule)
      case "legal_reference": draft = legal(question)
      case "directive": draft = directive(question)
      case "definition": draft = definition(question)
      default: return outOfScope(question)
      }
    }
    var slots = rule.slots.merging(draft.slots) { _, new in new }
    if let period = question.period { slots["period"] = slots["period"] ?? period.code }
    var text = draft.text
    let sources = Responder.sources(of: draft.facts)
    if !sources.isEmpty {
      let line = template("source", of: "statistic")
      // Sources come mostly from one document: its date is looked up once, and not at all when
      // every fact has one title (hashing a title costs thousands of instructions).
      var dated: (document: String, date: String)?
      let only = index.published.count == 1 ? index.published.first : nil
      text +=
        "\n"
        + sources.map { source in
          if let only, only.key == source.document {
            dated = dated ?? (only.key, only.value.description)
          } else if dated?.document != source.document {
            dated = (
              source.document,
              index.published[source.document]?.description ?? Document.undated
            )
          }
          return Template.fill(
            line,
            [
              "document": source.document, "paragraph": String(source.paragraph),
              "quote": source.quote,
              "date": dated?.date ?? "",
            ])
        }.joined(separator: "\n")
    }
    var answer = Answer(
      question: question.text, answered: draft.answered, text: text, intent: rule.intent,
      confidence: (interpretation.confidence * 100).rounded() / 100, slots: slots,
      facts: draft.facts.map(\.id), sources: sources, rule: rule.id, body: draft.text)
    answer.computed = draft.computed
    answer.alternatives = draft.alternatives
    return answer
  }

  /// An answer in the making.
  struct Draft {
    var text: String
    var answered: Bool
    var facts: [Fact] = []
    var slots: [String: String] = [:]
    /// Numbers computed rather than quoted.
    var computed: [String] = []
    /// Other readings of the question.
    var alternatives: [Alternative] = []
  }

  /// Values every template may use: the topics the assistant can answer and the meeting.
  var sharedValues: [String: String] {
    let event = index[.event].first
    return [
      "meeting": event?.fields["title"] ?? "",
      "date": event?.fields["date"] ?? "",
      "topics": template("topics", of: "help"),
    ]
  }

  func outOfScope(_ question: Question) -> Answer {
    Answer(
      question: question.text, answered: false,
      text: Template.fill(template("decline", of: "out_of_scope"), sharedValues),
      intent: "out_of_scope", confidence: 0, rule: nil)
  }

  /// The sources of `facts`, each once, in order.
  static func sources(of facts: [Fact]) -> [Source] {
    var seen: Set<SourceKey> = []
    return facts.map(\.source).filter { seen.insert(SourceKey(source: $0)).inserted }
  }

  /// A source compared whole but hashed by its paragraph and the lengths of its texts: hashing a
  /// `String` normalises it first, which for a Vietnamese sentence costs tens of instructions a
  /// byte.
  ///
  /// Document text is read as NFC (``DocumentReader``), so equal sources have equal bytes.
  private struct SourceKey: Hashable {
    let source: Source

    func hash(into hasher: inout Hasher) {
      hasher.combine(source.paragraph)
      hasher.combine(source.document.utf8.count)
      hasher.combine(source.quote.utf8.count)
    }

    static func == (left: SourceKey, right: SourceKey) -> Bool { left.source == right.source }
  }

  func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen: Set<T> = []
    return items.filter { seen.insert($0).inserted }
  }
}
