import Foundation

/// One run of the built `assistant` whose peak resident memory is measured by `/usr/bin/time`.
///
/// Not by the tests' own `wait4`: a child started by `posix_spawn` shares the test process's
/// memory until it runs the program, and the kernel counts the test process's peak as the child's.
/// `time` is small when it starts the program, so its count is the program's own.
struct PeakMemory {
  /// The exit status.
  var exitStatus: Int32
  /// The most memory the process held, in bytes.
  var peakResidentBytes: Int

  /// The measuring program, present on Linux (GNU time) and macOS (BSD time).
  static let time = "/usr/bin/time"

  /// Whether runs can be measured here.
  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: time) }

  /// Runs `assistant` with `arguments`, standard input read from `inputPath` and standard output
  /// discarded, and waits for it to end.
  static func run(_ arguments: [String], standardInput inputPath: String) throws -> PeakMemory {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: time)
    #if os(Linux)
    process.arguments = ["-f", "%M"] + [try AssistantProcess.executableURL().path] + arguments
    #else
    process.arguments = ["-l"] + [try AssistantProcess.executableURL().path] + arguments
    #endif
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
    process.standardOutput = FileHandle.nullDevice
    let standardError = Pipe()
    process.standardError = standardError
    try process.run()
    let report = String(
      decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #if os(Linux)
    // GNU time's `%M` is kilobytes, on the last line.
    let kilobytes = report.split(separator: "\n").last.flatMap { Int($0) }
    let peak = kilobytes.map { $0 * 1024 }
    #else
    let line = report.split(separator: "\n").first { $0.hasSuffix("maximum resident set size") }
    let peak = line?.split(separator: " ").first.flatMap { Int($0) }
    #endif
    guard let peak else {
      throw AssistantProcess.Failure(description: "no peak memory in \(time)'s report: \(report)")
    }
    return PeakMemory(exitStatus: process.terminationStatus, peakResidentBytes: peak)
  }
}
