/// Runs gold cases through a knowledge base and measures how well it answers them.
///
/// ```swift
/// let knowledge = try KnowledgeBase.load()  // import BuiltInKnowledge
/// let cases = try GoldCase.read(text, path: "corpus/eval/dev.jsonl")
/// let results = Evaluator(knowledge: knowledge).evaluate(cases)
/// let report = EvaluationReport(results, facts: knowledge.facts)
/// print(report.accuracy ?? 0)
/// ```
///
/// Reading the files and printing the report are the caller's business.
public struct Evaluator: Sendable {
  /// The knowledge base that answers.
  public let knowledge: KnowledgeBase

  /// Creates an evaluator over `knowledge`.
  public init(knowledge: KnowledgeBase) {
    self.knowledge = knowledge
  }

  /// Answers one case, timing the answer with a monotonic clock; a case with a context is the
  /// last turn of a conversation that asks its context first (untimed).
  public func evaluate(_ gold: GoldCase) -> EvaluatedCase {
    var conversation = Conversation()
    for turn in gold.context { _ = knowledge.answer(turn, in: &conversation) }
    let clock = ContinuousClock()
    let start = clock.now
    let answer =
      gold.context.isEmpty
      ? knowledge.answer(gold.question) : knowledge.answer(gold.question, in: &conversation)
    let latency = clock.now - start
    return EvaluatedCase(gold: gold, answer: answer, latency: latency)
  }

  /// Answers every case in order, calling `progress` with the number done after each one.
  public func evaluate(
    _ cases: [GoldCase], progress: (_ done: Int) -> Void = { _ in }
  ) -> [EvaluatedCase] {
    var results: [EvaluatedCase] = []
    results.reserveCapacity(cases.count)
    for gold in cases {
      results.append(evaluate(gold))
      progress(results.count)
    }
    return results
  }
}
