/// The `id` of a JSON Lines question, echoed in its row as it is written.
enum QuestionID: Hashable, Sendable {
  /// A string id, such as `"q17"`.
  case string(String)
  /// A number, as its digits are written (`17`, `1.50`, `123456789012345678901234567890`), so it
  /// is echoed digit for digit, never rounded through a `Double`.
  case number(String)
  /// `null`, echoed as `null`.
  case null

  /// The id written as `text`, a valid JSON value; nil for a value that cannot be an id
  /// (`true`, an array, an object).
  init?(json text: String) {
    guard let first = text.utf8.first else { return nil }
    switch first {
    case UInt8(ascii: "\""):
      guard let string = RawJSONObject.decodedString(Array(text.utf8)) else { return nil }
      self = .string(string)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      self = .number(text)
    case UInt8(ascii: "n"):
      self = .null
    default:
      return nil
    }
  }

  /// The id as it is written in a row.
  var json: JSONValue {
    switch self {
    case .string(let string): return .string(string)
    case .number(let digits): return .numberText(digits)
    case .null: return .null
    }
  }
}
