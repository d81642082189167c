extension String {
  /// This text with every control character except tab (and newline, if kept) replaced by U+FFFD.
  ///
  /// Questions are echoed in text output; an escape sequence typed or piped in must not reach
  /// the terminal and recolour, move or retitle it. Text without such a character, which is nearly
  /// all text, is returned as it is, without building a copy.
  func terminalSafe(keepingNewlines: Bool) -> String {
    let isKept = { (byte: UInt8) in byte == 0x09 || (byte == 0x0A && keepingNewlines) }
    guard containsControlCharacter(except: isKept) else { return self }
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      let isUnsafe = scalar.isControlCharacter && !(scalar.isASCII && isKept(UInt8(scalar.value)))
      result.append(isUnsafe ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  /// Whether this text has a control character (general category Cc) other than the ASCII ones
  /// `allowed` accepts.
  ///
  /// The control characters are exactly U+0000–U+001F, U+007F and U+0080–U+009F, so this is
  /// decided on the UTF-8 bytes: a byte below 0x20, 0x7F, or 0xC2 followed by 0x80–0x9F.
  func containsControlCharacter(except allowed: (UInt8) -> Bool) -> Bool {
    var text = self
    text.makeContiguousUTF8()  // a native string already is; this copies nothing then
    return text.utf8.withContiguousStorageIfAvailable { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if byte < 0x20 || byte == 0x7F {
          if !allowed(byte) { return true }
        } else if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F {
          return true
        }
        previous = byte
      }
      return false
    } ?? true
  }
}

extension Unicode.Scalar {
  /// Whether this is a control character, general category Cc: U+0000–U+001F and U+007F–U+009F.
  var isControlCharacter: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
}
