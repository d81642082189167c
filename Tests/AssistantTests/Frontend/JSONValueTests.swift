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

  /// Each character that needs escaping, alone in otherwise plain text, is escaped; text with
  /// none is copied whole, letters whose UTF-8 looks like a C1 control ("Ă" is 0xC4 0x82) included.
  @Test(arguments: [
    ("Trực tuyến", #""Trực tuyến""#), ("ĂĐƠ ẶỆ", #""ĂĐƠ ẶỆ""#), ("a\"b", #""a\"b""#),
    ("a\\b", #""a\\b""#), ("a\u{7F}b", #""a\u007fb""#), ("á\u{9B}2J", #""á\u009b2J""#),
    ("a\u{85}", #""a\u0085""#), ("🇻🇳", #""🇻🇳""#), ("", #""""#),
  ])
  func stringsAreEscapedOnlyWhereNeeded(text: String, expected: String) {
    #expect(JSONValue.string(text).serialized == expected)
  }

  @Test(arguments: [
    (JSONValue.number(0.85), "0.85"), (.number(1), "1.0"), (.number(-2.5), "-2.5"),
    (.number(.nan), "null"), (.number(.infinity), "null"), (.integer(-7), "-7"),
    (.numberText("123456789012345678901234567890"), "123456789012345678901234567890"),
    (.numberText("1.50"), "1.50"),
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
