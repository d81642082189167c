import Benchmark
import BuiltInKnowledge
import Foundation
import Knowledge

/// The peak resident memory of an `assistant` process a benchmark started, which the runner's own
/// memory metrics cannot see: they measure the benchmark process.
let assistantPeakResident = BenchmarkMetric.custom(
  "assistant process peak resident (bytes)", polarity: .prefersSmaller, useScalingFactor: false)

/// The seed knowledge base with the dev questions, split by what it does with them: answering and
/// declining take different paths through the rules, and declining tries every rule.
struct DevQuestions: Sendable {
  let knowledge: KnowledgeBase
  let all: [String]
  let answered: [String]
  let declined: [String]

  init() throws {
    knowledge = try KnowledgeBase.load()
    all = try Workload.devCases().map(\.question)
    var answered: [String] = []
    var declined: [String] = []
    for question in all {
      if knowledge.answer(question).answered {
        answered.append(question)
      } else {
        declined.append(question)
      }
    }
    self.answered = answered
    self.declined = declined
  }
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .throughput] + .memory,
    timeUnits: .milliseconds,
    warmupIterations: 0
  )

  ruleScalingBenchmarks()
  longLineBenchmarks()
  baselineBenchmarks()

  Benchmark(
    "Build: embedded seed, KnowledgeBase.load()",
    configuration: .init(warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 50)
  ) { _ in
    blackHole(try KnowledgeBase.load())
  }

  // As `--documents FOLDER` loads them: the files read, split into sentences, their facts
  // extracted and indexed with the seed's.
  Benchmark(
    "Build: 1,000 documents from files, KnowledgeBase.load(seeds:corpus:documents:)",
    configuration: .init(maxDuration: .seconds(60), maxIterations: 5)
  ) { (_: Benchmark, workload: (seeds: [Document], corpus: Corpus, folder: URL)) in
    blackHole(
      try KnowledgeBase.load(
        seeds: workload.seeds, corpus: workload.corpus, documents: [workload.folder]))
  } setup: {
    (
      seeds: try DocumentReader.embeddedSeeds(), corpus: try Corpus.embedded(),
      folder: try Workload.documentFolder(count: 1_000)
    )
  }

  // One iteration is one question, taken in turn, so that the percentiles are per question.
  for (kind, questions) in [
    ("answered", \DevQuestions.answered), ("declined", \DevQuestions.declined),
  ] {
    Benchmark(
      "Answer: one dev question, \(kind)",
      configuration: .init(
        timeUnits: .microseconds, warmupIterations: 500, maxDuration: .seconds(5),
        maxIterations: 1_000_000)
    ) { (benchmark: Benchmark, dev: DevQuestions) in
      let asked = dev[keyPath: questions]
      blackHole(dev.knowledge.answer(asked[benchmark.currentIteration % asked.count]))
    } setup: {
      let dev = try DevQuestions()
      guard !dev[keyPath: questions].isEmpty else {
        throw WorkloadError(description: "no dev question is \(kind)")
      }
      return dev
    }
  }

  // The dev questions are about the seed report: with 1,000 more reports loaded, every subject,
  // concept and word index an answer consults holds a thousand times as much.
  Benchmark(
    "Answer: one dev question, 1,000 documents loaded",
    configuration: .init(
      timeUnits: .microseconds, warmupIterations: 500, maxDuration: .seconds(10),
      maxIterations: 1_000_000)
  ) { (benchmark: Benchmark, loaded: (knowledge: KnowledgeBase, questions: [String])) in
    let questions = loaded.questions
    blackHole(loaded.knowledge.answer(questions[benchmark.currentIteration % questions.count]))
  } setup: {
    let documents = try DocumentReader.embeddedSeeds() + Workload.documents(count: 1_000)
    let knowledge = KnowledgeBase(documents: documents, corpus: try Corpus.embedded())
    return (knowledge, try Workload.devCases().map(\.question))
  }

  // The questions staff ask of reports no rule was written for, answered by retrieval over a
  // thousand such reports: every passage index, term statistic and candidate reader at scale.
  Benchmark(
    "Answer: one question about a new report, 1,000 new reports loaded",
    configuration: .init(
      timeUnits: .microseconds, warmupIterations: 200, maxDuration: .seconds(10),
      maxIterations: 1_000_000)
  ) { (benchmark: Benchmark, loaded: (knowledge: KnowledgeBase, questions: [String])) in
    let questions = loaded.questions
    blackHole(loaded.knowledge.answer(questions[benchmark.currentIteration % questions.count]))
  } setup: {
    let documents =
      try DocumentReader.embeddedSeeds()
      + Workload.documents(count: 1_000, from: Workload.reports)
    let knowledge = KnowledgeBase(documents: documents, corpus: try Corpus.embedded())
    return (knowledge, try Workload.reportCases().map(\.question))
  }

  Benchmark(
    "Build: 1,000 new reports from files, KnowledgeBase.load(seeds:corpus:documents:)",
    configuration: .init(maxDuration: .seconds(60), maxIterations: 5)
  ) { (_: Benchmark, workload: (seeds: [Document], corpus: Corpus, folder: URL)) in
    blackHole(
      try KnowledgeBase.load(
        seeds: workload.seeds, corpus: workload.corpus, documents: [workload.folder]))
  } setup: {
    (
      seeds: try DocumentReader.embeddedSeeds(), corpus: try Corpus.embedded(),
      folder: try Workload.documentFolder(count: 1_000, from: Workload.reports)
    )
  }

  Benchmark(
    "Batch: 100,000 questions, one at a time (the dev set in turn)",
    configuration: .init(maxDuration: .seconds(60), maxIterations: 3)
  ) { _, dev in
    for index in 0..<100_000 {
      blackHole(dev.knowledge.answer(dev.all[index % dev.all.count]))
    }
  } setup: {
    try DevQuestions()
  }

  // As `assistant batch FILE` answers: groups of 256 questions, each group on all cores.
  Benchmark(
    "Batch: 100,000 questions, 256 at a time on all cores (the dev set in turn)",
    configuration: .init(maxDuration: .seconds(60), maxIterations: 3)
  ) { (_: Benchmark, loaded: (knowledge: KnowledgeBase, groups: [[String]])) in
    for group in loaded.groups { blackHole(loaded.knowledge.answers(group)) }
  } setup: {
    let dev = try DevQuestions()
    let questions = (0..<100_000).map { dev.all[$0 % dev.all.count] }
    let groups = stride(from: 0, to: questions.count, by: 256).map {
      Array(questions[$0..<min($0 + 256, questions.count)])
    }
    return (knowledge: dev.knowledge, groups: groups)
  }

  Benchmark(
    "Start-up to first answer: assistant ask, whole process",
    configuration: .init(
      metrics: [.wallClock, .throughput, assistantPeakResident], warmupIterations: 3,
      maxDuration: .seconds(10), maxIterations: 200)
  ) { benchmark, question in
    let run = try ProcessRun.run(Workload.releaseExecutable, ["ask", question])
    guard run.exitStatus == 0 else {
      throw WorkloadError(
        description:
          "assistant ask ended with status \(run.exitStatus.map(String.init) ?? "signal")")
    }
    benchmark.measurement(assistantPeakResident, run.peakResidentBytes)
  } setup: {
    guard FileManager.default.isExecutableFile(atPath: Workload.releaseExecutable) else {
      throw WorkloadError(
        description:
          "\(Workload.releaseExecutable) is missing: run scripts/bench, which builds it first")
    }
    guard let question = try Workload.devCases().first(where: { !$0.refuse })?.question else {
      throw WorkloadError(description: "the dev set has no question to answer")
    }
    return question
  }
}
