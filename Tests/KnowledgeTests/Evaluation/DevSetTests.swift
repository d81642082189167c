import Foundation
import Knowledge
import Testing

/// The whole dev set through the default knowledge base: at least 95% must be correct.
@Test func devSetAccuracy() throws {
  let path = Fixtures.corpus.appendingPathComponent("eval/dev.jsonl").path
  let text = try String(contentsOfFile: path, encoding: .utf8)
  let cases = try GoldCase.read(text, path: "corpus/eval/dev.jsonl")
  #expect(cases.count >= 200)
  let report = EvaluationReport(
    Evaluator(knowledge: Fixtures.knowledge).evaluate(cases), facts: Fixtures.knowledge.facts)
  let accuracy = report.accuracy ?? 0
  print("dev accuracy: \(report.correct)/\(report.total) = \(accuracy)")
  for failure in report.failures {
    print(
      "FAIL", failure.location, failure.question, "[\(failure.intent) \(failure.rule ?? "-")]",
      "\(failure.reason):", failure.answer.prefix(160))
  }
  #expect(accuracy >= 0.95, "dev-set accuracy \(accuracy) is below 0.95")
}
