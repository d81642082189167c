import Foundation
import Testing

/// A place no rule names is the scope of the figures stated for it, through the real binary.
///
/// The report `Tests/Fixtures/places/meo-vac-6-thang-2025.txt` gives one district's rate
/// (`… của huyện Mèo Vạc đạt 12,3% trong tháng 6/2025`) and one commune's count; the lexicon lists
/// neither place. The figures are read by the extraction rules, none typed here but the expected.
@Suite struct PlaceScopeTests {
  static let report = Samples.packageRoot.appendingPathComponent(
    "Tests/Fixtures/places/meo-vac-6-thang-2025.txt"
  ).path

  static let rate = "Tỷ lệ hồ sơ trực tuyến toàn trình"

  @Test func aDistrictsFigureIsNotTheCountrys() throws {
    let result = try AssistantProcess.run([
      "ask", "--json", "--documents", Self.report,
      "\(Self.rate) của cả nước tháng 6/2025 là bao nhiêu?",
    ])
    let row = try #require(try jsonRows(result.output).first)
    #expect(row["answered"] as? Bool == false, "\(row)")
    #expect((row["answer"] as? String)?.contains("12,3%") == false, "\(row)")
  }

  @Test func aDistrictsFigureIsAnsweredForThatDistrict() throws {
    let result = try AssistantProcess.run([
      "ask", "--documents", Self.report, "\(Self.rate) của huyện Mèo Vạc tháng 6/2025?",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("của huyện Mèo Vạc (tháng 6/2025): 12,3%"), "\(result)")
    // Typed without diacritics, `huyen` is no sure marker; the sentence that names the place is.
    let typed = try AssistantProcess.run([
      "ask", "--documents", Self.report, "ty le ho so truc tuyen toan trinh huyen Meo Vac",
    ])
    #expect(typed.status == 0, "\(typed)")
    #expect(typed.outputText.hasPrefix("12,3%"), "\(typed)")
  }

  @Test func anotherDistrictIsDeclined() throws {
    let result = try AssistantProcess.run([
      "ask", "--documents", Self.report, "\(Self.rate) của huyện Đồng Văn tháng 6/2025?",
    ])
    #expect(result.status == 1, "\(result)")
    #expect(result.outputText.contains("cho huyện Đồng Văn"), "\(result)")
  }

  @Test func theFactsListShowsThePlace() throws {
    let result = try AssistantProcess.run(["facts", "--documents", Self.report, "Mèo Vạc"])
    #expect(result.outputText.contains("scope    name:huyện Mèo Vạc"), "\(result)")
  }

  /// `được hướng dẫn` in a question for a figure is not a request for help.
  @Test func aCountQuestionSayingGuidedIsNoRequestForHelp() throws {
    let result = try AssistantProcess.run([
      "ask", "--documents", Self.report,
      "Bao nhiêu hộ gia đình được hướng dẫn cài đặt ứng dụng VNeID?",
    ])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("214 hộ gia đình"), "\(result)")
  }
}
