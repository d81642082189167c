/// The subject of a figure: the words before it as written, cut at its period and verbs, and
/// what its unit is of.
extension Extractor {
  /// The subject of a figure as written: the text before it, without the introductory phrases
  /// (`Theo Cục Thuế, `, `Trong tháng 6/2025, `), its period and its verb.
  func subjectPhrase(_ raw: String, reference: Day) -> String {
    var segments = subjectSegments(raw).map { strippedSubject($0, reference: reference) }
    while let last = segments.last, last.isEmpty { segments.removeLast() }
    while segments.count > 1, let first = segments.first,
      cues.subjectIntroductions.contains(VietnameseText.firstWord(of: first)?.fold ?? "")
        || first.isEmpty
    {
      segments.removeFirst()
    }
    // A lone introduction keeps its topic: `Về nền tảng số` → `nền tảng số`.
    if segments.count == 1, let first = segments.first,
      let space = first.utf8.firstIndex(of: UInt8(ascii: " ")),
      cues.topicIntroductions.contains(first[..<space].lowercased())
    {
      segments[0] = String(first[first.index(after: space)...])
    }
    return segments.joined(separator: ", ")
  }

  /// The pieces of the text before a figure between commas, those of one phrase joined again.
  private func subjectSegments(_ raw: String) -> [String] {
    var segments: [String] = []
    for piece in raw.pieces(separatedBy: ", ").map({ $0.trimmed() }) {
      // `Bộ, ngành` and `người dân, doanh nghiệp` are one phrase, not two clauses. Only the start
      // of the piece is lowercased (enough for the tails), and the segment before only when
      // the piece starts so.
      if let last = segments.last, let first = piece.utf8.first,
        cues.joinedTailBytes.contains(first | 0x20),
        case let start = piece.prefix(cues.joinedTailLength).lowercased(),
        cues.joinedTails.contains(where: { start.hasPrefix($0) }),
        case let lowered = last.lowercased(),
        cues.joinedHeads.contains(where: { lowered.hasSuffix($0) })
      {
        segments[segments.count - 1] = last + ", " + piece
      } else {
        segments.append(piece)
      }
    }
    return segments
  }

  /// A piece of a subject cut at its period (`tháng 11/2025`, `trong 6 tháng đầu năm`,
  /// `tính đến ngày 6/2`), its trailing verbs and qualifiers dropped.
  private func strippedSubject(_ text: String, reference: Day) -> String {
    // Split at the byte of a space, as ``VietnameseText/wordsByToken(_:)`` counts tokens; the
    // tokens are where they are in the text, made into strings only as they are looked at.
    var tokens = text.tokenRanges()
    // Read the words once, and cut at the token where the first period (or `trong` before it)
    // starts.
    let (words, tokenOfWord) = VietnameseText.wordsByToken(text)
    if let period = PeriodReader.periods(in: words, reference: reference).first(where: {
      !$0.isComparison
    }) {
      var start = period.range.lowerBound
      if start > 0, cues.periodLeads.contains(words[start - 1].fold) { start -= 1 }
      let token = tokenOfWord[start]
      if start == 0 || tokenOfWord[start - 1] != token { tokens = Array(tokens[..<token]) }
    }
    let trailing = cues.subjectEndings
    while let last = tokens.last,
      trailing.contains(VietnameseText.exactKey(text[last].trimmed(Extractor.punctuation)))
    {
      tokens.removeLast()
    }
    guard let first = tokens.first, let last = tokens.last else { return "" }
    // The tokens joined by one space: the text they span, unless it has spaces doubled.
    let span = text[first.lowerBound..<last.upperBound]
    let joined = span.has("  ") ? tokens.map { text[$0] }.joined(separator: " ") : String(span)
    return joined.trimmed(Extractor.subjectEdges)
  }

  /// The words after a value's unit that say what was counted, up to the next comma or value:
  /// `(12.870) trạm phát sóng 5G`, `(22,6 triệu) tài khoản định danh điện tử mức độ 2 được kích
  /// hoạt`.
  ///
  /// Empty when nothing follows the unit. `unit` is the value's unit without its scale
  /// (``bareUnit(_:lexicon:)``).
  func describedUnit(_ unit: String, tail raw: String, reference: Day) -> String {
    guard unit != "%", !unit.isEmpty else { return "" }
    let words = VietnameseText.words(raw)
    var tail: [Word] = []
    let stops = cues.descriptionEnds
    for word in words {
      if (word.isNumber && VietnameseNumber.parse(word.text) != nil) || stops.contains(word.exact) {
        break
      }
      tail.append(word)
    }
    if let period = PeriodReader.periods(in: tail, reference: reference).first {
      tail = Array(tail[..<period.range.lowerBound])
    }
    if let last = tail.last, cues.periodLeads.contains(last.fold) { tail.removeLast() }
    return tail.isEmpty ? "" : ([unit] + tail.map(\.text)).joined(separator: " ")
  }

  /// How many words of a phrase say what it is about: not stopwords, scopes, places or platforms.
  func contentWords(of phrase: String) -> Int {
    let words = VietnameseText.words(phrase)
    let hashes = words.map(\.foldHash)
    var covered = [Bool](repeating: false, count: words.count)
    for set in [
      lexicon.scopes, lexicon.provinces, lexicon.bodies, lexicon.countries, lexicon.platforms,
      lexicon.stopwords,
    ] {
      for match in set.matches(in: words, hashes: hashes) {
        for index in match.range { covered[index] = true }
      }
    }
    return words.indices.filter { !covered[$0] && !words[$0].isNumber }.count
  }

  /// Words joined back into a phrase, a repeated abbreviation's expansion removed, trailing verbs and
  /// qualifiers dropped.
  func phrase(_ words: [Word]) -> String {
    var kept = words
    // `thủ tục hành chính (TTHC)` expands to the same words twice.
    var index = 0
    while index < kept.count {
      var removed = false
      for length in stride(from: min(6, (kept.count - index) / 2), through: 2, by: -1)
      where Array(kept[index..<(index + length)]).map(\.fold)
        == Array(kept[(index + length)..<(index + 2 * length)]).map(\.fold)
      {
        kept.removeSubrange((index + length)..<(index + 2 * length))
        removed = true
        break
      }
      if !removed { index += 1 }
    }
    while let last = kept.last, cues.phraseEndings.contains(last.fold) { kept.removeLast() }
    return kept.map(\.text).joined(separator: " ")
  }

  /// `text` up to the first of `words` (a word or phrase standing whole: after a space, and not
  /// followed by a letter or digit) or of `marks`.
  static func prefix(of text: String, beforeWords words: [String], orMarks marks: [String] = [])
    -> String
  {
    var end = text.endIndex
    for word in words {
      if let found = text.findWord(word), found.lowerBound < end { end = found.lowerBound }
    }
    for mark in marks {
      if let found = text.find(mark), found.lowerBound < end { end = found.lowerBound }
    }
    return String(text[..<end])
  }
}
