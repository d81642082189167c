// The figures below were read from the seed text by the test author; the library extracts them
// by rules. What is tested is which figure a follow-up or a choice reaches.

import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

/// Follow-ups read with the question before them, choices among readings, and resets.
@Suite struct ConversationTests {
  static let knowledge = Fixtures.knowledge

  /// Asks `turns` in one conversation and returns the answers.
  static func dialogue(_ turns: [String]) -> [Answer] {
    var conversation = Conversation()
    return turns.map { knowledge.answer($0, in: &conversation) }
  }

  @Test func anotherScopeKeepsTheFigure() {
    let answers = Self.dialogue([
      "Tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành?", "còn địa phương?", "thế còn cả nước?",
    ])
    #expect(
      answers[0].body.hasPrefix("Tỷ lệ hồ sơ trực tuyến toàn trình")
        && answers[0].body.contains("51,82%"))
    #expect(answers[1].slots["scope"] == "localities", "\(answers[1].body)")
    #expect(answers[1].body.contains("của các địa phương (tháng 4/2025): trung bình 14,58%"))
    #expect(answers[1].resolved?.contains("địa phương") == true)
    #expect(
      answers[2].body.contains("của cả nước (tháng 4/2025): trung bình 39,46%"),
      "\(answers[2].body)")
  }

  @Test func anotherPlatform() {
    let answers = Self.dialogue(["Shopee chiếm bao nhiêu thị phần?", "còn Lazada?"])
    #expect(answers[1].body.contains("của Lazada (cuối năm 2024): 5,5%"), "\(answers[1].body)")
    #expect(answers[1].resolved != nil)
  }

  @Test func theChangeOfTheLastFigure() {
    let answers = Self.dialogue([
      "Doanh thu CNTT tháng 4?", "so với cùng kỳ?", "con số đó so với tháng trước?",
    ])
    #expect(
      answers[1].body.hasPrefix(
        "Doanh thu công nghiệp công nghệ thông tin (tháng 4/2025): tăng 44,41%"),
      "\(answers[1].body)")
    #expect(
      answers[2].body.hasPrefix(
        "Doanh thu công nghiệp công nghệ thông tin (tháng 4/2025): tăng 4%"), "\(answers[2].body)")
  }

  @Test func itMeansTheLastFigure() {
    let answers = Self.dialogue(["Doanh số thương mại điện tử quý I/2025?", "nó tăng bao nhiêu?"])
    #expect(answers[1].body.contains("tăng 42,29%"), "\(answers[1].body)")
  }

  @Test func aNewTopicReplacesTheOld() {
    let answers = Self.dialogue([
      "Shopee chiếm bao nhiêu thị phần?", "Doanh thu CNTT tháng 4?", "tăng bao nhiêu?",
    ])
    #expect(answers[2].body.contains("44,41%"), "\(answers[2].body)")
    #expect(!answers[2].body.contains("thị phần"))
  }

  @Test func aQuestionOfAnotherKindEndsTheTopic() {
    let answers = Self.dialogue([
      "Shopee chiếm bao nhiêu thị phần?", "Ai chủ trì phiên họp?", "còn địa phương?",
    ])
    #expect(answers[1].intent == "event")
    #expect(!answers[2].answered && answers[2].resolved == nil)
  }

  @Test func aScopeTypedWithoutDiacriticsIsReadByItsName() {
    let answers = Self.dialogue([
      "Tỷ lệ dịch vụ công trực tuyến toàn trình tháng 4?", "con dia phuong?",
      "ở các bộ ngành thì thế nào?",
    ])
    #expect(
      answers[1].resolved?.hasSuffix("của các địa phương") == true, "\(answers[1].resolved ?? "")")
    #expect(answers[1].body.contains("50,6%"))
    // `ở` and `thì thế nào` add nothing to the question read.
    #expect(
      answers[2].resolved?.hasSuffix("của các bộ, ngành") == true, "\(answers[2].resolved ?? "")")
    #expect(answers[2].body.contains("43,09%"))
  }

  @Test func aQuestionOfAnotherKindIsNotAFollowUp() {
    let answers = Self.dialogue(["Shopee chiếm bao nhiêu thị phần?", "Phiên họp diễn ra ở đâu?"])
    #expect(answers[1].intent == "event" && answers[1].resolved == nil)
  }

  @Test func aQuestionOfAnotherKindPointingBackIsAnsweredAsAsked() {
    let answers = Self.dialogue([
      "Tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành?",
      "số liệu này nằm trong báo cáo thực hiện nghị quyết nào?",
    ])
    #expect(
      answers[1].intent == "legal_reference" && answers[1].resolved == nil, "\(answers[1].body)")
  }

  @Test func aComputationTakesItsOtherFigureFromTheTopic() {
    let answers = Self.dialogue([
      "Shopee chiếm bao nhiêu thị phần?", "gấp mấy lần TikTok Shop?", "còn Lazada?",
      "Thị phần Shopee gấp mấy lần TikTok Shop?",
      "còn tổng cộng?",
    ])
    #expect(answers[1].body.contains("66,7% : 26,9% ≈ 2,48"), "\(answers[1].body)")
    // Lazada replaces TikTok Shop in the comparison, whose figures are of another period.
    #expect(answers[2].body.contains("hai kỳ khác nhau"), "\(answers[2].body)")
    #expect(answers[4].body.contains("66,7% + 26,9% = 93,6%"), "\(answers[4].body)")
  }

  @Test func withoutAConversationAFollowUpIsNotAnswered() {
    #expect(!Self.knowledge.answer("còn địa phương?").answered)
  }

  @Test func resetForgetsTheTopic() {
    var conversation = Conversation()
    _ = Self.knowledge.answer("Shopee chiếm bao nhiêu thị phần?", in: &conversation)
    conversation.reset()
    #expect(conversation.topic == nil)
    #expect(Self.knowledge.answer("so với cùng kỳ?", in: &conversation).resolved == nil)
  }

  // MARK: - Readings

  @Test func severalFiguresFittingEquallyAreOffered() {
    let answer = Self.knowledge.answer("Tỷ lệ trực tuyến toàn trình là bao nhiêu?")
    #expect(answer.answered)
    #expect(answer.body.contains("50,4%"), "the headline rate is answered first")
    #expect(answer.alternatives.map(\.number) == [1, 2, 3])
    #expect(answer.body.contains("(2) Tỷ lệ dịch vụ công trực tuyến toàn trình có phát sinh hồ sơ"))
    #expect(answer.body.contains("(3) Tỷ lệ hồ sơ trực tuyến toàn trình"))
    // Each reading's question asks for that reading alone.
    for reading in answer.alternatives {
      let alone = Self.knowledge.answer(reading.question)
      #expect(alone.alternatives.isEmpty, "\(reading.question)")
      #expect(
        alone.body.lowercased().hasPrefix(reading.label.lowercased()),
        "\(reading.question): \(alone.body)")
    }
  }

  @Test func aNumberPicksAReading() {
    let answers = Self.dialogue(["Tỷ lệ trực tuyến toàn trình là bao nhiêu?", "3"])
    #expect(answers[1].body.contains("39,46%"), "\(answers[1].body)")
    #expect(answers[1].question == "3")
    #expect(answers[1].resolved?.hasPrefix("tỷ lệ hồ sơ trực tuyến toàn trình") == true)
  }

  @Test func aNumberWithNothingToPickIsAQuestion() {
    let answers = Self.dialogue(["Shopee chiếm bao nhiêu thị phần?", "2"])
    #expect(answers[1].resolved == nil)
    #expect(!answers[1].answered)
  }
}

/// Phrases of the rule data that differ only in diacritics: `thu truong` typed without them.
@Suite struct SpellingReadingsTests {
  @Test func bothReadingsAreOfferedWhenTheirAnswersDiffer() throws {
    // A copy of the corpus with a rule about deputy ministers (`thứ trưởng`), so that both
    // readings of `thu truong` are answered, differently.
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "readings-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Fixtures.corpus, to: corpus)
    let greeting = corpus.appendingPathComponent("intents/greeting.yaml")
    var text = try String(contentsOf: greeting, encoding: .utf8)
    let rules = try #require(text.range(of: "rules:\n"))
    text.insert(
      contentsOf: """
          - id: greeting.deputy
            require:
              - [thứ trưởng]
            reply: "Báo cáo không nêu tên thứ trưởng nào."\n
        """, at: rules.upperBound)
    try text.write(to: greeting, atomically: true, encoding: .utf8)
    let knowledge = try KnowledgeBase.load(corpusDirectory: corpus)

    let answer = knowledge.answer("thu truong phai lam gi")
    #expect(answer.alternatives.map(\.label) == ["“thủ trưởng”", "“thứ trưởng”"], "\(answer.body)")
    #expect(answer.body.contains("Không dấu, “thu truong” có thể là"))
    // Typed with its marks, the question has one reading.
    #expect(knowledge.answer("thủ trưởng phải làm gì").alternatives.isEmpty)
    var conversation = Conversation()
    _ = knowledge.answer("thu truong phai lam gi", in: &conversation)
    #expect(knowledge.answer("2", in: &conversation).body.contains("thứ trưởng nào"))
  }
}
