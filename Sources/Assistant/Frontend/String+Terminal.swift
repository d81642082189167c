extension String {
  /// This text with every control character except tab (and newline, if kept) replaced by U+FFFD.
  ///
  /// Questions are echoed in text output; an escape sequence typed or piped in must not reach
  /// the terminal and recolour, move or retitle it.
  func terminalSafe(keepingNewlines: Bool) -> String {
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      switch scalar {
      case "\t":
        result.append(scalar)
      case "\n" where keepingNewlines:
        result.append(scalar)
      case _ where scalar.properties.generalCategory == .control:
        result.append("\u{FFFD}")
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }
}
