import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

@testable import Assistant

/// The built-in knowledge base, read from the snapshot made at build time, gives the same JSON
/// rows as one built now from the embedded rule data and seed text.
@Test func builtInSnapshotGivesTheRowsOfAKnowledgeBaseBuiltAtRunTime() throws {
  let built = KnowledgeBase(
    documents: try DocumentReader.embeddedSeeds(), corpus: try Corpus.embedded())
  let snapshot = try KnowledgeBase.builtIn()
  let dev = Samples.packageRoot.appendingPathComponent("corpus/eval/dev.jsonl")
  let cases = try GoldCase.read(
    String(contentsOf: dev, encoding: .utf8), path: "corpus/eval/dev.jsonl")
  #expect(cases.count >= 200)
  for question in cases.map(\.question) {
    let expected = AnswerRow(question: question, answer: built.answer(question)).rendered(
      as: .jsonl)
    let row = AnswerRow(question: question, answer: snapshot.answer(question)).rendered(as: .jsonl)
    #expect(row == expected)
  }
}
