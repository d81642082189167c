/// The vocabulary of the domain: what the extractor and the matcher recognise in text.
///
/// Read from `corpus/lexicon.yaml`. Every section but `abbreviations` and `corrections` is a list
/// of terms, each with an `id`, a `name` and optional `terms` (synonyms) and `value`.
public struct Lexicon: Sendable {
  /// Abbreviations by fold key (`tthc`) with the words they stand for.
  public let abbreviations: [String: (short: String, words: [Word])]
  /// The ``TermSet/foldHash(_:)`` of every abbreviation's key: most words are none.
  let abbreviationHashes: FoldHashSet
  /// Misspellings (in the report or typed by users) with the words they stand for.
  public let corrections: TermSet
  /// What statistics measure (`online-service-rate`, `ecommerce-sales`, ...).
  public let concepts: TermSet
  /// The scopes a figure can have (`national`, `ministries`, `localities`).
  public let scopes: TermSet
  /// The e-commerce platforms figures are given for.
  public let platforms: TermSet
  /// Platforms users may ask about that the report never gives figures for.
  public let otherPlatforms: TermSet
  /// Provinces and cities: the report gives no figure for any single one.
  public let provinces: TermSet
  /// Single ministries and agencies: the report gives only the ministries' average.
  public let bodies: TermSet
  /// Other countries: the report gives figures for Việt Nam only.
  public let countries: TermSet
  /// Multi-word names (`Ban Chỉ đạo`): intent cues match inside them only as a whole, so that
  /// `chỉ đạo` (to direct) is not found in `Ban Chỉ đạo` (the committee).
  public let names: TermSet
  /// Units as written after a value.
  public let units: TermSet
  /// Scale words with their multiplier (`triệu` 10⁶).
  public let scales: TermSet
  /// Qualifiers of a value (`hơn`, `khoảng`, `trung bình`, `ước đạt`).
  public let qualifiers: TermSet
  /// Words marking a change, with its sign as value (`tăng` +1, `giảm` -1).
  public let changes: TermSet
  /// Units of things a report counts and lists (`địa phương`): their figures are counts.
  public let counted: TermSet
  /// Words marking things that left (`rời khỏi`).
  public let departures: TermSet
  /// Words marking a share (`chiếm`, `thị phần`).
  public let shares: TermSet
  /// In questions: what kind of figure is asked (`change`, `same-period`, `previous-month`, ...).
  public let measures: TermSet
  /// Topics of the Prime Minister's directives.
  public let topics: TermSet
  /// Words placing a meeting relative to the latest one: `next`, `previous`.
  public let sequence: TermSet
  /// Words too common to tell one subject from another (`của`, `các`, `tổng`, `số`).
  public let stopwords: TermSet
  /// Words that introduce a named part of a whole (`ngành hàng`, `tỉnh`): a question naming one
  /// the reports have no figure for is declined, not answered with the whole.
  public let scopeMarkers: TermSet
  /// In a conversation: words marking a question as following up the one before (`còn`, `thì sao`).
  public let followUps: TermSet
  /// Words pointing back at the figure a conversation is about (`nó`, `con số đó`).
  public let anaphors: TermSet
  /// Arithmetic a question asks for over figures (`difference`, `ratio`, `sum`, `max`, ...).
  public let operations: TermSet
  /// In questions: the kind of answer asked for (`person` for `ai`, `date` for `ngày nào`), in
  /// order of precedence: a question matching several takes the first.
  public let answerTypes: TermSet
  /// Words of a question that say how it asks, not what about (`bao nhiêu`, `là`, `gì`).
  public let questionWords: TermSet
  /// Family names: a run of capitalised syllables starting with one is a person's name.
  public let surnames: TermSet
  /// Words before a person's name (`ông`, `bà`): the capitalised syllables after them are a
  /// person's name, whatever the family name (`ông Adrian Hia`).
  public let honorifics: TermSet
  /// Words an organisation's name starts with (`Bộ`, `Ủy ban`, `Cục`).
  public let organisationHeads: TermSet
  /// Numbers written as words, with their value (`ba` 3).
  public let numberWords: TermSet
  /// Words after which a period is the base of a comparison (`gấp 2,8 lần năm 2023`).
  public let comparisons: TermSet
  /// Words a rank is written after (`thứ`, `hạng`, `top`).
  public let rankMarkers: TermSet
  /// Phrases retrieval reads as one (`nhiều nhất` as `dẫn đầu`), in reports and questions alike.
  public let synonyms: TermSet
  /// Words pairing a list of names with a list of figures in order (`lần lượt`).
  public let respectively: TermSet
  /// Kinds of document or programme a number names (`Nghị quyết 57`, `Đề án 06`).
  public let documentTypes: TermSet
  /// Units of money a sum is written in (`đồng`, `USD`).
  public let currencies: TermSet
  /// Units of time a duration is counted in (`tuần`, `tháng`).
  public let timeUnits: TermSet
  /// Words asking for several things at once (`những`, `các`): a list is answered whole.
  public let pluralMarkers: TermSet
  /// Words asking whether what a question states is right (`phải không`, `đúng không`).
  public let confirmations: TermSet
  /// Words asking for a figure each day (`trung bình mỗi ngày`).
  public let perDay: TermSet
  /// Words naming a kind of place before its name (`huyện`, `xã`, `phường`): a figure after
  /// `huyện Mèo Vạc` is that district's, whether or not the lexicon lists the place.
  public let placeMarkers: TermSet

  // Extraction's words (see `ReportCues`): keep this block last, for merging.
  /// Ordinal words that are no cardinal number (`nhất`, `nhì`), with their value.
  public let ordinalWords: TermSet
  /// The words the extractor reads reports by, one entry per role (`chair`, `subject-ending`).
  public let reportCues: TermSet
  /// ``reportCues`` and the number words made ready for the extractor's look-ups.
  let extractionCues: ReportCues

  /// Sections a lexicon may leave out: they are then empty.
  static let optionalSections: Set<String> = [
    "follow_ups", "anaphors", "operations", "answer_types", "question_words", "surnames",
    "honorifics",
    "organisation_heads", "number_words", "time_units", "plural_markers", "currencies",
    "document_types",
    "respectively", "synonyms", "rank_markers", "comparisons", "confirmations", "per_day",
    "place_markers",
    // Extraction's words: keep last, for merging.
    "ordinal_words", "report_cues",
  ]

  static let sections = Set<String>([
    "abbreviations", "corrections", "concepts", "scopes", "platforms", "other_platforms",
    "provinces", "bodies", "countries", "names",
    "units", "counted", "scales", "qualifiers", "changes", "departures", "shares", "measures",
    "topics", "sequence", "stopwords", "scope_markers",
  ]).union(optionalSections)

  /// The sections of a lexicon file, read by name.
  private struct Sections {
    let root: RuleNode
    let entries: [(key: String, value: RuleNode)]

    /// A list of terms; an optional section left out is empty.
    func terms(_ name: String) throws -> TermSet {
      guard let node = entries.first(where: { $0.key == name })?.value else {
        if Lexicon.optionalSections.contains(name) { return TermSet([]) }
        throw root.fail("missing section '\(name)'")
      }
      return TermSet(try Lexicon.terms(node))
    }

    /// A mapping of short forms or misspellings to what they stand for.
    func pairs(_ name: String) throws -> [(String, String)] {
      guard let node = entries.first(where: { $0.key == name })?.value else { return [] }
      return try node.mapping().map { ($0.key, try $0.value.string()) }
    }
  }

  init(_ root: RuleNode) throws {
    let sections = Sections(root: root, entries: try root.mapping(allowed: Lexicon.sections))
    let section = sections.terms
    var abbreviations: [String: (short: String, words: [Word])] = [:]
    for (short, expansion) in try sections.pairs("abbreviations") {
      abbreviations[VietnameseText.foldKey(short)] = (short, VietnameseText.words(expansion))
    }
    self.abbreviations = abbreviations
    abbreviationHashes = FoldHashSet(abbreviations.keys.map(TermSet.foldHash))
    self.corrections = TermSet(
      try sections.pairs("corrections").map { wrong, right in
        Term(id: right, name: right, terms: [wrong])
      })
    concepts = try section("concepts")
    scopes = try section("scopes")
    platforms = try section("platforms")
    otherPlatforms = try section("other_platforms")
    provinces = try section("provinces")
    bodies = try section("bodies")
    countries = try section("countries")
    names = try section("names")
    units = try section("units")
    scales = try section("scales")
    counted = try section("counted")
    qualifiers = try section("qualifiers")
    changes = try section("changes")
    departures = try section("departures")
    shares = try section("shares")
    measures = try section("measures")
    topics = try section("topics")
    sequence = try section("sequence")
    stopwords = try section("stopwords")
    scopeMarkers = try section("scope_markers")
    followUps = try section("follow_ups")
    anaphors = try section("anaphors")
    operations = try section("operations")
    answerTypes = try section("answer_types")
    questionWords = try section("question_words")
    surnames = try section("surnames")
    honorifics = try section("honorifics")
    organisationHeads = try section("organisation_heads")
    numberWords = try section("number_words")
    timeUnits = try section("time_units")
    currencies = try section("currencies")
    documentTypes = try section("document_types")
    respectively = try section("respectively")
    synonyms = try section("synonyms")
    rankMarkers = try section("rank_markers")
    comparisons = try section("comparisons")
    pluralMarkers = try section("plural_markers")
    confirmations = try section("confirmations")
    perDay = try section("per_day")
    placeMarkers = try section("place_markers")
    // Extraction's words: keep last, for merging.
    ordinalWords = try section("ordinal_words")
    reportCues = try section("report_cues")
    extractionCues = ReportCues(
      reportCues, numberWords: numberWords, ordinalWords: ordinalWords, stopwords: stopwords)
  }

  /// Reads a list of terms: `- {id, name, terms, value}`; a bare string is a term named by itself.
  static func terms(_ node: RuleNode) throws -> [Term] {
    var seen: Set<String> = []
    return try node.sequence().map { item in
      let term: Term
      if case .scalar = item.node {
        let name = try item.string()
        term = Term(id: name, name: name, terms: [])
      } else {
        let fields = try item.mapping(allowed: ["id", "name", "terms", "value"])
        let name = try item.required("name").string()
        term = Term(
          id: try fields.first { $0.key == "id" }?.value.string() ?? name,
          name: name,
          terms: try fields.first { $0.key == "terms" }?.value.strings() ?? [],
          value: try fields.first { $0.key == "value" }?.value.double())
      }
      guard seen.insert(term.id).inserted else { throw item.fail("duplicate id '\(term.id)'") }
      return term
    }
  }

  /// The words of `text` as the matcher sees them: corrected, abbreviations expanded.
  ///
  /// A function of the lexicon's own, so that passing it on copies no extractor.
  func words(_ text: String) -> [Word] {
    expand(VietnameseText.words(text))
  }

  /// Rewrites words for matching: corrections applied, abbreviations expanded.
  public func expand(_ words: [Word]) -> [Word] {
    expand(words, hashes: words.map(\.foldHash))
  }

  /// ``expand(_:)`` with the words' ``TermSet/foldHash(_:)`` given.
  func expand(_ words: [Word], hashes: [UInt64]) -> [Word] {
    let fixes = corrections.matches(in: words, hashes: hashes)
    // Most texts have neither a typo the lexicon corrects nor an abbreviation.
    if fixes.isEmpty && !hashes.contains(where: abbreviationHashes.contains) { return words }
    var corrected: [Word] = []
    var index = 0
    var fixAt: [Int: TermMatch] = [:]
    for fix in fixes { fixAt[fix.range.lowerBound] = fix }
    while index < words.count {
      if let fix = fixAt[index] {
        corrected += VietnameseText.words(fix.term.name)
        index = fix.range.upperBound
        continue
      }
      let word = words[index]
      if abbreviationHashes.contains(hashes[index]), let abbreviation = abbreviations[word.fold] {
        corrected += abbreviation.words
      } else {
        corrected.append(word)
      }
      index += 1
    }
    return corrected
  }
}
