import Foundation
import Knowledge
import Testing

/// Which rule a question matches, how robust that is to the way people type, and what the
/// question reader recognises.
@Suite struct MatcherTests {
  static let knowledge = Fixtures.knowledge

  @Test(arguments: [
    ("Ai chủ trì phiên họp?", "event.chair"),
    ("Phiên họp diễn ra ở đâu?", "event.place"),
    ("Phiên họp diễn ra khi nào?", "event.date"),
    ("Những ai tham dự tại điểm cầu Thái Nguyên?", "event.bridge"),
    ("Thủ tướng chỉ đạo gì về trí tuệ nhân tạo?", "directive.topic"),
    ("Thủ tướng chỉ đạo những gì?", "directive.all"),
    ("TTHC là gì?", "definition.abbreviation"),
    ("Đề án 06 là gì?", "definition.term"),
    ("Nghị quyết 03/NQ-CP ban hành ngày nào?", "legal.cited"),
    ("Ban Chỉ đạo được hợp nhất từ những cơ quan nào?", "organisation.merger"),
    (
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 4 là bao nhiêu?",
      "statistic.value"
    ),
    ("Đã cấp bao nhiêu chứng thư chữ ký số?", "statistic.value"),
    ("Shopee chiếm bao nhiêu?", "statistic.platform"),
    ("Xin chào", "greeting"),
    ("Cảm ơn bạn", "thanks"),
  ])
  func matchesTheExpectedRule(_ question: String, _ ruleID: String) {
    let interpretation = Self.knowledge.interpret(question)
    #expect(interpretation.rule?.id == ruleID)
    #expect(interpretation.intent == interpretation.rule?.intent)
    #expect(interpretation.confidence > 0 && interpretation.confidence <= 1)
  }

  @Test(arguments: [
    "thủ đô của Pháp là gì", "Giá vàng hôm nay bao nhiêu?", "Ai vô địch World Cup 2022?", "", "???",
  ])
  func questionsOutsideTheReportMatchNoRule(_ question: String) {
    let interpretation = Self.knowledge.interpret(question)
    #expect(interpretation.rule == nil, "matched \(interpretation.rule?.id ?? "")")
    #expect(interpretation.intent == "out_of_scope")
    #expect(interpretation.confidence == 0)
  }

  @Test(arguments: [
    ("Ai chủ trì phiên họp?", "event.chair"),
    ("Thủ tướng chỉ đạo gì về trí tuệ nhân tạo?", "directive.topic"),
    ("TTHC là gì?", "definition.abbreviation"),
  ])
  func intentIsTheRuleIntent(_ question: String, _ ruleID: String) throws {
    let rule = try #require(Self.knowledge.corpus.rules.first { $0.id == ruleID })
    #expect(Self.knowledge.interpret(question).intent == rule.intent)
  }

  /// Every example written beside a rule in the corpus, with that rule's id.
  static let corpusExamples: [(example: String, rule: String)] = Fixtures.knowledge.corpus.rules
    .flatMap { rule in
      rule.examples.map { ($0, rule.id) }
    }

  @Test func theCorpusHasExamples() {
    #expect(Self.corpusExamples.count >= 30)
  }

  @Test(arguments: corpusExamples)
  func everyCorpusExampleMatchesItsRule(_ example: String, _ ruleID: String) {
    #expect(Self.knowledge.interpret(example).rule?.id == ruleID)
  }

  // MARK: - The same question typed differently

  /// What the matcher and responder made of a question, to compare variants with the clean one.
  struct Reading: Equatable, CustomStringConvertible {
    let rule: String?
    let slots: [String: String]
    let facts: [String]

    init(_ question: String) {
      let answer = MatcherTests.knowledge.answer(question)
      rule = MatcherTests.knowledge.interpret(question).rule?.id
      slots = answer.slots
      facts = answer.facts
    }

    var description: String { "\(rule ?? "-") \(slots) \(facts)" }
  }

  /// Clean questions with the same question typed without diacritics.
  static let unaccented: [(clean: String, plain: String)] = [
    ("Ai chủ trì phiên họp?", "ai chu tri phien hop?"),
    ("Phiên họp diễn ra ở đâu?", "phien hop dien ra o dau?"),
    ("Thủ tướng chỉ đạo gì về trí tuệ nhân tạo?", "thu tuong chi dao gi ve tri tue nhan tao?"),
    (
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của các địa phương tháng 4 là bao nhiêu?",
      "ty le dich vu cong truc tuyen toan trinh cua cac dia phuong thang 4 la bao nhieu?"
    ),
    ("Shopee chiếm bao nhiêu phần trăm thị phần?", "shopee chiem bao nhieu phan tram thi phan?"),
    (
      "Doanh số thương mại điện tử quý I/2025 tăng bao nhiêu so với cùng kỳ?",
      "doanh so thuong mai dien tu quy I/2025 tang bao nhieu so voi cung ky?"
    ),
    ("Đã cấp bao nhiêu chứng thư chữ ký số?", "da cap bao nhieu chung thu chu ky so?"),
    (
      "Ban Chỉ đạo được hợp nhất từ những cơ quan nào?",
      "ban chi dao duoc hop nhat tu nhung co quan nao?"
    ),
    ("TTHC là gì?", "tthc la gi?"),
  ]

  static let cleanQuestions = unaccented.map(\.clean)

  @Test(arguments: unaccented)
  func unaccentedQuestionReadsLikeTheCleanOne(_ clean: String, _ plain: String) throws {
    let expected = Reading(clean)
    try #require(expected.rule != nil, "the clean question must match a rule")
    #expect(Reading(plain) == expected)
  }

  @Test(arguments: cleanQuestions)
  func uppercaseQuestionReadsLikeTheCleanOne(_ clean: String) {
    #expect(Reading(clean.uppercased()) == Reading(clean))
  }

  @Test(arguments: cleanQuestions)
  func decomposedQuestionReadsLikeTheCleanOne(_ clean: String) {
    let nfd = clean.decomposedStringWithCanonicalMapping
    #expect(Reading(nfd) == Reading(clean))
  }

  @Test(arguments: cleanQuestions)
  func extraSpacesAndPunctuationDoNotMatter(_ clean: String) {
    let noisy =
      "  ... "
      + clean.replacingOccurrences(of: " ", with: "   ").replacingOccurrences(of: "?", with: "")
      + " ??!! "
    #expect(Reading(noisy) == Reading(clean))
  }

  @Test(arguments: [
    ("Shopee chiếm bao nhiêu phần trăm thị phần?", "shoppe chiếm bao nhiêu phần trăm thị phần?"),
    ("Shopee chiếm bao nhiêu phần trăm thị phần?", "Sopee chiem bao nhieu phan tram thi phan"),
    (
      "Lazada đến cuối năm ngoái chiếm bao nhiêu thị phần?",
      "lazda đến cuối năm ngoái chiếm bao nhiêu thị phần?"
    ),
    ("TikTok Shop chiếm bao nhiêu thị phần?", "tiktoc chiếm bao nhiêu thị phần?"),
    (
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của các bộ, ngành là bao nhiêu?",
      "ty le dich vu cong truc tuyen toan trinh cua cac bo, nghanh la bao nhieu?"
    ),
    (
      "Tỷ lệ dịch vụ công trực tuyến toàn trình tháng 4 là bao nhiêu?",
      "tyr le dich vu cong truc tuyen toan trinh thang 4 la bao nhieu?"
    ),
  ])
  func typosReadLikeTheCleanQuestion(_ clean: String, _ typo: String) throws {
    let expected = Reading(clean)
    try #require(expected.rule != nil, "the clean question must match a rule")
    #expect(Reading(typo) == expected)
  }

  // MARK: - What the question reader recognises

  @Test func readsConceptScopeAndPeriodOfAnUnaccentedQuestion() {
    let question = Self.knowledge.read("ty le ho so truc tuyen toan trinh cua cac bo nganh thang 4")
    #expect(question.concepts.first?.term.id == "online-dossier-rate")
    #expect(question.scopes.map(\.term.id) == ["ministries"])
    #expect(question.period?.code == "2025-04")
  }

  @Test func readsAProvinceAndExpandsAnAbbreviation() {
    let question = Self.knowledge.read("Tỷ lệ DVCTT toàn trình của Đà Nẵng")
    #expect(question.concepts.first?.term.id == "online-service-rate")
    #expect(question.places.map(\.term.name) == ["Đà Nẵng"])
    #expect(question.scopes.isEmpty)
    #expect(question.abbreviations.map(\.short) == ["DVCTT"])
    #expect(question.abbreviations.map(\.expansion) == ["dịch vụ công trực tuyến"])
  }

  @Test func abbreviationsAreExpandedInTheNormalisedQuestion() {
    #expect(Self.knowledge.read("TTHC là gì?").normalized == "thủ tục hành chính là gì")
  }

  @Test func readsListedAndUnlistedPlatforms() {
    let listed = Self.knowledge.read("Shopee và TikTok chiếm bao nhiêu thị phần?")
    #expect(listed.platforms.map(\.term.id) == ["shopee", "tiktok-shop"])
    #expect(listed.concepts.first?.term.id == "ecommerce-share")
    #expect(listed.otherPlatforms.isEmpty)
    let unlisted = Self.knowledge.read("Sendo chiếm bao nhiêu thị phần?")
    #expect(unlisted.otherPlatforms.map(\.term.name) == ["Sendo"])
    #expect(unlisted.platforms.isEmpty)
  }

  @Test func theAskedPeriodIsNotTheComparisonBase() {
    let question = Self.knowledge.read(
      "Doanh số TMĐT quý I/2025 tăng bao nhiêu so với cùng kỳ năm 2024?")
    #expect(question.concepts.first?.term.id == "ecommerce-sales")
    #expect(question.periods.map(\.period.code) == ["2025-Q1", "2024"])
    #expect(question.periods.map(\.isComparison) == [false, true])
    #expect(question.period?.code == "2025-Q1")
    #expect(question.measures.map(\.term.id).contains("change-same-period"))
  }

  @Test func nowIsNotAnAskedPeriod() {
    let question = Self.knowledge.read("Đến nay đã cấp bao nhiêu chứng thư chữ ký số?")
    #expect(question.concepts.first?.term.id == "digital-signatures")
    #expect(question.periods.map(\.period.code) == ["current 2025-05-18"])
    #expect(question.period == nil)
  }

  @Test(arguments: [
    ("NQ 57 là gì?", ["57"]),
    ("Nghị quyết số 03/NQ-CP ban hành ngày nào?", ["3"]),
    ("nghị quyết 71 nói gì", ["71"]),
    ("NQ71 ban hành khi nào", ["71"]),
    ("Tỷ lệ tháng 4 là bao nhiêu?", []),
  ])
  func readsCitedDocumentNumbers(_ question: String, _ numbers: [String]) {
    #expect(Self.knowledge.read(question).citations == numbers)
  }

  @Test func exactDiacriticsScoreAboveAFoldOnlyMatch() {
    let exact = Self.knowledge.interpret("Ai chủ trì phiên họp?")
    let folded = Self.knowledge.interpret("ai chu tri phien hop?")
    #expect(exact.rule?.id == folded.rule?.id)
    #expect(exact.score > folded.score)
  }
}
