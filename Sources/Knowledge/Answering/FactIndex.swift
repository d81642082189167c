/// The facts of a knowledge base arranged for answering: by kind, concept, subject, scope and
/// id, so that an answer never scans every fact of every document.
struct FactIndex: Sendable {
  /// Every fact, in document order.
  let all: [Fact]
  let byKind: [Fact.Kind: [Fact]]
  let byConcept: [String: [Fact]]
  /// By subject, keyed by the subject's bytes: subjects are Vietnamese, and a `String` key would
  /// be normalised again for every figure hashed (see ``UTF8Key``).
  private let bySubjectBytes: [UTF8Key: [Fact]]
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
    bySubjectBytes = Dictionary(grouping: statistics) { UTF8Key($0.statistic!.subject) }
    byScope = Dictionary(grouping: statistics) { $0.statistic!.scope }
    order = Dictionary(facts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    withEquivalent = statistics.filter { $0.statistic?.equivalent != nil }
    multiScopeConcepts = Set(byConcept.filter { Set($0.value.map { $0.statistic!.scope }).count > 1 }.keys)
    // A document's facts come together: titles and ids are looked at where the document changes.
    var published: [String: Day] = [:]
    var documents = Set<String>()
    var previous: Fact?
    for fact in facts where fact.document != previous?.document || fact.documentTitle != previous?.documentTitle {
      if published[fact.documentTitle] == nil { published[fact.documentTitle] = fact.published }
      documents.insert(fact.document)
      previous = fact
    }
    self.published = published
    documentCount = documents.count
  }

  /// The statistics whose subject is `subject`, in document order.
  func facts(withSubject subject: String) -> [Fact] {
    bySubjectBytes[UTF8Key(subject)] ?? []
  }

  /// The facts of one kind.
  subscript(kind: Fact.Kind) -> [Fact] { byKind[kind] ?? [] }
}
