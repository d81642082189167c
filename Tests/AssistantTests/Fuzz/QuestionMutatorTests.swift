import Foundation
import Testing

@testable import Assistant

/// The fuzz test's questions must be the same on every run, and each must be one batch line that
/// is never skipped, or "one row per question" would not hold.
@Suite struct QuestionMutatorTests {
  static let questions = ["Ai chủ trì phiên họp?", "Doanh thu TMĐT quý 1 là bao nhiêu?"]

  private func questions(seed: UInt64, count: Int = 2_000) -> [[UInt8]] {
    var mutator = QuestionMutator(questions: Self.questions, seed: seed)
    return (0..<count).map { _ in mutator.next() }
  }

  @Test func theSameSeedAsksTheSameQuestions() {
    #expect(questions(seed: 7) == questions(seed: 7))
    #expect(questions(seed: 7) != questions(seed: 8))
  }

  @Test func everyQuestionIsOneLineThatBatchInputAnswers() {
    for question in questions(seed: FuzzTests.seed) {
      #expect(!question.contains(UInt8(ascii: "\n")) && !question.contains(UInt8(ascii: "\r")))
      let line = BatchInput.parse(
        String(decoding: question, as: UTF8.self), path: "fuzz", lineNumber: 2)
      #expect(
        line == .question(BatchQuestion(id: nil, text: String(decoding: question, as: UTF8.self))),
        "\(FuzzTests.quoted(question))")
    }
  }

  @Test func theQuestionsAreDamagedAndSomeAreNotUTF8() {
    let asked = questions(seed: FuzzTests.seed)
    let intact = asked.filter { Self.questions.contains(String(decoding: $0, as: UTF8.self)) }
    #expect(intact.count < asked.count / 10, "most questions are damaged")
    let invalid = asked.filter { String(validating: $0, as: UTF8.self) == nil }
    #expect(invalid.count > asked.count / 20, "some are not UTF-8")
  }
}
