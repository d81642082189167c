import Knowledge
import Testing

/// Periods in text: months, quarters, years, stocks as of a day, and comparison bases.
@Suite struct PeriodReaderTests {
  /// The report's publication day: the year a text leaves out, and "now".
  static let reference = Day(year: 2025, month: 5, day: 18)

  static func periods(_ text: String) -> [PeriodMention] {
    PeriodReader.periods(in: VietnameseText.words(text), reference: reference)
  }

  @Test(arguments: [
    ("tháng 4", "2025-04"),
    ("tỷ lệ của cả nước tháng 4 đạt 50,4%", "2025-04"),
    ("tháng 3/2025", "2025-03"),
    ("tháng 3 năm 2024", "2024-03"),
    ("tháng tư", "2025-04"),
    ("thang 4", "2025-04"),
    ("quý I/2025", "2025-Q1"),
    ("quý 1", "2025-Q1"),
    ("quy I/2025", "2025-Q1"),
    ("quý II năm 2024", "2024-Q2"),
    ("quý IV năm ngoái", "2024-Q4"),
    ("ba tháng đầu năm 2025", "2025-Q1"),
    ("3 tháng đầu năm nay", "2025-Q1"),
    ("năm 2024", "2024"),
    ("năm ngoái", "2024"),
    ("cuối năm ngoái", "as-of 2024-12-31"),
    ("cuoi nam ngoai", "as-of 2024-12-31"),
    ("đến cuối năm 2024", "as-of 2024-12-31"),
    ("tính đến ngày 12/5/2025", "as-of 2025-05-12"),
    ("đến 12/5", "as-of 2025-05-12"),
    ("đến nay", "current 2025-05-18"),
    ("hiện nay", "current 2025-05-18"),
  ])
  func readsOnePeriod(_ text: String, _ code: String) {
    let found = Self.periods(text)
    #expect(found.map(\.period.code) == [code])
    #expect(found.first?.isComparison == false)
  }

  @Test(arguments: [
    ("tăng 42,29% so với cùng kỳ năm 2024", "2024"),
    ("tăng trưởng 4% so với tháng 3/2025", "2025-03"),
    ("tăng 24% so với quý I/2024", "2024-Q1"),
    ("so voi cung ky nam 2024", "2024"),
  ])
  func marksTheBaseOfAComparison(_ text: String, _ code: String) {
    let found = Self.periods(text)
    #expect(found.map(\.period.code) == [code])
    #expect(found.first?.isComparison == true)
  }

  @Test func tellsTheFigurePeriodFromTheComparisonBaseInOneSentence() {
    let found = Self.periods(
      "Doanh thu tháng 4 tăng 4% so với tháng 3/2025 và 44,41% so với cùng kỳ năm 2024")
    #expect(found.map(\.period.code) == ["2025-04", "2025-03", "2024"])
    #expect(found.map(\.isComparison) == [false, true, true])
  }

  @Test(arguments: [
    "ngày 9/1/2025", "Nghị quyết số 03/NQ-CP ngày 9/1/2025", "Ngày 17/5, tại Hà Nội", "phiên họp",
  ])
  func aPlainDayOrNoTimeIsNotAPeriod(_ text: String) {
    #expect(Self.periods(text).isEmpty)
  }

  @Test func asOfCoversTheWordsThatIntroduceIt() {
    let found = Self.periods("tổng số chứng thư tính đến ngày 12/5/2025 là 17.175.876")
    let words = VietnameseText.words("tổng số chứng thư tính đến ngày 12/5/2025 là 17.175.876")
    #expect(found.count == 1)
    #expect(
      found.first.map { words[$0.range].map(\.text) } == ["tính", "đến", "ngày", "12/5/2025"])
  }

  @Test(arguments: [
    ("4 tháng đầu năm 2025", "2025-M1-4"), ("6 tháng đầu năm nay", "2025-M1-6"),
    ("sáu tháng đầu năm 2024", "2024-M1-6"),
    // Eleven months with their year, not `tháng năm` (May) or a month numbered 2024.
    ("11 tháng năm 2024", "2024-M1-11"), ("11 thang 2024", "2024-M1-11"),
    // A running total from the year's start, in the report's year when none is given.
    ("lũy kế 11 tháng", "2025-M1-11"), ("từ đầu năm đến hết tháng 11", "2025-M1-11"),
    ("tính từ đầu năm 2024 đến tháng 10", "2024-M1-10"),
    ("sau 11 tháng", "2025-M1-11"), ("tính chung 9 tháng", "2025-M1-9"),
    ("qua 10 tháng", "2025-M1-10"),
  ])
  func firstMonthsOtherThanThreeAreNotAQuarter(_ text: String, _ code: String) {
    // `4 tháng đầu năm` is January to April together: neither quý I nor tháng 4.
    #expect(Self.periods(text).map(\.period.code) == [code])
  }

  @Test(arguments: [
    ("17/5/2025", Day(year: 2025, month: 5, day: 17)),
    ("17/5", Day(year: 2025, month: 5, day: 17)),
    ("9.1.2025", Day(year: 2025, month: 1, day: 9)),
    ("24-9-2024", Day(year: 2024, month: 9, day: 24)),
  ])
  func readsDaysDayFirst(_ text: String, _ day: Day) {
    #expect(PeriodReader.day(text, reference: Self.reference) == day)
  }

  @Test(arguments: ["32/1/2025", "9/13/2025", "1/4/25", "2025", "ngày"])
  func rejectsImpossibleDays(_ text: String) {
    #expect(PeriodReader.day(text, reference: Self.reference) == nil)
  }

  @Test(arguments: [
    (Period.month(year: 2025, month: 4), "2025-04", "tháng 4/2025"),
    (Period.quarter(year: 2025, quarter: 1), "2025-Q1", "quý I/2025"),
    (Period.year(2024), "2024", "năm 2024"),
    (Period.firstMonths(year: 2025, months: 4), "2025-M1-4", "4 tháng đầu năm 2025"),
    (Period.asOf(Day(year: 2024, month: 12, day: 31)), "as-of 2024-12-31", "cuối năm 2024"),
    (Period.asOf(Day(year: 2025, month: 5, day: 12)), "as-of 2025-05-12", "tính đến 12/5/2025"),
  ])
  func periodsHaveACodeAndAVietnameseName(_ period: Period, _ code: String, _ vietnamese: String) {
    #expect(period.code == code)
    #expect(period.vietnamese == vietnamese)
  }
}
