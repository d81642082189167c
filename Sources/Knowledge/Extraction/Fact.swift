/// Something the report states, extracted from one of its sentences.
public struct Fact: Sendable, Hashable, Identifiable {
  /// What kind of statement it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    case statistic, event, organisation
    case legalReference = "legal_reference"
    case directive
  }

  /// A stable identifier: document id, paragraph and position (`000_fadd476ff727cb34#p4.1`).
  public let id: String
  /// What kind of statement it is.
  public let kind: Kind
  /// The document's id (its file name without extension).
  public let document: String
  /// The document's title.
  public let documentTitle: String
  /// The document's publication day.
  public let published: Day?
  /// The paragraph number the fact comes from.
  public let paragraph: Int
  /// The sentence quoted as its source, as written.
  public let quote: String
  /// The figure, for statistics.
  public let statistic: Statistic?
  /// Named parts of the statement (an event's `date`, `place`, `chair`; a reference's `number`).
  public let fields: [String: String]
  /// A list the statement gives (attendees, merged bodies, decisions).
  public let items: [String]
  /// Directive topics (lexicon topic ids).
  public let topics: [String]

  /// The source to cite for this fact.
  public var source: Source { Source(document: documentTitle, paragraph: paragraph, quote: quote) }
}

/// A figure with what it measures, where, when, and how.
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
  public var inTitle = false

  /// The value with its scale applied (`950,7 triệu` → 950 700 000).
  public var amount: Double { value * scale }
}
