/// The facts of a knowledge base arranged for answering: by kind, concept, subject, scope and
/// id, so that an answer never scans every fact of every document.
struct FactIndex: Sendable {
  /// Every fact, in document order.
  let all: [Fact]
  let byKind: [Fact.Kind: [Fact]]
  let byConcept: [String: [Fact]]
  let bySubject: [String: [Fact]]
  let byScope: [String: [Fact]]
  /// Each fact's position in document order, to keep answers in the reports' order.
  let order: [String: Int]
  /// Concepts whose figures have more than one scope (the national rate and the ministries').
  let multiScopeConcepts: Set<String>
  /// Figures given with their value in another unit (`373.242 tỷ đồng (tương đương 14,540 tỷ
  /// USD)`), in document order: those an exchange rate is read from.
  let withEquivalent: [Fact]
  /// Publication days by document title.
  let published: [String: Day]
  /// How many documents the facts come from.
  let documentCount: Int

  init(_ facts: [Fact]) {
    all = facts
    byKind = Dictionary(grouping: facts, by: \.kind)
    let statistics = facts.filter { $0.statistic != nil }
    byConcept = Dictionary(grouping: statistics.filter { $0.statistic?.concept != nil }) { $0.statistic!.concept! }
    bySubject = Dictionary(grouping: statistics) { $0.statistic!.subject }
    byScope = Dictionary(grouping: statistics) { $0.statistic!.scope }
    order = Dictionary(facts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    withEquivalent = statistics.filter { $0.statistic?.equivalent != nil }
    multiScopeConcepts = Set(byConcept.filter { Set($0.value.map { $0.statistic!.scope }).count > 1 }.keys)
    var published: [String: Day] = [:]
    for fact in facts where published[fact.documentTitle] == nil { published[fact.documentTitle] = fact.published }
    self.published = published
    documentCount = Set(facts.map(\.document)).count
  }

  /// The facts of one kind.
  subscript(kind: Fact.Kind) -> [Fact] { byKind[kind] ?? [] }
}
