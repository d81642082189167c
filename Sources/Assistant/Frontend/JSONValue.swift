/// A JSON value whose objects keep their keys in the order given.
///
/// Rows are read by people as well as scripts, so `id` and `question` come first whatever
/// `JSONEncoder` would do with a dictionary. Non-ASCII text is written as is; control characters,
/// C1 and DEL included, are always escaped.
indirect enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case integer(Int)
  /// A number; infinity and NaN, which JSON cannot hold, are written as `null`.
  case number(Double)
  case string(String)
  case array([JSONValue])
  /// An object, as key–value pairs in the order they are written.
  case object([(key: String, value: JSONValue)])

  /// The value as compact JSON text on one line.
  var serialized: String {
    var text = ""
    write(to: &text, indent: nil)
    return text
  }

  /// The value as JSON text indented by two spaces a level, for reports people read too.
  ///
  /// Arrays and objects with no elements stay on one line; there is no final newline.
  var prettySerialized: String {
    var text = ""
    write(to: &text, indent: 0)
    return text
  }

  /// Writes the value; `indent` is the current depth when pretty-printing, nil for compact.
  private func write(to text: inout String, indent: Int?) {
    switch self {
    case .null:
      text += "null"
    case .bool(let bool):
      text += bool ? "true" : "false"
    case .integer(let integer):
      text += String(integer)
    case .number(let number):
      text += number.isFinite ? "\(number)" : "null"
    case .string(let string):
      Self.writeString(string, to: &text)
    case .array(let elements):
      Self.writeList("[", "]", elements, to: &text, indent: indent) { element, text, inner in
        element.write(to: &text, indent: inner)
      }
    case .object(let members):
      Self.writeList("{", "}", members, to: &text, indent: indent) { member, text, inner in
        Self.writeString(member.key, to: &text)
        text += inner == nil ? ":" : ": "
        member.value.write(to: &text, indent: inner)
      }
    }
  }

  private static func writeList<Element>(
    _ open: String, _ close: String, _ elements: [Element], to text: inout String, indent: Int?,
    writeElement: (Element, inout String, Int?) -> Void
  ) {
    text += open
    let inner = indent.map { $0 + 1 }
    for (index, element) in elements.enumerated() {
      if index > 0 { text += "," }
      if let inner { text += "\n" + String(repeating: "  ", count: inner) }
      writeElement(element, &text, inner)
    }
    if let indent, !elements.isEmpty { text += "\n" + String(repeating: "  ", count: indent) }
    text += close
  }

  private static func writeString(_ string: String, to text: inout String) {
    text += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{08}": text += "\\b"
      case "\u{0C}": text += "\\f"
      case _ where scalar.properties.generalCategory == .control:
        // JSON needs only C0 escaped; DEL and C1 (U+009B starts an escape sequence on some
        // terminals) are escaped too, so a row shown on a terminal is only text.
        let hex = String(scalar.value, radix: 16)
        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    text += "\""
  }
}
