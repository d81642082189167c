import Testing

@testable import Assistant

/// How `BatchInput` reads one decoded line: skipped, a question, or malformed.
@Suite struct BatchInputTests {
  @Test(arguments: ["", "   ", "\t", "# comment", "   # indented comment", "#"])
  func blankAndCommentLinesAreSkipped(line: String) {
    #expect(BatchInput.parse(line, path: "q.txt", lineNumber: 1) == nil)
  }

  @Test(arguments: [
    ("Ai chủ trì?", BatchQuestion(id: nil, text: "Ai chủ trì?")),
    ("  Ai chủ trì?  ", BatchQuestion(id: nil, text: "  Ai chủ trì?  ")),
    ("[1, 2]", BatchQuestion(id: nil, text: "[1, 2]")),
    // A brace or hash with a combining mark is another character: a question, not JSON or a
    // comment (a mutation the fuzz test makes).
    ("{\u{301}Ai chủ trì?", BatchQuestion(id: nil, text: "{\u{301}Ai chủ trì?")),
    (" #\u{300} câu hỏi", BatchQuestion(id: nil, text: " #\u{300} câu hỏi")),
    ("\u{3000}Ai chủ trì?", BatchQuestion(id: nil, text: "\u{3000}Ai chủ trì?")),
    (#"{"question": "Ai?"}"#, BatchQuestion(id: nil, text: "Ai?")),
    (#" {"id": 7, "question": "Ai?"} "#, BatchQuestion(id: .number("7"), text: "Ai?")),
    (#"{"id": "a", "question": ""}"#, BatchQuestion(id: .string("a"), text: "")),
    (#"{"id": -2.5, "question": "Ai?"}"#, BatchQuestion(id: .number("-2.5"), text: "Ai?")),
    (#"{"id": null, "question": "Ai?", "x": 1}"#, BatchQuestion(id: .null, text: "Ai?")),
    // Numbers keep their digits: a Double would round the first and drop the zero of the next.
    (
      #"{"id": 123456789012345678901234567890, "question": "Ai?"}"#,
      BatchQuestion(id: .number("123456789012345678901234567890"), text: "Ai?")
    ),
    (#"{"question": "Ai?", "id":1.50}"#, BatchQuestion(id: .number("1.50"), text: "Ai?")),
    (#"{"id": -1E+3, "question": "Ai?"}"#, BatchQuestion(id: .number("-1E+3"), text: "Ai?")),
    // The key as JSON reads it, escapes and all; an "id" inside another value is not the id.
    (#"{"\u0069d": "a\"b", "question": "Ai?"}"#, BatchQuestion(id: .string("a\"b"), text: "Ai?")),
    (
      #"{"meta": {"id": 5, "x": [1, "}"]}, "question": "Ai?", "note": "\"id\": 6"}"#,
      BatchQuestion(id: nil, text: "Ai?")
    ),
    (#"{"id": 1, "id": 2, "question": "Ai?"}"#, BatchQuestion(id: .number("2"), text: "Ai?")),
  ])
  func questionsKeepTheirTextAndID(line: String, question: BatchQuestion) {
    #expect(BatchInput.parse(line, path: "q.txt", lineNumber: 1) == .question(question))
  }

  @Test(arguments: [
    ("{", "not a valid JSON object"),
    (#"{"id": 1, "question": "Ai?"} trailing"#, "not a valid JSON object"),
    (#"{"id": 1}"#, #"the JSON object has no string "question""#),
    (#"{"question": null}"#, #"the JSON object has no string "question""#),
    (#"{"question": ["Ai?"]}"#, #"the JSON object has no string "question""#),
    (#"{"id": true, "question": "Ai?"}"#, #"the "id" must be a string, a number or null"#),
    (#"{"id": {}, "question": "Ai?"}"#, #"the "id" must be a string, a number or null"#),
    (#"{"id": [1], "question": "Ai?"}"#, #"the "id" must be a string, a number or null"#),
  ])
  func malformedJSONLinesNameFileAndLine(line: String, reason: String) {
    #expect(
      BatchInput.parse(line, path: "q.jsonl", lineNumber: 12)
        == .malformed(.malformedLine(path: "q.jsonl", line: 12, reason: reason)))
  }
}
