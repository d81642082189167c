import Knowledge

/// What Tab completes in the chat: command names, and terms of the knowledge base with their
/// diacritics restored (`chu ky` → `chữ ký số`).
struct CompletionSource: Sendable {
  /// The knowledge base's completer of terms.
  let completer: Completer

  /// Completions of `text`, the line up to the cursor: the part of it that stays, and what may
  /// replace the rest (the last words typed).
  func complete(_ text: String) -> (kept: String, candidates: [String]) {
    if ChatCommand.parse(text) != nil
      || text.count == 1 && ChatCommand.prefixes.contains(text[text.startIndex])
    {
      // Commands take no words after their name.
      guard !text.contains(where: \.isWhitespace) else { return (text, []) }
      return ("", ChatCommand.completions(of: text))
    }
    let (replacing, candidates) = completer.complete(text)
    guard replacing > 0, !candidates.isEmpty else { return (text, []) }
    return (Self.dropping(words: replacing, from: text), candidates)
  }

  /// `text` without its last `count` words, keeping the spaces before them.
  static func dropping(words count: Int, from text: String) -> String {
    var end = text.endIndex
    for _ in 0..<count {
      while end > text.startIndex, text[text.index(before: end)].isWhitespace {
        end = text.index(before: end)
      }
      while end > text.startIndex, !text[text.index(before: end)].isWhitespace {
        end = text.index(before: end)
      }
    }
    return String(text[..<end])
  }
}
