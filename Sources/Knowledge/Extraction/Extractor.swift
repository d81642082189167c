import Foundation

/// Builds facts from a document's text with the lexicon's rules.
///
/// Nothing here knows the report's figures: the extractor finds values with units, and reads what
/// they measure, their scope, period and kind from the words around them.
public struct Extractor: Sendable {
  /// The vocabulary the rules read with.
  public let lexicon: Lexicon

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
    var facts: [Fact] = []
    var folds = DistinctFolds()
    var counters: [Int: Int] = [:]
    func make(
      _ kind: Fact.Kind, paragraph: Int, quote: String, statistic: Statistic? = nil,
      fields: [String: String] = [:], items: [String] = [], topics: [String] = []
    ) -> Fact {
      counters[paragraph, default: 0] += 1
      return Fact(
        id: "\(document.id)#p\(paragraph).\(counters[paragraph]!)", kind: kind,
        document: document.id, documentTitle: document.title, published: document.published,
        paragraph: paragraph,
        quote: quote, statistic: statistic, fields: fields, items: items, topics: topics)
    }
    let reference = document.published ?? Day(year: 2025, month: 1, day: 1)
    if let event = event(in: document, reference: reference) {
      facts.append(
        make(
          .event, paragraph: event.paragraph, quote: event.quote, fields: event.fields,
          items: event.items))
    }
    // Figures the title gives and the body does not repeat (`chi hơn 1.100 tỷ đồng mỗi ngày`).
    let title = Paragraph(
      number: 0, text: document.title, kind: .text,
      sentences: SentenceSplitter.sentences(document.title))
    // Each paragraph's figures are read once: the title's are checked against them, then listed.
    let textParagraphs = document.paragraphs.filter { $0.kind == .text }
    let figures = textParagraphs.map { statistics(in: $0, reference: reference, folds: &folds) }
    let body = figures.joined()
    for found in statistics(in: title, reference: reference, folds: &folds)
    where !body.contains(where: {
      $0.statistic.valueText == found.statistic.valueText
        && $0.statistic.unit == found.statistic.unit
    }) {
      var statistic = found.statistic
      statistic.inTitle = true
      facts.append(make(.statistic, paragraph: 0, quote: found.quote, statistic: statistic))
    }
    for (paragraph, paragraphFigures) in zip(textParagraphs, figures) {
      for found in paragraphFigures {
        facts.append(
          make(
            .statistic, paragraph: paragraph.number, quote: found.quote, statistic: found.statistic)
        )
      }
      for sentence in paragraph.sentences {
        if let organisation = organisation(in: sentence.text) {
          facts.append(
            make(
              .organisation, paragraph: paragraph.number, quote: sentence.text,
              fields: organisation.fields, items: organisation.items))
        }
        for reference in legalReferences(in: sentence.text) {
          facts.append(
            make(
              .legalReference, paragraph: paragraph.number, quote: reference.quote,
              fields: reference.fields))
        }
      }
    }
    for paragraph in document.paragraphs where paragraph.kind != .text {
      for word in VietnameseText.words(paragraph.text) { folds.insert(word) }
    }
    for directive in directives(in: document) {
      facts.append(
        make(
          .directive, paragraph: directive.paragraph, quote: directive.quote,
          fields: ["text": directive.text, "closing": directive.closing ? "true" : "false"],
          topics: directive.topics))
    }
    return (facts, folds.found)
  }

  /// Words as the matcher sees them: corrected, abbreviations expanded.
  func words(_ text: String) -> [Word] {
    lexicon.words(text)
  }
}
