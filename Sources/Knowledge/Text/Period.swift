/// A calendar day.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The year, month (1–12) and day of month.
  public var year: Int, month: Int, day: Int

  /// Creates a day.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// A day before any report, for sorting undated ones last.
  public static let distantPast = Day(year: 0, month: 1, day: 1)

  /// The day written the Vietnamese way: `17/5/2025`.
  public var description: String { "\(day)/\(month)/\(year)" }

  /// The day as an ISO 8601 date: `2025-05-17`.
  public var iso: String {
    "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }

  /// Whether `lhs` comes before `rhs` in the calendar.
  public static func < (lhs: Day, rhs: Day) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

/// The time a figure refers to: a flow over a period, or a stock at a day.
public enum Period: Sendable, Hashable {
  /// A calendar month.
  case month(year: Int, month: Int)
  /// A quarter, 1–4 (`quý I/2025`, `ba tháng đầu năm 2025`).
  case quarter(year: Int, quarter: Int)
  /// A whole year.
  case year(Int)
  /// The first months of a year together (`6 tháng đầu năm 2025`); three are ``quarter(year:quarter:)``.
  case firstMonths(year: Int, months: Int)
  /// A stock as of a day (`tính đến ngày 12/5/2025`, `đến cuối năm 2024`).
  case asOf(Day)
  /// A stock "đến nay": as of the report, whose date is given.
  case current(Day)
  /// A flow between two days (`từ 01/7/2025 đến 07/01/2026`).
  case range(Day, Day)

  /// A stable code for data files and slots: `2025-04`, `2025-Q1`, `2024`, `2025-M1-6`,
  /// `as-of 2025-05-12`, `current 2025-05-18`.
  public var code: String {
    switch self {
    case .month(let year, let month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
    case .quarter(let year, let quarter): return "\(year)-Q\(quarter)"
    case .year(let year): return "\(year)"
    case .firstMonths(let year, let months): return "\(year)-M1-\(months)"
    case .asOf(let day): return "as-of \(day.iso)"
    case .current(let day): return "current \(day.iso)"
    case .range(let first, let last): return "range \(first.iso) \(last.iso)"
    }
  }

  /// The period in Vietnamese: `tháng 4/2025`, `quý I/2025`, `năm 2024`, `tính đến 12/5/2025`.
  ///
  /// The wording stays here, not in the lexicon: answers and summaries name periods where no
  /// lexicon is at hand, and the Text layer sits below the rules.
  public var vietnamese: String {
    switch self {
    case .month(let year, let month): return "tháng \(month)/\(year)"
    case .quarter(let year, let quarter): return "quý \(Period.roman(quarter))/\(year)"
    case .year(let year): return "năm \(year)"
    case .firstMonths(let year, let months): return "\(months) tháng đầu năm \(year)"
    case .asOf(let day) where day.month == 12 && day.day == 31: return "cuối năm \(day.year)"
    case .asOf(let day): return "tính đến \(day)"
    case .current(let day): return "đến thời điểm báo cáo (\(day))"
    case .range(let first, let last): return "từ \(first) đến \(last)"
    }
  }

  /// The year the period falls in.
  public var year: Int {
    switch self {
    case .month(let year, _), .quarter(let year, _), .year(let year), .firstMonths(let year, _):
      return year
    case .asOf(let day), .current(let day): return day.year
    case .range(_, let last): return last.year
    }
  }

  static func roman(_ number: Int) -> String {
    ["0", "I", "II", "III", "IV"][max(0, min(number, 4))]
  }

  /// Reads a Roman numeral from I to IV, or a digit from 1 to 4.
  static func quarterNumber(_ text: String) -> Int? {
    switch text.lowercased() {
    case "i", "1": return 1
    case "ii", "2": return 2
    case "iii", "3": return 3
    case "iv", "4": return 4
    default: return nil
    }
  }
}
