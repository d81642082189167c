import Benchmark
import Foundation

/// The assistant against plain sentence retrieval, each a whole process on the same questions:
/// `assistant batch` and `scripts/bm25-baseline.py` (BM25 over folded syllables and syllable
/// pairs, the best sentence) over the seed and the reports no rule was written for; and `assistant
/// ask` against a Python interpreter that starts and does nothing.
///
/// Compare the wall-clock times of each pair: issue 16 asks the batch to be 3.5 times faster than
/// the baseline, and `ask` faster than `python3 -c pass`.
func baselineBenchmarks() {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, assistantPeakResident], warmupIterations: 1, maxDuration: .seconds(60),
    maxIterations: 5)

  Benchmark(
    "Baseline: assistant batch, 20,000 questions about the new reports, whole process",
    configuration: configuration
  ) { benchmark, workload in
    try Baseline.run(
      Workload.releaseExecutable,
      ["batch", "--documents", workload.reports.path, workload.questions.path], for: benchmark)
  } setup: {
    try Baseline.workload()
  }

  Benchmark(
    "Baseline: Python BM25 sentence retrieval, the same 20,000 questions, whole process",
    configuration: configuration
  ) { benchmark, workload in
    try Baseline.run(
      Baseline.env, ["python3", Baseline.script, workload.corpus.path, workload.questions.path],
      for: benchmark)
  } setup: {
    try Baseline.workload()
  }

  Benchmark(
    "Baseline: python3 -c pass, whole process",
    configuration: .init(
      metrics: [.wallClock], warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 200)
  ) { _ in
    try Baseline.check(try ProcessRun.run(Baseline.env, ["python3", "-c", "pass"]), "python3")
  }
}

/// The files both sides of a baseline benchmark read.
enum Baseline {
  /// How many questions a batch answers.
  static let count = 20_000
  /// `env`, which finds `python3` on the path as a shell would.
  static let env = "/usr/bin/env"
  /// The baseline script.
  static let script = Workload.root.appendingPathComponent("scripts/bm25-baseline.py").path

  /// The questions of the reports' gold files in turn, `count` of them, one a line; the reports'
  /// folder, as `--documents` loads it; and a folder of the same reports and the seed, which the
  /// baseline reads (the assistant has the seed built in).
  static func workload() throws -> (questions: URL, reports: URL, corpus: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "assistant-baseline-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: folder)
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let reports = Workload.root.appendingPathComponent(Workload.reports)
    let files = try FileManager.default.contentsOfDirectory(atPath: reports.path)
      .filter { $0.hasSuffix(".txt") }
    for name in files {
      try FileManager.default.copyItem(
        at: reports.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
    }
    let seeds = Workload.root.appendingPathComponent("seeds")
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path)
    where name.hasSuffix(".txt") {
      try FileManager.default.copyItem(
        at: seeds.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
    }
    let asked = try Workload.reportCases().map(\.question)
    guard !asked.isEmpty else { throw WorkloadError(description: "no report question") }
    let questions = folder.appendingPathComponent("questions.txt")
    try (0..<count).map { asked[$0 % asked.count] + "\n" }.joined()
      .write(to: questions, atomically: false, encoding: .utf8)
    guard FileManager.default.isExecutableFile(atPath: Workload.releaseExecutable) else {
      throw WorkloadError(
        description:
          "\(Workload.releaseExecutable) is missing: run scripts/bench, which builds it first")
    }
    return (questions, reports, corpus)
  }

  /// Runs `executable` as a whole process and records its peak memory in `benchmark`.
  static func run(_ executable: String, _ arguments: [String], for benchmark: Benchmark) throws {
    let run = try ProcessRun.run(executable, arguments)
    try check(run, arguments.first ?? executable)
    benchmark.measurement(assistantPeakResident, run.peakResidentBytes)
  }

  /// Throws unless `run` ended well: a batch ends 0 whatever it declines.
  static func check(_ run: ProcessRun, _ name: String) throws {
    guard run.exitStatus == 0 else {
      throw WorkloadError(
        description: "\(name) ended with status \(run.exitStatus.map(String.init) ?? "signal")")
    }
  }
}
