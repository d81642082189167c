import Foundation
import Testing

@testable import Knowledge

/// The fact index keeps statistics by position, and what the responder's filters read of each in a
/// table of plain values: every list and every row must say what the facts themselves say.
@Suite struct FactIndexTests {
  /// The seed and every test document, so that figures come from many documents, scopes and units.
  static let index: FactIndex = {
    do {
      let documents = try Fixtures.documentFiles(endingIn: ".txt").map { name in
        try DocumentReader.read(
          String(contentsOf: Fixtures.documents.appendingPathComponent(name), encoding: .utf8),
          path: name)
      }
      let seed = try DocumentReader.read(
        String(
          contentsOf: Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt"),
          encoding: .utf8),
        path: "000_fadd476ff727cb34.txt")
      return KnowledgeBase(
        documents: [seed] + documents, corpus: try Corpus.load(from: Fixtures.corpus)
      ).index
    } catch {
      fatalError("the seed, the test documents and the corpus must load: \(error)")
    }
  }()

  @Test func eachRowSaysWhatItsFactSays() {
    let index = Self.index
    #expect(index.figures.count == index.all.count)
    #expect(
      index.all.contains { $0.statistic == nil } && index.all.contains { $0.statistic != nil })
    for (position, fact) in index.all.enumerated() {
      let figure = index.figures[position]
      #expect(figure.published == fact.published)
      guard let statistic = fact.statistic else {
        #expect(figure.scope == -1, "\(fact.id) is no figure")
        continue
      }
      #expect(figure.measure == statistic.measure, "\(fact.id)")
      #expect(figure.hasStart == (statistic.from != nil), "\(fact.id)")
      #expect(figure.period == statistic.period, "\(fact.id)")
      #expect(index.scopeNumber(statistic.scope) == figure.scope, "\(fact.id)")
      #expect(index.unitNumber(statistic.unit) == figure.unit, "\(fact.id)")
    }
  }

  /// Scopes and units are numbered apart: equal numbers, equal texts.
  @Test func numbersAreOnePerScopeAndUnit() {
    let index = Self.index
    var scopes: [Int: String] = [:]
    var units: [Int: String] = [:]
    for (position, fact) in index.all.enumerated() {
      guard let statistic = fact.statistic else { continue }
      let figure = index.figures[position]
      #expect(scopes[figure.scope, default: statistic.scope] == statistic.scope)
      #expect(units[figure.unit, default: statistic.unit] == statistic.unit)
      scopes[figure.scope] = statistic.scope
      units[figure.unit] = statistic.unit
    }
    #expect(Set(scopes.values).count == scopes.count && scopes.count > 3)
    #expect(Set(units.values).count == units.count && units.count > 3)
    #expect(index.scopeNumber("place:Nowhere") == nil && index.unitNumber("no such unit") == nil)
    #expect(index.positions(withScope: "place:Nowhere").isEmpty)
  }

  /// Values as written with equal hashes are equal; here, with no two different values sharing a
  /// hash, different values have different hashes.
  @Test func valueHashesTellValuesApart() {
    let index = Self.index
    var texts: [UInt64: String] = [:]
    for (position, fact) in index.all.enumerated() {
      guard let statistic = fact.statistic else { continue }
      let hash = index.figures[position].valueHash
      #expect(texts[hash, default: statistic.valueText] == statistic.valueText, "\(fact.id)")
      texts[hash] = statistic.valueText
    }
    #expect(texts.count > 100)
  }

  /// A document's facts share a number, and the next document has the next one.
  @Test func documentsAreNumberedInOrder() {
    let index = Self.index
    for position in index.all.indices.dropFirst() {
      let (fact, previous) = (index.all[position], index.all[position - 1])
      let step = index.figures[position].document - index.figures[position - 1].document
      #expect(step == (fact.document == previous.document ? 0 : 1), "\(fact.id)")
    }
    #expect(index.figures.first?.document == 0)
    #expect(index.documentCount == Set(index.all.map(\.document)).count)
    #expect(index.documentCount == (index.figures.last?.document ?? -1) + 1)
  }

  /// The lists by concept, subject and scope hold the positions of exactly the figures that have
  /// it, in document order.
  @Test func listsHoldEveryFigureOfTheirKeyInOrder() {
    let index = Self.index
    let statistics = index.all.indices.filter { index.all[$0].statistic != nil }
    let concepts = Set(statistics.compactMap { index.all[$0].statistic!.concept })
    #expect(concepts.count > 5)
    for concept in concepts {
      #expect(
        index.byConcept[concept]
          == statistics.filter { index.all[$0].statistic!.concept == concept }, "\(concept)")
    }
    for subject in Set(statistics.map { index.all[$0].statistic!.subject }) {
      #expect(
        index.positions(withSubject: subject)
          == statistics.filter { index.all[$0].statistic!.subject == subject })
    }
    for scope in Set(statistics.map { index.all[$0].statistic!.scope }) {
      #expect(
        index.positions(withScope: scope)
          == statistics.filter { index.all[$0].statistic!.scope == scope }, "\(scope)")
    }
    let multiScope = concepts.filter { concept in
      Set(index.facts(at: index.byConcept[concept] ?? []).map { $0.statistic!.scope }).count > 1
    }
    #expect(index.multiScopeConcepts == multiScope && !multiScope.isEmpty)
  }

  /// The kinds of figure a question asks for, as the table's rows and as figures say them.
  @Test func measureFiltersReadRowsAsTheyReadFigures() {
    let index = Self.index
    let filters: [MeasureFilter] = [
      .rank, .departures, .changePreviousMonth, .changeSamePeriod, .change, .changes, .level,
    ]
    for (position, fact) in index.all.enumerated() {
      guard let statistic = fact.statistic else { continue }
      for filter in filters {
        #expect(
          filter.accepts(index.figures[position]) == filter.accepts(statistic),
          "\(filter) \(fact.id)")
      }
    }
    #expect(
      MeasureFilter.change.accepts(.level, hasStart: true)
        && !MeasureFilter.changes.accepts(.level, hasStart: true))
    #expect(
      MeasureFilter.level.accepts(.share, hasStart: false)
        && !MeasureFilter.level.accepts(.rank, hasStart: false))
  }
}

/// The vocabulary's word keys come from the words extraction reads: they must be every word of
/// the document, as reading its title and each of its paragraphs whole finds them.
@Suite struct DocumentFoldTests {
  @Test func extractionFindsTheKeysOfEveryWordOfADocument() throws {
    let corpus = try Corpus.load(from: Fixtures.corpus)
    let extractor = Extractor(lexicon: corpus.lexicon)
    let names = Fixtures.documentFiles(endingIn: ".txt")
    #expect(names.count >= 4)
    var documents = try names.map { name in
      try DocumentReader.read(
        String(contentsOf: Fixtures.documents.appendingPathComponent(name), encoding: .utf8),
        path: name)
    }
    documents.append(
      try DocumentReader.read(
        String(
          contentsOf: Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt"),
          encoding: .utf8),
        path: "000_fadd476ff727cb34.txt"))
    for document in documents {
      let texts = [document.title] + document.paragraphs.map(\.text)
      let whole = Set(texts.flatMap { VietnameseText.words($0) }.map(\.fold))
      let read = extractor.read(document).folds
      #expect(Set(read.map(\.fold)) == whole, "\(document.id)")
      #expect(Set(read.map(\.fold)).count == read.count, "each key once: \(document.id)")
    }
    // Headings and captions, which are read for their words alone, are among them.
    #expect(documents.contains { $0.paragraphs.contains { $0.kind != .text } })
  }
}
