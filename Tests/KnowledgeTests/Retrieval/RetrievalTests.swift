import Foundation
import Testing

@testable import Knowledge

/// The general path: reports no rule was written for, answered from their own sentences.
///
/// The reports are those of `Tests/Fixtures/reports/`, paraphrased from published pages and
/// loaded beside the seed. No figure below is typed into code or rule data: each comes out of a
/// report's text by retrieval and the candidate rules, and each test says which sentence holds it.
@Suite struct RetrievalTests {
  /// The folder of the reports written apart from the rules.
  static let reports = Fixtures.root.appendingPathComponent(
    "Tests/Fixtures/reports", isDirectory: true)

  /// The seed and every report of ``reports``.
  static let knowledge: KnowledgeBase? = try? KnowledgeBase.load(documents: [reports])

  /// A knowledge base of the seed and one report of ``reports``.
  static func knowledge(with report: String) throws -> KnowledgeBase {
    try KnowledgeBase.load(documents: [reports.appendingPathComponent(report)])
  }

  /// The query a question is read as, against `knowledge`'s passages.
  static func query(_ question: String, in knowledge: KnowledgeBase) -> Query {
    Query(knowledge.read(question), index: knowledge.passages, lexicon: knowledge.corpus.lexicon)
  }

  // MARK: Question analysis

  @Test(arguments: [
    ("Ai là Phó Cục trưởng Cục Thuế?", Query.AnswerType.person),
    ("Hội nghị diễn ra ngày nào?", .date),
    ("Bộ nào công bố số liệu?", .organisation),
    ("Địa phương nào dẫn đầu cả nước?", .place),
    ("Tỷ lệ tham gia bảo hiểm y tế là bao nhiêu?", .share),
    ("Doanh thu tăng bao nhiêu phần trăm?", .change),
    ("Shopee tăng trưởng doanh số bao nhiêu phần trăm?", .change),
    ("Việt Nam đứng thứ mấy?", .rank),
    ("Viettel đạt mốc sớm hơn kế hoạch bao lâu?", .duration),
    ("Tổng số tiền đã nộp là bao nhiêu?", .money),
    ("Có bao nhiêu trạm 5G?", .figure),
    ("Cục Thuế triển khai công cụ gì?", .description),
    ("Ứng dụng AI là bao nhiêu?", .figure),
    // `là bao nhiêu` and `bao nhiêu đồng` overlap: a sum of money is asked.
    ("gia dien la bao nhieu dong mot kwh", .money),
    // `trường nào` (which school) inside `thị trường nào` (which market) is not asked.
    ("thi truong nao nhap khau nhieu nhat", .place),
    // The words of a change split by its base.
    ("Điểm của tỉnh cao hơn năm 2020 bao nhiêu?", .change),
  ])
  func answerTypeIsReadFromTheQuestionWords(_ question: String, _ type: Query.AnswerType) throws {
    let knowledge = try #require(Self.knowledge)
    #expect(Self.query(question, in: knowledge).type == type)
  }

  /// `số` marks what a count is of, typed with its marks or without (`so` alone is as often
  /// the `so` of `so với`, so only a `so` of a question typed without marks counts).
  @Test(arguments: ["Số trạm 5G Viettel đã lắp đặt?", "So tram 5G Viettel da lap dat?"])
  func whatACountIsOfFollowsSo(_ question: String) throws {
    let knowledge = try #require(Self.knowledge)
    let query = Self.query(question, in: knowledge)
    try #require(query.type == .figure, "\(query.type)")
    #expect(VietnameseText.foldKey(query.counted?.text ?? "") == "tram")
  }

  @Test func focusLeavesOutTheWordsThatAskAndKeepsNumbersAsConstraints() throws {
    let knowledge = try #require(Self.knowledge)
    let query = Self.query("Năm 2024 Viettel đã có bao nhiêu trạm 5G?", in: knowledge)
    let focus = query.focus.map(\.word.text)
    #expect(focus.contains("Viettel") && focus.contains("trạm"))
    #expect(!focus.contains("bao") && !focus.contains("có") && !focus.contains("đã"))
    #expect(query.numbers.contains("2024") && query.numbers.contains("5g"))
    #expect(query.counted?.text == "trạm")
    #expect(query.focus.first { $0.word.text == "Viettel" }?.isName == true)
  }

  @Test func aWordThatAsksButMakesATermOfTheReportsStaysInTheFocus() throws {
    // `do`, `nam` and `the` are `đó`, `năm` and `thế` to the question words, but `toc do`,
    // `viet nam` and `the gioi` are pairs the reports use.
    let knowledge = try #require(Self.knowledge)
    let focus = Self.query("toc do internet viet nam xep hang bao nhieu the gioi", in: knowledge)
      .focus.map(\.word.fold)
    #expect(focus.contains("do") && focus.contains("nam") && focus.contains("the"))
  }

  @Test func abbreviationsAReportDefinesAreExpandedInQuestions() throws {
    // 101 writes `lực lượng lao động (LLLĐ)`.
    let knowledge = try Self.knowledge(with: "101_bhxh-trien-khai-2024.txt")
    #expect(
      knowledge.passages.definedAbbreviations["llld"]?.map(\.text) == [
        "lực", "lượng", "lao", "động",
      ])
    let focus = Self.query("Tỷ lệ LLLĐ tham gia là bao nhiêu?", in: knowledge).focus.map(
      \.word.text)
    #expect(focus.contains("lượng") && !focus.contains("LLLĐ"))
  }

  // MARK: Ranking

  @Test func theSentenceHoldingTheQuestionsWordsRanksFirst() throws {
    let knowledge = try Self.knowledge(with: "105_viettel-5g-2025.txt")
    let query = Self.query("bao nhiêu trạm Make in Vietnam", in: knowledge)
    let best = try #require(knowledge.passages.search(query.terms, limit: 3).first)
    #expect(
      knowledge.passages.passages[best.passage].text.contains("2.011 trạm do Viettel tự sản xuất"))
  }

  @Test func rareWordsWeighMoreThanCommonOnes() {
    let scorer = PassageIndex.BM25()
    #expect(scorer.idf(found: 1, total: 100) > scorer.idf(found: 50, total: 100))
    // A term repeated counts less each time, and a long passage is discounted.
    let once = scorer.weight(count: 1, length: 10, meanLength: 10)
    #expect(scorer.weight(count: 2, length: 10, meanLength: 10) < 2 * once)
    #expect(scorer.weight(count: 1, length: 40, meanLength: 10) < once)
  }

  // MARK: Candidates and answers

  @Test(arguments: [
    // Each figure below is in the report's text: the tests check it is read out whole.
    ("co bao nhieu tram 5g make in vietnam", "105_viettel-5g-2025.txt", "2.011"),
    (
      "Có bao nhiêu thửa đất đã được đồng bộ vào CSDL quốc gia về đất đai?",
      "103_dong-bo-du-lieu-dat-dai.txt", "61,2 triệu thửa"
    ),
    (
      "Cả nước có bao nhiêu người tham gia bảo hiểm y tế năm 2023?", "101_bhxh-trien-khai-2024.txt",
      "93 triệu"
    ),
    ("Đức có tỷ lệ sinh viên STEM là bao nhiêu?", "106_chuan-dao-tao-vi-mach.txt", "39%"),
    ("ai la pho cuc truong cuc thue", "102_etax-mobile-2025.txt", "Mai Sơn"),
    (
      "Bộ nào công bố số liệu về cơ sở dữ liệu đất đai?", "103_dong-bo-du-lieu-dat-dai.txt",
      "Bộ Nông nghiệp và Môi trường"
    ),
    ("Viettel đạt mốc sớm hơn kế hoạch bao lâu?", "105_viettel-5g-2025.txt", "ba tuần"),
    // A figure after a sentence's first word, capitalised as any first word is (`Có 62,2 triệu`).
    ("Có bao nhiêu thửa đất đã qua rà soát, phân loại?", "103_dong-bo-du-lieu-dat-dai.txt", "62,2"),
    // `còn` inside a question is no follow-up; `ba` is the `3` of `cả 3 thành phần`, which stands
    // in the clause of 18,7 and not of 23,7.
    (
      "Bao nhiêu thửa đất còn thiếu một trong ba thành phần dữ liệu?",
      "103_dong-bo-du-lieu-dat-dai.txt", "18,7"
    ),
    // The number the question gives (`trên 70%`) stands beside the figure it qualifies:
    // `25 tỉnh ... trên 50%; trong đó, 21 tỉnh ... trên 70%`.
    (
      "bao nhieu tinh thanh phu xanh tren 70% so xa phuong",
      "203_chinh-quyen-2-cap-ho-so-truc-tuyen.txt", "21 tỉnh"
    ),
    // A rank in words, quoted with its marker.
    (
      "Tổ công tác cải cách TTHC họp phiên thứ mấy vào sáng 3/5?",
      "202_vneid-tai-khoan-duy-nhat.txt", "thứ tư"
    ),
    // A rank, though `so` (`số` of `kinh tế số`) is in the question: no count is asked.
    (
      "viet nam dung thu may trong khu vuc ve so vu ransomware",
      "306_ma-doc-tong-tien-2024.txt", "thứ hai"
    ),
  ])
  func aFigureOrNameNoConceptNamesIsAnswered(
    _ question: String, _ report: String, _ expected: String
  ) throws {
    let answer = try Self.knowledge(with: report).answer(question)
    #expect(answer.answered, "\(answer.text)")
    #expect(answer.body.contains(expected), "\(answer.body)")
    #expect(answer.sources.first?.quote.contains(expected) == true)
  }

  @Test func aLoadedReportsMeetingIsNotTheSeeds() throws {
    let answer = try Self.knowledge(with: "101_bhxh-trien-khai-2024.txt")
      .answer("Hội nghị triển khai công tác BHXH, BHYT năm 2024 diễn ra ngày nào?")
    #expect(answer.answered)
    #expect(answer.body.contains("17/1") && !answer.body.contains("17/5/2025"), "\(answer.body)")
  }

  @Test func aListOfNamesIsPairedWithItsFiguresInOrder() throws {
    // 106: `Hàn Quốc là 35%, Đức là 39% và Phần Lan là 36%`; the documents fixture 005 pairs
    // `Hà Nội, TP Hồ Chí Minh và Đà Nẵng ... lần lượt đạt 18.430, 24.905 và 6.120 đơn vị`.
    let knowledge = try KnowledgeBase.load(
      documents: [Fixtures.documents.appendingPathComponent("005_hoa_don_may_tinh_tien.txt")])
    let answer = knowledge.answer("da nang co bao nhieu don vi dang ky hoa don may tinh tien")
    #expect(answer.body.contains("6.120"), "\(answer.body)")
  }

  @Test func thePeriodOfAHeadingIsCarriedToItsFigures() throws {
    // 101's figure sits under the heading `I. Kết quả năm 2023`; its sentence names no year.
    let answer = try Self.knowledge(with: "101_bhxh-trien-khai-2024.txt")
      .answer("Năm 2023 tỷ lệ lao động trong độ tuổi tham gia BHXH đạt bao nhiêu?")
    #expect(answer.answered)
    #expect(answer.body.contains("39,25%") && answer.body.contains("năm 2023"), "\(answer.body)")
  }

  @Test func aReportSavedManyTimesIsReadOnce() throws {
    // Nine copies of 105 under other names: their sentences, copied, would fill every place of
    // the passages read and leave none for the one that holds the figure.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "copies-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = Self.reports.appendingPathComponent("105_viettel-5g-2025.txt")
    for copy in 1...9 {
      try FileManager.default.copyItem(
        at: report, to: folder.appendingPathComponent("10\(copy)_viettel.txt"))
    }
    let answer = try KnowledgeBase.load(documents: [folder]).answer("Có bao nhiêu trạm 5G?")
    #expect(answer.answered, "\(answer.text)")
    #expect(answer.body.contains("20.000 trạm"), "\(answer.body)")
  }

  @Test func theSameSentenceInAnotherReportIsKept() throws {
    // One sentence in two reports of different titles says two things; in a copy of one report,
    // one thing.
    let sentence = "Số trạm sạc tăng 12% so với cùng kỳ."
    let first = try DocumentReader.read(
      "Trạm sạc ở Hà Nội\n2025-07\n\(sentence)\n", path: "901_a.txt")
    let second = try DocumentReader.read(
      "Trạm sạc ở Huế\n2025-07\n\(sentence)\n", path: "902_b.txt")
    let copy = try DocumentReader.read("Trạm sạc ở Huế\n2025-07\n\(sentence)\n", path: "903_c.txt")
    let index = PassageIndex(
      documents: [first, second, copy], lexicon: Fixtures.knowledge.corpus.lexicon)
    let terms = VietnameseText.words("trạm sạc tăng").map(\.foldHash)
    #expect(index.search(terms, limit: 8).map(\.passage) == [0, 1])
  }

  @Test func aDocumentsNumberIsNoDate() {
    let number = VietnameseText.words("59/2022/NĐ-CP")[0]
    #expect(!CandidateReader.isDateOrYear(number, next: nil, previous: nil))
    let month = VietnameseText.words("3/2022")[0]
    #expect(CandidateReader.isDateOrYear(month, next: nil, previous: nil))
  }

  @Test func aLineOfAFewWordsIsContextToTheParagraphsAfterIt() throws {
    // `Năm 2025 tăng trưởng mạnh` reads as a caption (no closing stop) but heads what follows;
    // a caption with a photo credit does not.
    let text = """
      Báo cáo thử về trạm sạc
      2025-07
      Năm 2025 tăng trưởng mạnh
      Cả nước có 1.234 trạm sạc xe điện công cộng.
      Trạm sạc ở Hà Nội. Ảnh: Minh Anh
      Mỗi trạm có 4 cổng sạc.

      """
    let report = try DocumentReader.read(text, path: "900_tram_sac.txt")
    let index = PassageIndex(documents: [report], lexicon: Fixtures.knowledge.corpus.lexicon)
    let growth = VietnameseText.words("trưởng")[0].foldHash
    let photo = VietnameseText.words("Anh")[0].foldHash
    #expect(index.passages.count == 2)
    #expect(index.passages.allSatisfy { $0.context.contains(growth) })
    #expect(!index.passages.contains { $0.context.contains(photo) })
  }

  @Test func aYearAndMonthDateLineIsAMonthNotItsFirstDay() throws {
    // A report made here, whose date line gives only the year and month.
    let text =
      "Báo cáo thử về trạm sạc\n2024-07\nCả nước có 1.234 trạm sạc xe điện công cộng tính đến cuối tháng 6.\n"
    let report = try DocumentReader.read(text, path: "900_tram_sac.txt")
    let knowledge = KnowledgeBase(
      documents: Fixtures.knowledge.documents + [report], corpus: Fixtures.knowledge.corpus)
    let answer = knowledge.answer("Cả nước có bao nhiêu trạm sạc xe điện công cộng?")
    #expect(answer.body.hasPrefix("1.234 trạm sạc"), "\(answer.body)")
    #expect(
      answer.body.contains("tháng 7/2024") && !answer.body.contains("1/7/2024"), "\(answer.body)")
  }

  // MARK: Declines

  @Test(arguments: [
    ("Tỷ lệ tham gia BHYT của tỉnh Gia Lai năm 2023 là bao nhiêu?", "101_bhxh-trien-khai-2024.txt"),
    ("Năm 2024 eTax Mobile xử lý bao nhiêu giao dịch nộp thuế?", "102_etax-mobile-2025.txt"),
    ("VNPT đã lắp đặt bao nhiêu trạm 5G trong năm 2025?", "105_viettel-5g-2025.txt"),
    ("Tỷ lệ sinh viên STEM của Nhật Bản là bao nhiêu?", "106_chuan-dao-tao-vi-mach.txt"),
    ("DTI quốc gia năm 2022 đạt bao nhiêu?", "104_dti-2024.txt"),
    // `90% diện tích` is a share of the area, not of the population.
    ("Tỷ lệ dân số được phủ sóng 5G của Viettel là bao nhiêu?", "105_viettel-5g-2025.txt"),
  ])
  func aPlaceYearOrNameTheReportLacksIsDeclined(_ question: String, _ report: String) throws {
    let answer = try Self.knowledge(with: report).answer(question)
    #expect(!answer.answered, "\(answer.text)")
  }

  @Test func aDeclineNamesTheReportsSearched() throws {
    let answer = try Self.knowledge(with: "105_viettel-5g-2025.txt").answer(
      "Thủ đô của nước Pháp là thành phố nào?")
    #expect(!answer.answered)
    #expect(answer.text.contains("Viettel đưa vào sử dụng 20.758 trạm 5G"), "\(answer.text)")
  }

  @Test func theAnswerExplainsItsTypeFocusAndCandidates() throws {
    let answer = try Self.knowledge(with: "105_viettel-5g-2025.txt").answer(
      "co bao nhieu tram 5g make in vietnam")
    #expect(answer.intent == "retrieval")
    #expect(answer.slots["answer_type"] == "figure")
    #expect(answer.slots["focus"]?.contains("tram") == true)
    let candidates = try #require(answer.slots["candidates"])
    #expect(candidates.hasPrefix("2.011"))
    #expect(candidates.split(separator: ";").count <= 3)
    let evidence = try #require(answer.slots["evidence"])
    for part in ["bm25", "coverage", "proximity", "sentence", "type"] {
      #expect(evidence.contains(part))
    }
  }

  @Test func answersDoNotDependOnTheOrderOfHashTables() throws {
    let knowledge = try #require(Self.knowledge)
    let question = "Mạng 5G của Viettel phủ được bao nhiêu phần trăm diện tích trong nhà?"
    let first = knowledge.answer(question)
    for _ in 0..<5 { #expect(knowledge.answer(question) == first) }
  }

  // MARK: The seed stays with its rules

  @Test(arguments: [
    ("Phiên họp được tổ chức ở đâu?", "Hà Nội"),
    ("Thủ tướng nói gì về hạ tầng số?", "thể chế số"),
    ("co bao nhieu shop roi san thuong mai dien tu", "38.000"),
  ])
  func aRulesAnswerCoveringTheQuestionIsKept(_ question: String, _ expected: String) {
    let answer = Fixtures.knowledge.answer(question)
    #expect(answer.intent != "retrieval", "\(answer.text)")
    #expect(answer.body.contains(expected), "\(answer.body)")
  }

  @Test func aFollowUpAloneIsNotAnsweredFromAnySentence() {
    #expect(!Fixtures.knowledge.answer("còn địa phương?").answered)
  }
}
