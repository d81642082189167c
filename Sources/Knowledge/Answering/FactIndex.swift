/// The facts of a knowledge base arranged for answering: by kind, concept, subject and scope,
/// so that an answer never scans every fact of every document.
///
/// Statistics are indexed by their positions in ``all``, and what the responder's filters read of
/// each is kept apart in ``figures``: with hundreds of reports loaded, a concept has thousands of
/// figures, and narrowing them then reads one compact array, with no reference counted and no
/// string compared.
struct FactIndex: Sendable {
  /// Every fact, in document order.
  let all: [Fact]
  /// Each fact's position in ``all``, by its identifier.
  private let byID: [String: Int]
  /// What the filters read of each fact, by position in ``all``.
  let figures: [Figure]
  let byKind: [Fact.Kind: [Fact]]
  /// The positions of each concept's figures, in document order.
  let byConcept: [String: [Int]]
  /// The positions of each subject's figures, keyed by the subject's bytes: subjects are
  /// Vietnamese, and a `String` key would be normalised again for every figure hashed.
  private let bySubjectBytes: [UTF8Key: [Int]]
  /// The positions of each scope's figures, in document order, by the scope's number.
  private let byScopeNumber: [[Int]]
  /// Each scope's number in ``Figure/scope``.
  private let scopeNumbers: [UTF8Key: Int]
  /// Each unit's number in ``Figure/unit``.
  private let unitNumbers: [UTF8Key: Int]
  /// Concepts whose figures have more than one scope (the national rate and the ministries').
  let multiScopeConcepts: Set<String>
  /// The positions of the figures given with their value in another unit (`373.242 tỷ đồng
  /// (tương đương 14,540 tỷ USD)`), in document order: those an exchange rate is read from.
  let withEquivalent: [Int]
  /// Publication days by document title.
  let published: [String: Day]
  /// How many documents the facts come from.
  let documentCount: Int

  /// What the responder's filters read of a figure, as plain values.
  struct Figure: Sendable {
    /// The figure's document, numbered from 0 where the document changes in ``FactIndex/all``.
    var document: Int
    var published: Day?
    var measure: Statistic.Measure
    /// Whether it says where a change started (`từ 29% lên 39%`).
    var hasStart: Bool
    /// The scope's number (see ``FactIndex/scopeNumbers``); -1 for facts that are no figures.
    var scope: Int
    /// The unit's number: figures with the same unit have the same one.
    var unit: Int
    var period: Period?
    /// A hash of the value as written: figures with different hashes have different values.
    var valueHash: UInt64
  }

  init(_ facts: [Fact]) {
    all = facts
    byID = Dictionary(
      facts.indices.map { (facts[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    byKind = Dictionary(grouping: facts, by: \.kind)
    var tables = Tables()
    tables.figures.reserveCapacity(facts.count)
    for (position, fact) in facts.enumerated() { tables.add(fact, at: position) }
    figures = tables.figures
    byConcept = tables.byConcept
    bySubjectBytes = tables.bySubject
    byScopeNumber = tables.byScopeNumber
    scopeNumbers = tables.scopeNumbers
    unitNumbers = tables.unitNumbers
    multiScopeConcepts = tables.multiScope
    withEquivalent = tables.withEquivalent
    published = tables.published
    documentCount = tables.documentIDs.count
  }

  /// The index's tables as they are filled, one fact after another in document order.
  private struct Tables {
    var figures: [Figure] = []
    var byConcept: [String: [Int]] = [:]
    var bySubject: [UTF8Key: [Int]] = [:]
    var byScopeNumber: [[Int]] = []
    var scopeNumbers: [UTF8Key: Int] = [:]
    var unitNumbers: [UTF8Key: Int] = [:]
    /// Each concept's first scope, kept until another shows it has more than one.
    var conceptScopes: [String: Int] = [:]
    var multiScope: Set<String> = []
    var withEquivalent: [Int] = []
    var published: [String: Day] = [:]
    var documents = 0
    var documentIDs = Set<String>()
    var previous: Fact?

    /// Adds the fact at `position` in ``FactIndex/all``.
    mutating func add(_ fact: Fact, at position: Int) {
      // A document's facts come together: titles and ids are looked at where the document changes.
      if fact.document != previous?.document || fact.documentTitle != previous?.documentTitle {
        if published[fact.documentTitle] == nil { published[fact.documentTitle] = fact.published }
        if previous != nil, fact.document != previous?.document { documents += 1 }
        documentIDs.insert(fact.document)
        previous = fact
      }
      guard let statistic = fact.statistic else {
        figures.append(
          Figure(
            document: documents, published: fact.published, measure: .level, hasStart: false,
            scope: -1, unit: -1,
            period: nil, valueHash: 0))
        return
      }
      let scopeKey = UTF8Key(statistic.scope)
      let scope = scopeNumbers[scopeKey] ?? scopeNumbers.count
      if scope == scopeNumbers.count {
        scopeNumbers[scopeKey] = scope
        byScopeNumber.append([])
      }
      let unitKey = UTF8Key(statistic.unit)
      let unit = unitNumbers[unitKey] ?? unitNumbers.count
      if unit == unitNumbers.count { unitNumbers[unitKey] = unit }
      figures.append(
        Figure(
          document: documents, published: fact.published, measure: statistic.measure,
          hasStart: statistic.from != nil,
          scope: scope, unit: unit, period: statistic.period,
          valueHash: FactIndex.hash(statistic.valueText)))
      byScopeNumber[scope].append(position)
      bySubject[UTF8Key(statistic.subject), default: []].append(position)
      if let concept = statistic.concept {
        byConcept[concept, default: []].append(position)
        if let first = conceptScopes[concept] {
          if first != scope { multiScope.insert(concept) }
        } else {
          conceptScopes[concept] = scope
        }
      }
      if statistic.equivalent != nil { withEquivalent.append(position) }
    }
  }

  /// The FNV-1a hash of a text's bytes.
  private static func hash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// The facts at `positions`, in their order.
  ///
  /// The fact of an identifier an answer gives.
  func fact(id: String) -> Fact? {
    byID[id].map { all[$0] }
  }

  func facts(at positions: [Int]) -> [Fact] {
    positions.map { all[$0] }
  }

  /// The positions of the statistics whose subject is `subject`, in document order.
  func positions(withSubject subject: String) -> [Int] {
    bySubjectBytes[UTF8Key(subject)] ?? []
  }

  /// The positions of the figures whose scope is `scope`, in document order.
  func positions(withScope scope: String) -> [Int] {
    scopeNumber(scope).map { byScopeNumber[$0] } ?? []
  }

  /// The number of `scope` in ``Figure/scope``, or nil when no figure has it.
  func scopeNumber(_ scope: String) -> Int? {
    scopeNumbers[UTF8Key(scope)]
  }

  /// The number of `unit` in ``Figure/unit``, or nil when no figure has it.
  func unitNumber(_ unit: String) -> Int? {
    unitNumbers[UTF8Key(unit)]
  }

  /// The facts of one kind.
  subscript(kind: Fact.Kind) -> [Fact] { byKind[kind] ?? [] }
}
