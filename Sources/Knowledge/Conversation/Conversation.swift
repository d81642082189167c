/// What a conversation remembers between questions: the figure it is about and the readings
/// the last answer offered to choose from.
///
/// Owned by the caller (the chat, `batch --conversation`, a multi-turn gold case) and passed to
/// ``KnowledgeBase/answer(_:in:)``, which reads and updates it. A fresh value remembers nothing.
public struct Conversation: Sendable {
  /// The last question about a figure, read whole (a follow-up is stored as what it was read as):
  /// what the next follow-up (`còn địa phương?`, `tăng bao nhiêu?`) builds on.
  public internal(set) var topic: String?
  /// The readings the last answer offered, by number: typing the number picks one.
  public internal(set) var readings: [Alternative] = []

  /// Creates a conversation that remembers nothing.
  public init() {}

  /// Forgets the topic and the readings offered (`/reset`).
  public mutating func reset() {
    self = Conversation()
  }
}

extension KnowledgeBase {
  /// Answers one question of a conversation: a number picks a reading the last answer offered,
  /// a follow-up (`còn Lazada?`, `so với cùng kỳ?`, `con số đó tăng bao nhiêu?`) is read with the
  /// figure asked before, and anything else is answered on its own and becomes the new topic.
  ///
  /// A follow-up's answer says, in ``Answer/resolved``, the whole question it was read as.
  public func answer(_ text: String, in conversation: inout Conversation) -> Answer {
    if let number = Self.choice(text),
      let reading = conversation.readings.first(where: { $0.number == number })
    {
      var answer = self.answer(reading.question)
      answer.question = text
      answer.resolved = reading.question
      remember(answer, asked: reading.question, in: &conversation)
      return answer
    }
    let question = read(text)
    var answer = self.answer(text)
    var asked = text
    // Whether a question follows the one before is the rules' call: retrieval answers a bare
    // `còn địa phương?` with any sentence that names localities.
    if let topic = conversation.topic, FollowUp.follows(question, alone: ruledAnswer(text)) {
      let resolved = FollowUp.resolve(question, after: read(topic))
      if VietnameseText.foldKey(resolved) != VietnameseText.foldKey(topic)
        || !question.anaphors.isEmpty
      {
        answer = self.answer(resolved)
        answer.question = text
        answer.resolved = resolved
        asked = resolved
      }
    }
    remember(answer, asked: asked, in: &conversation)
    return answer
  }

  /// Keeps what a later question may build on: the question, when it was about a figure; the
  /// readings the answer offered.
  private func remember(_ answer: Answer, asked: String, in conversation: inout Conversation) {
    conversation.readings = answer.alternatives
    // A figure read out of a report by retrieval is a topic as a rule's figure is (`còn năm 2024?`).
    let notFigures: Set<String> = ["date", "person", "organisation", "place", "description"]
    let retrievedFigure =
      answer.intent == "retrieval" && answer.answered
      && !notFigures.contains(answer.slots["answer_type"] ?? "")
    if answer.intent == "statistic" || retrievedFigure {
      conversation.topic = read(asked).normalized
    } else if answer.intent != "out_of_scope" {
      // Another kind of question: the topic has changed, and figures are no longer what `nó` means.
      conversation.topic = nil
    }
  }

  /// A number typed alone (`2`, `(2)`, `số 2`), as a choice among readings.
  static func choice(_ text: String) -> Int? {
    let digits = text.filter(\.isNumber)
    let rest = VietnameseText.foldKey(text.filter { !$0.isNumber })
      .filter { !$0.isWhitespace && !$0.isPunctuation && !"()".contains($0) }
    guard !digits.isEmpty, digits.count <= 2, rest.isEmpty || rest == "so" || rest == "chon" else {
      return nil
    }
    return Int(digits)
  }
}
