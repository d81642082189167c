/// Reads a follow-up question with the question before it.
///
/// `còn địa phương?` after `Tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành?` asks the same
/// thing for another scope: the earlier question's scope is replaced by the new one. Periods and
/// the kind of figure (`tăng bao nhiêu?`, `so với cùng kỳ?`) are replaced the same way; words
/// pointing back (`nó`, `con số đó`) stand for the earlier question's figure.
enum FollowUp {
  /// Whether `question` follows up the conversation's topic rather than starting a new one: it
  /// names no figure of its own, and either says it follows (`còn`, `thì sao`, `nó`) or names
  /// only what a follow-up changes (a scope, a period, a kind of figure) and is not answered alone.
  static func follows(_ question: Question, alone: Answer) -> Bool {
    let ownSubject =
      !question.concepts.isEmpty || !question.subjects.facts.isEmpty || !question.topics.isEmpty
      || !question.citations.isEmpty || !question.terms.isEmpty
    // `Phiên họp diễn ra ở đâu?`, `số liệu này nằm trong nghị quyết nào?`: a question of another
    // kind answered alone is a new topic.
    if alone.answered && alone.intent != "statistic" { return false }
    if !question.anaphors.isEmpty { return true }
    guard !ownSubject else { return false }
    if question.followUps.contains(where: { $0.term.id != "particle" }) { return true }
    // `gấp mấy lần TikTok Shop?`: a computation naming one figure takes the other from the topic.
    if !question.operations.isEmpty
      && (question.scopes + question.platforms + question.places).count < 2
    {
      return true
    }
    let changes =
      !(question.scopes.isEmpty && question.platforms.isEmpty && question.otherPlatforms.isEmpty
      && question.places.isEmpty && question.periods.isEmpty && question.measures.isEmpty)
    return changes && !alone.answered
  }

  /// The whole question a follow-up asks: the topic's words with what the follow-up names put in
  /// place of the topic's scope, period or kind of figure, and its other words added.
  static func resolve(_ question: Question, after topic: Question) -> String {
    let words = question.words
    var used = Set<Int>()
    for match in question.followUps + question.anaphors { used.formUnion(match.range) }
    var removed = Set<Int>()
    var inserted: [Int: [String]] = [:]
    var appended: [String] = []

    // Scopes, platforms and places by their names (`dia phuong` → `các địa phương`).
    var names: [Int: String] = [:]
    for match in question.scopes + question.platforms + question.otherPlatforms + question.places {
      names[match.range.lowerBound] = match.term.name
    }

    /// Puts the follow-up's words for one part (its scope, say) where the topic had its own, or
    /// at the end when the topic had none or the follow-up computes (`gấp mấy lần TikTok Shop?`
    /// compares with the topic's scope, and so keeps it).
    func replace(_ old: [Range<Int>], with new: [Range<Int>], joiner: String? = nil) {
      guard !new.isEmpty else { return }
      let text = new.sorted { $0.lowerBound < $1.lowerBound }.flatMap { range in
        names[range.lowerBound].map { [$0] } ?? words[range].map(\.text)
      }
      for range in new { used.formUnion(range) }
      if let first = old.map(\.lowerBound).min(), question.operations.isEmpty {
        for range in old { removed.formUnion(range) }
        inserted[first, default: []] += text
      } else {
        appended += (joiner.map { [$0] } ?? []) + text
      }
    }

    // After a computation (`Shopee gấp mấy lần TikTok Shop?`), a new scope (`còn Lazada?`)
    // takes the place of the last one compared.
    let compared = places(topic).sorted { $0.lowerBound < $1.lowerBound }
    let replaced = !topic.operations.isEmpty && compared.count > 1 ? [compared.last!] : compared
    replace(replaced, with: places(question), joiner: "của")
    if !question.operations.isEmpty {
      for match in topic.operations { removed.formUnion(match.range) }
    }
    replace(topic.askedPeriods.map(\.range), with: question.askedPeriods.map(\.range))
    // A new kind of figure (`so với tháng trước`) replaces the old one and its comparison base
    // (`so với cùng kỳ năm 2024`); its words come with the rest.
    if !question.measures.isEmpty {
      for match in topic.measures { removed.formUnion(match.range) }
      for mention in topic.periods where mention.isComparison { removed.formUnion(mention.range) }
    }
    let rest = words.indices.filter { !used.contains($0) }.map { words[$0].text }
    // What the topic had no place for goes before its question words (`… của các địa phương là
    // bao nhiêu`), else, and for a computation, at the end.
    let asking = question.operations.isEmpty ? askingStart(of: topic) : nil
    var result: [String] = []
    for index in topic.words.indices {
      result += inserted[index] ?? []
      if index == asking { result += appended }
      if !removed.contains(index) { result.append(topic.words[index].text) }
    }
    if asking == nil { result += appended }
    return (result + rest).joined(separator: " ")
  }

  /// The ranges of the scopes, platforms and places a question names.
  private static func places(_ question: Question) -> [Range<Int>] {
    (question.scopes + question.platforms + question.otherPlatforms + question.places).map(\.range)
  }

  /// Where a question's words that ask begin (`đạt`, `mấy`, `là bao nhiêu`), if it has any.
  private static func askingStart(of question: Question) -> Int? {
    let folds = question.words.map(\.fold)
    return folds.indices.first { index in
      folds[index] == "dat" || folds[index] == "may"
        || folds[index...].starts(with: ["la", "bao", "nhieu"])
        || folds[index...].starts(with: ["bao", "nhieu"])
    }
  }
}
