import Foundation
import Testing

/// `assistant ask`: one question in, one answer out, exit 0 answered or 1 declined.
@Suite struct AskTests {
  @Test func answerableQuestionPrintsTheFigureAndExitsZero() throws {
    let result = try AssistantProcess.run(["ask", Samples.answerable])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains(Samples.answerableFigure), "\(result)")
    #expect(result.outputText.hasSuffix("\n"))
    #expect(result.errorText.isEmpty)
  }

  @Test func offTopicQuestionIsDeclinedWithExitOne() throws {
    let result = try AssistantProcess.run(["ask", Samples.offTopic])
    #expect(result.status == 1, "\(result)")
    #expect(!result.outputText.isEmpty, "a declined question still gets a reply")
    #expect(result.errorText.isEmpty)
  }

  @Test func jsonRowHasEveryContractKey() throws {
    let result = try AssistantProcess.run(["ask", "--json", Samples.answerable])
    #expect(result.status == 0, "\(result)")
    let rows = try jsonRows(result.output)
    try #require(rows.count == 1)
    let row = rows[0]
    #expect(Samples.rowKeys.isSubset(of: Set(row.keys)), "\(row.keys.sorted())")
    #expect(row["id"] == nil, "ask has no id to echo")
    #expect(row["question"] as? String == Samples.answerable)
    #expect(row["answered"] as? Bool == true)
    #expect((row["answer"] as? String)?.contains(Samples.answerableFigure) == true)
    #expect(row["intent"] is String)
    #expect(row["confidence"] is NSNumber)
    #expect(row["slots"] is [String: String])
    #expect(row["facts"] is [String])
    let sources = try #require(row["sources"] as? [[String: Any]])
    #expect(!sources.isEmpty, "an answered statistic cites its sentence")
    for source in sources {
      #expect(source["document"] is String)
      #expect(source["paragraph"] is Int)
      #expect(source["quote"] is String)
    }
  }

  @Test func jsonRowKeepsTheContractKeyOrder() throws {
    let result = try AssistantProcess.run(["ask", "--json", Samples.offTopic])
    #expect(result.outputText.hasPrefix(#"{"question":"#), "\(result)")
    // A comma right before a quote cannot occur inside a JSON string, where quotes are escaped.
    let keys = ["answered", "answer", "intent", "confidence", "slots", "facts", "sources"]
    let positions = keys.compactMap { result.outputText.range(of: ",\"\($0)\":")?.lowerBound }
    #expect(positions.count == keys.count, "\(result)")
    #expect(positions == positions.sorted(), "\(result)")
  }

  @Test func declinedJSONRowIsNotAnsweredAndExitsOne() throws {
    let result = try AssistantProcess.run(["ask", "--json", Samples.offTopic])
    #expect(result.status == 1, "\(result)")
    let row = try #require(try jsonRows(result.output).first)
    #expect(row["answered"] as? Bool == false)
    #expect(row["question"] as? String == Samples.offTopic)
  }

  @Test func severalArgumentsAreOneQuestion() throws {
    let result = try AssistantProcess.run(["ask", "--json", "Ai", "chủ", "trì", "phiên họp?"])
    let row = try #require(try jsonRows(result.output).first)
    #expect(row["question"] as? String == "Ai chủ trì phiên họp?")
  }

  @Test(arguments: [["ask"], ["ask", "   "], ["ask", "--frobnicate", "Ai chủ trì?"]])
  func usageErrorsExitSixtyFour(arguments: [String]) throws {
    let result = try AssistantProcess.run(arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.output.isEmpty)
    #expect(!result.errorText.isEmpty)
  }
}
