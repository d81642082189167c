import Foundation
import Testing

/// `assistant` with no subcommand: piped standard input is answered as `batch --format text`.
@Suite struct AssistantTests {
  @Test(arguments: [
    "\(Samples.answerable)\n# comment\n\n\(Samples.offTopic)\n",
    "{\"id\": 1, \"question\": \"\(Samples.answerable)\"}\nxin chào",
  ])
  func pipedInputIsAnsweredLikeBatchText(input: String) throws {
    let piped = try AssistantProcess.run([], input: input)
    let batch = try AssistantProcess.run(["batch", "--format", "text"], input: input)
    #expect(piped.status == 0, "\(piped)")
    #expect(piped.outputText == batch.outputText)
    #expect(piped.errorText.isEmpty)
    #expect(piped.outputText.hasPrefix("? \(Samples.answerable)\n"), "no prompt or banner")
    #expect(piped.outputText.contains(Samples.answerableFigure))
  }

  @Test func pipedInputTakesTheCorpusOption() throws {
    let folder = try TemporaryFolder()
    let result = try AssistantProcess.run(
      ["--corpus", folder.missingPath("no-corpus")], input: "xin chào\n")
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty)
  }

  @Test func helpNamesTheSubcommands() throws {
    let result = try AssistantProcess.run(["--help"])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("ask"))
    #expect(result.outputText.contains("batch"))
  }

  @Test(arguments: [
    ["frobnicate"], ["--frobnicate"], ["ask"], ["ask", "--frobnicate", "Ai?"],
    ["batch", "--format", "xml"], ["eval", "x.jsonl", "--min-accuracy", "high"],
    ["eval", "x.jsonl", "--min-accuracy", "1.5"],
  ])
  func argumentErrorsStartWithLowercaseErrorLikeEveryOtherError(arguments: [String]) throws {
    let result = try AssistantProcess.run(arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorText.hasPrefix("error: "), "\(result)")
    #expect(result.errorText.dropFirst("error: ".count).first?.isUppercase == false, "\(result)")
    #expect(result.errorText.contains("\nUsage: assistant"), "\(result)")
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try AssistantProcess.run(["--version"])
    #expect(result.status == 0, "\(result)")
    #expect(
      result.outputText.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression)
        != nil, "\(result)")
    #expect(result.errorText.isEmpty)
  }

  @Test func unknownSubcommandIsAUsageError() throws {
    let result = try AssistantProcess.run(["frobnicate"], input: "xin chào\n")
    #expect(result.status == 64, "\(result)")
    #expect(result.output.isEmpty)
  }
}
