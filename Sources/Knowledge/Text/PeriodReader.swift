/// A period found in a word sequence.
public struct PeriodMention: Sendable, Hashable {
  /// The period meant.
  public let period: Period
  /// The words it covers.
  public let range: Range<Int>
  /// Whether it is the base of a comparison (`so với cùng kỳ năm 2024`), not the period of a figure.
  public let isComparison: Bool
  /// Whether the text says the year (`tháng 4/2025`, `năm ngoái`), rather than leaving it to the
  /// reference day (`tháng 4`).
  public var yearGiven = true
}

/// Finds periods and days in words: `tháng 4`, `tháng 3/2025`, `quý I/2025`,
/// `ba tháng đầu năm 2025`, `năm 2024`, `cuối năm ngoái`, `tính đến ngày 12/5/2025`, `đến nay`.
public enum PeriodReader {
  /// Words a period may start with (or lean on); digits with `/` or `.` are days.
  static let triggers: Set<String> = [
    "thang", "quy", "cuoi", "dau", "nua", "nam", "den", "hien", "tu",
  ]
  /// The triggers' ``TermSet/foldHash(_:)``: most words are told apart from them by it.
  static let triggerHashes = FoldHashSet(triggers.map(TermSet.foldHash))
  /// The hash of `thang`, which may follow a number (`6 tháng đầu năm`).
  static let monthHash = TermSet.foldHash("thang")

  /// Number words a period may use (`tháng tư`, `ba tháng đầu năm`), with the month names
  /// `giêng` and `chạp`, by fold key.
  ///
  /// Like the period words above, they stay in the Text layer: questions are read for periods
  /// where no lexicon is passed. The extractor's other number words are the lexicon's
  /// `number_words` and `ordinal_words`.
  static let numberWords: [String: Int] = [
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10, "gieng": 1, "chap": 12,
  ]

  /// The day of `17/5/2025` or `17/5` (the year taken from `reference`).
  public static func day(_ text: String, reference: Day) -> Day? {
    // Split on the separators' bytes, which are ASCII.
    let parts = text.utf8.split(whereSeparator: {
      $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
    })
    .map { Int(Substring($0)) }
    guard parts.count == 2 || parts.count == 3, let day = parts[0], let month = parts[1],
      (1...31).contains(day), (1...12).contains(month)
    else { return nil }
    let year = parts.count == 3 ? parts[2] : reference.year
    guard let year, year > 1900, year < 2200 else { return nil }
    return Day(year: year, month: month, day: day)
  }

  /// The dates of `words` no calendar has, as written: a month after `tháng` outside 1 to 12
  /// (`tháng 13`, `tháng 0/2025`), a quarter after `quý` over 4 (`quý 5`), and a day that its
  /// month lacks (`ngày 32/5/2025`, `30/2/2025`), after `ngày` or with its year.
  public static func impossibleDates(in words: [Word]) -> [String] {
    var found: [String] = []
    for (index, word) in words.enumerated() where word.isNumber {
      let before = index > 0 ? words[index - 1].fold : ""
      let parts = word.text.utf8.split(separator: UInt8(ascii: "/")).map { Int(Substring($0)) }
      guard parts.allSatisfy({ $0 != nil }), let first = parts.first ?? nil else { continue }
      let written = index > 0 ? words[index - 1].text + " " + word.text : word.text
      switch (before, parts.count) {
      // `11 tháng 2024` is eleven months of 2024, not a month numbered 2024.
      case ("thang", 1...2)
      where !(1...12).contains(first)
        && !(parts.count == 1 && first > 1900 && index > 1
          && PeriodReader.smallNumber(words[index - 2]) != nil):
        found.append(written)
      case ("quy", 1...2) where !(1...4).contains(first):
        found.append(written)
      case (_, 2...3) where before == "ngay" || parts.count == 3:
        let month = parts[1] ?? 0
        let year = parts.count == 3 ? parts[2] ?? 0 : 2024
        guard parts.count == 2 || year > 1900 && year < 2200 else { continue }
        if !(1...12).contains(month) || !(1...Self.days(inMonth: month, of: year)).contains(first) {
          found.append(written)
        }
      default:
        continue
      }
    }
    return found
  }

  /// How many days a month has (February of a leap year 29).
  static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func year(_ word: Word?) -> Int? {
    // Four bytes: a text `Int` reads is ASCII, one byte a character.
    guard let word, word.text.utf8.count == 4, let value = Int(word.text), value > 1900,
      value < 2200
    else { return nil }
    return value
  }

  static func smallNumber(_ word: Word?) -> Int? {
    guard let word else { return nil }
    return Int(word.text) ?? numberWords[word.fold]
  }

  /// Whether a word's last `/`-separated part is four digits (`2025`, `4/2025`): a word has no
  /// sign, so these are what `Int` reads in four characters.
  static func endsWithYear(_ text: String) -> Bool {
    let last = text.utf8.split(separator: UInt8(ascii: "/")).last
    return last.map {
      $0.count == 4 && $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    } ?? false
  }

  /// Whether a word has the `/` or `.` of a day (`12/5/2025`, `24.9`), told from its bytes in one pass.
  static func mayBeDay(_ text: String) -> Bool {
    // Words keep a `/` or `.` only between digits: a word that does not start with one has none.
    guard let first = text.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else {
      return false
    }
    return text.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }
  }

  /// Every period in `words`; `reference` supplies the year when the text leaves it out.
  public static func periods(in words: [Word], reference: Day) -> [PeriodMention] {
    var scanner = PeriodScanner(words: words, reference: reference)
    var found: [PeriodMention] = []
    while scanner.index < words.count {
      // A period starts at a trigger, a day (`12/5/2025`) or a number before `tháng`: any other
      // word is passed over on its hash and bytes, without comparing its key with each case.
      let index = scanner.index
      if !triggerHashes.contains(words[index].foldHash), !mayBeDay(words[index].text),
        !(index + 1 < words.count && words[index + 1].foldHash == monthHash)
      {
        scanner.index += 1
        continue
      }
      if let (period, length) = scanner.period(), length > 0 {
        found.append(scanner.mention(of: period, length: length))
        scanner.index += length
      } else {
        scanner.index += 1
      }
    }
    return found
  }
}

/// Reads the period starting at one word of a sequence, for ``PeriodReader/periods(in:reference:)``.
private struct PeriodScanner {
  let words: [Word]
  let reference: Day
  /// The word the period would start at.
  var index = 0

  init(words: [Word], reference: Day) {
    self.words = words
    self.reference = reference
  }

  func word(_ offset: Int) -> Word? {
    index + offset < words.count ? words[index + offset] : nil
  }

  func fold(_ offset: Int) -> String { word(offset)?.fold ?? "" }

  /// A trailing year: `2025` or `năm 2025`; returns the year and the words it takes.
  func trailingYear(_ offset: Int) -> (Int, Int)? {
    if let year = PeriodReader.year(word(offset)) { return (year, 1) }
    if fold(offset) == "nam", let year = PeriodReader.year(word(offset + 1)) { return (year, 2) }
    return nil
  }

  /// The year after `đầu năm`: `2025`, `năm 2025`, `nay`, or none said (the reference year).
  func yearOfBeginning(_ offset: Int) -> (year: Int, taken: Int) {
    if let found = trailingYear(offset) { return found }
    return (reference.year, fold(offset) == "nay" ? 1 : 0)
  }

  /// The period starting at ``index`` and how many words it takes, if one does.
  func period() -> (Period, Int)? {
    switch fold(0) {
    case "thang": return month()
    case "quy": return quarter()
    case "nua" where fold(1) == "dau" && fold(2) == "nam":
      // `nửa đầu năm (2025)`: the first six months.
      let (year, taken) = yearOfBeginning(3)
      return (.firstMonths(year: year, months: 6), 3 + taken)
    case "dau" where fold(1) == "nam":
      // `đầu năm (nay|2025)`: the first quarter, the figure such reports give for it.
      let (year, taken) = yearOfBeginning(2)
      return (.quarter(year: year, quarter: 1), 2 + taken)
    case "cuoi" where fold(1) == "nam": return endOfYear()
    case "nam": return year()
    case "tu" where fold(1) == "dau" && fold(2) == "nam": return sinceYearStart()
    case "tu" where index + 3 < words.count && fold(2) == "den": return range()
    case "den" where fold(1) == "nay", "hien" where fold(1) == "nay" || fold(1) == "tai":
      return (.current(reference), 2)
    default: return firstMonthsOrDay()
    }
  }

  /// `tháng 3/2025`, `tháng 4 (năm 2025)`, `tháng tư`.
  private func month() -> (Period, Int)? {
    if let text = word(1)?.text, text.contains(ascii: "/"),
      case let parts = text.utf8.split(separator: UInt8(ascii: "/")), parts.count >= 2,
      let month = Int(Substring(parts[0])), let year = Int(Substring(parts[1])),
      (1...12).contains(month)
    {
      return (.month(year: year, month: month), 2)
    }
    guard let month = PeriodReader.smallNumber(word(1)), (1...12).contains(month),
      !(fold(2) == "dau" && fold(3) == "nam")
    else { return nil }
    guard let (year, taken) = trailingYear(2) else {
      return (.month(year: reference.year, month: month), 2)
    }
    return (.month(year: year, month: month), 2 + taken)
  }

  /// `quý I/2025`, `quý 2 năm 2025`, `quý IV năm ngoái`.
  private func quarter() -> (Period, Int)? {
    guard let quarter = word(1).flatMap({ Period.quarterNumber($0.text) }) else { return nil }
    if let (year, taken) = trailingYear(2) {
      return (.quarter(year: year, quarter: quarter), 2 + taken)
    }
    if fold(2) == "nam" && fold(3) == "ngoai" {
      return (.quarter(year: reference.year - 1, quarter: quarter), 4)
    }
    return (.quarter(year: reference.year, quarter: quarter), 2)
  }

  /// `cuối năm (ngoái|trước|nay|2024)`: a stock at the year's last day.
  private func endOfYear() -> (Period, Int)? {
    var length = 2
    var year = reference.year
    if fold(2) == "ngoai" || fold(2) == "truoc" {
      year -= 1
      length = 3
    } else if fold(2) == "nay" {
      length = 3
    } else if let value = PeriodReader.year(word(2)) {
      year = value
      length = 3
    }
    return (.asOf(Day(year: year, month: 12, day: 31)), length)
  }

  /// `năm 2024`, `năm ngoái`, `năm trước`, `năm nay`.
  private func year() -> (Period, Int)? {
    if let year = PeriodReader.year(word(1)) { return (.year(year), 2) }
    if fold(1) == "ngoai" || fold(1) == "truoc" { return (.year(reference.year - 1), 2) }
    if fold(1) == "nay" { return (.year(reference.year), 2) }
    return nil
  }

  /// `từ đầu năm (2024) đến (hết) tháng 11(/2024)`: the first eleven months, as `11 tháng đầu năm`.
  private func sinceYearStart() -> (Period, Int)? {
    var (year, taken) = yearOfBeginning(3)
    var next = 3 + taken
    guard fold(next) == "den" else { return nil }
    next += 1
    if fold(next) == "het" || fold(next) == "cuoi" { next += 1 }
    guard fold(next) == "thang", let text = word(next + 1)?.text else { return nil }
    let parts = text.split(separator: "/")
    guard let first = parts.first, let month = Int(first), (1...12).contains(month) else {
      return nil
    }
    if parts.count == 2, let written = Int(parts[1]) { year = written }
    if month == 3 { return (.quarter(year: year, quarter: 1), next + 2) }
    return (.firstMonths(year: year, months: month), next + 2)
  }

  /// `từ 01/7/2025 đến 07/01/2026`.
  private func range() -> (Period, Int)? {
    guard let first = PeriodReader.day(words[index + 1].text, reference: reference),
      let last = PeriodReader.day(words[index + 3].text, reference: reference),
      words[index + 1].text.contains(ascii: "/"), words[index + 3].text.contains(ascii: "/")
    else { return nil }
    return (.range(first, last), 4)
  }

  /// `6 tháng đầu năm (2025)` or `11 tháng (năm) 2024` (three are the first quarter), or a day
  /// after `(tính) đến (ngày)`.
  private func firstMonthsOrDay() -> (Period, Int)? {
    // `thang` first: most words are not followed by it, and need no number read.
    if fold(1) == "thang", let count = PeriodReader.smallNumber(word(0)) {
      let found: (year: Int, taken: Int)?
      if fold(2) == "dau" && fold(3) == "nam" {
        let (year, taken) = yearOfBeginning(4)
        found = (year, 2 + taken)
      } else if let year = trailingYear(2) {
        // `11 tháng năm 2024` is eleven months, not `tháng năm` (May): a year must follow,
        found = year
      } else {
        // or the words of a running total before (`lũy kế 11 tháng`), the report's year.
        found = runningTotal > 0 ? (reference.year, 0) : nil
      }
      guard let (year, taken) = found else { return nil }
      if count == 3 { return (.quarter(year: year, quarter: 1), 2 + taken) }
      if (1...12).contains(count) { return (.firstMonths(year: year, months: count), 2 + taken) }
      return nil
    }
    let start = index
    if (start > 0 && words[start - 1].fold == "den")
      || (start > 1 && words[start - 1].fold == "ngay" && words[start - 2].fold == "den"),
      let text = word(0)?.text, PeriodReader.mayBeDay(text),
      let day = PeriodReader.day(text, reference: reference)
    {
      // A day is the period of a figure only as a stock: `(tính) đến (ngày) 12/5/2025`.
      return (.asOf(day), 1)
    }
    return nil
  }

  /// The words, folded, that say a running total from the year's start before a number of months
  /// (`lũy kế 11 tháng`, `sau 11 tháng`, `tính chung 9 tháng`).
  static let runningTotals: [[String]] = [
    ["luy", "ke"], ["cong", "don"], ["tinh", "chung"], ["sau"], ["qua"],
  ]

  /// How many words before ``index`` say a running total from the year's start (`lũy kế`, `sau`):
  /// the months after them are the first of the year.
  var runningTotal: Int {
    Self.runningTotals.first { lead in
      index >= lead.count
        && zip(words[(index - lead.count)..<index], lead).allSatisfy { $0.fold == $1 }
    }?.count ?? 0
  }

  /// The mention of `period`, taking `length` words from ``index`` and the `(tính đến) ngày` or
  /// `lũy kế` before them; after `so với` or `cùng kỳ`, the base of a comparison.
  func mention(of period: Period, length: Int) -> PeriodMention {
    let start = index
    var first = start
    if case .firstMonths = period { first -= runningTotal }
    if first > 0, words[first - 1].fold == "ngay" { first -= 1 }
    if first > 1, words[first - 2].fold == "tinh", words[first - 1].fold == "den" { first -= 2 }
    // The keys of the words before, joined, end so.
    let comparison =
      first >= 2
      && (words[first - 1].fold == "voi" && words[first - 2].fold.hasSuffix("so")
        || words[first - 1].fold == "ki" && words[first - 2].fold.hasSuffix("cung"))
    var mention = PeriodMention(
      period: period, range: first..<(start + length), isComparison: comparison)
    mention.yearGiven = words[start..<(start + length)].contains { word in
      word.fold == "ngoai" || word.fold == "nay" || word.fold == "truoc"
        || PeriodReader.endsWithYear(word.text)
    }
    return mention
  }
}
