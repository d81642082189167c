import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

/// The gold questions of the test documents, each file through a knowledge base holding the
/// seed and every test document: at least 95% of each must be correct.
@Suite struct FixtureGoldTests {
  /// The seed and every test document.
  static let knowledge: KnowledgeBase? = try? KnowledgeBase.load(documents: [Fixtures.documents])

  /// The gold files of the test documents.
  static let goldFiles = Fixtures.documentFiles(endingIn: ".gold.jsonl")

  @Test func everyTestDocumentHasAGoldFile() {
    let documents = Fixtures.documentFiles(endingIn: ".txt")
    #expect(documents.count >= 4)
    for document in documents {
      let gold = document.replacingOccurrences(of: ".txt", with: ".gold.jsonl")
      #expect(Self.goldFiles.contains(gold), "\(document) has no gold file")
    }
  }

  @Test(arguments: goldFiles)
  func accuracyIsAtLeastNinetyFivePercent(_ name: String) throws {
    let knowledge = try #require(Self.knowledge, "the test documents must load")
    let text = try String(
      contentsOf: Fixtures.documents.appendingPathComponent(name), encoding: .utf8)
    let cases = try GoldCase.read(text, path: name)
    #expect(cases.count >= 15)
    let loaded = Set(knowledge.documents.map(\.id))
    for gold in cases {
      for document in gold.documents {
        let id = (document as NSString).deletingPathExtension
        #expect(loaded.contains(id), "\(gold.location) names \(document), which is not loaded")
      }
    }
    let report = EvaluationReport(
      Evaluator(knowledge: knowledge).evaluate(cases), facts: knowledge.facts)
    let accuracy = report.accuracy ?? 0
    print("\(name) accuracy: \(report.correct)/\(report.total) = \(accuracy)")
    for failure in report.failures {
      print(
        "FAIL", failure.location, failure.question, "[\(failure.intent) \(failure.rule ?? "-")]",
        "\(failure.reason):", failure.answer.prefix(160))
    }
    #expect(accuracy >= 0.95, "\(name): accuracy \(accuracy) is below 0.95")
  }
}
