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
///
/// A corpus may hold hundreds of thousands of rules, and a question fits few of them: each rule is
/// filed under the cues of one of its required groups (its gate), and a question scores only the
/// rules filed under a cue it holds. A rule none of whose gate cues is present lacks a required
/// group and could score nothing, so the best rule is the one scoring every rule would find. The
/// phrases present are looked up by the hashes of the question's runs of words, so reading a
/// question costs what the rules that fit it cost, not what the corpus holds.
public struct Matcher: Sendable {
  /// The rules tried, in corpus order.
  public let rules: [IntentRule]
  /// Every distinct cue of every rule, numbered: rules share many (`bao nhiêu`, `@concept`), and
  /// each is looked for once per question.
  private let cues: [Cue]
  /// The phrase cues by ``phraseKey(_:_:)`` over their words' fold hashes (two phrases with one
  /// key are both looked for, and the one absent then found absent).
  private let phrases: [UInt64: [Int]]
  /// The fold hash of the first word of every phrase cue: most words of a question start none.
  private let firstWords: FoldHashSet
  /// The most words a phrase cue has.
  private let longestPhrase: Int
  /// The entity cues (`@concept`, `@scope`, ...), each looked at in every question.
  private let entities: [Int]
  /// The rules filed under each cue, in corpus order: `gatedRules[gateStarts[cue]..<gateStarts[cue + 1]]`.
  private let gateStarts: [Int]
  private let gatedRules: [Int32]
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
    var phrases: [UInt64: [Int]] = [:]
    var entityNumbers: [String: Int] = [:]
    var firstWords: [UInt64] = []
    var longestPhrase = 0
    func number(_ cue: Cue) -> Int {
      switch cue {
      case .phrase(let words):
        let key = Matcher.phraseKey(words.map(\.foldHash))
        if let known = phrases[key]?.first(where: { cues[$0] == cue }) { return known }
        phrases[key, default: []].append(cues.count)
        firstWords.append(words[0].foldHash)
        longestPhrase = max(longestPhrase, words.count)
      case .entity(let name):
        if let known = entityNumbers[name] { return known }
        entityNumbers[name] = cues.count
      }
      cues.append(cue)
      return cues.count - 1
    }
    let ruleCues = rules.map { rule in
      RuleCues(
        require: rule.require.map { $0.map(number) }, prefer: rule.prefer.map(number),
        avoid: rule.avoid.map(number))
    }
    (gateStarts, gatedRules) = Matcher.gates(ruleCues, cueCount: cues.count, cues: cues)
    self.cues = cues
    self.phrases = phrases
    self.firstWords = FoldHashSet(firstWords)
    self.longestPhrase = longestPhrase
    entities = entityNumbers.values.sorted()
    self.ruleCues = ruleCues
  }

  /// Files each rule under the cues of its required group that the fewest rules require: a
  /// phrase of its own rather than `@concept` or `bao nhiêu`, which most questions hold.
  private static func gates(_ rules: [RuleCues], cueCount: Int, cues: [Cue]) -> ([Int], [Int32]) {
    var required = [Int](repeating: 0, count: cueCount)
    for rule in rules {
      for cue in rule.require.joined() { required[cue] += 1 }
    }
    func cost(_ cue: Int) -> Int {
      // An entity is found in questions of every kind.
      if case .entity = cues[cue] { return rules.count + required[cue] }
      return required[cue]
    }
    let gates = rules.map { rule in
      rule.require.min { $0.reduce(0) { $0 + cost($1) } < $1.reduce(0) { $0 + cost($1) } } ?? []
    }
    var starts = [Int](repeating: 0, count: cueCount + 1)
    for gate in gates {
      for cue in gate { starts[cue + 1] += 1 }
    }
    for cue in 0..<cueCount { starts[cue + 1] += starts[cue] }
    var filed = [Int32](repeating: 0, count: starts[cueCount])
    var next = starts
    for (index, gate) in gates.enumerated() {
      for cue in gate {
        filed[next[cue]] = Int32(index)
        next[cue] += 1
      }
    }
    return (starts, filed)
  }

  /// The key of a phrase: its words' fold hashes combined in order.
  static func phraseKey(_ hashes: [UInt64]) -> UInt64 {
    hashes.reduce(phraseSeed, phraseKey)
  }

  static let phraseSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The key of a phrase `key` is the key of, with one more word of fold hash `hash`.
  static func phraseKey(_ key: UInt64, _ hash: UInt64) -> UInt64 {
    let mixed = (key ^ hash) &* 0x9e37_79b9_7f4a_7c15
    return mixed ^ (mixed >> 29)
  }

  /// Scores every rule the question could fit and keeps the best; ties go to the rule written
  /// first.
  public func interpret(_ question: Question) -> Interpretation {
    var strengths = Strengths(present: presentPhrases(in: question.words), entities: entities)
    var candidates: [Int32] = []
    for cue in strengths.cues where strength(cue, question, &strengths) > 0 {
      candidates += gatedRules[gateStarts[cue]..<gateStarts[cue + 1]]
    }
    // In corpus order, each once, so that ties go to the rule written first.
    candidates.sort()
    var best: (rule: Int, score: Double)?
    var previous: Int32 = -1
    for candidate in candidates where candidate != previous {
      previous = candidate
      let index = Int(candidate)
      guard let score = score(ruleCues[index], question, strengths: &strengths) else { continue }
      if best == nil || score > best!.score { best = (index, score) }
    }
    return Interpretation(
      question: question, rule: best.map { rules[$0.rule] }, score: best?.score ?? 0)
  }

  /// The phrase cues whose words follow one another in `words`, by their hashes: a phrase not
  /// among them is absent; one among them is looked for.
  private func presentPhrases(in words: [Word]) -> [Int] {
    var present: [Int] = []
    for start in words.indices where firstWords.contains(words[start].foldHash) {
      var key = Matcher.phraseSeed
      for word in words[start..<min(words.count, start + longestPhrase)] {
        key = Matcher.phraseKey(key, word.foldHash)
        if let found = phrases[key] { present += found }
      }
    }
    return present
  }

  /// The strength of each cue that may be present in one question (its phrase's words follow one
  /// another, or it is an entity), found when first needed; every other cue is absent.
  ///
  /// An open-addressing table of the few cues a question holds, so that neither its size nor the
  /// cost of making it grows with the cues of the corpus.
  private struct Strengths {
    /// The cues, each once: the present phrases, then the entities.
    private(set) var cues: [Int] = []
    /// `slots[slot]` is a cue's number, -1 for an empty slot; `values[slot]` its strength, -1
    /// until found.
    private var slots: [Int]
    private var values: [Double]

    init(present: [Int], entities: [Int]) {
      var capacity = 8
      while capacity < (present.count + entities.count) * 2 { capacity *= 2 }
      slots = [Int](repeating: -1, count: capacity)
      values = [Double](repeating: -1, count: capacity)
      for cue in present + entities where slots[slot(of: cue)] < 0 {
        slots[slot(of: cue)] = cue
        cues.append(cue)
      }
    }

    /// The slot of `cue`, or the empty slot where it would go.
    private func slot(of cue: Int) -> Int {
      let mask = slots.count - 1
      var slot = (cue &* 0x9e37_79b9) & mask
      while slots[slot] >= 0 && slots[slot] != cue { slot = (slot + 1) & mask }
      return slot
    }

    /// The strength of a cue if it may be present and has been found: 0 when it cannot be,
    /// nil when it is yet to be found.
    func known(_ cue: Int) -> Double? {
      let slot = slot(of: cue)
      guard slots[slot] == cue else { return 0 }
      return values[slot] >= 0 ? values[slot] : nil
    }

    mutating func record(_ cue: Int, _ strength: Double) {
      values[slot(of: cue)] = strength
    }
  }

  /// A cue's strength in the question, worked out once.
  private func strength(_ cue: Int, _ question: Question, _ strengths: inout Strengths) -> Double {
    if let known = strengths.known(cue) { return known }
    let found = strength(cues[cue], question)
    strengths.record(cue, found)
    return found
  }

  /// The rule's score, or nil when a required group is missing or an avoided cue is present.
  private func score(
    _ rule: RuleCues, _ question: Question, strengths: inout Strengths
  ) -> Double? {
    for cue in rule.avoid where strength(cue, question, &strengths) > 0 { return nil }
    var total = 0.0
    for group in rule.require {
      var best = 0.0
      for cue in group { best = max(best, strength(cue, question, &strengths)) }
      guard best > 0 else { return nil }
      total += best
    }
    for cue in rule.prefer { total += strength(cue, question, &strengths) * 0.5 }
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
