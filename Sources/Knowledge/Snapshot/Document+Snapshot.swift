// Documents and the facts extracted from them in a snapshot.

extension Day: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self.init(year: try reader.read(), month: try reader.read(), day: try reader.read())
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(year)
    writer.write(month)
    writer.write(day)
  }
}

extension Period: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    switch try reader.readUnsigned() {
    case 0: self = .month(year: try reader.read(), month: try reader.read())
    case 1: self = .quarter(year: try reader.read(), quarter: try reader.read())
    case 2: self = .year(try reader.read())
    case 3: self = .firstMonths(year: try reader.read(), months: try reader.read())
    case 4: self = .asOf(try reader.read())
    case 5: self = .current(try reader.read())
    case 6: self = .range(try reader.read(), try reader.read())
    default: throw SnapshotReader.corrupt("unknown period")
    }
  }

  func write(to writer: inout SnapshotWriter) {
    switch self {
    case .month(let year, let month): writer.write(tag: 0, year, month)
    case .quarter(let year, let quarter): writer.write(tag: 1, year, quarter)
    case .year(let year): writer.write(tag: 2, year)
    case .firstMonths(let year, let months): writer.write(tag: 3, year, months)
    case .asOf(let day): writer.write(tag: 4, day)
    case .current(let day): writer.write(tag: 5, day)
    case .range(let first, let last): writer.write(tag: 6, first, last)
    }
  }
}

/// An enumeration written by its raw value.
protocol RawSnapshotCodable: SnapshotCodable, RawRepresentable where RawValue == String {}

extension RawSnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    guard let value = Self(rawValue: try reader.readString()) else {
      throw SnapshotReader.corrupt("unknown case")
    }
    self = value
  }

  func write(to writer: inout SnapshotWriter) { writer.write(string: rawValue) }
}

extension Paragraph.Kind: RawSnapshotCodable {}
extension Fact.Kind: RawSnapshotCodable {}
extension Statistic.Measure: RawSnapshotCodable {}

extension Sentence: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    text = try reader.read()
    clauses = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(text)
    writer.write(clauses)
  }
}

extension Paragraph: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    number = try reader.read()
    text = try reader.read()
    kind = try reader.read()
    sentences = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(number)
    writer.write(text)
    writer.write(kind)
    writer.write(sentences)
  }
}

extension Document: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    id = try reader.read()
    title = try reader.read()
    published = try reader.read()
    publishedText = try reader.read()
    paragraphs = try reader.read()
    warnings = try reader.read()
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(title)
    writer.write(published)
    writer.write(publishedText)
    writer.write(paragraphs)
    writer.write(warnings)
  }
}

extension Statistic: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    self.init(
      fields: Fields(
        subject: try reader.read(),
        concept: try reader.read(),
        valueText: try reader.read(),
        value: try reader.read(),
        unit: try reader.read(),
        scale: try reader.read(),
        qualifier: try reader.read(),
        scope: try reader.read(),
        period: try reader.read(),
        measure: try reader.read(),
        direction: try reader.read(),
        base: try reader.read(),
        equivalent: try reader.read(),
        note: try reader.read(),
        total: try reader.read(),
        target: try reader.read(),
        from: try reader.read(),
        items: try reader.read(),
        inTitle: try reader.read()))
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(self.subject)
    writer.write(self.concept)
    writer.write(self.valueText)
    writer.write(self.value)
    writer.write(self.unit)
    writer.write(self.scale)
    writer.write(self.qualifier)
    writer.write(self.scope)
    writer.write(self.period)
    writer.write(self.measure)
    writer.write(self.direction)
    writer.write(self.base)
    writer.write(self.equivalent)
    writer.write(self.note)
    writer.write(self.total)
    writer.write(self.target)
    writer.write(self.from)
    writer.write(self.items)
    writer.write(self.inTitle)
  }
}

extension Fact: SnapshotCodable {
  init(from reader: inout SnapshotReader) throws(KnowledgeError) {
    // Arguments are evaluated in order: the parts are read as they were written.
    self.init(
      id: try reader.read(), kind: try reader.read(), document: try reader.read(),
      documentTitle: try reader.read(), published: try reader.read(), paragraph: try reader.read(),
      quote: try reader.read(), statistic: try reader.read(), fields: try reader.read(),
      items: try reader.read(),
      topics: try reader.read())
  }

  func write(to writer: inout SnapshotWriter) {
    writer.write(id)
    writer.write(kind)
    writer.write(document)
    writer.write(documentTitle)
    writer.write(published)
    writer.write(paragraph)
    writer.write(quote)
    writer.write(statistic)
    writer.write(fields)
    writer.write(items)
    writer.write(topics)
  }
}
