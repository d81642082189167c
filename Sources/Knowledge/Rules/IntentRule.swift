/// Something a rule looks for in a question: a phrase, or an entity the lexicon recognises.
public enum Cue: Sendable, Hashable {
  /// A phrase, compared word by word on fold keys.
  case phrase([Word])
  /// An entity class found in the question: `@concept`, `@scope`, `@platform`, `@other_platform`,
  /// `@place`, `@topic`, `@term`, `@abbreviation`, `@legal`, `@period`, `@subject` (the words of a
  /// statistic's subject that no concept covers).
  case entity(String)

  static let entities: Set<String> = [
    "concept", "scope", "platform", "other_platform", "place", "topic", "term", "abbreviation",
    "legal", "period", "subject",
  ]

  init(_ text: String, at node: RuleNode) throws {
    if text.hasPrefix("@") {
      let name = String(text.dropFirst())
      guard Cue.entities.contains(name) else {
        throw node.fail(
          "unknown entity '\(text)' (expected one of: \(Cue.entities.sorted().map { "@" + $0 }.joined(separator: ", ")))"
        )
      }
      self = .entity(name)
    } else {
      let words = VietnameseText.words(text)
      guard !words.isEmpty else { throw node.fail("empty phrase") }
      self = .phrase(words)
    }
  }
}

/// One way of recognising an intent: cues that must all be present, and what to answer.
public struct IntentRule: Sendable {
  /// A unique name, shown by `/why` and in failure reports (`event.date`).
  public let id: String
  /// The intent it recognises (`statistic`, `event`, ...).
  public let intent: String
  /// Slots the rule sets when it matches (`aspect: date`).
  public let slots: [String: String]
  /// Groups of cues; each group must match at least one of its cues.
  public let require: [[Cue]]
  /// Cues that add to the score when present.
  public let prefer: [Cue]
  /// Cues that rule the rule out.
  public let avoid: [Cue]
  /// A reply template, for rules whose answer is not built from facts.
  public let reply: String?
  /// Whether the rule recognises a question the report cannot answer, and declines it.
  public let declines: Bool
  /// Questions this rule must match, kept beside it.
  public let examples: [String]
  /// Where the rule is written.
  public let file: String
  /// The line where the rule starts.
  public let line: Int?

  static let keys: Set<String> = [
    "id", "slots", "require", "prefer", "avoid", "reply", "declines", "examples",
  ]

  init(_ node: RuleNode, intent: String) throws {
    let fields = try node.mapping(allowed: IntentRule.keys)
    func field(_ key: String) -> RuleNode? { fields.first { $0.key == key }?.value }
    func cues(_ node: RuleNode) throws -> [Cue] {
      try node.sequence().map { try Cue($0.string(), at: $0) }
    }
    // From the fields already read: `required` would read the whole mapping again.
    guard let idNode = field("id") else { throw node.fail("missing key 'id'") }
    id = try idNode.string()
    self.intent = intent
    slots = try Dictionary(
      (field("slots")?.mapping() ?? []).map { ($0.key, try $0.value.string()) },
      uniquingKeysWith: { first, _ in first })
    require = try (field("require")?.sequence() ?? []).map { group in
      if case .scalar = group.node { return [try Cue(group.string(), at: group)] }
      return try cues(group)
    }
    prefer = try field("prefer").map(cues) ?? []
    avoid = try field("avoid").map(cues) ?? []
    reply = try field("reply")?.string()
    declines = try field("declines")?.bool() ?? false
    examples = try field("examples")?.strings() ?? []
    file = node.path
    line = node.line
    if require.isEmpty { throw node.fail("rule '\(id)' has no 'require' cues") }
  }
}

/// An intent file: the intent's name, its rules and its answer templates.
public struct IntentFile: Sendable {
  /// The intent the rules recognise.
  public let intent: String
  /// The rules, in file order.
  public let rules: [IntentRule]
  /// Answer templates by name, with `{slot}` placeholders.
  public let templates: [String: String]

  init(_ root: RuleNode) throws {
    _ = try root.mapping(allowed: ["intent", "rules", "templates"])
    intent = try root.required("intent").string()
    let intent = intent
    rules = try root.required("rules").sequence().map { try IntentRule($0, intent: intent) }
    templates = try Dictionary(
      (root.optional("templates")?.mapping() ?? []).map { ($0.key, try $0.value.string()) },
      uniquingKeysWith: { first, _ in first })
  }
}
