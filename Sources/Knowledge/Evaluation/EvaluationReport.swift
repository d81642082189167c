/// How well a knowledge base answered a set of gold cases: the figures staff read before a
/// change to the rules lands.
///
/// Built from evaluated cases by pure arithmetic, so the same cases always give the same report
/// (apart from the latencies, which are measured). Rates whose denominator is zero are nil.
public struct EvaluationReport: Sendable, Hashable, Codable {
  /// The number of cases.
  public var total: Int
  /// The number answered correctly.
  public var correct: Int
  /// `correct / total`; nil when there are no cases.
  public var accuracy: Double?
  /// Accuracy per tag, sorted by tag.
  public var tags: [Score]
  /// Accuracy per gold file, in the order the files came.
  public var files: [Score]
  /// How well the assistant declines exactly the questions it must.
  public var declining: Declining
  /// How well the matcher finds the gold intents.
  public var intents: IntentScores
  /// How long answering took.
  public var latency: Latency
  /// Every case answered wrongly, in input order.
  public var failures: [Failure]
  /// Which facts of the knowledge base the gold cases reach.
  public var coverage: Coverage

  /// Builds the report of `cases`; `facts` are the knowledge base's, for coverage.
  public init(_ cases: [EvaluatedCase], facts: [Fact]) {
    total = cases.count
    correct = cases.filter(\.passed).count
    accuracy = Self.ratio(correct, total)
    var byTag: [String: [EvaluatedCase]] = [:]
    for evaluated in cases {
      for tag in Set(evaluated.gold.tags) { byTag[tag, default: []].append(evaluated) }
    }
    tags = byTag.keys.sorted().map { Score(name: $0, cases: byTag[$0] ?? []) }
    var fileOrder: [String] = []
    var byFile: [String: [EvaluatedCase]] = [:]
    for evaluated in cases {
      let file = evaluated.gold.file
      if byFile[file] == nil { fileOrder.append(file) }
      byFile[file, default: []].append(evaluated)
    }
    files = fileOrder.map { Score(name: $0, cases: byFile[$0] ?? []) }
    declining = Declining(cases)
    intents = IntentScores(cases)
    latency = Latency(cases.map(\.microseconds))
    failures = cases.filter { !$0.passed }.map(Failure.init)
    coverage = Coverage(cases, facts: facts)
  }

  /// `part / whole`, or nil when `whole` is zero.
  static func ratio(_ part: Int, _ whole: Int) -> Double? {
    whole == 0 ? nil : Double(part) / Double(whole)
  }
}

extension EvaluationReport {
  /// The accuracy of a group of cases: one tag or one file.
  public struct Score: Sendable, Hashable, Codable {
    /// The tag or file.
    public var name: String
    /// The number of cases in the group.
    public var total: Int
    /// The number answered correctly.
    public var correct: Int
    /// `correct / total`; nil when the group is empty.
    public var accuracy: Double?

    /// Scores the cases of one group.
    public init(name: String, cases: [EvaluatedCase]) {
      self.name = name
      total = cases.count
      correct = cases.filter(\.passed).count
      accuracy = EvaluationReport.ratio(correct, total)
    }
  }

  /// A case answered wrongly: what was asked, what was expected, and what came back.
  public struct Failure: Sendable, Hashable, Codable {
    /// The gold file and line (`corpus/eval/dev.jsonl:12`).
    public var location: String
    /// The question.
    public var question: String
    /// What the answer had to contain.
    public var expect: [[String]]
    /// Whether the answer had to be declined.
    public var refuse: Bool
    /// The intent the gold case names, if any.
    public var expectedIntent: String?
    /// The answer without its source lines.
    public var answer: String
    /// Whether the assistant answered (false when it declined or offered a nearest figure).
    public var answered: Bool
    /// The intent that matched.
    public var intent: String
    /// The rule that matched, if any.
    public var rule: String?
    /// Why the answer is wrong (`missing 50,4`, `answered, but must decline`).
    public var reason: String

    /// The failure of a case answered wrongly.
    public init(_ evaluated: EvaluatedCase) {
      location = evaluated.gold.location
      question = evaluated.gold.question
      expect = evaluated.gold.expect
      refuse = evaluated.gold.refuse
      expectedIntent = evaluated.gold.intent
      answer = evaluated.answer.body
      answered = evaluated.answer.answered
      intent = evaluated.answer.intent
      rule = evaluated.answer.rule
      reason = evaluated.reason ?? "wrong answer"
    }
  }
}
