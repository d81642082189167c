import Foundation

/// The facts extracted from the documents, with the rules that read questions about them.
///
/// An immutable value built once at start; answering never changes it.
public struct KnowledgeBase: Sendable {
  /// The documents the facts come from.
  public let documents: [Document]
  /// The rule data.
  public let corpus: Corpus
  /// Every fact extracted, in document order.
  public let facts: [Fact]
  let matcher: Matcher
  let index: FactIndex
  let vocabulary: Vocabulary
  let subjects: SubjectIndex
  /// Completes typed words into terms with their diacritics.
  public let completer: Completer
  /// Phrases of the rule data that differ only in diacritics, to offer both readings.
  let readings: Readings
  let reference: Day
  /// Every sentence of the documents, ranked for questions no rule answers as well.
  let passages: PassageIndex

  /// Builds the knowledge base: extracts the facts of `documents` with the corpus's rules.
  public init(documents: [Document], corpus: Corpus) {
    self.documents = documents
    self.corpus = corpus
    let extractor = Extractor(lexicon: corpus.lexicon)
    // Each document's facts are its own, and so are the keys of its words: extraction shares the
    // documents out among the cores.
    let extracted = documents.concurrentMap(extractor.read)
    let facts = extracted.flatMap(\.facts)
    self.facts = facts
    reference = documents.compactMap(\.published).max() ?? Day(year: 2025, month: 1, day: 1)
    // The indexes do not depend on one another: built side by side.
    let parts = Array(Part.allCases).concurrentMap { part in
      Self.build(
        part, documents: documents, facts: facts, folds: extracted.map(\.folds), corpus: corpus)
    }
    var built = Built()
    for part in parts { built.merge(part) }
    passages = built.passages ?? PassageIndex(documents: documents, lexicon: corpus.lexicon)
    index = built.index!
    subjects = built.subjects!
    vocabulary = built.vocabulary!
    matcher = built.matcher!
    completer = built.completer!
    readings = built.readings!
  }

  /// The parts of a knowledge base built side by side once the facts are known.
  private enum Part: CaseIterable {
    case index, subjects, vocabulary, rules, passages
  }

  /// What ``build(_:facts:folds:corpus:)`` makes, one part at a time.
  private struct Built {
    var index: FactIndex?
    var subjects: SubjectIndex?
    var vocabulary: Vocabulary?
    var matcher: Matcher?
    var completer: Completer?
    var readings: Readings?
    var passages: PassageIndex?

    mutating func merge(_ other: Built) {
      passages = passages ?? other.passages
      index = index ?? other.index
      subjects = subjects ?? other.subjects
      vocabulary = vocabulary ?? other.vocabulary
      matcher = matcher ?? other.matcher
      completer = completer ?? other.completer
      readings = readings ?? other.readings
    }
  }

  private static func build(
    _ part: Part, documents: [Document], facts: [Fact],
    folds documentFolds: [[(fold: String, hash: UInt64)]],
    corpus: Corpus
  ) -> Built {
    var built = Built()
    let lexicon = corpus.lexicon
    switch part {
    case .index:
      built.index = FactIndex(facts)
    case .subjects:
      func foldKeys(_ sets: [TermSet]) -> Set<String> {
        Set(sets.flatMap { $0.terms.flatMap { $0.phrases.flatMap { $0.map(\.fold) } } })
      }
      built.subjects = SubjectIndex(
        facts: facts, stopwords: foldKeys([lexicon.stopwords]),
        names: [lexicon.provinces, lexicon.bodies, lexicon.countries, lexicon.platforms])
    case .vocabulary:
      var folds: [String] = []
      for set in [
        lexicon.concepts, lexicon.scopes, lexicon.platforms, lexicon.otherPlatforms,
        lexicon.provinces,
        lexicon.bodies, lexicon.countries, lexicon.names,
        lexicon.units, lexicon.qualifiers, lexicon.changes, lexicon.departures, lexicon.shares,
        lexicon.measures, lexicon.topics, lexicon.followUps, lexicon.anaphors, lexicon.operations,
        corpus.background,
      ] {
        folds += set.terms.flatMap { $0.phrases.flatMap { $0.map(\.fold) } }
      }
      for rule in corpus.rules {
        for cue in rule.require.flatMap({ $0 }) + rule.prefer + rule.avoid {
          if case .phrase(let words) = cue { folds += words.map(\.fold) }
        }
      }
      folds += merged(documentFolds)
      folds += lexicon.abbreviations.keys
      built.vocabulary = Vocabulary(folds)
    case .passages:
      built.passages = PassageIndex(documents: documents, lexicon: lexicon)
    case .rules:
      built.matcher = Matcher(rules: corpus.rules)
      built.completer = Completer(corpus: corpus)
      built.readings = Readings(corpus: corpus)
    }
    return built
  }

  /// The keys of several documents, each once.
  private static func merged(_ documents: [[(fold: String, hash: UInt64)]]) -> Set<String> {
    var all = DistinctFolds()
    for found in documents {
      for (fold, hash) in found { all.insert(fold, hash: hash) }
    }
    return Set(all.found.map(\.fold))
  }

  /// The meeting the knowledge base is about, from its event fact: title and date (`17/5/2025`).
  public var meeting: (title: String, date: String)? {
    facts.first { $0.kind == .event }.map {
      ($0.fields["title"] ?? $0.documentTitle, $0.fields["date"] ?? "")
    }
  }

  /// What the assistant can answer, grouped: each group's name and its items, from the rule data.
  ///
  /// The headings and the fixed items are the `help` intent's `topics_…` templates; the items of
  /// the other groups are what the reports hold (their titles, concepts, resolutions, topics).
  public var topics: [(group: String, items: [String])] {
    let wording = { (name: String) in self.corpus.template("topics_" + name, of: "help") ?? "" }
    let listed = { (name: String) in wording(name).pieces(separatedBy: "; ") }
    let newestFirst = documents.sorted {
      ($0.published ?? .distantPast) > ($1.published ?? .distantPast)
    }
    let concepts = corpus.lexicon.concepts.terms.filter { concept in
      facts.contains { $0.statistic?.concept == concept.id }
    }
    let references = facts.filter { $0.kind == .legalReference }.compactMap { $0.fields["code"] }
    let topics = corpus.lexicon.topics.terms.filter { topic in
      facts.contains { $0.topics.contains(topic.id) }
    }
    return [
      (wording("reports"), newestFirst.map { "\($0.title) (\($0.dated))" }),
      (wording("figures"), concepts.map(\.name)),
      (wording("meeting"), listed("meeting_items")),
      (wording("organisation"), listed("organisation_items")),
      (wording("documents"), references.map { Template.fill(wording("document"), ["code": $0]) }),
      (wording("directives"), topics.map(\.name)),
      (wording("background"), corpus.background.terms.map(\.name)),
    ]
  }

  /// Example questions from the rule files, one per rule that answers from the report.
  public var examples: [String] {
    corpus.rules.filter { !$0.declines }.compactMap(\.examples.first)
  }

  /// The full text of the paragraph a source quotes.
  public func paragraph(of source: Source) -> String? {
    documents.first { $0.title == source.document }?.paragraphs.first {
      $0.number == source.paragraph
    }?.text
  }

  /// Builds the knowledge base of `seeds` and the documents read from `paths`, with `corpus`.
  ///
  /// A document at `paths` with the file name of one already loaded is read once when it is the
  /// same, and skipped with a warning when it is not.
  ///
  /// - Throws: ``KnowledgeError`` naming the file and line of a missing or malformed document.
  public static func load(seeds: [Document], corpus: Corpus, documents paths: [URL]) throws
    -> KnowledgeBase
  {
    var documents = seeds
    var loadedIDs = Dictionary(
      seeds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var skipped: [String] = []
    for document in try DocumentReader.read(paths) {
      if let loaded = loadedIDs[document.id].map({ documents[$0] }) {
        // The same file named twice (a folder and a file in it) is read once; a different file
        // with the same name is worth a word.
        if loaded != document {
          skipped.append(
            "\(document.id).txt: skipped: another document with this file name is already loaded")
        }
      } else {
        loadedIDs[document.id] = documents.count
        documents.append(document)
      }
    }
    var knowledge = KnowledgeBase(documents: documents, corpus: corpus)
    knowledge.loadWarnings = skipped
    return knowledge
  }

  /// Documents skipped while loading (a second file with the same name).
  var loadWarnings: [String] = []

  /// What the document reader noticed but worked around, one line each with file and line.
  public var warnings: [String] { documents.flatMap(\.warnings) + loadWarnings }

  /// The longest question read, in characters: what follows is not a question but pasted text,
  /// and reading it all would only make a hostile input slow.
  public static let maximumQuestionLength = 1000

  /// Reads a question: words, concepts, scopes, periods and the rest.
  public func read(_ question: String) -> Question {
    // No more characters than bytes: most questions are not counted character by character.
    let long =
      question.utf8.count > Self.maximumQuestionLength
      && question.count > Self.maximumQuestionLength
    let read = long ? String(question.prefix(Self.maximumQuestionLength)) : question
    return Question(
      read, echoing: question, corpus: corpus, vocabulary: vocabulary, subjects: subjects,
      reference: reference)
  }

  /// Finds the rule that fits a question best.
  public func interpret(_ question: String) -> Interpretation {
    matcher.interpret(read(question))
  }

  /// Answers one question.
  public func answer(_ question: String) -> Answer {
    answer(interpret(question))
  }

  /// Answers a question already interpreted: the answer ``answer(_:)`` gives to its text.
  func answer(_ interpretation: Interpretation) -> Answer {
    let read = interpretation.question
    let question = read.text
    // `tháng 13` is no period: no figure is for it.
    if let date = read.impossibleDates.first,
      let template = corpus.template("impossible_date", of: "out_of_scope")
    {
      let text = Template.fill(template, ["date": date])
      return Answer(
        question: question, answered: false, text: text, intent: "out_of_scope", confidence: 1,
        slots: ["impossible_date": date], rule: "out_of_scope.impossible_date")
    }
    // `bao nhiêu chứng thư … và bao nhiêu dịch vụ …`: each asked on its own.
    if let two = TwoQuestions(read, lexicon: corpus.lexicon) {
      return answering(two, asked: question)
    }
    // `… là 60% phải không?`: the figure is asked for, and the stated one judged by it.
    if let asking = corpus.template("asking", of: "premise"),
      let premise = Premise(read, lexicon: corpus.lexicon, asking: asking)
    {
      return judging(premise, asked: question)
    }
    let chosen = keepingRate(
      choosing(ruled(interpretation), by: interpretation.rule, for: read), for: read)
    // `trung bình mỗi ngày`: the report's own figure for a day, else one worked out.
    if let daily = DailyAverage(read, lexicon: corpus.lexicon) {
      return averaging(daily, direct: chosen, asked: question)
    }
    return chosen
  }

  /// The answer of the rules alone, without retrieval's.
  func ruledAnswer(_ question: String) -> Answer {
    ruled(interpret(question))
  }

  /// The rules' answer to an interpreted question, with the other readings it may have.
  private func ruled(_ interpretation: Interpretation) -> Answer {
    let answer = Responder(index: index, corpus: corpus).respond(to: interpretation)
    return offeringReadings(answer, of: interpretation.question)
  }

  /// Answers questions that do not depend on one another on all the machine's cores, the answers
  /// in the questions' order: each is the answer ``answer(_:)`` gives.
  public func answers(_ questions: [String]) -> [Answer] {
    questions.concurrentMap(answer)
  }
}
