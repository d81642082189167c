// The rule data in a snapshot: words with their keys already computed, terms, rules and templates.

extension Word: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self.init(
      text: try reader.readString(), exact: try reader.readString(), fold: try reader.readString())
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(string: text)
    writer.write(string: exact)
    writer.write(string: fold)
  }
}

extension Term: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    id = try reader.read()
    name = try reader.read()
    phrases = try reader.read()
    value = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(name)
    writer.write(phrases)
    writer.write(value)
  }
}

extension TermSet: SnapshotCodable {
  /// Only the terms are written: the index is made again from them.
  convenience init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self.init(try reader.read([Term].self))
  }

  func write(to writer: inout SnapshotWriter) { writer.write(terms) }
}

extension Cue: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    switch try reader.readUnsigned() {
    case 0: self = .phrase(try reader.read())
    case 1: self = .entity(try reader.read())
    default: throw SnapshotReader.corrupt("unknown cue")
    }
  }

  func write(to writer: inout SnapshotWriter) {
    switch self {
    case .phrase(let words):
      writer.write(unsigned: 0)
      writer.write(words)
    case .entity(let name):
      writer.write(unsigned: 1)
      writer.write(name)
    }
  }
}

extension IntentRule: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    id = try reader.read()
    intent = try reader.read()
    slots = try reader.read()
    require = try reader.read()
    prefer = try reader.read()
    avoid = try reader.read()
    reply = try reader.read()
    declines = try reader.read()
    examples = try reader.read()
    file = try reader.read()
    line = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(intent)
    writer.write(slots)
    writer.write(require)
    writer.write(prefer)
    writer.write(avoid)
    writer.write(reply)
    writer.write(declines)
    writer.write(examples)
    writer.write(file)
    writer.write(line)
  }
}

extension IntentFile: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    intent = try reader.read()
    rules = try reader.read()
    templates = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(intent)
    writer.write(rules)
    writer.write(templates)
  }
}

extension Lexicon: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    var abbreviations: [String: (short: String, words: [Word])] = [:]
    for _ in 0..<(try reader.readCount()) {
      let fold = try reader.readString()
      abbreviations[fold] = (try reader.readString(), try reader.read())
    }
    self.abbreviations = abbreviations
    abbreviationHashes = FoldHashSet(abbreviations.keys.map(TermSet.foldHash))
    corrections = try reader.read()
    concepts = try reader.read()
    scopes = try reader.read()
    platforms = try reader.read()
    otherPlatforms = try reader.read()
    provinces = try reader.read()
    bodies = try reader.read()
    countries = try reader.read()
    names = try reader.read()
    units = try reader.read()
    scales = try reader.read()
    qualifiers = try reader.read()
    changes = try reader.read()
    counted = try reader.read()
    departures = try reader.read()
    shares = try reader.read()
    measures = try reader.read()
    topics = try reader.read()
    sequence = try reader.read()
    stopwords = try reader.read()
    scopeMarkers = try reader.read()
    followUps = try reader.read()
    anaphors = try reader.read()
    operations = try reader.read()
    answerTypes = try reader.read()
    questionWords = try reader.read()
    surnames = try reader.read()
    honorifics = try reader.read()
    organisationHeads = try reader.read()
    numberWords = try reader.read()
    timeUnits = try reader.read()
    pluralMarkers = try reader.read()
    currencies = try reader.read()
    documentTypes = try reader.read()
    respectively = try reader.read()
    synonyms = try reader.read()
    rankMarkers = try reader.read()
    comparisons = try reader.read()
    confirmations = try reader.read()
    perDay = try reader.read()
    placeMarkers = try reader.read()
    // Extraction's words: keep last, for merging.
    ordinalWords = try reader.read()
    reportCues = try reader.read()
    extractionCues = ReportCues(
      reportCues, numberWords: numberWords, ordinalWords: ordinalWords, stopwords: stopwords)
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(unsigned: UInt64(abbreviations.count))
    for fold in abbreviations.keys.sorted() {
      writer.write(string: fold)
      writer.write(string: abbreviations[fold]!.short)
      writer.write(abbreviations[fold]!.words)
    }
    for set in [
      corrections, concepts, scopes, platforms, otherPlatforms, provinces, bodies, countries, names,
      units,
      scales, qualifiers, changes, counted, departures, shares, measures, topics, sequence,
      stopwords,
      scopeMarkers, followUps, anaphors, operations, answerTypes, questionWords, surnames,
      honorifics,
      organisationHeads, numberWords, timeUnits, pluralMarkers, currencies, documentTypes,
      respectively,
      synonyms, rankMarkers, comparisons, confirmations, perDay,
      placeMarkers,
      // Extraction's words: keep last, for merging.
      ordinalWords, reportCues,
    ] {
      writer.write(set)
    }
  }
}

extension Corpus: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    lexicon = try reader.read()
    background = try reader.read()
    backgroundText = try reader.read()
    intents = try reader.read()
    rules = intents.flatMap(\.rules)
    folder = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(lexicon)
    writer.write(background)
    writer.write(backgroundText)
    writer.write(intents)
    writer.write(folder)
  }
}
