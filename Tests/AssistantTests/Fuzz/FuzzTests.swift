import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

/// Hostile questions through `assistant batch`: the dev set's questions damaged (letters
/// deleted, doubled and swapped, diacritics stripped or moved, punctuation inserted, numbers
/// changed, bytes spliced in) and random bytes, from a fixed seed so that every run asks the
/// same questions.
///
/// The batch must not crash, must write exactly one row per question, in order, echoing the
/// question, and no answer may state a number the knowledge base does not hold
/// (``NumberCheck``).
///
/// `swift test` asks 2,000 questions of the debug build, a few seconds' work. `scripts/fuzz`,
/// which `scripts/test` runs, asks 100,000 of a release build, where answering is about five
/// times quicker. Two variables set the run: `ASSISTANT_FUZZ_QUESTIONS` (how many) and
/// `ASSISTANT_FUZZ_BINARY` (the `assistant` to ask).
@Suite struct FuzzTests {
  /// Change it to ask other questions; a failure names the seed and the question.
  static let seed: UInt64 = 0x7E57_2025
  static let environment = ProcessInfo.processInfo.environment
  /// How many questions to ask.
  static let questionCount = environment["ASSISTANT_FUZZ_QUESTIONS"].flatMap { Int($0) } ?? 2_000
  /// The binary to ask; nil for the one built with the tests.
  static let binary = environment["ASSISTANT_FUZZ_BINARY"].map { URL(fileURLWithPath: $0) }
  /// Batches run side by side, one per core of the CI machine.
  static let processCount = 2

  /// The questions of the dev set, which the mutations start from.
  static func devQuestions() throws -> [String] {
    let file = Samples.packageRoot.appendingPathComponent("corpus/eval/dev.jsonl")
    return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap {
      line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return object?["question"] as? String
    }
  }

  @Test func hostileQuestionsGetOneRowEachAndNoUnknownNumbers() throws {
    var mutator = QuestionMutator(questions: try Self.devQuestions(), seed: Self.seed)
    let questions = (0..<Self.questionCount).map { _ in mutator.next() }
    let share = (questions.count + Self.processCount - 1) / Self.processCount
    let parts = stride(from: 0, to: questions.count, by: share).map {
      Array(questions[$0..<min($0 + share, questions.count)])
    }
    let check = NumberCheck(knowledge: try KnowledgeBase.load())
    let results = Results(count: parts.count)
    // Each part is asked of its own process and its rows checked on its own thread.
    DispatchQueue.concurrentPerform(iterations: parts.count) { part in
      results.set(part, Result { try Self.problems(asking: parts[part], check: check) })
    }
    var problems: [String] = []
    for part in parts.indices { problems += try results.get(part) }
    #expect(
      problems.isEmpty,
      Comment(
        rawValue: "seed \(Self.seed), \(problems.count) problems:\n"
          + problems.prefix(20).joined(separator: "\n")))
  }

  /// Asks `questions` of one `assistant batch --format jsonl`, and returns what is wrong with its
  /// run and its rows.
  static func problems(asking questions: [[UInt8]], check: NumberCheck) throws -> [String] {
    let input = questions.reduce(into: Data()) { $0 += $1 + [UInt8(ascii: "\n")] }
    let result = try AssistantProcess.run(
      ["batch", "--format", "jsonl"], input: input, timeLimit: 1800, executable: binary)
    guard result.status == 0, result.errorText.isEmpty else {
      return ["seed \(seed): batch ended with status \(result.status): \(result.errorText)"]
    }
    var rows = result.output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard rows.last?.isEmpty == true, rows.count - 1 == questions.count else {
      return ["seed \(seed): \(rows.count - 1) rows for \(questions.count) questions"]
    }
    rows.removeLast()
    return zip(questions, rows).compactMap { question, row in
      problem(with: Data(row), for: question, check: check)
    }
  }

  /// What is wrong with the row `row` written for `question`, or nil.
  static func problem(with row: Data, for question: [UInt8], check: NumberCheck) -> String? {
    guard let answer = try? JSONDecoder().decode(Answer.self, from: row) else {
      return "not an answer row: \(String(decoding: row, as: UTF8.self))"
    }
    let asked = String(decoding: question, as: UTF8.self)
    guard answer.question.unicodeScalars.elementsEqual(asked.unicodeScalars) else {
      return "the row for \(quoted(question)) echoes \(answer.question.debugDescription)"
    }
    let unknown = check.unknownNumbers(in: answer)
    guard unknown.isEmpty else {
      return "\(quoted(question)): the answer states \(unknown), which the knowledge base does"
        + " not hold: \(answer.text)"
    }
    return nil
  }

  /// A question as a Swift literal, with its bytes when they are not UTF-8, to ask it again.
  static func quoted(_ bytes: [UInt8]) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    guard Array(text.utf8) != bytes else { return text.debugDescription }
    let hex = bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
    return text.debugDescription + " (bytes " + hex + ")"
  }
}

/// The problems each batch found, filled in by the threads that run them.
private final class Results: @unchecked Sendable {
  private var results: [Result<[String], any Error>?]
  private let lock = NSLock()

  init(count: Int) {
    results = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ result: Result<[String], any Error>) {
    lock.withLock { results[index] = result }
  }

  func get(_ index: Int) throws -> [String] {
    try lock.withLock { results[index] }!.get()
  }
}
