import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of the built `assistant` whose peak resident memory is measured, for that process
/// alone: `getrusage(RUSAGE_CHILDREN)` would mix in every child the tests ran in parallel.
struct PeakMemory {
  /// The exit status, or nil when a signal ended the process.
  var exitStatus: Int32?
  /// The most memory the process held, in bytes.
  var peakResidentBytes: Int

  /// Runs `assistant` with `arguments`, standard input read from `inputPath` and standard
  /// output written to `outputPath`, and waits for it to end.
  static func run(
    _ arguments: [String], standardInput inputPath: String = "/dev/null",
    standardOutput outputPath: String = "/dev/null"
  ) throws -> PeakMemory {
    let executable = try AssistantProcess.executableURL().path
    #if canImport(Darwin)
    var actions: posix_spawn_file_actions_t? = nil
    #else
    var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw AssistantProcess.Failure(
        description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 {
      guard errno == EINTR else {
        throw AssistantProcess.Failure(
          description: "waiting for \(executable): \(String(cString: strerror(errno)))")
      }
    }
    // WIFEXITED and WEXITSTATUS are macros, which Swift does not import.
    let exited = status & 0x7f == 0
    #if canImport(Darwin)
    let peak = Int(usage.ru_maxrss)
    #else
    let peak = Int(usage.ru_maxrss) * 1024
    #endif
    return PeakMemory(exitStatus: exited ? (status >> 8) & 0xff : nil, peakResidentBytes: peak)
  }
}
