import Foundation
import Knowledge
import Testing

/// Word keys: the exact key and the fold key of `VietnameseText`, and how text splits into words.
@Suite struct VietnameseTextTests {
  /// The scalars of a string: Swift's `==` treats NFC and NFD as equal, so compare these.
  private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test(arguments: [
    "Tỷ lệ dịch vụ công trực tuyến toàn trình",
    "Đề án 06 và Ủy ban Quốc gia",
    "Thủ tướng chủ trì phiên họp ở đâu?",
    "hoà thuỷ uỷ ban ĐỔI MỚI SÁNG TẠO",
  ])
  func nfcAndNFDInputGiveTheSameKeys(_ text: String) throws {
    let composed = text.precomposedStringWithCanonicalMapping
    let decomposed = text.decomposedStringWithCanonicalMapping
    try #require(
      Self.scalars(composed) != Self.scalars(decomposed), "the input must really differ in form")
    let fromNFC = VietnameseText.words(composed)
    let fromNFD = VietnameseText.words(decomposed)
    // Words are stored composed, whatever form they came in.
    #expect(fromNFC.map { Self.scalars($0.text) } == fromNFD.map { Self.scalars($0.text) })
    #expect(fromNFC.map { Self.scalars($0.exact) } == fromNFD.map { Self.scalars($0.exact) })
    #expect(fromNFC.map { Self.scalars($0.fold) } == fromNFD.map { Self.scalars($0.fold) })
  }

  @Test func nfcReplacesTheEthLookalikeWithDStroke() {
    #expect(
      Self.scalars(VietnameseText.nfc("\u{D0}e\u{302}\u{300} a\u{301}n"))
        == Self.scalars("\u{110}\u{1EC1} \u{E1}n"))
  }

  @Test(arguments: [
    ("Đổi mới sáng tạo", "doi moi sang tao"),
    ("đường", "duong"),
    ("ĐƯỜNG", "duong"),
    ("\u{D0}ề án", "de an"),
    ("\u{F0}ề", "de"),
    ("Thương mại điện tử", "thuong mai dien tu"),
    ("Ủy ban", "uy ban"),
    ("quý", "quy"),
  ])
  func foldKeyRemovesMarksAndMapsDStroke(_ text: String, _ fold: String) {
    #expect(VietnameseText.foldKey(text) == fold)
    #expect(VietnameseText.foldKey(text).unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test(arguments: [
    ("hoà", "hòa"), ("Hoà", "hòa"), ("uỷ", "ủy"), ("thuỷ", "thủy"), ("hoá", "hóa"),
    ("khoẻ", "khỏe"),
  ])
  func exactKeyIgnoresWhereTheToneMarkSits(_ one: String, _ other: String) {
    #expect(
      Self.scalars(VietnameseText.exactKey(one)) == Self.scalars(VietnameseText.exactKey(other)))
  }

  @Test(arguments: [
    ("ban", "bàn"), ("ban", "bản"), ("so", "số"), ("chi", "chỉ"), ("dan", "dân"), ("đâu", "đầu"),
  ])
  func exactKeyKeepsToneAndVowelDifferences(_ one: String, _ other: String) {
    #expect(VietnameseText.exactKey(one) != VietnameseText.exactKey(other))
    // Only the fold key lets them meet.
    #expect(VietnameseText.foldKey(one) == VietnameseText.foldKey(other))
  }

  @Test(arguments: [("tỷ", "tỉ"), ("ký", "kí"), ("lý", "lí"), ("kỹ", "kĩ"), ("Mỹ", "mĩ")])
  func iAndYAfterAConsonantFoldTogether(_ withY: String, _ withI: String) {
    #expect(VietnameseText.foldKey(withY) == VietnameseText.foldKey(withI))
    #expect(
      Self.scalars(VietnameseText.exactKey(withY)) == Self.scalars(VietnameseText.exactKey(withI)))
  }

  @Test func yAfterAVowelIsKept() {
    #expect(VietnameseText.foldKey("quý") == "quy")
    #expect(VietnameseText.foldKey("uỷ") == "uy")
  }

  @Test(arguments: [
    ("đã cấp 17.175.876 chứng thư", ["đã", "cấp", "17.175.876", "chứng", "thư"]),
    (
      "Nghị quyết số 03/NQ-CP ngày 9/1/2025.",
      ["Nghị", "quyết", "số", "03", "NQ", "CP", "ngày", "9/1/2025"]
    ),
    ("tháng 4 đạt 50,4%.", ["tháng", "4", "đạt", "50,4", "%"]),
    ("101.400 tỷ đồng, tăng 42,29%", ["101.400", "tỷ", "đồng", "tăng", "42,29", "%"]),
    ("phát triển KH&CN", ["phát", "triển", "KHCN"]),
    ("các Bộ, ngành", ["các", "Bộ", "ngành"]),
    ("quý I/2025", ["quý", "I", "2025"]),
    ("57- NQ/TW", ["57", "NQ", "TW"]),
    ("  tỷ lệ ...  bao nhiêu ?? ", ["tỷ", "lệ", "bao", "nhiêu"]),
  ])
  func wordsKeepNumbersWholeAndDropPunctuation(_ text: String, _ expected: [String]) {
    #expect(VietnameseText.words(text).map(\.text) == expected)
  }

  @Test func abbreviationWithAmpersandFoldsLikeTheShortForm() {
    let words = VietnameseText.words("KH&CN")
    #expect(words.map(\.fold) == ["khcn"])
    #expect(words.map(\.fold) == VietnameseText.words("KHCN").map(\.fold))
  }

  @Test func percentIsAWordOfItsOwn() {
    let words = VietnameseText.words("50,4%")
    #expect(words.map(\.text) == ["50,4", "%"])
    #expect(words.first?.isNumber == true)
    #expect(words.last?.isNumber == false)
  }

  @Test func wordsCarryBothKeys() {
    let word = VietnameseText.words("Đà")[0]
    #expect(word.fold == "da")
    // The exact key is lowercase and keeps the tone (in a form of its own, not as text).
    #expect(word.exact == VietnameseText.exactKey("đà"))
    #expect(word.exact != VietnameseText.exactKey("đa"))
    #expect(Self.scalars(Word("Thuỷ").exact) == Self.scalars(Word("thủy").exact))
  }
}
