/// One gold case with the answer the knowledge base gave and whether it was right.
public struct EvaluatedCase: Sendable, Hashable {
  /// The gold case.
  public var gold: GoldCase
  /// The answer it got.
  public var answer: Answer
  /// How long answering took.
  public var latency: Duration
  /// Whether the answer is correct (``GoldCase/check(_:)``).
  public var passed: Bool
  /// Why it is not, when it is not.
  public var reason: String?

  /// Checks `answer` against `gold`.
  public init(gold: GoldCase, answer: Answer, latency: Duration = .zero) {
    self.gold = gold
    self.answer = answer
    self.latency = latency
    (passed, reason) = gold.check(answer)
  }

  /// Whether the gold case names an intent and the answer's intent is that one.
  public var intentMatches: Bool? {
    gold.intent.map { $0 == answer.intent }
  }

  /// The latency in microseconds.
  public var microseconds: Double {
    let (seconds, attoseconds) = latency.components
    return Double(seconds) * 1e6 + Double(attoseconds) / 1e12
  }
}
