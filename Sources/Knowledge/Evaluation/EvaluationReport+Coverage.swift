extension EvaluationReport {
  /// The facts of the knowledge base the gold cases reach, and the ones none reaches.
  ///
  /// A fact is reached when the answer to some gold question cites it (``Answer/facts``),
  /// whether or not that answer was right: a wrong answer still shows the fact is asked about.
  /// An untested fact is one a change to the rules could break without any case noticing.
  public struct Coverage: Sendable, Hashable, Codable {
    /// The number of facts in the knowledge base.
    public var facts: Int
    /// The number cited by at least one answer.
    public var reached: Int
    /// `reached / facts`; nil when there are no facts.
    public var ratio: Double?
    /// The facts no answer cites, in document order.
    public var untested: [UntestedFact]

    /// Finds the facts of `facts` that no answer of `cases` cites.
    public init(_ cases: [EvaluatedCase], facts: [Fact]) {
      let cited = Set(cases.flatMap(\.answer.facts))
      self.facts = facts.count
      untested = facts.filter { !cited.contains($0.id) }.map(UntestedFact.init)
      reached = facts.count - untested.count
      ratio = EvaluationReport.ratio(reached, facts.count)
    }
  }

  /// A fact no gold question reaches.
  public struct UntestedFact: Sendable, Hashable, Codable {
    /// The fact's id.
    public var id: String
    /// Its kind (`statistic`, `directive`, ...).
    public var kind: String
    /// A one-line description (``Fact/summary``).
    public var summary: String

    /// Describes `fact`.
    public init(_ fact: Fact) {
      id = fact.id
      kind = fact.kind.rawValue
      summary = fact.summary
    }
  }
}
