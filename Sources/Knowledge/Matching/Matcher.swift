/// What the matcher made of a question: the rule that fits best, its score and its slots.
public struct Interpretation: Sendable {
  /// The question as read.
  public let question: Question
  /// The best rule, or nil when none fits (out of scope).
  public let rule: IntentRule?
  /// The rule's score: words its cues cover, exact matches counting a little more.
  public let score: Double
  /// The intent: the rule's, or `out_of_scope`.
  public var intent: String { rule?.intent ?? "out_of_scope" }
  /// How sure the match is, from 0 to 1.
  public var confidence: Double { rule == nil ? 0 : min(1, score / (score + 2)) }
}

/// Finds the intent rule that fits a question best.
public struct Matcher: Sendable {
  /// The rules tried, in corpus order.
  public let rules: [IntentRule]
  /// A number for each fold key a phrase cue starts with.
  private let firstWords: [String: Int]
  /// For each rule, the number of the first word of each of its cues (nil for an entity), laid
  /// out as the rule's cues are.
  private let cueFirstWords: [FirstWords]

  struct FirstWords: Sendable {
    let require: [[Int?]]
    let prefer: [Int?]
    let avoid: [Int?]
  }

  /// Creates a matcher for `rules`.
  init(rules: [IntentRule]) {
    self.rules = rules
    var firstWords: [String: Int] = [:]
    func number(_ cue: Cue) -> Int? {
      guard case .phrase(let words) = cue, let first = words.first else { return nil }
      if let known = firstWords[first.fold] { return known }
      firstWords[first.fold] = firstWords.count
      return firstWords.count - 1
    }
    cueFirstWords = rules.map { rule in
      FirstWords(
        require: rule.require.map { $0.map(number) }, prefer: rule.prefer.map(number),
        avoid: rule.avoid.map(number))
    }
    self.firstWords = firstWords
  }

  /// Scores every rule and keeps the best; ties go to the rule written first.
  public func interpret(_ question: Question) -> Interpretation {
    // Most phrases of most rules are absent: a phrase whose first word the question lacks is
    // ruled out by looking at one flag, not by searching the question's words.
    var present = [Bool](repeating: false, count: firstWords.count)
    for word in question.words {
      if let number = firstWords[word.fold] { present[number] = true }
    }
    var best: (rule: IntentRule, score: Double)?
    for (rule, cues) in zip(rules, cueFirstWords) {
      guard let score = score(rule, cues, question, present: present) else { continue }
      if best == nil || score > best!.score { best = (rule, score) }
    }
    return Interpretation(question: question, rule: best?.rule, score: best?.score ?? 0)
  }

  /// The rule's score, or nil when a required group is missing or an avoided cue is present.
  private func score(
    _ rule: IntentRule, _ cues: FirstWords, _ question: Question, present: [Bool]
  ) -> Double? {
    func strength(_ cue: Cue, _ first: Int?) -> Double {
      if let first, !present[first] { return 0 }
      return self.strength(cue, question)
    }
    if zip(rule.avoid, cues.avoid).contains(where: { strength($0, $1) > 0 }) { return nil }
    var total = 0.0
    for (group, firsts) in zip(rule.require, cues.require) {
      let best = zip(group, firsts).map { strength($0, $1) }.max() ?? 0
      guard best > 0 else { return nil }
      total += best
    }
    for (cue, first) in zip(rule.prefer, cues.prefer) { total += strength(cue, first) * 0.5 }
    return total
  }

  /// How strongly a cue is present: the words it covers, plus a quarter when diacritics agree;
  /// a single word matched only once folded counts half (`đâu` and `đầu` fold alike).
  func strength(_ cue: Cue, _ question: Question) -> Double {
    switch cue {
    case .phrase(let words):
      let (found, exact) = question.find(words)
      guard found else { return 0 }
      if exact { return Double(words.count) + 0.25 }
      return words.count == 1 ? 0.5 : Double(words.count)
    case .entity(let name):
      switch name {
      case "concept": return Double(question.concepts.first?.score ?? 0)
      case "scope": return Matcher.length(question.scopes)
      case "platform": return Matcher.length(question.platforms)
      case "other_platform": return Matcher.length(question.otherPlatforms)
      case "place": return Matcher.length(question.places)
      case "topic": return Matcher.length(question.topics)
      case "term": return Matcher.length(question.terms)
      // An abbreviation counts as the words it stands for.
      case "abbreviation":
        return Double(question.abbreviations.map { VietnameseText.words($0.expansion).count }.max() ?? 0)
      case "legal": return question.citations.isEmpty ? 0 : 3
      case "period": return question.periods.isEmpty ? 0 : 1
      case "subject": return Double(question.subjects.score)
      default: return 0
      }
    }
  }

  private static func length(_ matches: [TermMatch]) -> Double {
    Double(matches.map(\.length).max() ?? 0)
  }
}
