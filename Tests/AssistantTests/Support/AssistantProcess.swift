import Foundation

/// Runs the built `assistant` executable with arguments and standard input, as a user would.
///
/// Standard input, output and error are pipes, so standard input is never a terminal. Output is
/// read while the process runs, so large outputs cannot fill a pipe and stall it.
struct AssistantProcess {
  /// What a run produced.
  struct Result: CustomStringConvertible {
    /// The exit status, or the signal number if the process was killed.
    var status: Int32
    /// Everything written to standard output.
    var output: Data
    /// Everything written to standard error, decoded as UTF-8.
    var errorText: String

    /// Standard output decoded as UTF-8.
    var outputText: String { String(decoding: output, as: UTF8.self) }

    /// Standard output split into lines, without the newlines.
    var outputLines: [String] {
      outputText.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
        String.init)
    }

    var description: String {
      "status \(status)\n--- stdout\n\(outputText)--- stderr\n\(errorText)"
    }
  }

  /// Why the executable could not be run.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// How long a run may take before it is killed; every test run is far quicker.
  static let timeLimit: TimeInterval = 120

  /// Runs `assistant` with `arguments`, feeding `input` to its standard input.
  ///
  /// The process is killed after `timeLimit` seconds. `executable` replaces the binary SwiftPM
  /// built for the tests.
  static func run(
    _ arguments: [String], input: Data = Data(), timeLimit: TimeInterval = timeLimit,
    executable: URL? = nil
  ) throws -> Result {
    _ = ignoreBrokenPipes
    let process = Process()
    process.executableURL = try executable ?? executableURL()
    process.arguments = arguments
    let standardInput = Pipe()
    let standardOutput = Pipe()
    let standardError = Pipe()
    process.standardInput = standardInput
    process.standardOutput = standardOutput
    process.standardError = standardError
    try process.run()

    let group = DispatchGroup()
    let output = Collected()
    let errorOutput = Collected()
    DispatchQueue.global().async(group: group) {
      output.data = standardOutput.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      errorOutput.data = standardError.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      // The process may exit without reading everything; a broken pipe is not a test failure.
      try? standardInput.fileHandleForWriting.write(contentsOf: input)
      try? standardInput.fileHandleForWriting.close()
    }
    if group.wait(timeout: .now() + timeLimit) == .timedOut {
      process.terminate()
      throw Failure(description: "assistant \(arguments) ran longer than \(timeLimit) seconds")
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: output.data,
      errorText: String(decoding: errorOutput.data, as: UTF8.self))
  }

  /// Makes writing to a child that has already exited an error instead of killing the tests.
  private static let ignoreBrokenPipes: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()

  /// Runs `assistant` with `arguments`, feeding it `input` as UTF-8.
  static func run(_ arguments: [String], input: String) throws -> Result {
    try run(arguments, input: Data(input.utf8))
  }

  /// The `assistant` the end-to-end tests run: `ASSISTANT_BINARY` when it is set, else the binary
  /// SwiftPM built next to the test bundle.
  ///
  /// Some faults show only in an optimised build (C state duplicated across object files), so
  /// `scripts/release-tests` runs the end-to-end tests again on the release build this way.
  static func executableURL() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["ASSISTANT_BINARY"], !path.isEmpty {
      let binary = URL(fileURLWithPath: path)
      guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw Failure(description: "ASSISTANT_BINARY=\(path) is not an executable file")
      }
      return binary
    }
    let candidates =
      Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }
      .map { $0.bundleURL.deletingLastPathComponent() }
      + [
        Bundle.main.bundleURL,
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
          .deletingLastPathComponent(),
      ]
    for folder in candidates {
      let binary = folder.appendingPathComponent("assistant")
      if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
    }
    throw Failure(
      description: "no built assistant binary in \(candidates.map(\.path)); run swift build first")
  }
}

/// Bytes one reader thread collects for the test thread, which reads them after the group waits.
private final class Collected: @unchecked Sendable {
  var data = Data()
}
