import Foundation
import Testing

/// Answers that say `answered: true` must answer what was asked, through the real binary.
///
/// The figures come out of the seed report (`seeds/`) and the fixture report
/// `Tests/Fixtures/reports/105_viettel-5g-2025.txt` by the extraction rules; none is typed
/// into code or rule data.
@Suite struct TruthfulAnswerTests {
  static let viettel = Samples.packageRoot.appendingPathComponent(
    "Tests/Fixtures/reports/105_viettel-5g-2025.txt"
  ).path

  static let rate = "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 4"

  // MARK: A figure the question states

  @Test func aWrongFigureStatedIsSaidToBeWrong() throws {
    let result = try AssistantProcess.run(["ask", "\(Self.rate) là 60% phải không?"])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("Không, không phải 60%."), "\(result)")
    #expect(result.outputText.contains("50,4%"), "the true figure is given")
  }

  @Test func theRightFigureStatedIsConfirmed() throws {
    let result = try AssistantProcess.run(["ask", "\(Self.rate) là 50,4% đúng không?"])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("Đúng, 50,4%"), "\(result)")
  }

  @Test func aFigureOfANewReportIsJudgedToo() throws {
    let question = "Viettel đã đưa vào sử dụng 30.000 trạm 5G phải không?"
    let result = try AssistantProcess.run(["ask", "--json", "--documents", Self.viettel, question])
    let row = try #require(try jsonRows(result.output).first)
    #expect((row["answer"] as? String)?.hasPrefix("Không, không phải 30.000 trạm.") == true)
    #expect((row["answer"] as? String)?.contains("20.758 trạm") == true, "\(row)")
    #expect((row["slots"] as? [String: String])?["premise"] == "refuted")
    #expect(row["question"] as? String == question, "the question is echoed as asked")
  }

  /// `90% … ngoài trời, còn … trong nhà là 70%`: the stated figure is in the sentence quoted, so
  /// the answer may have picked the wrong one of two, and says nothing against it.
  @Test func aFigureTheQuotedSentenceGivesIsNotCalledWrong() throws {
    let result = try AssistantProcess.run([
      "ask", "--documents", Self.viettel,
      "Mạng 5G của Viettel phủ 70% diện tích trong nhà đúng không?",
    ])
    #expect(!result.outputText.hasPrefix("Không"), "\(result)")
  }

  // MARK: Dates no calendar has

  @Test(arguments: [
    ("Tỷ lệ hồ sơ trực tuyến toàn trình tháng 13 là bao nhiêu?", "tháng 13"),
    ("Ngày 32/5/2025 có bao nhiêu hồ sơ trực tuyến?", "Ngày 32/5/2025"),
    ("Số hồ sơ trực tuyến ngày 29/2/2025?", "ngày 29/2/2025"),
    ("Doanh số thương mại điện tử quý 5 là bao nhiêu?", "quý 5"),
  ])
  func anImpossibleDateIsNoPeriod(_ question: String, _ date: String) throws {
    let result = try AssistantProcess.run(["ask", question])
    #expect(result.status == 1, "\(result)")
    #expect(
      result.outputText.hasPrefix("“\(date)” không phải là một thời điểm có thật"), "\(result)")
  }

  /// `11 tháng 2024` is January to November 2024, not a month numbered 2024: the figure is in
  /// `Tests/Fixtures/reports/404_xuat-khau-thuy-san-11-thang-2024.txt` (`Cộng dồn 11 tháng năm
  /// 2024, giá trị xuất khẩu thủy sản đạt gần 9,2 tỷ USD, tăng 11,5% …`), and it is the seafood
  /// exports', not the IT industry's exports, though `giá trị xuất khẩu` is a name of those.
  @Test func monthsOfAYearAreAPeriod() throws {
    let report = Samples.packageRoot.appendingPathComponent(
      "Tests/Fixtures/reports/404_xuat-khau-thuy-san-11-thang-2024.txt"
    ).path
    let result = try AssistantProcess.run([
      "ask", "--documents", report,
      "xk thuy san 11 thang 2024 tang bao nhieu phan tram so voi cung ky",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("11,5%"), "\(result)")
    #expect(!result.outputText.contains("công nghệ thông tin"), "\(result)")
  }

  @Test func aRealDateIsStillAPeriod() throws {
    let result = try AssistantProcess.run(["ask", "Số hồ sơ trực tuyến ngày 29/2/2024?"])
    #expect(!result.outputText.contains("không phải là một thời điểm có thật"), "\(result)")
  }

  // MARK: A rate asked for

  @Test(arguments: [
    "Tỷ lệ dịch vụ công trực tuyến một phần là bao nhiêu?",
    "Bao nhiêu phần trăm người dân dùng dịch vụ công trực tuyến?",
  ])
  func aCountIsNoRate(_ question: String) throws {
    let result = try AssistantProcess.run(["ask", question])
    #expect(result.status == 1, "\(result)")
    #expect(result.outputText.hasPrefix("Các báo cáo đã nạp không nêu tỷ lệ được hỏi."))
  }

  /// The seed: `chỉ còn 472,5 nghìn shop, giảm 7,45%`, the share of shops that left.
  @Test func aShareThatLeftIsTheFallInTheirNumber() throws {
    let result = try AssistantProcess.run(["ask", "Bao nhiêu phần trăm shop rời khỏi sàn?"])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("7,45%"), "\(result)")
  }

  // MARK: Derived figures and long answers

  /// `101.400 tỷ đồng` in quý I/2025 (90 days) is worked out per day, the working shown.
  @Test func aFigureForEachDayIsWorkedOutFromThePeriod() throws {
    let result = try AssistantProcess.run([
      "ask", "trung bình mỗi ngày doanh số thương mại điện tử quý I/2025 là bao nhiêu",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("Trung bình mỗi ngày khoảng 1.127 tỷ đồng"), "\(result)")
    #expect(result.outputText.contains("chia cho 90 ngày của quý I/2025"))
  }

  @Test func twoFiguresAskedAreBothGiven() throws {
    let result = try AssistantProcess.run([
      "ask", "bao nhiêu chứng thư chữ ký số và bao nhiêu dịch vụ công trực tuyến",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("17.175.876"), "\(result)")
    #expect(result.outputText.contains("3.525"), "\(result)")
  }

  /// Two names of one figure (`Shopee và TikTok Shop`) are one question, not two.
  @Test func twoNamesOfOneFigureAreOneQuestion() throws {
    let result = try AssistantProcess.run([
      "ask", "--json", "Tổng thị phần của Shopee và TikTok Shop là bao nhiêu?",
    ])
    let row = try #require(try jsonRows(result.output).first)
    #expect((row["slots"] as? [String: String])?["parts"] == nil, "\(row)")
  }
}
