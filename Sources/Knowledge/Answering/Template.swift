/// Fills `{name}` placeholders of an answer template.
public enum Template {
  /// Replaces every `{name}` by `values[name]`; unknown names are left as written. A part in
  /// square brackets is optional: it is kept (without its brackets) only when every name in it
  /// has a value (`[; có điểm cầu tại {bridge}]`).
  public static func fill(_ template: String, _ values: [String: String]) -> String {
    // The marks are ASCII: found on the UTF-8 bytes, without breaking the text into characters,
    // and the text between them appended as it is.
    guard template.utf8.contains(UInt8(ascii: "[")) else { return substitute(template[...], values) }
    var expanded = ""
    var rest = template[...]
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "[")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "]"))
    {
      expanded.append(contentsOf: rest[..<open])
      let part = rest[rest.utf8.index(after: open)..<close]
      if placeholders(in: part).allSatisfy({ !(values[$0] ?? "").isEmpty }) { expanded.append(contentsOf: part) }
      rest = rest[rest.utf8.index(after: close)...]
    }
    expanded.append(contentsOf: rest)
    return substitute(expanded[...], values)
  }

  private static func substitute(_ template: Substring, _ values: [String: String]) -> String {
    var result = ""
    var rest = template
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      result.append(contentsOf: rest[..<open])
      if let value = values[String(rest[rest.utf8.index(after: open)..<close])] {
        result.append(value)
      } else {
        result.append(contentsOf: rest[open...close])
      }
      rest = rest[rest.utf8.index(after: close)...]
    }
    result.append(contentsOf: rest)
    return result
  }

  /// The placeholders a template uses.
  public static func placeholders(in template: String) -> [String] {
    placeholders(in: template[...])
  }

  private static func placeholders(in template: Substring) -> [String] {
    var names: [String] = []
    var rest = template
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      names.append(String(rest[rest.utf8.index(after: open)..<close]))
      rest = rest[rest.utf8.index(after: close)...]
    }
    return names
  }

  /// The text with its first letter in upper case.
  static func sentence(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
