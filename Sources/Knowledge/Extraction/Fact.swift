/// Something the report states, extracted from one of its sentences.
///
/// A value whose fields are kept together in one shared, immutable storage: copying a fact (into
/// the indices, through the responder's filters over thousands of figures with many reports
/// loaded) is one reference count, not a copy of its fourteen strings, lists and tables.
public struct Fact: Sendable, Hashable, Identifiable {
  /// What kind of statement it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    case statistic, event, organisation
    case legalReference = "legal_reference"
    case directive
  }

  private final class Storage: Sendable {
    let id: String
    let kind: Kind
    let document: String
    let documentTitle: String
    let published: Day?
    let paragraph: Int
    let quote: String
    let statistic: Statistic?
    let fields: [String: String]
    let items: [String]
    let topics: [String]

    init(
      id: String, kind: Kind, document: String, documentTitle: String, published: Day?,
      paragraph: Int,
      quote: String, statistic: Statistic?, fields: [String: String], items: [String],
      topics: [String]
    ) {
      self.id = id
      self.kind = kind
      self.document = document
      self.documentTitle = documentTitle
      self.published = published
      self.paragraph = paragraph
      self.quote = quote
      self.statistic = statistic
      self.fields = fields
      self.items = items
      self.topics = topics
    }
  }

  private let storage: Storage

  /// Makes a fact from its parts.
  public init(
    id: String, kind: Kind, document: String, documentTitle: String, published: Day?,
    paragraph: Int,
    quote: String, statistic: Statistic?, fields: [String: String], items: [String],
    topics: [String]
  ) {
    storage = Storage(
      id: id, kind: kind, document: document, documentTitle: documentTitle, published: published,
      paragraph: paragraph, quote: quote, statistic: statistic, fields: fields, items: items,
      topics: topics)
  }

  /// A stable identifier: document id, paragraph and position (`000_fadd476ff727cb34#p4.1`).
  public var id: String { storage.id }
  /// What kind of statement it is.
  public var kind: Kind { storage.kind }
  /// The document's id (its file name without extension).
  public var document: String { storage.document }
  /// The document's title.
  public var documentTitle: String { storage.documentTitle }
  /// The document's publication day.
  public var published: Day? { storage.published }
  /// The paragraph number the fact comes from.
  public var paragraph: Int { storage.paragraph }
  /// The sentence quoted as its source, as written.
  public var quote: String { storage.quote }
  /// The figure, for statistics.
  public var statistic: Statistic? { storage.statistic }
  /// Named parts of the statement (an event's `date`, `place`, `chair`; a reference's `number`).
  public var fields: [String: String] { storage.fields }
  /// A list the statement gives (attendees, merged bodies, decisions).
  public var items: [String] { storage.items }
  /// Directive topics (lexicon topic ids).
  public var topics: [String] { storage.topics }

  /// The source to cite for this fact.
  public var source: Source { Source(document: documentTitle, paragraph: paragraph, quote: quote) }

  /// Whether two facts say the same: every part equal (the same storage, most often).
  public static func == (left: Fact, right: Fact) -> Bool {
    let (a, b) = (left.storage, right.storage)
    return a === b
      || (a.id == b.id && a.kind == b.kind && a.document == b.document
        && a.documentTitle == b.documentTitle
        && a.published == b.published && a.paragraph == b.paragraph && a.quote == b.quote
        && a.statistic == b.statistic && a.fields == b.fields && a.items == b.items
        && a.topics == b.topics)
  }

  /// Hashes the id alone: equal facts have equal ids, and hashing the rest would cost more.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage.id)
  }
}

/// A figure with what it measures, where, when, and how.
@dynamicMemberLookup
public struct Statistic: Sendable, Hashable {
  /// What kind of figure it is.
  public enum Measure: String, Sendable, Hashable, Codable, CaseIterable {
    /// The level of a quantity (a rate, an amount, a count).
    case level
    /// A share of a whole, for one member (a platform's market share).
    case share
    /// A change against the same period a year earlier.
    case changeSamePeriod = "change-same-period"
    /// A change against the previous month.
    case changePreviousMonth = "change-previous-month"
    /// A count of things that left (shops that stopped selling).
    case departures = "left"
    /// A place in a ranking (`dẫn đầu` is 1, `top 18 thế giới` is 18).
    case rank
    /// A count of listed things (`12 địa phương ... gồm A, B, C`).
    case count

    /// Whether it is a change.
    public var isChange: Bool { self == .changeSamePeriod || self == .changePreviousMonth }
  }

  /// The figure's fields, held by ``Storage`` and read and written as the figure's own
  /// (`statistic.subject`), through ``subscript(dynamicMember:)``.
  public struct Fields: Sendable, Hashable {
    /// What it measures, as written in the text.
    public var subject: String
    /// The lexicon concept the subject is linked to.
    public var concept: String?
    /// The value as written (`50,4`, `17.175.876`).
    public var valueText: String
    /// The value as written, as a number (`950,7` → 950.7).
    public var value: Double
    /// The unit as written, scale included (`%`, `tỷ đồng`, `triệu sản phẩm`).
    public var unit: String
    /// The multiplier of the scale word (10⁹ for `tỷ`), 1 when there is none.
    public var scale: Double
    /// The qualifier as written (`trung bình`, `hơn`, `ước đạt`, `khoảng`).
    public var qualifier: String?
    /// The scope id (`national`, `ministries`, `localities`, or a platform id).
    public var scope: String
    /// The period or day it refers to.
    public var period: Period?
    /// What kind of figure it is.
    public var measure: Measure
    /// For changes: +1 for a rise, -1 for a fall.
    public var direction: Int
    /// For changes and departures: the comparison base as written (`cùng kỳ năm 2024`).
    public var base: String?
    /// The same quantity in another unit, as written (`14,540 tỷ USD`).
    public var equivalent: String?
    /// What the paragraph says about where its figures come from, as written
    /// (`số liệu chỉ thống kê trên 4 sàn Shopee, Lazada, Tiki, Tiktok Shop`).
    public var note: String?
    /// For a fraction (`2.690/3.085 thủ tục`) or a rank out of many (`thứ 71/193`): the whole.
    public var total: String?
    /// The target given beside the figure (`63,47% (mục tiêu 70%)`), as written.
    public var target: String?
    /// Where a change started (`từ 24,1% lên 32,5%`), as written.
    public var from: String?
    /// The things a count lists (`12 địa phương ... gồm A, B, C`).
    public var items: [String] = []
    /// Whether the figure comes from the document's title.
    public var inTitle: Bool = false
  }

  /// The fields, shared by the figure's copies: answering reads a few fields of hundreds of
  /// figures, and a copy is then one reference counted instead of a dozen strings.
  ///
  /// A figure that changes a field (only extraction does, and seldom) gets storage of its own.
  private final class Storage: Sendable {
    let fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  private var storage: Storage

  init(fields: Fields) {
    storage = Storage(fields)
  }

  init(
    subject: String,
    concept: String?,
    valueText: String,
    value: Double,
    unit: String,
    scale: Double,
    qualifier: String?,
    scope: String,
    period: Period?,
    measure: Measure,
    direction: Int,
    base: String?,
    equivalent: String?,
    note: String?,
    total: String?,
    target: String?,
    from: String?,
    items: [String] = [],
    inTitle: Bool = false
  ) {
    self.init(
      fields: Fields(
        subject: subject,
        concept: concept,
        valueText: valueText,
        value: value,
        unit: unit,
        scale: scale,
        qualifier: qualifier,
        scope: scope,
        period: period,
        measure: measure,
        direction: direction,
        base: base,
        equivalent: equivalent,
        note: note,
        total: total,
        target: target,
        from: from,
        items: items,
        inTitle: inTitle))
  }

  /// A field of the figure (`statistic.subject`); setting one gives the figure storage of its
  /// own.
  public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
    get { storage.fields[keyPath: field] }
    set {
      var fields = storage.fields
      fields[keyPath: field] = newValue
      storage = Storage(fields)
    }
  }

  /// Figures are equal when their fields are, whether or not they share their storage.
  public static func == (lhs: Statistic, rhs: Statistic) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  /// Hashes the fields, as `==` compares them.
  public func hash(into hasher: inout Hasher) {
    storage.fields.hash(into: &hasher)
  }

  /// The value with its scale applied (`950,7 triệu` → 950 700 000).
  public var amount: Double { self.value * self.scale }
}
