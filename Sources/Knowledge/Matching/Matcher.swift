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

  /// Scores every rule and keeps the best; ties go to the rule written first.
  public func interpret(_ question: Question) -> Interpretation {
    var best: (rule: IntentRule, score: Double)?
    for rule in rules {
      guard let score = score(rule, question) else { continue }
      if best == nil || score > best!.score { best = (rule, score) }
    }
    return Interpretation(question: question, rule: best?.rule, score: best?.score ?? 0)
  }

  /// The rule's score, or nil when a required group is missing or an avoided cue is present.
  func score(_ rule: IntentRule, _ question: Question) -> Double? {
    if rule.avoid.contains(where: { strength($0, question) > 0 }) { return nil }
    var total = 0.0
    for group in rule.require {
      let best = group.map { strength($0, question) }.max() ?? 0
      guard best > 0 else { return nil }
      total += best
    }
    for cue in rule.prefer { total += strength(cue, question) * 0.5 }
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
