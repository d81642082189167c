import Knowledge
import Testing

/// Sentences and clauses: numbers, dates, document numbers and lists such as `Bộ, ngành` stay whole.
@Suite struct SentenceSplitterTests {
  /// Paragraph 5 of the seed, as written: five sentences full of dates, figures and document numbers.
  static let ratesParagraph =
    "Theo báo cáo của Bộ Khoa học và Công nghệ về kết quả thực hiện Nghị quyết số 03/NQ-CP ngày 9/1/2025 và Nghị quyết số 71/NQ-CP ngày 1/4/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57- NQ/TW, tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính (TTHC) của cả nước tháng 4 đạt 50,4%. Trong đó, các Bộ, ngành đạt trung bình 43,09%; các địa phương đạt trung bình 50,6%. Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ trực tuyến trên tổng số các TTHC có phát sinh hồ sơ là 50,65%. Trong đó, các Bộ, ngành đạt trung bình 44,72%; các địa phương đạt trung bình 50,77%; tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết TTHC trung bình cả nước đạt 39,46%. Trong đó, các Bộ, ngành đạt trung bình 51,82%; các địa phương đạt trung bình 14,58%."

  @Test func splitsTheRatesParagraphIntoItsFiveSentences() {
    let sentences = SentenceSplitter.sentences(Self.ratesParagraph)
    #expect(sentences.count == 5)
    #expect(
      sentences.map { String($0.text.prefix(8)) } == [
        "Theo báo", "Trong đó", "Tỷ lệ dị", "Trong đó", "Trong đó",
      ])
    #expect(sentences.map(\.clauses.count) == [1, 2, 1, 3, 2])
    // Nothing is lost or added between the sentences.
    #expect(sentences.map(\.text).joined(separator: " ") == Self.ratesParagraph)
  }

  @Test(arguments: ["9/1/2025", "1/4/2025", "57- NQ/TW", "03/NQ-CP", "50,4%", "(TTHC)"])
  func keepsDatesDocumentNumbersAndFiguresInsideTheFirstSentence(_ piece: String) throws {
    let first = try #require(SentenceSplitter.sentences(Self.ratesParagraph).first)
    #expect(first.text.contains(piece))
    #expect(first.text.hasSuffix("tháng 4 đạt 50,4%."))
  }

  @Test(arguments: [
    "Giá trị xuất khẩu ước đạt 373.242 tỷ đồng (tương đương 14,540 tỷ USD), tăng trưởng khoảng 10% so với tháng 3/2025.",
    "Số nhà bán giảm 7,45% so với cùng kỳ (quý I/2025, số liệu chỉ thống kê trên 4 sàn Shopee, Lazada, Tiki, Tiktok Shop).",
    "Trong đó, các Bộ, ngành đạt trung bình 43,09%.",
    "Tổng doanh số đạt 101.400 tỷ đồng, tăng 42,29% so với cùng kỳ năm 2024...",
    "Ông gặp lãnh đạo TP. Hồ Chí Minh tại Hà Nội.",
  ])
  func doesNotBreakInsideASentence(_ text: String) {
    #expect(SentenceSplitter.sentences(text).map(\.text) == [text])
  }

  @Test(arguments: [
    ("Câu một. Câu hai.", ["Câu một.", "Câu hai."]),
    ("Đạt 5%. 3 sàn còn lại chiếm phần nhỏ.", ["Đạt 5%.", "3 sàn còn lại chiếm phần nhỏ."]),
    ("Xin chào! Bạn hỏi gì?  Tôi trả lời.", ["Xin chào!", "Bạn hỏi gì?", "Tôi trả lời."]),
    ("Giảm mạnh... Tuy vậy vẫn tăng.", ["Giảm mạnh...", "Tuy vậy vẫn tăng."]),
    ("Hết câu. “Trích dẫn” mở câu mới.", ["Hết câu.", "“Trích dẫn” mở câu mới."]),
    ("Không tách. tại chữ thường.", ["Không tách. tại chữ thường."]),
    ("Không tách.Khi thiếu dấu cách.", ["Không tách.Khi thiếu dấu cách."]),
    ("Câu không có dấu chấm", ["Câu không có dấu chấm"]),
  ])
  func splitsAtAStopFollowedByASpaceAndACapital(_ text: String, _ expected: [String]) {
    #expect(SentenceSplitter.sentences(text).map(\.text) == expected)
  }

  @Test(arguments: [
    ("a; b; c", ["a", "b", "c"]),
    (
      "Shopee chiếm 66,7% (quý I; số liệu 4 sàn); Tiki chiếm 0,9%",
      ["Shopee chiếm 66,7% (quý I; số liệu 4 sàn)", "Tiki chiếm 0,9%"]
    ),
    ("một (hai (ba; bốn); năm); sáu", ["một (hai (ba; bốn); năm)", "sáu"]),
    ("không có dấu chấm phẩy", ["không có dấu chấm phẩy"]),
    ("; đầu trống;; ", ["đầu trống"]),
  ])
  func clausesSplitAtSemicolonsOutsideParentheses(_ sentence: String, _ expected: [String]) {
    #expect(SentenceSplitter.clauses(sentence) == expected)
  }

  @Test func sentencesCarryTheirClauses() throws {
    let sentence = try #require(
      SentenceSplitter.sentences(
        "Trong đó, các Bộ, ngành đạt trung bình 43,09%; các địa phương đạt trung bình 50,6%."
      ).first)
    #expect(
      sentence.clauses == [
        "Trong đó, các Bộ, ngành đạt trung bình 43,09%", "các địa phương đạt trung bình 50,6%.",
      ])
  }
}
