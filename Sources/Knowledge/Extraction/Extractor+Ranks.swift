/// Ranks (`dẫn đầu`, `xếp thứ 13`, `top 18`) and the statistics they give.
extension Extractor {
  /// A rank: `dẫn đầu` (1), `đứng thứ hai`, `xếp thứ 13`, `top 18`, `thứ 71/193 quốc gia`.
  struct Rank {
    let index: Int
    let value: String
    let total: String?
    /// The rank's words as written, to find them in the clause.
    let phrase: String
  }

  /// The ranks of a clause's words.
  func ranks(in words: [Word]) -> [Rank] {
    var ranks: [Rank] = []
    for index in words.indices where cues.rankStarts.contains(words[index].foldHash) {
      if let rank = rank(at: index, in: words) { ranks.append(rank) }
    }
    return ranks
  }

  /// The rank starting at `index`: `dẫn đầu` is 1, `đứng thứ` and `xếp thứ` are followed by the
  /// place (a number, an ordinal word, `71/193`), `top` by a number.
  private func rank(at index: Int, in words: [Word]) -> Rank? {
    func starts(_ phrase: [String]) -> Bool {
      index + phrase.count <= words.count
        && zip(words[index...], phrase).allSatisfy { $0.fold == $1 }
    }
    func written(_ count: Int) -> String {
      words[index..<(index + count)].map(\.text).joined(separator: " ")
    }
    if let first = cues.rankFirst.first(where: starts) {
      return Rank(index: index, value: "1", total: nil, phrase: written(first.count))
    }
    if let ordinal = cues.rankOrdinal.first(where: starts), index + ordinal.count < words.count {
      let after = words[index + ordinal.count]
      let parts = after.text.split(separator: "/")
      guard let number = cues.ordinals[after.fold] ?? parts.first.flatMap({ Int($0) }) else {
        return nil
      }
      return Rank(
        index: index, value: String(number), total: parts.count == 2 ? String(parts[1]) : nil,
        phrase: written(ordinal.count + 1))
    }
    if let top = cues.rankTop.first(where: starts), index + top.count < words.count,
      let number = Int(words[index + top.count].text)
    {
      return Rank(index: index, value: String(number), total: nil, phrase: written(top.count + 1))
    }
    return nil
  }

  /// The statistic of a rank: what the ranking is of, from the words before the rank and the
  /// ranking named after it (`... dẫn đầu bảng xếp hạng chất lượng phục vụ ...`).
  func statistic(of rank: Rank, in reading: ClauseReading, context: Context) -> Statistic {
    let clause = reading.clause
    let scope = scopeName(before: rank.index, in: reading.clauseWords, since: 0) ?? "national"
    let rawBefore = clause.find(rank.phrase).map { String(clause[..<$0.lowerBound]) } ?? ""
    let rawAfter = Extractor.prefix(
      of: clause.find(rank.phrase).map { String(clause[$0.upperBound...]) } ?? "",
      beforeWords: cues.rankEnds, orMarks: [",", ";"])
    let subject = [
      subjectPhrase(rawBefore, reference: reading.reference),
      subjectPhrase(rawAfter, reference: reading.reference),
    ]
    .filter { !$0.isEmpty }.joined(separator: " ")
    let statistics = reading.statistics
    let concept =
      statistics.first { $0.concept != nil }?.concept
      ?? (statistics.isEmpty ? context.concept : nil)
    return Statistic(
      subject: subject, concept: concept, valueText: rank.value, value: Double(rank.value) ?? 0,
      unit: "", scale: 1,
      qualifier: nil, scope: scope,
      period: period(for: rank.index, in: reading.periods) ?? reading.sentencePeriod
        ?? context.period,
      measure: .rank, direction: 0, base: nil, equivalent: nil, note: nil, total: rank.total,
      target: nil, from: nil,
      items: [])
  }
}
