import Foundation
import Testing

/// `--corpus DIR`: rule data from another folder, and exit 65 naming the file when it is bad.
@Suite struct CorpusOptionsTests {
  /// A copy of the repository's rule data with a broken `lexicon.yaml`.
  private func corpusWithBrokenLexicon(in folder: TemporaryFolder) throws -> URL {
    let corpus = folder.url.appendingPathComponent("corpus", isDirectory: true)
    let original = Samples.packageRoot.appendingPathComponent("corpus", isDirectory: true)
    try FileManager.default.copyItem(at: original, to: corpus)
    try folder.write("concepts: [unclosed\n", to: "corpus/lexicon.yaml")
    return corpus
  }

  @Test(arguments: [["ask", "xin chào"], ["batch"], []])
  func malformedRuleFileExitsSixtyFiveNamingIt(command: [String]) throws {
    let folder = try TemporaryFolder()
    let corpus = try corpusWithBrokenLexicon(in: folder)
    let result = try AssistantProcess.run(command + ["--corpus", corpus.path], input: "xin chào\n")
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorText.hasPrefix("error: "), "\(result)")
    #expect(result.errorText.contains("lexicon.yaml"), "\(result)")
  }

  @Test func missingCorpusFolderExitsSixtyFive() throws {
    let folder = try TemporaryFolder()
    let missing = folder.missingPath("no-corpus")
    let result = try AssistantProcess.run(["ask", "xin chào", "--corpus", missing])
    #expect(result.status == 65, "\(result)")
    #expect(result.errorText.hasPrefix("error: "), "\(result)")
    #expect(result.errorText.contains("no-corpus"), "\(result)")
  }

  @Test func repositoryCorpusAnswersLikeTheEmbeddedOne() throws {
    let corpus = Samples.packageRoot.appendingPathComponent("corpus").path
    let result = try AssistantProcess.run(["ask", "--corpus", corpus, Samples.answerable])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains(Samples.answerableFigure))
  }
}
