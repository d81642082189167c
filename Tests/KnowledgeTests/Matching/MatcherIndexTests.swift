import Foundation
import Testing

@testable import Knowledge

/// The matcher scores only the rules filed under a cue a question holds: it must choose the rule,
/// and give the score, that scoring every rule of the corpus in order chooses and gives.
@Suite struct MatcherIndexTests {
  /// The repository's rules with 1,000 generated ones after them, and the seed.
  static let knowledge: KnowledgeBase = {
    do {
      var intents: [String: String] = [:]
      let folder = Fixtures.corpus.appendingPathComponent("intents")
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
      where name.hasSuffix(".yaml") {
        intents[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      }
      intents["zz_generated.yaml"] = GeneratedRules.file(count: 1_000)
      let corpus = try Corpus(
        files: try GeneratedRules.corpusFiles(intents: intents), folder: "corpus")
      return KnowledgeBase(documents: Fixtures.knowledge.documents, corpus: corpus)
    } catch {
      fatalError("the generated corpus must load: \(error)")
    }
  }()

  /// The best rule and its score, found by scoring every rule in corpus order as the matcher did
  /// before it had an index: ties go to the rule written first.
  static func scoringEveryRule(_ question: Question) -> (rule: String?, score: Double) {
    let matcher = knowledge.matcher
    var best: (rule: String, score: Double)?
    for rule in matcher.rules {
      func strength(_ cue: Cue) -> Double { matcher.strength(cue, question) }
      guard !rule.avoid.contains(where: { strength($0) > 0 }) else { continue }
      var total = 0.0
      var fits = true
      for group in rule.require {
        let strongest = group.map(strength).max() ?? 0
        fits = fits && strongest > 0
        total += strongest
      }
      guard fits else { continue }
      for cue in rule.prefer { total += strength(cue) * 0.5 }
      if best == nil || total > best!.score { best = (rule.id, total) }
    }
    return (best?.rule, best?.score ?? 0)
  }

  /// Every example of every rule, the dev questions, and questions that name two generated
  /// programmes, or one without diacritics, or ask nothing a rule knows.
  static let questions: [String] = {
    let examples = knowledge.corpus.rules.flatMap(\.examples)
    let path = Fixtures.corpus.appendingPathComponent("eval/dev.jsonl").path
    let dev = (try? GoldCase.read(String(contentsOfFile: path, encoding: .utf8), path: path)) ?? []
    let mixed = (0..<50).map { index in
      "\(GeneratedRules.name(index * 7)) và \(GeneratedRules.name(index * 13 + 1)) \(GeneratedRules.asks[index % 3].1)"
    }
    let plain = (0..<50).map { VietnameseText.foldKey(GeneratedRules.example($0 * 11)) }
    return examples + dev.map(\.question) + mixed + plain + [
      "", "???", "thủ tục", "Giá vàng hôm nay bao nhiêu?",
    ]
  }()

  @Test func theIndexChoosesWhatScoringEveryRuleChooses() {
    #expect(Self.questions.count > 1_000)
    var differences: [String] = []
    for text in Self.questions {
      let question = Self.knowledge.read(text)
      let indexed = Self.knowledge.matcher.interpret(question)
      let expected = Self.scoringEveryRule(question)
      if indexed.rule?.id != expected.rule || indexed.score != expected.score {
        differences.append("\(text): \(indexed.rule?.id ?? "-") \(indexed.score), not \(expected)")
      }
    }
    #expect(differences.isEmpty, "\(differences.prefix(10))")
  }

  @Test func everyGeneratedExampleIsMatchedByItsOwnRule() {
    for index in [0, 1, 499, 998, 999] {
      #expect(
        Self.knowledge.interpret(GeneratedRules.example(index)).rule?.id == "generated.\(index)")
    }
  }
}
