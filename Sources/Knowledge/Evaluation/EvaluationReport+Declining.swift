extension EvaluationReport {
  /// Precision and recall of declining, the positive class: an answer is declined when
  /// `answered` is false, and must be when the gold case says `refuse: true`.
  ///
  /// Precision is the share of declined answers that had to be declined (low: the assistant
  /// gives up on questions it should answer); recall is the share of questions to decline that
  /// were declined (low: it answers what it cannot know).
  public struct Declining: Sendable, Hashable, Codable {
    /// Declined, and had to be.
    public var truePositives: Int
    /// Declined, but had to answer.
    public var falsePositives: Int
    /// Answered, but had to decline.
    public var falseNegatives: Int
    /// Answered, and had to.
    public var trueNegatives: Int
    /// `truePositives / (truePositives + falsePositives)`; nil when nothing was declined.
    public var precision: Double?
    /// `truePositives / (truePositives + falseNegatives)`; nil when nothing had to be declined.
    public var recall: Double?

    /// Counts the declined and answered cases.
    public init(_ cases: [EvaluatedCase]) {
      var counts = (tp: 0, fp: 0, fn: 0, tn: 0)
      for evaluated in cases {
        switch (evaluated.gold.refuse, evaluated.answer.answered) {
        case (true, false): counts.tp += 1
        case (false, false): counts.fp += 1
        case (true, true): counts.fn += 1
        case (false, true): counts.tn += 1
        }
      }
      truePositives = counts.tp
      falsePositives = counts.fp
      falseNegatives = counts.fn
      trueNegatives = counts.tn
      precision = EvaluationReport.ratio(counts.tp, counts.tp + counts.fp)
      recall = EvaluationReport.ratio(counts.tp, counts.tp + counts.fn)
    }
  }
}
