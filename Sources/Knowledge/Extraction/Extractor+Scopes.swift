/// What a figure is for: a place, platform or name listed in its clause.
extension Extractor {
  /// The place or platform a figure is for: named right before it (`Đà Nẵng (58,89%)`), or the
  /// last one named since the previous figure outside parentheses, when only one is.
  func scopeName(before index: Int, in clause: ClauseWords, since start: Int) -> String? {
    let words = Array(clause.words[..<index])
    var found: [(range: Range<Int>, scope: String)] = []
    for match in lexicon.platforms.matches(in: words) { found.append((match.range, match.term.id)) }
    for set in [lexicon.provinces, lexicon.bodies, lexicon.countries] {
      for match in set.matches(in: words) {
        found.append((match.range, "place:" + match.term.name))
      }
    }
    for place in namedPlaces(in: words)
    where !found.contains(where: { $0.range.overlaps(place.range) }) {
      found.append(place)
    }
    found.sort { $0.range.lowerBound < $1.range.lowerBound }
    if let adjacent = found.last, adjacent.range.upperBound == index { return adjacent.scope }
    let outside = found.filter { !clause.parenthesized[$0.range.lowerBound] }
    let recent = outside.filter { $0.range.lowerBound >= start }
    let candidates = recent.isEmpty ? outside : recent
    guard Set(candidates.map(\.scope)).count == 1 else { return nil }
    return candidates.last?.scope
  }

  /// Places the lexicon does not list, named by a place marker and a capitalised name
  /// (`huyện Mèo Vạc` → `name:huyện Mèo Vạc`), at most four words of name.
  func namedPlaces(in words: [Word]) -> [(range: Range<Int>, scope: String)] {
    lexicon.placeMarkers.matches(in: words).compactMap { marker in
      guard marker.exact else { return nil }
      let name = words[marker.range.upperBound...].prefix {
        $0.text.first?.isUppercase == true && !$0.isNumber
      }
      .prefix(4)
      guard !name.isEmpty else { return nil }
      let written = words[marker.range].map(\.text) + name.map(\.text)
      return (marker.range.lowerBound..<name.endIndex, "name:" + written.joined(separator: " "))
    }
  }

  /// The names listed before `lần lượt`: platforms or places the lexicon knows, else the
  /// capitalised items the clause starts with (`Làm đẹp, Thời trang nữ và Nhà cửa - Đời sống`).
  func names(before index: Int, in clause: ClauseWords, clause text: String, count: Int) -> [String]
  {
    let words = Array(clause.words[..<index])
    var known: [(Int, String)] = lexicon.platforms.matches(in: words).map {
      ($0.range.lowerBound, $0.term.id)
    }
    for set in [lexicon.provinces, lexicon.bodies, lexicon.countries] {
      known += set.matches(in: words).map { ($0.range.lowerBound, "place:" + $0.term.name) }
    }
    if known.count >= 2 { return known.sorted { $0.0 < $1.0 }.map(\.1) }
    let head = Extractor.prefix(of: text, beforeWords: cues.listEnds)
    // The last items, one per value: what comes before them introduces the list.
    let items = Array(listItems(head).suffix(count))
    return items.count >= 2 && items.count == count
      && items.allSatisfy({ $0.first?.isUppercase == true })
      ? items.map { "name:" + $0 } : []
  }

  /// The items of a list `A, B, C và D`, up to the end of the sentence.
  func listItems(_ text: String) -> [String] {
    var body = text
    if let end = body.firstIndex(where: { ".;".contains($0) }) { body = String(body[..<end]) }
    var items = body.pieces(separatedBy: ", ")
    if let last = items.popLast() {
      items += last.pieces(separatedBy: " " + (cues.conjunctions.first ?? "") + " ")
    }
    return items.map { $0.trimmed() }.filter { !$0.isEmpty }
  }
}
