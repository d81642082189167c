import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a program as a whole process, with its output discarded: how it ended and the most
/// memory it held.
struct ProcessRun {
  /// The exit status, or nil when a signal ended the process.
  var exitStatus: Int32?
  /// The peak resident memory of the process, in bytes.
  var peakResidentBytes: Int

  /// Starts `executable` with `arguments` and waits for it to end.
  ///
  /// `posix_spawn` rather than `Process`, so that as little as possible but the program itself is
  /// timed; and without `LD_PRELOAD`, which the benchmark runner sets to count this process's
  /// allocations and which would otherwise slow the program down too.
  static func run(_ executable: String, _ arguments: [String]) throws -> ProcessRun {
    #if canImport(Darwin)
    var actions: posix_spawn_file_actions_t? = nil
    #else
    var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.filter { $0.key != "LD_PRELOAD" }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw WorkloadError(
        description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 {
      guard errno == EINTR else {
        throw WorkloadError(
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
    return ProcessRun(exitStatus: exited ? (status >> 8) & 0xff : nil, peakResidentBytes: peak)
  }
}
