import Foundation
import Knowledge
import Testing

/// The report's arithmetic on a small gold set whose right and wrong answers are known, so
/// every figure can be worked out by hand.
@Suite struct EvaluatorTests {
  /// Three facts of the real knowledge base: the answers below cite the first and the third.
  static let facts = Array(Fixtures.knowledge.facts.prefix(3))

  /// Seven cases in two files: four right (1, 2, 4, 7) and three wrong (3, 5, 6).
  static let cases: [EvaluatedCase] = {
    func gold(
      _ question: String, _ expect: [[String]], intent: String?, refuse: Bool = false,
      tags: [String], at location: String
    ) -> GoldCase {
      GoldCase(
        question: question, expect: expect, intent: intent, refuse: refuse, tags: tags,
        location: location)
    }
    func answer(
      _ body: String, answered: Bool = true, intent: String, facts: [String] = []
    ) -> Answer {
      Answer(
        question: "", answered: answered, text: body + "\nNguồn: ...", intent: intent,
        confidence: 1, facts: facts, rule: "\(intent).rule", body: body)
    }
    let cited = facts.map(\.id)
    let pairs: [(GoldCase, Answer, microseconds: Int64)] = [
      // Right: the figure, as written.
      (
        gold("q1", [["50,4"]], intent: "statistic", tags: ["clean"], at: "a.jsonl:1"),
        answer("Tỷ lệ đạt 50,4%.", intent: "statistic", facts: [cited[0]]), 10
      ),
      // Right: compared by value (`50.4` against `50,40`), though the intent is wrong.
      (
        gold("q2", [["50.4"]], intent: "statistic", tags: ["unaccented"], at: "a.jsonl:2"),
        answer("Tỷ lệ đạt 50,40%.", intent: "definition", facts: [cited[0]]), 20
      ),
      // Wrong: another figure.
      (
        gold("q3", [["43,09"]], intent: "statistic", tags: ["unaccented"], at: "a.jsonl:3"),
        answer("Các địa phương đạt 50,6%.", intent: "statistic"), 30
      ),
      // Right: declined, as it must be.
      (
        gold(
          "q4", [], intent: "out_of_scope", refuse: true, tags: ["out-of-scope"], at: "b.jsonl:1"),
        answer("Tôi không có thông tin này.", answered: false, intent: "out_of_scope"), 40
      ),
      // Wrong: answered, but must decline.
      (
        gold("q5", [], intent: "statistic", refuse: true, tags: ["other-period"], at: "b.jsonl:2"),
        answer("Tháng 4 đạt 50,4%.", intent: "statistic"), 50
      ),
      // Wrong: declined, but must answer; the fact it offers instead is still reached.
      (
        gold("q6", [["Hà Nội"]], intent: "event", tags: ["clean", "unaccented"], at: "b.jsonl:3"),
        answer("Không rõ.", answered: false, intent: "out_of_scope", facts: [cited[2]]), 60
      ),
      // Right: one of two alternatives, without diacritics; no intent named.
      (
        gold("q7", [["Phạm Minh Chính", "thu tuong"]], intent: nil, tags: [], at: "b.jsonl:4"),
        answer("Thủ tướng chủ trì phiên họp.", intent: "event"), 1000
      ),
    ]
    return pairs.map {
      EvaluatedCase(gold: $0.0, answer: $0.1, latency: .microseconds($0.microseconds))
    }
  }()

  static let report = EvaluationReport(cases, facts: facts)

  @Test func accuracyCountsTheRightAnswers() {
    #expect(Self.cases.map(\.passed) == [true, true, false, true, false, false, true])
    #expect(Self.report.total == 7)
    #expect(Self.report.correct == 4)
    #expect(Self.report.accuracy == 4.0 / 7)
  }

  @Test func accuracyPerFileKeepsTheFileOrder() {
    let files = Self.report.files.map { [$0.name, "\($0.correct)/\($0.total)"] }
    #expect(files == [["a.jsonl", "2/3"], ["b.jsonl", "2/4"]])
  }

  @Test func accuracyPerTagIsSortedByTag() {
    let tags = Self.report.tags.map { [$0.name, "\($0.correct)/\($0.total)"] }
    #expect(
      tags == [
        ["clean", "1/2"], ["other-period", "0/1"], ["out-of-scope", "1/1"], ["unaccented", "1/3"],
      ])
    #expect(Self.report.tags.first?.accuracy == 0.5)
  }

  @Test func decliningIsThePositiveClass() {
    let declining = Self.report.declining
    #expect(declining.truePositives == 1)
    #expect(declining.falsePositives == 1)
    #expect(declining.falseNegatives == 1)
    #expect(declining.trueNegatives == 4)
    #expect(declining.precision == 0.5)
    #expect(declining.recall == 0.5)
  }

  @Test func intentAccuracyCountsOnlyCasesThatNameAnIntent() {
    #expect(Self.report.intents.total == 6)
    #expect(Self.report.intents.correct == 4)
    #expect(Self.report.intents.accuracy == 4.0 / 6)
  }

  @Test func perIntentPrecisionRecallAndF1() throws {
    let scores = Dictionary(
      uniqueKeysWithValues: Self.report.intents.scores.map { ($0.intent, $0) })
    #expect(
      Self.report.intents.scores.map(\.intent) == [
        "definition", "event", "out_of_scope", "statistic",
      ])
    let statistic = try #require(scores["statistic"])
    #expect([statistic.support, statistic.predicted, statistic.correct] == [4, 3, 3] as [Int])
    #expect(statistic.precision == 1)
    #expect(statistic.recall == 0.75)
    #expect(abs((statistic.f1 ?? 0) - 6.0 / 7) < 1e-12)
    let outOfScope = try #require(scores["out_of_scope"])
    #expect(outOfScope.precision == 0.5)
    #expect(outOfScope.recall == 1)
    #expect(abs((outOfScope.f1 ?? 0) - 2.0 / 3) < 1e-12)
    // Found but never expected: no recall; expected but never found: no precision.
    let definition = try #require(scores["definition"])
    #expect(definition.precision == 0)
    #expect(definition.recall == nil)
    #expect(definition.f1 == 0)
    let event = try #require(scores["event"])
    #expect(event.precision == nil)
    #expect(event.recall == 0)
    #expect(event.f1 == 0)
  }

  @Test func confusionsAreMostFrequentFirstThenByName() {
    let confusions = Self.report.intents.confusions.map { "\($0.expected)→\($0.got) \($0.count)" }
    #expect(confusions == ["event→out_of_scope 1", "statistic→definition 1"])
    let repeated = Self.cases + [Self.cases[1]]
    let top = EvaluationReport(repeated, facts: []).intents.confusions.first
    #expect(top.map { "\($0.expected)→\($0.got) \($0.count)" } == "statistic→definition 2")
  }

  @Test func latencyPercentilesAreNearestRank() {
    let latency = Self.report.latency
    #expect(latency.count == 7)
    #expect(latency.p50 == 40)
    #expect(latency.p95 == 1000)
    #expect(latency.max == 1000)
    #expect(latency.mean == 1210.0 / 7)
    let twenty = EvaluationReport.Latency((1...20).map(Double.init))
    #expect([twenty.p50, twenty.p95, twenty.max] == [10, 19, 20])
    let none = EvaluationReport.Latency([])
    #expect([none.p50, none.p95, none.max, none.mean] == [0, 0, 0, 0])
  }

  @Test func everyFailureSaysWhatWasExpectedAndWhatCameBack() {
    let failures = Self.report.failures
    #expect(failures.map(\.location) == ["a.jsonl:3", "b.jsonl:2", "b.jsonl:3"])
    #expect(
      failures.map(\.reason) == [
        "missing 43,09", "answered, but must decline", "declined, but must answer",
      ])
    let declined = failures[2]
    #expect(declined.question == "q6")
    #expect(declined.expect == [["Hà Nội"]])
    #expect(declined.expectedIntent == "event")
    #expect(declined.intent == "out_of_scope")
    #expect(declined.rule == "out_of_scope.rule")
    #expect(declined.answered == false)
    #expect(declined.answer == "Không rõ.", "the body, without the source lines")
  }

  @Test func coverageListsTheFactsNoAnswerCites() {
    let coverage = Self.report.coverage
    #expect(coverage.facts == 3)
    #expect(coverage.reached == 2)
    #expect(coverage.ratio == 2.0 / 3)
    #expect(coverage.untested.map(\.id) == [Self.facts[1].id])
    #expect(coverage.untested.first?.summary == Self.facts[1].summary)
  }

  @Test func emptyGoldSetHasNoRates() {
    let report = EvaluationReport([], facts: Self.facts)
    #expect(report.total == 0)
    #expect(report.accuracy == nil)
    #expect(report.declining.precision == nil)
    #expect(report.declining.recall == nil)
    #expect(report.intents.accuracy == nil)
    #expect(report.coverage.untested.count == 3)
  }

  @Test func reportSurvivesCodableRoundTrip() throws {
    let data = try JSONEncoder().encode(Self.report)
    #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == Self.report)
  }

  @Test func evaluatorAnswersWithTheKnowledgeBaseAndTimesIt() {
    let cases = [
      GoldCase(
        question: "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 4 là bao nhiêu?",
        expect: [["50,4"]], intent: "statistic"),
      GoldCase(question: "thủ đô của Pháp là gì", refuse: true),
    ]
    var progress: [Int] = []
    let results = Evaluator(knowledge: Fixtures.knowledge).evaluate(cases) { progress.append($0) }
    #expect(progress == [1, 2])
    #expect(results.map(\.gold) == cases)
    #expect(results.allSatisfy { $0.passed }, "\(results.map(\.reason))")
    #expect(results.allSatisfy { $0.latency > .zero })
    #expect(!results[0].answer.facts.isEmpty, "an answered statistic cites its fact")
  }
}
