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
  /// Every distinct cue of every rule, numbered: rules share many (`bao nhiêu`, `@concept`), and
  /// each is looked for once per question.
  private let cues: [Cue]
  /// For each cue, the number of its phrase's first word (see `firstWords`); nil for an entity.
  private let cueFirstWords: [Int?]
  /// A number for each fold key a phrase cue starts with, by its ``TermSet/foldHash(_:)``.
  private let firstWords: [UInt64: Int]
  /// Each rule's cues by number, laid out as the rule's cues are.
  private let ruleCues: [RuleCues]

  struct RuleCues: Sendable {
    let require: [[Int]]
    let prefer: [Int]
    let avoid: [Int]
  }

  /// Creates a matcher for `rules`.
  init(rules: [IntentRule]) {
    self.rules = rules
    var cues: [Cue] = []
    // Cues by their fold keys (ASCII, quick to hash), each then compared whole.
    var numbers: [String: [Int]] = [:]
    var cueFirstWords: [Int?] = []
    var firstWords: [UInt64: Int] = [:]
    func number(_ cue: Cue) -> Int {
      let key: String
      switch cue {
      case .phrase(let words): key = words.map(\.fold).joined(separator: " ")
      case .entity(let name): key = "@" + name
      }
      if let known = numbers[key]?.first(where: { cues[$0] == cue }) { return known }
      numbers[key, default: []].append(cues.count)
      cues.append(cue)
      if case .phrase(let words) = cue, let first = words.first {
        let hash = first.foldHash
        if firstWords[hash] == nil { firstWords[hash] = firstWords.count }
        cueFirstWords.append(firstWords[hash])
      } else {
        cueFirstWords.append(nil)
      }
      return cues.count - 1
    }
    ruleCues = rules.map { rule in
      RuleCues(
        require: rule.require.map { $0.map(number) }, prefer: rule.prefer.map(number), avoid: rule.avoid.map(number))
    }
    self.cues = cues
    self.cueFirstWords = cueFirstWords
    self.firstWords = firstWords
  }

  /// Scores every rule and keeps the best; ties go to the rule written first.
  public func interpret(_ question: Question) -> Interpretation {
    // Most phrases of most rules are absent: a phrase whose first word the question lacks is
    // ruled out by looking at one flag, not by searching the question's words.
    var present = [Bool](repeating: false, count: firstWords.count)
    // (By hash: two fold keys with one hash only make a phrase looked for in vain.)
    for word in question.words {
      if let number = firstWords[word.foldHash] { present[number] = true }
    }
    var strengths = Strengths(count: cues.count)
    var best: (rule: Int, score: Double)?
    for index in ruleCues.indices {
      guard let score = score(ruleCues[index], question, present: present, strengths: &strengths) else { continue }
      if best == nil || score > best!.score { best = (index, score) }
    }
    return Interpretation(question: question, rule: best.map { rules[$0.rule] }, score: best?.score ?? 0)
  }

  /// The strength of each cue in one question, found when first needed.
  private struct Strengths {
    var values: [Double]
    init(count: Int) { values = [Double](repeating: -1, count: count) }
  }

  /// The rule's score, or nil when a required group is missing or an avoided cue is present.
  private func score(
    _ rule: RuleCues, _ question: Question, present: [Bool], strengths: inout Strengths
  ) -> Double? {
    func strength(_ cue: Int) -> Double {
      let known = strengths.values[cue]
      if known >= 0 { return known }
      var found = 0.0
      if cueFirstWords[cue].map({ present[$0] }) ?? true { found = self.strength(cues[cue], question) }
      strengths.values[cue] = found
      return found
    }
    for cue in rule.avoid where strength(cue) > 0 { return nil }
    var total = 0.0
    for group in rule.require {
      var best = 0.0
      for cue in group { best = max(best, strength(cue)) }
      guard best > 0 else { return nil }
      total += best
    }
    for cue in rule.prefer { total += strength(cue) * 0.5 }
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
      case "abbreviation": return Double(question.abbreviationLength)
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
