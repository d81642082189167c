import Foundation
import Knowledge
import Testing

/// The whole dev set through the default knowledge base: at least 95% must be correct.
@Test func devSetAccuracy() throws {
  let path = Fixtures.corpus.appendingPathComponent("eval/dev.jsonl").path
  let text = try String(contentsOfFile: path, encoding: .utf8)
  let cases = try GoldCase.read(text, path: "corpus/eval/dev.jsonl")
  #expect(cases.count >= 200)
  var failures: [String] = []
  for gold in cases {
    let answer = Fixtures.knowledge.answer(gold.question)
    let (passed, reason) = gold.check(answer)
    if !passed {
      failures.append("\(gold.location) \(gold.question) [\(answer.intent) \(answer.rule ?? "-")] \(reason ?? ""): \(answer.body.prefix(160))")
    }
  }
  let accuracy = Double(cases.count - failures.count) / Double(cases.count)
  print("dev accuracy: \(cases.count - failures.count)/\(cases.count) = \(accuracy)")
  for failure in failures { print("FAIL", failure) }
  #expect(accuracy >= 0.95, "dev-set accuracy \(accuracy) is below 0.95")
}
