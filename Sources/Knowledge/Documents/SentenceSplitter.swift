/// Splits a paragraph into sentences and clauses without breaking numbers, dates, document numbers
/// or lists such as `Bộ, ngành`.
public enum SentenceSplitter {
  /// Abbreviations that end with a full stop inside a sentence.
  static let abbreviations: Set<String> = ["TP", "Tp", "ThS", "TS", "PGS", "GS", "Th.S", "St", "TT"]

  /// The sentences of a paragraph. A sentence ends at `.`, `!`, `?` or `…` followed by a space and
  /// an uppercase letter, a digit or an opening quote, or at the end of the paragraph.
  public static func sentences(_ paragraph: String) -> [Sentence] {
    // The characters, and where each starts: a sentence is copied from the paragraph as a slice.
    var characters: [Character] = []
    var starts: [String.Index] = []
    for index in paragraph.indices {
      characters.append(paragraph[index])
      starts.append(index)
    }
    starts.append(paragraph.endIndex)
    func text(_ range: Range<Int>) -> String {
      String(paragraph[starts[range.lowerBound]..<starts[range.upperBound]])
    }
    var sentences: [Sentence] = []
    var start = 0
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if endsSentence(character) {
        var end = index + 1
        while end < characters.count, endsSentence(characters[end]) { end += 1 }
        var next = end
        while next < characters.count, characters[next] == " " { next += 1 }
        let spaced = next > end
        let opensSentence =
          next < characters.count
          && (characters[next].isUppercase || characters[next].isNumber || "\"“(".contains(characters[next]))
        if (spaced && opensSentence && !endsWithAbbreviation(characters[start..<index]))
          || next == characters.count
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
    if start < characters.count { append(text(start..<characters.count), to: &sentences) }
    return sentences
  }

  /// Whether a character is `.`, `!`, `?` or `…`, compared by its UTF-8 bytes: none of them has
  /// another canonically equivalent spelling, so the bytes say what `==` would.
  private static func endsSentence(_ character: Character) -> Bool {
    let utf8 = character.utf8
    switch utf8.count {
    case 1:
      return utf8.first == UInt8(ascii: ".") || utf8.first == UInt8(ascii: "!")
        || utf8.first == UInt8(ascii: "?")
    case 3: return utf8.elementsEqual("…".utf8)
    default: return false
    }
  }

  private static func endsWithAbbreviation(_ text: ArraySlice<Character>) -> Bool {
    let word = String(text.reversed().prefix { !$0.isWhitespace }.reversed())
    return abbreviations.contains(word)
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
    for index in sentence.indices {
      switch sentence[index] {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case ";" where depth == 0:
        clauses.append(sentence[start..<index].trimmed())
        start = sentence.index(after: index)
      default: break
      }
    }
    clauses.append(sentence[start...].trimmed())
    return clauses.filter { !$0.isEmpty }
  }
}
