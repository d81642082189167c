// The knowledge base as a snapshot: what costs the most to make (the rule data read from YAML, the
// facts extracted, the words of the vocabulary and subjects) is written; the hash tables over it
// are made again on reading, which is quick.

extension KnowledgeBase {
  /// The knowledge base in the snapshot format, for ``init(snapshot:)``.
  ///
  /// The `EmbedCorpus` build plugin writes the built-in knowledge base this way, so that start-up
  /// reads it instead of parsing the rule data and extracting the seed's facts again.
  public func snapshot() -> [UInt8] {
    var writer = SnapshotWriter()
    writer.write(self)
    return writer.finished()
  }

  /// Reads a knowledge base written by ``snapshot()``, in place from the string's UTF-8 bytes.
  ///
  /// - Throws: ``KnowledgeError`` when the snapshot is not one ``snapshot()`` wrote.
  public init(snapshot: String) throws {
    var text = snapshot
    self = try text.withUTF8 { bytes throws(KnowledgeError) in
      var reader = try SnapshotReader(bytes)
      let knowledge = try KnowledgeBase(from: &reader)
      guard reader.isAtEnd else {
        throw SnapshotReader.corrupt("bytes left after the knowledge base")
      }
      return knowledge
    }
  }
}

extension KnowledgeBase: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    documents = try reader.read()
    corpus = try reader.read()
    facts = try reader.read()
    vocabulary = Vocabulary(try reader.read([String].self))
    subjects = try reader.read()
    completer = try reader.read()
    readings = Readings(alike: try reader.read())
    reference = try reader.read()
    loadWarnings = try reader.read()
    matcher = Matcher(rules: corpus.rules)
    index = FactIndex(facts)
    passages = PassageIndex(documents: documents, lexicon: corpus.lexicon)
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(documents)
    writer.write(corpus)
    writer.write(facts)
    writer.write(vocabulary.words.sorted())
    writer.write(subjects)
    writer.write(completer)
    writer.write(readings.alike)
    writer.write(reference)
    writer.write(loadWarnings)
  }
}

extension SubjectIndex: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    var entries: [Entry] = []
    for _ in 0..<(try reader.readCount()) {
      entries.append(Entry(facts: try reader.read(), words: try reader.read()))
    }
    self.init(entries: entries, stopwords: try reader.read())
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(unsigned: UInt64(entries.count))
    for entry in entries {
      writer.write(entry.facts)
      writer.write(entry.words)
    }
    writer.write(stopwords)
  }
}

extension Completer: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    var entries: [Entry] = []
    for _ in 0..<(try reader.readCount()) {
      entries.append(Entry(text: try reader.readString(), folds: try reader.read()))
    }
    self.init(entries: entries)
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(unsigned: UInt64(entries.count))
    for entry in entries {
      writer.write(string: entry.text)
      writer.write(entry.folds)
    }
  }
}
