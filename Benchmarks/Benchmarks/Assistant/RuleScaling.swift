import Benchmark
import BuiltInKnowledge
import Foundation
import Knowledge

/// Registers the benchmarks of how reading rule data grows with the number of rules.
///
/// Corpus folders with 4,000 and 16,000 generated rules added, loaded and checked as `assistant
/// check --corpus DIR` does, and loaded and asked one question as `assistant ask --corpus DIR`
/// does. Growth in proportion to the rules takes four times as long for the larger; the
/// checker of issue 17, quadratic, took twelve times as long.
func ruleScalingBenchmarks() {
  for (count, written) in [(4_000, "4,000"), (16_000, "16,000")] {
    Benchmark(
      "Rules: load and check \(written) generated rules",
      configuration: .init(maxDuration: .seconds(60), maxIterations: 5)
    ) { (_: Benchmark, workload: GeneratedCorpus) in
      let corpus = try Corpus.load(from: workload.folder)
      let knowledge = KnowledgeBase(documents: workload.seeds, corpus: corpus)
      blackHole(RuleChecker.check(knowledge))
    } setup: {
      try GeneratedCorpus(count: count)
    } teardown: {
      GeneratedCorpus.remove(count: count)
    }

    Benchmark(
      "Rules: load \(written) generated rules and answer one question",
      configuration: .init(maxDuration: .seconds(30), maxIterations: 10)
    ) { (_: Benchmark, workload: GeneratedCorpus) in
      let knowledge = try KnowledgeBase.load(corpusDirectory: workload.folder)
      blackHole(knowledge.answer(workload.question))
    } setup: {
      try GeneratedCorpus(count: count)
    } teardown: {
      GeneratedCorpus.remove(count: count)
    }
  }
}

/// A copy of the repository's corpus with `count` intent rules added by `scripts/generate-rules`
/// in a temporary folder, with the seed documents and a question one of those rules answers.
struct GeneratedCorpus: Sendable {
  let folder: URL
  let seeds: [Document]
  let question: String

  /// The folder of the corpus with `count` rules, one for each benchmark process.
  static func folder(count: Int) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "assistant-benchmark-rules-\(count)-\(ProcessInfo.processInfo.processIdentifier)")
  }

  /// Removes the folder the corpus with `count` rules was written to.
  static func remove(count: Int) {
    try? FileManager.default.removeItem(at: folder(count: count))
  }

  init(count: Int) throws {
    folder = Self.folder(count: count)
    let script = Process()
    script.executableURL = Workload.root.appendingPathComponent("scripts/generate-rules")
    script.arguments = [String(count), folder.path]
    try script.run()
    script.waitUntilExit()
    guard script.terminationStatus == 0 else {
      throw WorkloadError(
        description: "scripts/generate-rules ended with status \(script.terminationStatus)")
    }
    seeds = try DocumentReader.embeddedSeeds()
    // The example of the last rule, which the generated file ends with.
    let rules = try String(
      contentsOf: folder.appendingPathComponent("intents/zz_generated.yaml"), encoding: .utf8)
    guard let example = rules.split(separator: "\n").last?.drop(while: { $0 == " " || $0 == "-" })
    else { throw WorkloadError(description: "scripts/generate-rules wrote no rule") }
    question = String(example)
  }
}
