/// Completes the words being typed into terms of the knowledge base, restoring diacritics:
/// `chu ky` → `chữ ký số`, `thuong mai` → `thương mại điện tử`, `tiktok` → `TikTok Shop`.
///
/// This is how a user without a Vietnamese keyboard gets the proper terms.
public struct Completer: Sendable {
  struct Entry: Sendable {
    let text: String
    let folds: [String]
  }

  let entries: [Entry]

  /// Collects the terms people ask about: concepts, scopes, platforms, topics, background terms,
  /// abbreviations and their expansions.
  init(corpus: Corpus) {
    let lexicon = corpus.lexicon
    // Names first, so that of two spellings that fold alike the name is kept.
    let sets = [
      lexicon.concepts, lexicon.scopes, lexicon.platforms, lexicon.topics, corpus.background,
    ]
    var texts = sets.flatMap { $0.terms.map(\.name) }
    for term in sets.flatMap(\.terms) {
      // An alias typed without marks or capitals (`tiktok`) adds nothing that folding does not.
      for phrase in term.phrases.map({ $0.map(\.text).joined(separator: " ") })
      where phrase.unicodeScalars.contains(where: { !$0.isASCII || $0.properties.isUppercase }) {
        texts.append(phrase)
      }
    }
    // In key order: of two entries that fold alike, the first kept is then always the same.
    for (_, (short, expansion)) in lexicon.abbreviations.sorted(by: { $0.key < $1.key }) {
      texts.append(short)
      texts.append(expansion.map(\.text).joined(separator: " "))
    }
    var seen: Set<[String]> = []
    var entries: [Entry] = []
    for text in texts where text.count > 2 && !text.contains("(") {
      let words = VietnameseText.words(text)
      guard !words.isEmpty, seen.insert(words.map(\.fold)).inserted else { continue }
      entries.append(Entry(text: text, folds: words.map(\.fold)))
    }
    self.init(entries: entries)
  }

  /// Completes from terms already collected.
  init(entries: [Entry]) {
    self.entries = entries
  }

  /// Completions for the end of `line`: the number of words at its end they replace, and the
  /// candidates, shortest first.
  ///
  /// Tries the longest tail of typed words that some term starts with.
  public func complete(_ line: String) -> (replacing: Int, candidates: [String]) {
    let typed = line.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !typed.isEmpty, !(line.last?.isWhitespace ?? true) else { return (0, []) }
    for count in stride(from: min(4, typed.count), through: 1, by: -1) {
      let tail = typed.suffix(count).map { VietnameseText.foldKey($0) }
      var found: [String] = []
      for entry in entries where entry.folds.count >= tail.count {
        let full = zip(tail.dropLast(), entry.folds).allSatisfy { $0 == $1 }
        if full, entry.folds[tail.count - 1].hasPrefix(tail.last!), !found.contains(entry.text) {
          found.append(entry.text)
        }
      }
      if !found.isEmpty {
        return (count, found.sorted { ($0.count, $0) < ($1.count, $1) })
      }
    }
    return (0, [])
  }
}
