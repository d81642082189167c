import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

/// The fuzz test's number check must itself catch a made-up figure and let a known one pass.
@Suite struct NumberCheckTests {
  static let check: NumberCheck? = try? NumberCheck(knowledge: KnowledgeBase.load())

  @Test func numbersAreReadWithTheirSeparators() {
    #expect(
      NumberCheck.numbers(in: "đạt 101.400 tỷ đồng, tăng 42,29% (tháng 4/2025).")
        == ["101.400", "42,29", "4", "2025"])
  }

  @Test func aFigureOfTheReportPassesAndAMadeUpOneIsCaught() throws {
    let check = try #require(Self.check)
    let question = "Tỷ lệ dịch vụ công trực tuyến toàn trình tháng 4?"
    let known = Answer(
      question: question, answered: true, text: "Cả nước (tháng 4/2025): 50,4%.",
      intent: "statistic",
      confidence: 1)
    #expect(check.unknownNumbers(in: known).isEmpty)
    let madeUp = Answer(
      question: question, answered: true, text: "Cả nước (tháng 4/2025): 57,3%.",
      intent: "statistic",
      confidence: 1)
    #expect(check.unknownNumbers(in: madeUp) == ["57,3"])
  }

  @Test func numbersOfTheQuestionAndTheLabelsArePermitted() throws {
    let check = try #require(Self.check)
    let answer = Answer(
      question: "tỷ lệ năm 2031 là 77.7?", answered: false,
      text: "Báo cáo không có số liệu năm 2031; 77,7 không có trong báo cáo; đoạn 4321.",
      intent: "statistic",
      confidence: 1, sources: [Source(document: "", paragraph: 4321, quote: "")])
    #expect(check.unknownNumbers(in: answer).isEmpty)
  }

  @Test func theNumbersOfAListsLinesAreLabelsButNotTheNumbersInThem() throws {
    let check = try #require(Self.check)
    let list = Answer(
      question: "Thủ tướng chỉ đạo gì?", answered: true,
      text: "Thủ tướng chỉ đạo:\n4321. Một việc\n4322. Việc thứ 4323", intent: "directive",
      confidence: 1)
    #expect(check.unknownNumbers(in: list) == ["4323"])
  }
}
