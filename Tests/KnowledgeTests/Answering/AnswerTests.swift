// The expected figures below (50,4%, 43,09%, 50,6%, 14,540 tỷ USD, ...) were read from the seed
// text by the test author; the library extracts them by rules and knows none of them. A test
// failing here means the rules no longer find what the report says.

import Foundation
import Knowledge
import Testing

/// Answers through the whole knowledge base: figures, periods, sources, declines and the JSON row.
@Suite struct AnswerTests {
  static let knowledge = Fixtures.knowledge
  static let seedTitle =
    "Phiên họp lần thứ hai Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"

  /// The fact behind an answer's fact id.
  static func fact(_ id: String) -> Fact? { knowledge.facts.first { $0.id == id } }

  // MARK: - The national rate

  static let nationalRate =
    "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính của cả nước tháng 4 đạt bao nhiêu?"

  @Test func nationalRateGivesTheFigureAndItsPeriod() {
    let answer = Self.knowledge.answer(Self.nationalRate)
    #expect(answer.answered)
    #expect(answer.intent == "statistic")
    #expect(answer.body.contains("50,4%"))
    #expect(answer.body.contains("tháng 4/2025"))
    #expect(answer.slots["concept"] == "online-service-rate")
    #expect(answer.slots["period"] == "2025-04")
    #expect(answer.confidence > 0 && answer.confidence <= 1)
  }

  @Test func nationalRateCitesTheSentenceWithTheFigure() throws {
    let answer = Self.knowledge.answer(Self.nationalRate)
    let source = try #require(answer.sources.first { $0.quote.contains("50,4%") })
    #expect(source.document == Self.seedTitle)
    // Paragraph 5 is the seed's seventh line: the first after the title and the date.
    #expect(source.paragraph == 5)
    #expect(source.quote.hasPrefix("Theo báo cáo của Bộ Khoa học và Công nghệ"))
    #expect(source.quote.hasSuffix("tháng 4 đạt 50,4%."))
    // The source is shown after the answer itself.
    #expect(answer.text.hasPrefix(answer.body))
    #expect(answer.text.contains(source.quote))
  }

  @Test func nationalRateMentionsTheMinistriesAndLocalitiesAsRelated() throws {
    let answer = Self.knowledge.answer(Self.nationalRate)
    let main = try #require(answer.body.range(of: "50,4%"))
    let ministries = try #require(answer.body.range(of: "43,09%"))
    let localities = try #require(answer.body.range(of: "50,6%"))
    #expect(main.lowerBound < ministries.lowerBound)
    #expect(main.lowerBound < localities.lowerBound)
    let scopes = answer.facts.compactMap { Self.fact($0)?.statistic?.scope }
    #expect(scopes == ["national", "ministries", "localities"])
    #expect(
      answer.facts.compactMap { Self.fact($0)?.statistic?.valueText } == ["50,4", "43,09", "50,6"])
  }

  @Test func ministriesQuestionHasTheMinistriesFigureFirst() throws {
    let answer = Self.knowledge.answer(
      "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC của các Bộ, ngành đạt trung bình bao nhiêu?"
    )
    #expect(answer.answered)
    #expect(answer.slots["scope"] == "ministries")
    let first = try #require(answer.facts.first.flatMap(Self.fact))
    #expect(first.statistic?.valueText == "43,09")
    #expect(first.statistic?.scope == "ministries")
    let figures = answer.body.matches(of: /\d+(,\d+)?%/).map { String(answer.body[$0.range]) }
    #expect(figures.first == "43,09%")
    #expect(answer.sources.first?.quote.contains("43,09%") == true)
  }

  // MARK: - Declining, with the nearest figure

  @Test func aMonthTheReportHasNoFigureForIsDeclinedWithTheNearest() throws {
    let answer = Self.knowledge.answer(
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 3 là bao nhiêu?")
    #expect(answer.answered == false)
    #expect(answer.slots["period"] == "2025-03")
    // The question gives no year, so neither does the answer: any year's March would do.
    #expect(answer.body.contains("cho tháng 3."))
    #expect(answer.body.contains("50,4%"))
    #expect(answer.body.contains("tháng 4/2025"))
    let offered = try #require(answer.facts.first.flatMap(Self.fact))
    #expect(offered.statistic?.valueText == "50,4")
    #expect(offered.statistic?.period == .month(year: 2025, month: 4))
  }

  @Test func aProvinceIsDeclinedWithTheLocalitiesAverage() {
    let answer = Self.knowledge.answer(
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của Đà Nẵng là bao nhiêu?")
    #expect(answer.answered == false)
    #expect(answer.intent == "statistic")
    #expect(answer.body.contains("Đà Nẵng"))
    #expect(answer.body.contains("50,6%"))
    #expect(!answer.body.contains("43,09%"))
    #expect(!answer.facts.isEmpty)
    #expect(answer.facts.allSatisfy { Self.fact($0)?.statistic?.scope == "localities" })
  }

  @Test func anUnlistedPlatformIsDeclinedWithTheListedOnes() {
    let answer = Self.knowledge.answer("Sendo chiếm bao nhiêu phần trăm thị phần?")
    #expect(answer.answered == false)
    #expect(answer.intent == "statistic")
    #expect(answer.body.contains("Sendo"))
    #expect(answer.body.contains("66,7%"))
    let scopes = Set(answer.facts.compactMap { Self.fact($0)?.statistic?.scope })
    #expect(scopes == ["shopee", "tiktok-shop", "lazada", "tiki"])
  }

  // MARK: - Figures across the report

  @Test func itExportsCarryTheirUSDEquivalentAsWritten() {
    let answer = Self.knowledge.answer(
      "Giá trị xuất khẩu sản phẩm công nghiệp công nghệ thông tin là bao nhiêu?")
    #expect(answer.answered)
    #expect(answer.body.contains("373.242 tỷ đồng"))
    #expect(answer.body.contains("14,540 tỷ USD"))
    #expect(answer.sources.first?.paragraph == 8)
  }

  @Test(arguments: [
    ("Đã cấp bao nhiêu chứng thư chữ ký số?", "17.175.876", 9),
    ("Cổng Dịch vụ công quốc gia đã cung cấp bao nhiêu dịch vụ công trực tuyến?", "3.525", 6),
    ("Doanh số thương mại điện tử ba tháng đầu năm 2025 là bao nhiêu?", "101.400 tỷ đồng", 7),
    ("Sản lượng tiêu thụ trên thương mại điện tử quý I/2025?", "950,7 triệu sản phẩm", 7),
    ("Doanh thu công nghiệp công nghệ thông tin ước đạt bao nhiêu?", "423.378 tỷ đồng", 8),
    ("Lazada đến cuối năm ngoái chiếm bao nhiêu thị phần?", "5,5%", 7),
  ])
  func answersFiguresFromTheRightParagraph(_ question: String, _ figure: String, _ paragraph: Int) {
    let answer = Self.knowledge.answer(question)
    #expect(answer.answered)
    #expect(answer.body.contains(figure))
    #expect(answer.sources.first?.paragraph == paragraph)
  }

  @Test func aStockIsLabelledWithItsDay() {
    let answer = Self.knowledge.answer("Đã cấp bao nhiêu chứng thư chữ ký số?")
    #expect(answer.body.contains("12/5/2025"))
  }

  @Test func lazadaShareIsLabelledWithTheEndOfLastYear() {
    let answer = Self.knowledge.answer("Lazada đến cuối năm ngoái chiếm bao nhiêu thị phần?")
    #expect(answer.body.contains("cuối năm 2024"))
    #expect(answer.slots["period"] == "as-of 2024-12-31")
  }

  // MARK: - Other intents

  @Test func chairAnswerNamesThePrimeMinisterAndCitesTheFirstParagraph() {
    let answer = Self.knowledge.answer("Ai chủ trì phiên họp?")
    #expect(answer.answered)
    #expect(answer.intent == "event")
    #expect(answer.rule == "event.chair")
    #expect(answer.body.contains("Phạm Minh Chính"))
    #expect(answer.sources.map(\.paragraph) == [1])
  }

  @Test func abbreviationAnswerGivesTheExpansion() {
    let answer = Self.knowledge.answer("TTHC là gì?")
    #expect(answer.answered)
    #expect(answer.intent == "definition")
    #expect(answer.body.contains("thủ tục hành chính"))
    #expect(answer.facts.isEmpty)
  }

  @Test func backgroundDefinitionsSayTheyAreNotFromTheReport() {
    let answer = Self.knowledge.answer("Đề án 06 là gì?")
    #expect(answer.answered)
    #expect(answer.body.contains("06/QĐ-TTg"))
    #expect(answer.body.contains("không có trong báo cáo"))
    #expect(answer.sources.isEmpty)
  }

  @Test func directiveOnATopicQuotesThatDirective() {
    let answer = Self.knowledge.answer("Thủ tướng chỉ đạo gì về trí tuệ nhân tạo?")
    #expect(answer.answered)
    #expect(answer.slots["topic"] == "ai")
    #expect(answer.body.contains("trí tuệ nhân tạo để hỗ trợ người dân"))
    #expect(answer.facts.allSatisfy { Self.fact($0)?.topics.contains("ai") == true })
  }

  // MARK: - Out of scope

  @Test(arguments: [
    "thủ đô của Pháp là gì", "Giá vàng hôm nay bao nhiêu?", "Ai vô địch World Cup 2022?",
  ])
  func outOfScopeQuestionsAreDeclined(_ question: String) {
    let answer = Self.knowledge.answer(question)
    #expect(answer.intent == "out_of_scope")
    #expect(answer.answered == false)
    #expect(answer.confidence == 0)
    #expect(answer.facts.isEmpty)
    #expect(answer.sources.isEmpty)
    #expect(answer.question == question)
  }

  // MARK: - The JSON row

  @Test func jsonRowHasTheContractKeys() throws {
    let answer = Self.knowledge.answer(Self.nationalRate)
    let data = try JSONEncoder().encode(answer)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let required: Set = [
      "question", "answered", "answer", "intent", "confidence", "slots", "facts", "sources",
    ]
    #expect(required.isSubset(of: Set(object.keys)))
    #expect(
      Set(object.keys).subtracting(required).subtracting(["rule", "id"]).isEmpty,
      "extra keys: \(object.keys.sorted())")
    #expect(object["question"] as? String == Self.nationalRate)
    #expect(object["answered"] as? Bool == true)
    #expect(object["answer"] as? String == answer.text)
    #expect(object["intent"] as? String == "statistic")
    #expect((object["slots"] as? [String: String])?["period"] == "2025-04")
    #expect(object["facts"] as? [String] == answer.facts)
    let sources = try #require(object["sources"] as? [[String: Any]])
    #expect(sources.count == answer.sources.count)
    #expect(sources.first.map { Set($0.keys) } == ["document", "paragraph", "quote"])
    #expect(sources.first?["paragraph"] as? Int == 5)
  }

  @Test func declinedAnswerEncodesAnsweredFalse() throws {
    let data = try JSONEncoder().encode(Self.knowledge.answer("thủ đô của Pháp là gì"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["answered"] as? Bool == false)
    #expect(object["intent"] as? String == "out_of_scope")
    #expect((object["facts"] as? [Any])?.isEmpty == true)
  }

  // MARK: - Every answer stands on real facts

  /// The dev set's questions plus a few declines: answers of every intent.
  static let questions: [String] = {
    let url = Fixtures.corpus.appendingPathComponent("eval/dev.jsonl")
    let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n")
    let dev = lines.compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["question"]
        as? String
    }
    return dev + [
      nationalRate, "Sendo chiếm bao nhiêu?", "Tỷ lệ của Đà Nẵng?", "thủ đô của Pháp là gì",
    ]
  }()

  @Test func theDevSetIsRead() {
    #expect(Self.questions.count >= 200)
  }

  @Test func everyFactOfAnAnswerExistsAndEverySourceQuotesItsParagraph() {
    let ids = Set(Self.knowledge.facts.map(\.id))
    for question in Self.questions {
      let answer = Self.knowledge.answer(question)
      let unknown = answer.facts.filter { !ids.contains($0) }
      #expect(unknown.isEmpty, "“\(question)” states unknown facts \(unknown)")
      for source in answer.sources {
        let paragraph = Self.knowledge.documents.first { $0.title == source.document }?.paragraphs
          .first { $0.number == source.paragraph }
        #expect(
          paragraph?.text.contains(source.quote) == true,
          "“\(question)” quotes “\(source.quote)” as paragraph \(source.paragraph), which does not hold it"
        )
      }
      #expect(answer.question == question)
      if answer.intent == "out_of_scope" { #expect(!answer.answered) }
    }
  }
}

/// A question that narrows a figure with words another concept has (`toàn trình`, which tells the
/// full-process rates apart) asks for a figure the report does not give: it is declined, with the
/// figure the report does give beside it, labelled as not the one asked.
@Suite struct NarrowerFigureTests {
  @Test func aQualifierOfAnotherConceptIsDeclinedWithTheNearestFigure() {
    let answer = Fixtures.knowledge.answer(
      "Cổng DVCQG có bao nhiêu dịch vụ công trực tuyến toàn trình?")
    #expect(!answer.answered, "\(answer.body)")
    #expect(answer.slots["concept"] == "portal-services")
    #expect(answer.slots["qualifier"] == "toàn trình")
    #expect(answer.body.contains("3.525"), "the nearest figure: \(answer.body)")
    #expect(answer.body.contains("không phải số được hỏi"))
  }

  /// Another concept's phrase that only asks (`chiếm bao nhiêu phần trăm`, `bao nhiêu tiền`) or
  /// that is the concept's own words narrows nothing.
  @Test(arguments: [
    "Cổng DVCQG có bao nhiêu dịch vụ công trực tuyến?",
    "Ở địa phương, hồ sơ làm online toàn trình chiếm bao nhiêu phần trăm tổng hồ sơ?",
    "Ngành công nghiệp CNTT thu về bao nhiêu tiền?",
    "Cả nước có bao nhiêu phần trăm thủ tục hành chính đã cung cấp được trực tuyến toàn trình?",
  ])
  func askingWordsOfAnotherConceptNarrowNothing(_ question: String) {
    let answer = Fixtures.knowledge.answer(question)
    #expect(answer.answered, "\(answer.body)")
    #expect(answer.slots["qualifier"] == nil)
  }
}
