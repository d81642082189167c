// The operands below (51,82% and 14,58%, 66,7% and 26,9%, 101.400 tỷ đồng and +42,29%, ...) were
// read from the seed text by the test author, and the results worked out by hand; the library
// extracts the figures by rules and computes the rest. No answer is written in the rule data.

import Foundation
import Knowledge
import Testing

/// Computed answers: each shows its working and its operands' sources, and nothing is computed
/// across figures that cannot be compared.
@Suite struct ComputationTests {
  static let knowledge = Fixtures.knowledge

  @Test func ratesAreSubtractedInPercentagePoints() {
    let answer = Self.knowledge.answer(
      "Tỷ lệ hồ sơ trực tuyến toàn trình của bộ ngành cao hơn địa phương bao nhiêu?")
    #expect(answer.answered)
    #expect(answer.body.contains("51,82% − 14,58% = 37,24 điểm phần trăm"), "\(answer.body)")
    #expect(answer.computed == ["37,24 điểm phần trăm"])
    #expect(
      answer.slots["operation"] == "compare", "`cao hơn ... bao nhiêu`: a comparison, with the gap")
    // Both operands are quoted.
    #expect(answer.sources.contains { $0.quote.contains("51,82%") && $0.quote.contains("14,58%") })
  }

  @Test func aRatioSaysHowManyTimes() {
    let answer = Self.knowledge.answer("Thị phần Shopee gấp mấy lần TikTok Shop?")
    #expect(answer.answered)
    #expect(answer.body.contains("66,7% : 26,9% ≈ 2,48"), "\(answer.body)")
    #expect(answer.slots["operation"] == "ratio")
  }

  @Test func aSumAddsTheNamedFigures() {
    let answer = Self.knowledge.answer("Tổng thị phần của Shopee và TikTok Shop là bao nhiêu?")
    #expect(answer.body.contains("66,7% + 26,9% = 93,6%"), "\(answer.body)")
  }

  @Test func figuresOfDifferentPeriodsAreNotCompared() {
    let answer = Self.knowledge.answer("Thị phần Shopee cao hơn Lazada bao nhiêu?")
    #expect(!answer.answered)
    #expect(answer.body.contains("hai kỳ khác nhau"), "\(answer.body)")
    #expect(answer.body.contains("quý I/2025") && answer.body.contains("cuối năm 2024"))
    #expect(answer.computed.isEmpty)
  }

  @Test func figuresOfDifferentConceptsAndPeriodsAreNotCompared() {
    let answer = Self.knowledge.answer("Doanh thu CNTT chênh lệch bao nhiêu so với doanh số TMĐT?")
    #expect(!answer.answered)
    #expect(answer.body.contains("hai kỳ khác nhau"), "\(answer.body)")
  }

  @Test func twoConceptsOfTheSamePeriodAndUnitAreCompared() {
    let answer = Self.knowledge.answer("Doanh thu CNTT gấp mấy lần xuất khẩu?")
    #expect(answer.answered)
    // 423.378 : 373.242 = 1,134...
    #expect(answer.body.contains("≈ 1,13"), "\(answer.body)")
  }

  @Test func theLargestIsRankedAmongFiguresOfOnePeriod() {
    let answer = Self.knowledge.answer("Sàn nào chiếm thị phần lớn nhất?")
    #expect(answer.answered)
    #expect(answer.body.contains("cao nhất là Shopee (66,7%)"), "\(answer.body)")
    // Lazada's and Tiki's shares are for the end of 2024: named, not ranked.
    #expect(answer.body.contains("Không xếp cùng"))
    #expect(answer.body.contains("Lazada: 5,5%, cuối năm 2024"))
  }

  @Test func theSmallestOfTheNamedScopes() {
    let answer = Self.knowledge.answer(
      "Tỷ lệ DVC toàn trình nào thấp nhất, bộ ngành hay địa phương?")
    #expect(answer.body.contains("thấp nhất là các bộ, ngành (43,09%)"), "\(answer.body)")
    #expect(!answer.body.contains("50,4%"), "the national rate was not asked")
  }

  @Test func aSortedList() {
    let answer = Self.knowledge.answer("Xếp hạng thị phần các sàn")
    #expect(answer.body.contains("1. Shopee: 66,7%; 2. TikTok Shop: 26,9%"), "\(answer.body)")
  }

  @Test func thePeriodAGrowthRateComparesWithIsEstimated() {
    let answer = Self.knowledge.answer("Doanh số TMĐT quý I/2024 là bao nhiêu?")
    #expect(answer.answered)
    // 101.400 / 1,4229 = 71.262,9
    #expect(answer.body.contains("Ước tính"))
    #expect(answer.body.contains("101.400 tỷ đồng : 1,4229 ≈ 71.263 tỷ đồng"), "\(answer.body)")
    #expect(answer.slots["estimate"] == "derived")
    #expect(answer.slots["period"] == "2024-Q1")
  }

  @Test func thePreviousMonthFromAMonthlyGrowthRate() {
    let answer = Self.knowledge.answer("Doanh thu công nghiệp CNTT tháng 3/2025 là bao nhiêu?")
    // 423.378 / 1,04 = 407.094,2
    #expect(answer.body.contains("≈ 407.094 tỷ đồng"), "\(answer.body)")
  }

  @Test func theCountBeforeAFallIsEstimatedTwoWays() {
    let answer = Self.knowledge.answer("Số nhà bán cùng kỳ năm trước là bao nhiêu?")
    #expect(answer.answered)
    // 472,5 / 0,9255 = 510,5; and 472,5 nghìn + 38.000 = 510,5 nghìn.
    #expect(answer.body.contains("472,5 nghìn shop : 0,9255 ≈ 510,5 nghìn shop"), "\(answer.body)")
    #expect(answer.body.contains("38.000 shop đã rời đi ≈ 510,5 nghìn shop"))
  }

  @Test func aChangeAgainstTheLastYearIsNotAnEstimate() {
    let answer = Self.knowledge.answer("Doanh thu CNTT tăng bao nhiêu so với năm trước?")
    #expect(answer.body.contains("44,41%"), "\(answer.body)")
    #expect(!answer.body.contains("Ước tính"))
  }

  @Test func theExchangeRateTheExportFigureImplies() {
    let answer = Self.knowledge.answer("Tỷ giá USD trong báo cáo là bao nhiêu?")
    #expect(answer.answered)
    // 373.242 tỷ đồng / 14,540 tỷ USD = 25.670 đồng/USD
    #expect(answer.body.contains("≈ 25.670 đồng/USD"), "\(answer.body)")
    #expect(answer.body.contains("không phải tỷ giá chính thức"))
  }

  @Test func aFigureInDongConvertedAtTheImpliedRate() {
    let answer = Self.knowledge.answer("Doanh thu CNTT bằng bao nhiêu USD?")
    // 423.378 tỷ đồng / 25.670 đồng/USD = 16,493 tỷ USD, as precise as the report's 14,540 tỷ USD
    #expect(answer.body.contains("≈ 16,493 tỷ USD"), "\(answer.body)")
    #expect(answer.body.contains("Quy đổi ước tính"))
  }

  @Test func anAmountInDollarsTheQuestionGivesIsConverted() {
    let answer = Self.knowledge.answer(
      "10 tỷ USD tương đương bao nhiêu tỷ đồng theo tỷ giá trong báo cáo?")
    // 10 tỷ × 25.670 đồng/USD
    #expect(answer.body.contains("10 tỷ USD ≈ 256.700 tỷ đồng"), "\(answer.body)")
  }

  @Test func anotherCurrencyIsDeclined() {
    let answer = Self.knowledge.answer("Doanh thu CNTT tháng 4 bằng bao nhiêu euro?")
    #expect(!answer.answered)
    #expect(answer.rule == "out_of_scope.currency")
  }

  @Test func theGainInTheFiguresUnitFromItsGrowthRate() {
    let answer = Self.knowledge.answer(
      "Doanh số TMĐT quý I tăng thêm bao nhiêu tỷ đồng so với cùng kỳ?")
    // 101.400 − 101.400 / 1,4229 = 30.137
    #expect(
      answer.body.contains("101.400 tỷ đồng − 71.263 tỷ đồng ≈ 30.137 tỷ đồng"), "\(answer.body)")
    // The report states the shops that left: that is answered, not estimated.
    #expect(!Self.knowledge.answer("Số nhà bán giảm bao nhiêu shop?").body.contains("Ước tính"))
  }

  @Test func changesAreComparedWhenTheQuestionAsksHowFastThingsGrew() {
    let answer = Self.knowledge.answer(
      "Doanh số TMĐT tăng nhanh hơn sản lượng tiêu thụ bao nhiêu điểm phần trăm?")
    // 42,29% − 24%, both against quý I/2024
    #expect(answer.body.contains("42,29% − 24% = 18,29 điểm phần trăm"), "\(answer.body)")
  }

  @Test func theConceptsThatFitEquallyAreRankedForOneScope() {
    let answer = Self.knowledge.answer(
      "Trong các tỷ lệ toàn trình của cả nước, tỷ lệ nào thấp nhất?")
    #expect(
      answer.body.contains("thấp nhất là Tỷ lệ hồ sơ trực tuyến toàn trình"), "\(answer.body)")
    #expect(answer.body.contains("39,46%"))
  }

  @Test func oneScopeIsComparedWithTheCountry() {
    let answer = Self.knowledge.answer(
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của địa phương cao hơn bao nhiêu?")
    // 50,6% (localities) against 50,4% (the country)
    #expect(answer.body.contains("50,6% − 50,4% = 0,2 điểm phần trăm"), "\(answer.body)")
  }

  @Test func todaysRateIsNotInTheReport() {
    #expect(!Self.knowledge.answer("ty gia usd hom nay").answered)
  }

  @Test func anUnaccentedWordThatIsNotAnOperationDoesNotCompute() {
    // `cong` is `công` here, not `cộng` (to add).
    let answer = Self.knowledge.answer(
      "thang 4 co bao nhieu ho so nop qua cong dich vu cong quoc gia")
    #expect(answer.answered)
    #expect(answer.slots["operation"] == nil)
    #expect(answer.body.contains("1,6 triệu"))
  }
}

/// Two figures asked together are both answered, and nothing is computed from them.
@Suite struct TwoFiguresTests {
  @Test func twoConceptsJoinedByAndAreBothAnswered() {
    let answer = Fixtures.knowledge.answer(
      "Tình hình công nghiệp CNTT: doanh thu và xuất khẩu đạt bao nhiêu?")
    #expect(answer.answered)
    #expect(
      answer.body.contains("423.378 tỷ đồng") && answer.body.contains("373.242 tỷ đồng"),
      "\(answer.body)")
    #expect(answer.computed.isEmpty)
    #expect(answer.slots["concept"] == "it-revenue,it-exports")
  }
}

/// A difference asked in words that are not side by side.
@Suite struct ComparedApartTests {
  @Test func twoScopesWithHonBetweenAndTheQuestionWordAfter() {
    let answer = Fixtures.knowledge.answer(
      "Tỷ lệ DVC trực tuyến toàn trình của cả nước hơn bộ ngành mấy điểm?")
    // 50,4% − 43,09%
    #expect(answer.body.contains("50,4% − 43,09% = 7,31 điểm phần trăm"), "\(answer.body)")
  }
}
