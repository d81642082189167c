/// A reply to one question, with everything needed to show, check or explain it.
///
/// Encodes to the JSON row of the batch contract in DESIGN.md:
/// `{"id"?, "question", "answered", "answer", "intent", "confidence", "slots", "facts", "sources"}`.
public struct Answer: Sendable, Hashable, Codable {
  /// The question as it was asked, echoed unchanged.
  public var question: String
  /// False when the assistant declines, only asks back, or offers a nearest figure instead of the one asked.
  public var answered: Bool
  /// The reply in Vietnamese, figures written the Vietnamese way, ending with its source.
  public var text: String
  /// The intent that matched (`statistic`, `event`, ..., `out_of_scope`).
  public var intent: String
  /// How sure the matcher is, from 0 to 1.
  public var confidence: Double
  /// The slots the matcher filled (concept, scope, period, kind, topic, ...).
  public var slots: [String: String]
  /// The identifiers of the facts the answer states.
  public var facts: [String]
  /// Where the answer comes from.
  public var sources: [Source]
  /// The rule that matched, for explanations and failure reports.
  public var rule: String?
  /// The reply without its source lines: what evaluation checks, so that a quoted sentence cannot
  /// make a wrong answer look right.
  ///
  /// Not part of the JSON row.
  public var body: String = ""
  /// For a follow-up in a conversation, the whole question it was read as
  /// (`còn địa phương?` → `Tỷ lệ hồ sơ trực tuyến toàn trình của các địa phương`).
  public var resolved: String?
  /// Other readings of the question, numbered from 2: the answer gives reading 1.
  public var alternatives: [Alternative] = []
  /// Numbers the answer computed rather than quoted, as written in it (`37,24 điểm phần trăm`).
  public var computed: [String] = []

  /// Creates an answer.
  public init(
    question: String, answered: Bool, text: String, intent: String, confidence: Double,
    slots: [String: String] = [:], facts: [String] = [], sources: [Source] = [],
    rule: String? = nil,
    body: String? = nil
  ) {
    self.question = question
    self.answered = answered
    self.text = text
    self.intent = intent
    self.confidence = confidence
    self.slots = slots
    self.facts = facts
    self.sources = sources
    self.rule = rule
    self.body = body ?? text
  }

  /// Puts `body` in place of the answer's body, keeping the source lines after it.
  mutating func replaceBody(with body: String) {
    let sources = text.hasPrefix(self.body) ? text.dropFirst(self.body.count) : ""
    text = body + sources
    self.body = body
  }

  enum CodingKeys: String, CodingKey {
    case question, answered, text = "answer", intent, confidence, slots, facts, sources, rule
    case resolved, alternatives, computed
  }

  /// Reads a JSON answer row; the keys that appear only when they apply may be missing.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    question = try container.decode(String.self, forKey: .question)
    answered = try container.decode(Bool.self, forKey: .answered)
    text = try container.decode(String.self, forKey: .text)
    intent = try container.decode(String.self, forKey: .intent)
    confidence = try container.decode(Double.self, forKey: .confidence)
    slots = try container.decode([String: String].self, forKey: .slots)
    facts = try container.decode([String].self, forKey: .facts)
    sources = try container.decode([Source].self, forKey: .sources)
    rule = try container.decodeIfPresent(String.self, forKey: .rule)
    resolved = try container.decodeIfPresent(String.self, forKey: .resolved)
    alternatives = try container.decodeIfPresent([Alternative].self, forKey: .alternatives) ?? []
    computed = try container.decodeIfPresent([String].self, forKey: .computed) ?? []
    body = text
  }

  /// Writes the JSON answer row; `resolved`, `alternatives` and `computed` only when they apply.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(question, forKey: .question)
    try container.encode(answered, forKey: .answered)
    try container.encode(text, forKey: .text)
    try container.encode(intent, forKey: .intent)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(slots, forKey: .slots)
    try container.encode(facts, forKey: .facts)
    try container.encode(sources, forKey: .sources)
    try container.encodeIfPresent(rule, forKey: .rule)
    try container.encodeIfPresent(resolved, forKey: .resolved)
    if !alternatives.isEmpty { try container.encode(alternatives, forKey: .alternatives) }
    if !computed.isEmpty { try container.encode(computed, forKey: .computed) }
  }
}

/// Another reading of a question the answer could have given: its number in the list the
/// answer shows, what it is, and the question that asks for it unambiguously.
public struct Alternative: Sendable, Hashable, Codable {
  /// Its number in the list, from 2.
  public var number: Int
  /// What this reading asks for, in words.
  public var label: String
  /// A question that asks for this reading alone.
  public var question: String
}

/// A passage an answer quotes: the document, the paragraph number and the quoted sentence.
public struct Source: Sendable, Hashable, Codable {
  /// The document's title.
  public var document: String
  /// The paragraph number in the document body, counting from 1 (the line after the date line).
  public var paragraph: Int
  /// The sentence quoted, as written in the document.
  public var quote: String

  /// Creates a source.
  public init(document: String, paragraph: Int, quote: String) {
    self.document = document
    self.paragraph = paragraph
    self.quote = quote
  }
}
