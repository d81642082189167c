/// Fills `{name}` placeholders of an answer template.
public enum Template {
  /// Replaces every `{name}` by `values[name]`; unknown names are left as written. A part in
  /// square brackets is optional: it is kept (without its brackets) only when every name in it
  /// has a value (`[; có điểm cầu tại {bridge}]`).
  public static func fill(_ template: String, _ values: [String: String]) -> String {
    var expanded = ""
    var rest = Substring(template)
    // The marks are ASCII: found on the UTF-8 bytes, without breaking the text into characters.
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "[")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "]"))
    {
      expanded += rest[..<open]
      let part = String(rest[rest.index(after: open)..<close])
      if placeholders(in: part).allSatisfy({ !(values[$0] ?? "").isEmpty }) { expanded += part }
      rest = rest[rest.index(after: close)...]
    }
    expanded += rest
    return substitute(expanded, values)
  }

  private static func substitute(_ template: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
      result += rest[..<open]
      guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
      let name = String(rest[rest.index(after: open)..<close])
      result += values[name] ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    result += rest
    return result
  }

  /// The placeholders a template uses.
  public static func placeholders(in template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  /// The text with its first letter in upper case.
  static func sentence(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
