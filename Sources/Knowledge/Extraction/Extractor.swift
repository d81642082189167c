import Foundation

/// Builds facts from a document's text with the lexicon's rules.
///
/// Nothing here knows the report's figures: the extractor finds values with units, and reads what
/// they measure, their scope, period and kind from the words around them.
public struct Extractor: Sendable {
  /// The vocabulary the rules read with.
  public let lexicon: Lexicon
  /// The lexicon's words for reading reports, made ready for look-ups.
  var cues: ReportCues { lexicon.extractionCues }

  /// Creates an extractor.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Every fact of the document: statistics, the event, organisation, legal references, directives.
  public func facts(from document: Document) -> [Fact] {
    read(document).facts
  }

  /// The facts of a document, with the fold keys of all its words (as ``VietnameseText/words(_:)``
  /// reads them), each once, for the vocabulary.
  ///
  /// The title's and the text paragraphs' words are those their sentences are read into for their
  /// figures (a sentence ends at a space, which no word spans); only headings and captions are read
  /// for their words alone.
  func read(_ document: Document) -> (facts: [Fact], folds: [(fold: String, hash: UInt64)]) {
    var facts = FactList(document: document)
    var folds = DistinctFolds()
    let reference = document.published ?? Day(year: 2025, month: 1, day: 1)
    if let event = event(in: document, reference: reference) {
      facts.append(
        .event, paragraph: event.paragraph, quote: event.quote, fields: event.fields,
        items: event.items)
    }
    // Each paragraph's figures are read once: the title's are checked against them, then listed.
    let textParagraphs = document.paragraphs.filter { $0.kind == .text }
    let title = Set(lexicon.expand(VietnameseText.words(document.title)).map(\.foldHash))
    let figures = textParagraphs.map {
      statistics(in: $0, title: title, reference: reference, folds: &folds)
    }
    appendTitleFigures(
      of: document, body: figures.joined(), to: &facts, (reference, title), &folds)
    for (paragraph, paragraphFigures) in zip(textParagraphs, figures) {
      appendStatements(of: paragraph, figures: paragraphFigures, to: &facts)
    }
    for paragraph in document.paragraphs where paragraph.kind != .text {
      for word in VietnameseText.words(paragraph.text) { folds.insert(word) }
    }
    for directive in directives(in: document) {
      facts.append(
        .directive, paragraph: directive.paragraph, quote: directive.quote,
        fields: ["text": directive.text, "closing": directive.closing ? "true" : "false"],
        topics: directive.topics)
    }
    return (facts.facts, folds.found)
  }

  /// Figures the title gives and the body does not repeat (`chi hơn 1.100 tỷ đồng mỗi ngày`).
  private func appendTitleFigures(
    of document: Document, body: some Sequence<(statistic: Statistic, quote: String)>,
    to facts: inout FactList, _ read: (reference: Day, title: Set<UInt64>),
    _ folds: inout DistinctFolds
  ) {
    let title = Paragraph(
      number: 0, text: document.title, kind: .text,
      sentences: SentenceSplitter.sentences(document.title))
    for found in statistics(in: title, title: read.title, reference: read.reference, folds: &folds)
    where !body.contains(where: {
      $0.statistic.valueText == found.statistic.valueText
        && $0.statistic.unit == found.statistic.unit
    }) {
      var statistic = found.statistic
      statistic.inTitle = true
      facts.append(.statistic, paragraph: 0, quote: found.quote, statistic: statistic)
    }
  }

  /// A text paragraph's figures, then each sentence's organisation and legal references.
  private func appendStatements(
    of paragraph: Paragraph, figures: [(statistic: Statistic, quote: String)],
    to facts: inout FactList
  ) {
    for found in figures {
      facts.append(
        .statistic, paragraph: paragraph.number, quote: found.quote, statistic: found.statistic)
    }
    for sentence in paragraph.sentences {
      if let organisation = organisation(in: sentence.text) {
        facts.append(
          .organisation, paragraph: paragraph.number, quote: sentence.text,
          fields: organisation.fields, items: organisation.items)
      }
      for reference in legalReferences(in: sentence.text) {
        facts.append(
          .legalReference, paragraph: paragraph.number, quote: reference.quote,
          fields: reference.fields)
      }
    }
  }

  /// The least share of a concept's name a paragraph and its report's title must hold for the
  /// concept to name a figure there.
  static let conceptFit = 0.5

  /// Whether the concept `term`, found as the words `matched`, fits a paragraph whose words, with
  /// its report title's, are `topic`.
  ///
  /// The match holds at least half the words of the concept's name, stop words aside, or the
  /// paragraph and title hold half the rest: `xuất khẩu` alone names the IT industry's exports in
  /// a report on it, not in one on coffee; `giá trị xuất khẩu thủy sản` is not the IT industry's
  /// `giá trị xuất khẩu` for the words of the name it lacks (`công nghệ thông tin`).
  func fits(_ term: Term, matched: ArraySlice<Word>, topic: Set<UInt64>) -> Bool {
    guard let name = term.phrases.first else { return true }
    let content = Set(name.map(\.foldHash)).subtracting(cues.stopHashes)
    let rest = content.subtracting(matched.map(\.foldHash))
    guard Double(content.count - rest.count) < Self.conceptFit * Double(content.count) else {
      return true
    }
    let held = rest.intersection(topic).count
    return Double(held) >= Self.conceptFit * Double(rest.count)
  }

  /// Words as the matcher sees them: corrected, abbreviations expanded.
  func words(_ text: String) -> [Word] {
    lexicon.words(text)
  }
}

/// The facts of one document as they are found, each numbered within its paragraph
/// (`doc#p3.2`).
struct FactList {
  let document: Document
  private(set) var facts: [Fact] = []
  private var counters: [Int: Int] = [:]

  init(document: Document) {
    self.document = document
  }

  mutating func append(
    _ kind: Fact.Kind, paragraph: Int, quote: String, statistic: Statistic? = nil,
    fields: [String: String] = [:], items: [String] = [], topics: [String] = []
  ) {
    let number = counters[paragraph, default: 0] + 1
    counters[paragraph] = number
    facts.append(
      Fact(
        id: "\(document.id)#p\(paragraph).\(number)", kind: kind,
        document: document.id, documentTitle: document.title, published: document.published,
        paragraph: paragraph,
        quote: quote, statistic: statistic, fields: fields, items: items, topics: topics))
  }
}
