extension EvaluationReport {
  /// Intent accuracy over the cases that name an intent, with per-intent precision, recall and
  /// F1 and the confusions between intents.
  public struct IntentScores: Sendable, Hashable, Codable {
    /// The number of cases that name an intent.
    public var total: Int
    /// The number whose answer has that intent.
    public var correct: Int
    /// `correct / total`; nil when no case names an intent.
    public var accuracy: Double?
    /// One row per intent that is expected or found, sorted by intent.
    public var scores: [IntentScore]
    /// Expected and found intents that differ, most frequent first.
    public var confusions: [Confusion]

    /// Scores the cases that name an intent; the others are ignored.
    public init(_ cases: [EvaluatedCase]) {
      let labelled = cases.compactMap { evaluated in
        evaluated.gold.intent.map { (expected: $0, got: evaluated.answer.intent) }
      }
      total = labelled.count
      correct = labelled.filter { $0.expected == $0.got }.count
      accuracy = EvaluationReport.ratio(correct, total)
      var support: [String: Int] = [:]
      var predicted: [String: Int] = [:]
      var hits: [String: Int] = [:]
      var confused: [Pair: Int] = [:]
      for pair in labelled {
        support[pair.expected, default: 0] += 1
        predicted[pair.got, default: 0] += 1
        if pair.expected == pair.got {
          hits[pair.expected, default: 0] += 1
        } else {
          confused[Pair(expected: pair.expected, got: pair.got), default: 0] += 1
        }
      }
      scores = Set(support.keys).union(predicted.keys).sorted().map { intent in
        IntentScore(
          intent: intent, support: support[intent] ?? 0, predicted: predicted[intent] ?? 0,
          correct: hits[intent] ?? 0)
      }
      confusions = confused.map { pair, count in
        Confusion(expected: pair.expected, got: pair.got, count: count)
      }.sorted {
        ($1.count, $0.expected, $0.got) < ($0.count, $1.expected, $1.got)
      }
    }
  }

  /// An expected intent and the one found instead.
  private struct Pair: Hashable {
    var expected: String
    var got: String
  }

  /// Precision, recall and F1 of one intent.
  public struct IntentScore: Sendable, Hashable, Codable {
    /// The intent.
    public var intent: String
    /// The number of cases that expect it.
    public var support: Int
    /// The number of answers that have it.
    public var predicted: Int
    /// The number of cases that expect it and got it.
    public var correct: Int
    /// `correct / predicted`; nil when no answer has the intent.
    public var precision: Double?
    /// `correct / support`; nil when no case expects the intent.
    public var recall: Double?
    /// The harmonic mean of precision and recall, `2·correct / (support + predicted)`.
    public var f1: Double?

    /// Computes the rates from the counts.
    public init(intent: String, support: Int, predicted: Int, correct: Int) {
      self.intent = intent
      self.support = support
      self.predicted = predicted
      self.correct = correct
      precision = EvaluationReport.ratio(correct, predicted)
      recall = EvaluationReport.ratio(correct, support)
      f1 = EvaluationReport.ratio(2 * correct, support + predicted)
    }
  }

  /// How often the matcher found one intent where the gold case expects another.
  public struct Confusion: Sendable, Hashable, Codable {
    /// The intent the gold case names.
    public var expected: String
    /// The intent of the answer.
    public var got: String
    /// How many cases.
    public var count: Int
  }
}
