import Testing

@testable import Assistant

/// `JSONValue` writes compact JSON with keys in order and text unescaped where JSON allows.
@Suite struct JSONValueTests {
  @Test func objectsKeepTheirKeyOrder() {
    let value = JSONValue.object([
      ("id", .integer(3)), ("question", .string("q")), ("answered", .bool(true)),
      ("slots", .object([])), ("facts", .array([.string("a"), .null])),
    ])
    #expect(
      value.serialized == #"{"id":3,"question":"q","answered":true,"slots":{},"facts":["a",null]}"#)
  }

  @Test func stringsEscapeOnlyWhatJSONRequires() {
    let value = JSONValue.string("Tỷ lệ 50,4% \"toàn trình\" 03/NQ-CP \\ \n\t\r\u{1B}\u{0}")
    #expect(
      value.serialized == #""Tỷ lệ 50,4% \"toàn trình\" 03/NQ-CP \\ \n\t\r\u001b\u0000""#)
  }

  @Test(arguments: [
    (JSONValue.number(0.85), "0.85"), (.number(1), "1.0"), (.number(-2.5), "-2.5"),
    (.number(.nan), "null"), (.number(.infinity), "null"), (.integer(-7), "-7"),
  ])
  func numbersAreValidJSON(value: JSONValue, expected: String) {
    #expect(value.serialized == expected)
  }
}

/// `JSONValue.prettySerialized`: the same JSON, indented for people.
@Suite struct PrettyJSONValueTests {
  @Test func nestedValuesAreIndentedByTwoSpaces() {
    let value = JSONValue.object([
      ("total", .integer(2)), ("tags", .array([.string("a"), .null])), ("none", .array([])),
      ("empty", .object([])), ("rate", .number(.nan)),
    ])
    #expect(
      value.prettySerialized == """
        {
          "total": 2,
          "tags": [
            "a",
            null
          ],
          "none": [],
          "empty": {},
          "rate": null
        }
        """)
  }
}
