/// The `id` of a JSON Lines question, echoed in its row with the JSON type it came with.
enum QuestionID: Hashable, Sendable, Decodable {
  /// A string id, such as `"q17"`.
  case string(String)
  /// An integer id, such as `17`.
  case integer(Int)
  /// Any other number, such as `1.5` or one too large for `Int`.
  case number(Double)

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      self = .string(string)
    } else if let integer = try? container.decode(Int.self) {
      self = .integer(integer)
    } else {
      self = .number(try container.decode(Double.self))
    }
  }

  /// The id as it is written in a row.
  var json: JSONValue {
    switch self {
    case .string(let string): return .string(string)
    case .integer(let integer): return .integer(integer)
    case .number(let number): return .number(number)
    }
  }
}
