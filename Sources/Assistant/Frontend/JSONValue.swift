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
  /// A number written as this text, which must be a JSON number: an input's number echoed as
  /// it was written.
  case numberText(String)
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
    case .numberText(let digits):
      text += digits
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

  /// Writes `string` quoted and escaped, working on its UTF-8 bytes: the runs between characters
  /// that need an escape, nearly all of the text, are copied whole.
  private static func writeString(_ string: String, to text: inout String) {
    var string = string
    var json: [UInt8] = []
    string.withUTF8 { bytes in
      json.reserveCapacity(bytes.count + 16)
      json.append(UInt8(ascii: "\""))
      var run = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        // A C1 control is 0xC2 then 0x80–0x9F, and its code point is that second byte.
        let isC1 =
          byte == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])
        guard
          byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
            || isC1
        else {
          index += 1
          continue
        }
        json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): appendEscape(byte, to: &json)
        case UInt8(ascii: "\n"): appendEscape(UInt8(ascii: "n"), to: &json)
        case UInt8(ascii: "\r"): appendEscape(UInt8(ascii: "r"), to: &json)
        case UInt8(ascii: "\t"): appendEscape(UInt8(ascii: "t"), to: &json)
        case 0x08: appendEscape(UInt8(ascii: "b"), to: &json)
        case 0x0C: appendEscape(UInt8(ascii: "f"), to: &json)
        // JSON needs only C0 escaped; DEL and C1 (U+009B starts an escape sequence on some
        // terminals) are escaped too, so a row shown on a terminal is only text.
        default:
          if isC1 { index += 1 }
          appendUnicodeEscape(bytes[index], to: &json)
        }
        index += 1
        run = index
      }
      json.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
      json.append(UInt8(ascii: "\""))
    }
    text += String(decoding: json, as: UTF8.self)
  }

  /// Appends a backslash and `letter`.
  private static func appendEscape(_ letter: UInt8, to json: inout [UInt8]) {
    json.append(UInt8(ascii: "\\"))
    json.append(letter)
  }

  /// Appends `\u00XX` for the code point `value`, below U+0100, in lowercase hexadecimal.
  private static func appendUnicodeEscape(_ value: UInt8, to json: inout [UInt8]) {
    let digits = Array("0123456789abcdef".utf8)
    appendEscape(UInt8(ascii: "u"), to: &json)
    json += [
      UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(value >> 4)], digits[Int(value & 0x0F)],
    ]
  }
}
