import BuiltInKnowledge
import Foundation
import Testing

@testable import Knowledge

/// The snapshot of the knowledge base: what is read back is what was written, and the built-in
/// snapshot made at build time is the knowledge base built from the embedded text now.
@Suite struct SnapshotTests {
  /// The knowledge base built at run time from the embedded rule data and seed.
  static let built = Result {
    KnowledgeBase(documents: try DocumentReader.embeddedSeeds(), corpus: try Corpus.embedded())
  }

  @Test func builtInSnapshotHoldsWhatIsBuiltAtRunTime() throws {
    let built = try Self.built.get()
    let snapshot = try KnowledgeBase.builtIn()
    expectAlike(snapshot, built)
  }

  @Test func snapshotReadsBackWhatWasWritten() throws {
    let built = try Self.built.get()
    let read = try KnowledgeBase(snapshot: String(decoding: built.snapshot(), as: UTF8.self))
    expectAlike(read, built)
    #expect(read.snapshot() == built.snapshot())
  }

  @Test func snapshotIsValidUTF8() throws {
    let bytes = try Self.built.get().snapshot()
    #expect(String(validating: bytes, as: UTF8.self) != nil)
  }

  @Test func truncatedSnapshotIsAnError() throws {
    let bytes = try Self.built.get().snapshot()
    let truncated = String(decoding: bytes.prefix(bytes.count / 2), as: UTF8.self)
    #expect(throws: KnowledgeError.self) { try KnowledgeBase(snapshot: truncated) }
    #expect(throws: KnowledgeError.self) { try KnowledgeBase(snapshot: "") }
  }

  @Test func snapshotAnswersEveryDevQuestionAsTheBuiltKnowledgeBase() throws {
    let built = try Self.built.get()
    let snapshot = try KnowledgeBase.builtIn()
    let text = try String(
      contentsOf: Fixtures.corpus.appendingPathComponent("eval/dev.jsonl"), encoding: .utf8)
    let cases = try GoldCase.read(text, path: "corpus/eval/dev.jsonl")
    #expect(cases.count >= 200)
    for question in cases.map(\.question) {
      let expected = built.answer(question)
      let answer = snapshot.answer(question)
      #expect(answer == expected, "\(question)")
    }
  }

  /// Compares every part of two knowledge bases: documents, facts, rule data and indices.
  func expectAlike(_ actual: KnowledgeBase, _ expected: KnowledgeBase) {
    #expect(actual.documents == expected.documents)
    #expect(actual.facts == expected.facts)
    #expect(actual.facts.count > 40)
    #expect(bytes(actual.corpus) == bytes(expected.corpus))
    #expect(actual.vocabulary.words == expected.vocabulary.words)
    #expect(bytes(actual.subjects) == bytes(expected.subjects))
    #expect(
      Set(actual.completer.entries.map(\.text)) == Set(expected.completer.entries.map(\.text)))
    #expect(actual.readings.alike == expected.readings.alike)
    #expect(actual.reference == expected.reference)
    #expect(actual.warnings == expected.warnings)
  }

  /// A value's snapshot bytes: equal for values equal in every part written.
  func bytes(_ value: some SnapshotCodable) -> [UInt8] {
    var writer = SnapshotWriter()
    writer.write(value)
    return writer.finished()
  }
}
