/// Validates rule data before use, like a linter.
///
/// YAML and shape errors stop loading and are reported by ``KnowledgeError``; this finds what
/// loads but is wrong: examples that their rule does not match, references to concepts or
/// templates that do not exist, placeholders no fact fills, duplicated cues and terms.
public enum RuleChecker {
  /// The slot names rules may set.
  static let knownSlots: Set<String> = ["aspect", "concept"]

  /// Every problem found in the knowledge base's rule data, errors first.
  public static func check(_ knowledge: KnowledgeBase) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let corpus = knowledge.corpus
    for file in corpus.intents {
      found += checkRules(of: file, in: knowledge)
    }
    found += checkLexicon(corpus.lexicon, folder: corpus.folder)
    found += checkReportCues(corpus.lexicon.extractionCues, folder: corpus.folder)
    return found.sorted { ($0.severity == .error ? 0 : 1) < ($1.severity == .error ? 0 : 1) }
  }

  /// The problems of every rule of `file`, rule by rule, then the rules that can never win a tie.
  ///
  /// Each rule's examples are answered, which takes as long as answering a question does: the
  /// rules are shared out among the cores, their diagnostics kept in file order.
  private static func checkRules(of file: IntentFile, in knowledge: KnowledgeBase) -> [Diagnostic] {
    file.rules.concurrentMap { checkRule($0, of: file, in: knowledge) }.flatMap { $0 }
      + checkSameCues(of: file)
  }

  /// The problems of one rule: its slots, templates and reply, its cues, and whether each of its
  /// examples reaches it and is answered in full.
  private static func checkRule(
    _ rule: IntentRule, of file: IntentFile, in knowledge: KnowledgeBase
  ) -> [Diagnostic] {
    checkDefinition(of: rule, in: file, lexicon: knowledge.corpus.lexicon)
      + checkExamples(of: rule, in: knowledge)
  }

  /// The problems of a rule as written: unknown slots, concepts and templates, a missing reply,
  /// repeated cues, no examples.
  private static func checkDefinition(
    of rule: IntentRule, in file: IntentFile, lexicon: Lexicon
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func report(_ severity: Diagnostic.Severity, _ message: String) {
      found.append(Diagnostic(severity, file: rule.file, line: rule.line, message))
    }
    for key in rule.slots.keys.sorted() where !knownSlots.contains(key) {
      report(
        .warning,
        "rule '\(rule.id)' sets unknown slot '\(key)' (known: \(knownSlots.sorted().joined(separator: ", ")))"
      )
    }
    if let concept = rule.slots["concept"], lexicon.concepts[concept] == nil {
      report(
        .error,
        "rule '\(rule.id)' names concept '\(concept)', which corpus/lexicon.yaml does not define")
    }
    if let aspect = rule.slots["aspect"], file.templates[aspect] == nil {
      report(
        .error,
        "rule '\(rule.id)' answers with template '\(aspect)', which intent '\(file.intent)' does not define"
      )
    }
    if (rule.declines || file.intent == "greeting" || file.intent == "thanks"
      || file.intent == "help"), rule.reply == nil
    {
      report(.error, "rule '\(rule.id)' has no 'reply' to give")
    }
    for (index, group) in rule.require.enumerated() {
      let duplicates = duplicated(group)
      if !duplicates.isEmpty {
        report(
          .warning,
          "rule '\(rule.id)' repeats \(duplicates.joined(separator: ", ")) in require group \(index + 1)"
        )
      }
    }
    if rule.examples.isEmpty {
      report(.warning, "rule '\(rule.id)' has no examples, so nothing shows that it can be reached")
    }
    return found
  }

  /// Whether each example of a rule reaches it and is answered in full.
  private static func checkExamples(
    of rule: IntentRule, in knowledge: KnowledgeBase
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    func report(_ severity: Diagnostic.Severity, _ message: String) {
      found.append(Diagnostic(severity, file: rule.file, line: rule.line, message))
    }
    for example in rule.examples {
      let interpretation = knowledge.interpret(example)
      guard let winner = interpretation.rule else {
        report(.error, "example “\(example)” of rule '\(rule.id)' is matched by no rule")
        continue
      }
      if winner.id != rule.id {
        let severity: Diagnostic.Severity = winner.intent == rule.intent ? .warning : .error
        report(
          severity,
          "example “\(example)” of rule '\(rule.id)' is matched by rule '\(winner.id)' (\(winner.file):\(winner.line ?? 0)) instead"
        )
        continue
      }
      let answer = knowledge.answer(interpretation)
      for placeholder in Template.placeholders(in: answer.body)
      where answer.body.contains("{\(placeholder)}") {
        report(
          .error,
          "the answer to “\(example)” leaves '{\(placeholder)}' unfilled: no fact or value provides it"
        )
      }
    }
    return found
  }

  /// Two rules of a file that require exactly the same cues: the second can never win.
  private static func checkSameCues(of file: IntentFile) -> [Diagnostic] {
    var found: [Diagnostic] = []
    // The first rule with each set of cues, by its position.
    var seen: [String: Int] = [:]
    for (position, rule) in file.rules.enumerated() {
      let key = rule.require.map { group in group.map(describe).sorted().joined(separator: "|") }
        .joined(separator: " & ")
      if let first = seen[key] {
        let earlier = file.rules[first]
        if rule.avoid.isEmpty, earlier.avoid.isEmpty {
          found.append(
            Diagnostic(
              .warning, file: rule.file, line: rule.line,
              "rule '\(rule.id)' requires the same cues as '\(earlier.id)', written before it, so it never wins a tie"
            ))
        }
      } else {
        seen[key] = position
      }
    }
    return found
  }

  /// Terms of one section that share a phrase: the first one always wins, the rest never match it.
  private static func checkLexicon(_ lexicon: Lexicon, folder: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let sections: [(String, TermSet)] = [
      ("scopes", lexicon.scopes), ("platforms", lexicon.platforms),
      ("other_platforms", lexicon.otherPlatforms),
      ("provinces", lexicon.provinces), ("bodies", lexicon.bodies),
      ("countries", lexicon.countries),
      ("topics", lexicon.topics), ("measures", lexicon.measures), ("units", lexicon.units),
    ]
    for (name, set) in sections {
      var owner: [String: String] = [:]
      for term in set.terms {
        for phrase in term.phrases {
          let key = phrase.map(\.fold).joined(separator: " ")
          if let other = owner[key], other != term.id {
            found.append(
              Diagnostic(
                .warning, file: folder + "/lexicon.yaml", line: nil,
                "'\(key)' is a term of both '\(other)' and '\(term.id)' in section '\(name)'"))
          }
          owner[key] = owner[key] ?? term.id
        }
      }
    }
    return found
  }

  /// The roles of `report_cues` the extractor reads and the lexicon lacks (an error: the step
  /// that reads one finds nothing), and those it has and nothing reads (a warning: a typo, most
  /// likely).
  private static func checkReportCues(_ cues: ReportCues, folder: String) -> [Diagnostic] {
    let file = folder + "/lexicon.yaml"
    return cues.missingRoles.map { role in
      Diagnostic(
        .error, file: file, line: nil,
        "section 'report_cues' has no entry '\(role)', which the extractor reads")
    }
      + cues.unknownRoles.map { role in
        Diagnostic(
          .warning, file: file, line: nil,
          "section 'report_cues' has an entry '\(role)', which nothing reads")
      }
  }

  private static func duplicated(_ cues: [Cue]) -> [String] {
    var seen: Set<String> = []
    var repeated: [String] = []
    for cue in cues {
      let key = describe(cue)
      if !seen.insert(key).inserted, !repeated.contains(key) { repeated.append("'\(key)'") }
    }
    return repeated
  }

  static func describe(_ cue: Cue) -> String {
    switch cue {
    case .phrase(let words): return words.map(\.fold).joined(separator: " ")
    case .entity(let name): return "@" + name
    }
  }
}
