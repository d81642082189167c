import Benchmark
import Foundation

/// Registers the benchmarks of a batch line of many megabytes, as `assistant batch --format jsonl
/// FILE` answers it in a whole process.
///
/// A file of one line of 5 MB and one of 50 MB, each the answerable question then text to echo.
/// The line is spooled to a temporary file and echoed from it in pieces, so the peak memory is
/// the same for both and the time grows with the line; held whole, as before, a line took about
/// five times its size.
func longLineBenchmarks() {
  for megabytes in [5, 50] {
    Benchmark(
      "Batch: one \(megabytes) MB line, assistant batch --format jsonl, whole process",
      configuration: .init(
        metrics: [.wallClock, assistantPeakResident], maxDuration: .seconds(30), maxIterations: 5)
    ) { (benchmark: Benchmark, file: URL) in
      let run = try ProcessRun.run(
        Workload.releaseExecutable, ["batch", "--format", "jsonl", file.path])
      guard run.exitStatus == 0 else {
        throw WorkloadError(
          description:
            "assistant batch ended with status \(run.exitStatus.map(String.init) ?? "signal")")
      }
      benchmark.measurement(assistantPeakResident, run.peakResidentBytes)
    } setup: {
      guard FileManager.default.isExecutableFile(atPath: Workload.releaseExecutable) else {
        throw WorkloadError(
          description:
            "\(Workload.releaseExecutable) is missing: run scripts/bench, which builds it first")
      }
      return try longLineFile(megabytes: megabytes)
    } teardown: {
      try? FileManager.default.removeItem(at: longLinePath(megabytes: megabytes))
    }
  }
}

/// Where the file of one `megabytes` MB line is written.
private func longLinePath(megabytes: Int) -> URL {
  FileManager.default.temporaryDirectory.appendingPathComponent(
    "assistant-benchmark-line-\(megabytes)-\(ProcessInfo.processInfo.processIdentifier).txt")
}

/// Writes a file of one line of `megabytes` MB, a megabyte at a time, so that the benchmark
/// process never holds it: a process it starts would count the memory as its own.
private func longLineFile(megabytes: Int) throws -> URL {
  let url = longLinePath(megabytes: megabytes)
  FileManager.default.createFile(atPath: url.path, contents: nil)
  let file = try FileHandle(forWritingTo: url)
  defer { try? file.close() }
  try file.write(
    contentsOf: Data(
      "Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước tháng 4 là bao nhiêu? ".utf8))
  let unit = Data("tỷ lệ dịch vụ công \"trực tuyến\"\t".utf8)
  let megabyte = Data((0..<(1_000_000 / unit.count)).flatMap { _ in unit })
  for _ in 0..<megabytes { try file.write(contentsOf: megabyte) }
  try file.write(contentsOf: Data("\n".utf8))
  return url
}
