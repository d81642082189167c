import Testing

@testable import Assistant

/// Wrapping answers to the terminal's width, counting columns, not bytes or scalars.
@Suite struct StringWrappingTests {
  @Test func linesBreakAtSpacesWithinTheWidth() {
    let text = "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 4 đạt 50,4%."
    let wrapped = text.wrapped(to: 20)
    #expect(wrapped == "Tỷ lệ dịch vụ công\ntrực tuyến toàn\ntrình của cả nước\ntháng 4 đạt 50,4%.")
    #expect(wrapped.split(separator: "\n").allSatisfy { String($0).columns <= 20 })
  }

  @Test func vietnameseLettersTakeOneColumnPrecomposedOrNot() {
    #expect("chữ ký số".columns == 9)
    #expect("chữ ký số".decomposedStringWithCanonicalMapping.columns == 9)
    #expect("数字".columns == 4)
    #expect("a\u{1B}b".columns == 2)
  }

  @Test func decomposedTextWrapsLikePrecomposed() {
    let text = "Phiên họp lần thứ hai Ban Chỉ đạo của Chính phủ"
    let decomposed = text.decomposedStringWithCanonicalMapping.wrapped(to: 16)
    #expect(decomposed.precomposedStringWithCanonicalMapping == text.wrapped(to: 16))
  }

  @Test func indentStartsTheFirstLineAndContinuationTheOthers() {
    let wrapped = "một hai ba bốn năm sáu bảy".wrapped(to: 12, indent: "  • ", continuation: "    ")
    #expect(wrapped == "  • một hai\n    ba bốn\n    năm sáu\n    bảy")
  }

  @Test func existingLineBreaksAndBlankLinesAreKept() {
    #expect("một\n\nhai ba".wrapped(to: 80) == "một\n\nhai ba")
  }

  @Test func aWordLongerThanALineIsCut() {
    let wrapped = "https://example.org/một-đường-dẫn-rất-dài ok".wrapped(to: 10)
    let lines = wrapped.split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.columns <= 10 }, "\(lines)")
    #expect(lines.joined() == "https://example.org/một-đường-dẫn-rất-dài ok")
  }

  @Test func noLineEndsWithSpaces() {
    let wrapped = "một   hai    ba".wrapped(to: 7)
    #expect(wrapped == "một hai\nba")
  }
}
