extension String {
  /// The number of terminal columns the text takes: one a character, two for wide ones.
  ///
  /// Vietnamese letters with their marks are one character each, precomposed or not.
  var columns: Int {
    reduce(0) { $0 + $1.columns }
  }

  /// The text broken at spaces into lines of at most `width` columns, without trailing newline.
  ///
  /// Existing line breaks are kept. Every line of a paragraph after its first starts with
  /// `continuation` (a hanging indent); the first starts with `indent`. A word longer than a
  /// whole line is cut where the line ends.
  func wrapped(to width: Int, indent: String = "", continuation: String = "") -> String {
    split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.wrap(paragraph: $0, width: width, indent: indent, continuation: continuation) }
      .joined(separator: "\n")
  }

  private static func wrap(
    paragraph: Substring, width: Int, indent: String, continuation: String
  ) -> String {
    var lines: [String] = []
    var line = indent
    var lineColumns = indent.columns
    var lineHasWord = false
    func breakLine() {
      lines.append(line)
      line = continuation
      lineColumns = continuation.columns
      lineHasWord = false
    }
    for word in paragraph.split(separator: " ") {
      var word = String(word)
      var wordColumns = word.columns
      if lineHasWord, lineColumns + 1 + wordColumns > width { breakLine() }
      if lineHasWord {
        line += " "
        lineColumns += 1
      }
      while lineColumns + wordColumns > width, lineColumns < width {
        // Longer than a line: cut it at the edge.
        var head = ""
        var headColumns = 0
        for character in word {
          if lineColumns + headColumns + character.columns > width { break }
          head.append(character)
          headColumns += character.columns
        }
        if head.isEmpty { break }
        line += head
        word.removeFirst(head.count)
        wordColumns -= headColumns
        lineHasWord = true
        breakLine()
      }
      line += word
      lineColumns += wordColumns
      lineHasWord = lineHasWord || !word.isEmpty
    }
    lines.append(line)
    // A paragraph that was only spaces, or a cut that ended a line exactly, leaves no blanks.
    while lines.count > 1, lines.last == continuation { lines.removeLast() }
    return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n")
  }

  private var trailingSpacesRemoved: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

extension Character {
  /// Terminal columns: zero for a control character, two for East Asian wide characters and
  /// emoji, one otherwise.
  var columns: Int {
    guard let first = unicodeScalars.first else { return 0 }
    if first.properties.generalCategory == .control { return 0 }
    if first.properties.isEmojiPresentation { return 2 }
    switch first.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
