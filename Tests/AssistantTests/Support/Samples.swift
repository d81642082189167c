import Foundation

/// Questions whose outcome the tests know, and the keys every JSON row must have.
enum Samples {
  /// A question the report answers: the national full-process online service rate in April.
  static let answerable =
    "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 4 là bao nhiêu?"
  /// The figure the answer to ``answerable`` must state, written the Vietnamese way.
  static let answerableFigure = "50,4"
  /// A general-knowledge question the assistant must decline.
  static let offTopic = "thủ đô của Pháp là gì"
  /// The keys of a JSON answer row in the contract of DESIGN.md, apart from the optional `id`.
  static let rowKeys: Set<String> = [
    "question", "answered", "answer", "intent", "confidence", "slots", "facts", "sources",
  ]
  /// The folder of the package, for the repository's own corpus.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // AssistantTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()
}

/// The JSON objects of JSON Lines output, one a line; every row must end with a newline.
func jsonRows(_ output: Data) throws -> [[String: Any]] {
  let lines = output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
  guard lines.last?.isEmpty == true else {
    throw AssistantProcess.Failure(description: "the output does not end with a newline")
  }
  return try lines.dropLast().map { line in
    guard let row = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
      throw AssistantProcess.Failure(
        description: "not a JSON object: \(String(decoding: line, as: UTF8.self))")
    }
    return row
  }
}
