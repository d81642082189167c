/// Fills `{name}` placeholders of an answer template.
public enum Template {
  /// Replaces every `{name}` by `values[name]`; unknown names are left as written. A part in
  /// square brackets is optional: it is kept (without its brackets) only when every name in it
  /// has a value (`[; có điểm cầu tại {bridge}]`).
  ///
  /// Every answer fills several templates, so the work is done on UTF-8 bytes (the marks are
  /// ASCII) and the text is made a string once, at the end.
  public static func fill(_ template: String, _ values: [String: String]) -> String {
    let bytes = Array(template.utf8)
    var expanded: [UInt8] = []
    expanded.reserveCapacity(bytes.count)
    var rest = 0
    while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "[")),
      let close = bytes[open...].firstIndex(of: UInt8(ascii: "]"))
    {
      expanded += bytes[rest..<open]
      let part = bytes[(open + 1)..<close]
      if names(in: part).allSatisfy({ !(values[$0] ?? "").isEmpty }) { expanded += part }
      rest = close + 1
    }
    expanded += bytes[rest...]
    return substitute(expanded, values)
  }

  private static func substitute(_ template: [UInt8], _ values: [String: String]) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(template.count * 2)
    var rest = 0
    while let open = template[rest...].firstIndex(of: UInt8(ascii: "{")),
      let close = template[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      result += template[rest..<open]
      let name = String(decoding: template[(open + 1)..<close], as: UTF8.self)
      if let value = values[name] {
        result += value.utf8
      } else {
        result += template[open...close]
      }
      rest = close + 1
    }
    result += template[rest...]
    return String(decoding: result, as: UTF8.self)
  }

  /// The placeholders in the UTF-8 bytes of a template.
  private static func names(in bytes: ArraySlice<UInt8>) -> [String] {
    var names: [String] = []
    var rest = bytes.startIndex
    while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
      let close = bytes[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      names.append(String(decoding: bytes[(open + 1)..<close], as: UTF8.self))
      rest = close + 1
    }
    return names
  }

  /// The placeholders a template uses.
  public static func placeholders(in template: String) -> [String] {
    names(in: Array(template.utf8)[...])
  }

  /// The text with its first letter in upper case.
  static func sentence(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
