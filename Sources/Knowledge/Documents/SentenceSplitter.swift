/// Splits a paragraph into sentences and clauses without breaking numbers, dates, document numbers
/// or lists such as `Bộ, ngành`.
public enum SentenceSplitter {
  /// Abbreviations that end with a full stop inside a sentence.
  static let abbreviations: Set<String> = [
    "TP", "Tp", "ThS", "TS", "PGS", "GS", "Th.S", "St", "TT",
  ]

  /// The sentences of a paragraph.
  ///
  /// A sentence ends at `.`, `!`, `?` or `…` followed by a space and an uppercase letter, a digit
  /// or an opening quote, or at the end of the paragraph.
  public static func sentences(_ paragraph: String) -> [Sentence] {
    // The scalars, and where each starts: a sentence is copied from the paragraph as a slice. Every
    // mark looked for is one scalar, so the paragraph is not broken into characters.
    var scalars: [Unicode.Scalar] = []
    var starts: [String.Index] = []
    // A scalar has one byte or more: room for them all, made once.
    scalars.reserveCapacity(paragraph.utf8.count)
    starts.reserveCapacity(paragraph.utf8.count + 1)
    let view = paragraph.unicodeScalars
    var position = view.startIndex
    while position < view.endIndex {
      scalars.append(view[position])
      starts.append(position)
      position = view.index(after: position)
    }
    starts.append(view.endIndex)
    func text(_ range: Range<Int>) -> String {
      String(paragraph[starts[range.lowerBound]..<starts[range.upperBound]])
    }
    // Whether the scalar at `index` is a character of its own: marks after it would join it.
    func alone(_ index: Int) -> Bool {
      index + 1 == scalars.count || scalars[index + 1].isASCII
        || paragraph[starts[index]...].first.map { $0.unicodeScalars.count == 1 } ?? true
    }
    func endsSentence(at index: Int) -> Bool { Self.endsSentence(scalars[index]) && alone(index) }
    var sentences: [Sentence] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      if endsSentence(at: index) {
        var end = index + 1
        while end < scalars.count, endsSentence(at: end) { end += 1 }
        var next = end
        while next < scalars.count, scalars[next] == " ", alone(next) { next += 1 }
        let spaced = next > end
        let opensSentence = next < scalars.count && opens(scalars[next])
        if (spaced && opensSentence && !endsWithAbbreviation(scalars[start..<index]))
          || next == scalars.count
        {
          append(text(start..<end), to: &sentences)
          start = next
          index = next
          continue
        }
        index = end
        continue
      }
      index += 1
    }
    if start < scalars.count { append(text(start..<scalars.count), to: &sentences) }
    return sentences
  }

  /// Whether a scalar is `.`, `!`, `?` or `…`.
  private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
  }

  /// Whether a sentence may start with the character of this scalar: an uppercase letter, a digit
  /// or an opening quote or parenthesis.
  private static func opens(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "\"" || scalar == "“" || scalar == "(" { return true }
    let character = Character(scalar)
    return character.isUppercase || character.isNumber
  }

  private static func endsWithAbbreviation(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    var wordStart = text.endIndex
    while wordStart > text.startIndex, !text[wordStart - 1].properties.isWhitespace {
      wordStart -= 1
    }
    var word = String.UnicodeScalarView()
    word.append(contentsOf: text[wordStart...])
    return abbreviations.contains(String(word))
  }

  private static func append(_ text: String, to sentences: inout [Sentence]) {
    let trimmed = text.trimmed()
    guard !trimmed.isEmpty else { return }
    sentences.append(Sentence(text: trimmed, clauses: clauses(trimmed)))
  }

  /// The clauses of a sentence: split at `;` outside parentheses.
  public static func clauses(_ sentence: String) -> [String] {
    // Most sentences have no `;`: one clause, found without reading them character by character.
    guard sentence.contains(ascii: ";") else {
      let clause = sentence.trimmed()
      return clause.isEmpty ? [] : [clause]
    }
    var clauses: [String] = []
    var start = sentence.startIndex
    var depth = 0
    // The marks are ASCII: found by their bytes.
    for index in sentence.utf8.indices {
      // A mark after a parenthesis or `;` makes another character of it.
      var byte = sentence.utf8[index]
      if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ";"),
        !sentence.isLoneASCII(at: index)
      {
        byte = 0x80
      }
      // U+037E, the Greek question mark, is a `;` to `Character` (whose decomposition it is).
      if byte == 0xCD, sentence[index...].first == ";" { byte = UInt8(ascii: ";") }
      switch byte {
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"): depth = max(0, depth - 1)
      case UInt8(ascii: ";") where depth == 0:
        clauses.append(sentence[start..<index].trimmed())
        // After the `;`, one byte, or two for U+037E.
        start = sentence.utf8.index(index, offsetBy: sentence.utf8[index] == 0xCD ? 2 : 1)
      default: break
      }
    }
    clauses.append(sentence[start...].trimmed())
    return clauses.filter { !$0.isEmpty }
  }
}
