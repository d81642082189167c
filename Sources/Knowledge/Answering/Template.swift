/// Fills `{name}` placeholders of an answer template.
public enum Template {
  /// Replaces every `{name}` by `values[name]`; unknown names are left as written.
  ///
  /// A part in square brackets is optional: it is kept (without its brackets) only when every name
  /// in it has a value (`[; có điểm cầu tại {bridge}]`).
  public static func fill(_ template: String, _ values: [String: String]) -> String {
    // Answers fill several templates each: the marks, all ASCII, are found in the UTF-8 bytes,
    // which are copied out as they are, and the text is made a string once.
    var template = template
    var output: [UInt8] = []
    template.withUTF8 { bytes in
      output.reserveCapacity(bytes.count * 2)
      guard bytes.contains(UInt8(ascii: "[")) else {
        return substitute(bytes, values, into: &output)
      }
      var expanded: [UInt8] = []
      expanded.reserveCapacity(bytes.count)
      var rest = 0
      while let open = firstIndex(of: "[", in: bytes, from: rest),
        let close = firstIndex(of: "]", in: bytes, from: open)
      {
        expanded += bytes[rest..<open]
        let part = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close])
        if placeholders(in: part).allSatisfy({ !(values[$0] ?? "").isEmpty }) { expanded += part }
        rest = close + 1
      }
      expanded += bytes[rest...]
      expanded.withUnsafeBufferPointer { substitute($0, values, into: &output) }
    }
    return String(decoding: output, as: UTF8.self)
  }

  private static func substitute(
    _ template: UnsafeBufferPointer<UInt8>, _ values: [String: String], into output: inout [UInt8]
  ) {
    var rest = 0
    while let open = firstIndex(of: "{", in: template, from: rest),
      let close = firstIndex(of: "}", in: template, from: open)
    {
      output += template[rest..<open]
      let name = String(
        decoding: UnsafeBufferPointer(rebasing: template[(open + 1)..<close]), as: UTF8.self)
      if let value = values[name] {
        let copied: Void? = value.utf8.withContiguousStorageIfAvailable { output += $0 }
        if copied == nil { output += value.utf8 }
      } else {
        output += template[open...close]
      }
      rest = close + 1
    }
    output += template[rest...]
  }

  /// Where the ASCII character `mark` first is in `bytes`, from `start` on.
  private static func firstIndex(
    of mark: Unicode.Scalar, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    let byte = UInt8(ascii: mark)
    var index = start
    while index < bytes.count {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The placeholders in the UTF-8 bytes of a template.
  private static func placeholders(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var names: [String] = []
    var rest = 0
    while let open = firstIndex(of: "{", in: bytes, from: rest),
      let close = firstIndex(of: "}", in: bytes, from: open)
    {
      names.append(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), as: UTF8.self))
      rest = close + 1
    }
    return names
  }

  /// The placeholders a template uses.
  public static func placeholders(in template: String) -> [String] {
    var template = template
    return template.withUTF8 { placeholders(in: $0) }
  }

  /// The text with its first letter in upper case.
  static func sentence(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
