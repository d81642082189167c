import Foundation
import Testing

/// `assistant facts`: every extracted fact, filtered without regard to case and diacritics.
@Suite struct FactsTests {
  private func jsonFacts(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try AssistantProcess.run(["facts", "--format", "json"] + arguments)
    #expect(result.status == 0, "\(result)")
    return try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
  }

  @Test func jsonListsEveryFactWithItsFigure() throws {
    let facts = try jsonFacts([])
    #expect(facts.count > 20)
    #expect(Set(facts.compactMap { $0["id"] as? String }).count == facts.count, "ids are unique")
    let kinds = Set(facts.compactMap { $0["kind"] as? String })
    #expect(kinds.isSuperset(of: ["statistic", "event", "directive"]), "\(kinds)")
    for fact in facts {
      #expect(fact["quote"] is String)
      #expect(fact["paragraph"] is Int)
    }
    let statistics = facts.compactMap { $0["statistic"] as? [String: Any] }
    #expect(!statistics.isEmpty)
    for statistic in statistics {
      #expect(statistic["value"] is String)
      #expect(statistic["unit"] is String)
      #expect(statistic["amount"] is NSNumber)
      #expect(statistic["scope"] is String)
      #expect(statistic["measure"] is String)
    }
  }

  @Test func filterIgnoresCaseAndDiacritics() throws {
    let accented = try jsonFacts(["Dịch vụ công"])
    let plain = try jsonFacts(["DICH VU CONG"])
    #expect(!accented.isEmpty)
    #expect(accented.map { $0["id"] as? String } == plain.map { $0["id"] as? String })
    #expect(accented.count < (try jsonFacts([])).count)
  }

  @Test func answeredFigureIsListedWithItsNumber() throws {
    let asked = try AssistantProcess.run(["ask", "--json", Samples.answerable])
    let cited = try #require(try jsonRows(asked.output).first?["facts"] as? [String])
    let first = try #require(cited.first)
    let facts = try jsonFacts([first])
    let fact = try #require(facts.first { $0["id"] as? String == first })
    let statistic = try #require(fact["statistic"] as? [String: Any])
    #expect(statistic["value"] as? String == Samples.answerableFigure)
    #expect(statistic["amount"] as? Double == 50.4)
    let period = try #require(statistic["period"] as? [String: Any])
    #expect(period["code"] as? String == "2025-04")
  }

  @Test func textShowsABlockPerFactAndCountsThem() throws {
    let result = try AssistantProcess.run(["facts", "shopee"])
    #expect(result.status == 0, "\(result)")
    let blocks = result.outputText.components(separatedBy: "\n\n")
    let summary = try #require(blocks.last)
    #expect(summary.hasSuffix(" facts match 'shopee'\n"), "\(result)")
    #expect(blocks.count > 1)
    for block in blocks.dropLast() {
      #expect(block.lowercased().contains("shopee"), "\(block)")
      #expect(block.contains("  source "), "\(block)")
    }
  }

  @Test func filterMatchingNothingListsNothing() throws {
    #expect(try jsonFacts(["no such thing xyz"]).isEmpty)
    let result = try AssistantProcess.run(["facts", "no such thing xyz"])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.hasPrefix("0 of "), "\(result)")
  }
}
