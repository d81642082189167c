import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An interactive `bash` in a tmux window, for what only a shell with job control shows: Ctrl-Z
/// stopping the chat and `fg` bringing it back, and the status a shell sees when it ends.
///
/// ``PseudoTerminal`` cannot show a stop: its child leads a session of its own, and the kernel
/// does not stop an orphaned process group for SIGTSTP. Here the shell starts the chat as a
/// job, as a person would, and the window's text is read back with `capture-pane`.
///
/// The tmux server is a private one (its socket in a folder of its own), started with no
/// configuration file, and killed at the end, with the chat if it still runs. The environment is small and fixed, like ``PseudoTerminal``'s, with
/// `TERM` set by tmux. A class because it owns the server.
final class TmuxSession {
  /// Why a session failed: tmux could not start, or what was expected never came.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The shell's prompt.
  ///
  /// `capture-pane` drops the spaces that end a line, so a prompt waiting for a command reads
  /// as `$` alone.
  static let shellPrompt = "$ "

  /// The `tmux` on `PATH`, or nil when it is not installed (the tests that need it are skipped).
  static let executable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("tmux")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  /// Whether tmux is installed.
  static var isAvailable: Bool { executable != nil }

  private let tmux: URL
  /// The server's socket, the chat's process id and what tmux writes.
  private let folder: TemporaryFolder
  private var socket: String { folder.url.appendingPathComponent("socket").path }
  /// The file the chat's process id is written to when it starts.
  private var pidFile: URL { folder.url.appendingPathComponent("assistant.pid") }
  private static let target = "chat"

  /// Starts `bash` in a window `columns` wide, in `home`, waiting at its prompt.
  init(home: URL, columns: Int = 100) throws {
    guard let tmux = Self.executable else { throw Failure(description: "tmux is not installed") }
    self.tmux = tmux
    folder = try TemporaryFolder()
    let environment = [
      "HOME=\(home.path)", "XDG_STATE_HOME=\(home.appendingPathComponent("state").path)",
      "INPUTRC=/dev/null", "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "PS1=\(Self.shellPrompt)",
    ]
    let window = [
      "-f", "/dev/null", "new-session", "-d", "-s", Self.target, "-x", String(columns), "-y", "50",
    ]
    try run(window + ["env", "-i"] + environment + ["bash", "--norc", "--noprofile", "-i"])
    try expect("$")
  }

  deinit {
    _ = try? run(["kill-server"])
    if let chat = try? assistantID() { kill(chat, SIGKILL) }
  }

  /// Types `command` and Enter at the shell.
  func shell(_ command: String) throws {
    try type(command)
    try press("Enter")
  }

  /// Starts `assistant arguments...` as the shell's foreground job, and waits for its prompt.
  func startAssistant(_ arguments: [String] = []) throws {
    let executable = try AssistantProcess.executableURL().path
    // The shell's child writes its own id, then becomes the chat, so the id is the chat's.
    let words = [executable] + arguments
    try shell(
      "sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(Self.quoted(pidFile.path)) "
        + words.map(Self.quoted).joined(separator: " "))
    try expect(PseudoTerminal.prompt)
  }

  /// The chat's process id, once ``startAssistant(_:)`` has started it.
  func assistantID() throws -> pid_t {
    let text = try String(contentsOf: pidFile, encoding: .utf8)
    guard let id = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw Failure(description: "no process id in \(pidFile.path): \(text)")
    }
    return id
  }

  /// Types `text` literally.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", Self.target, "-l", text])
  }

  /// Presses keys by tmux's names for them: `C-c`, `C-z`, `Enter`, `Tab`.
  func press(_ keys: String...) throws {
    try run(["send-keys", "-t", Self.target] + keys)
  }

  /// The text of the window and what has scrolled out of it, wrapped lines joined.
  func screen() throws -> String {
    try run(["capture-pane", "-p", "-J", "-S", "-", "-t", Self.target])
  }

  /// Waits until `text` appears on the screen more often than `count` times, and returns the
  /// screen.
  @discardableResult
  func expect(
    _ text: String, moreThan count: Int = 0,
    timeout: TimeInterval = PseudoTerminal.timeLimit
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let shown = try screen()
      if shown.components(separatedBy: text).count - 1 > count { return shown }
      guard Date() < deadline else {
        throw Failure(description: "expected \(text.debugDescription), got:\n\(shown)")
      }
      usleep(50_000)
    }
  }

  /// Runs `tmux` on the session's server and returns what it wrote.
  ///
  /// Spawned and waited for directly: its output goes to a file, not a pipe, as the server that
  /// `new-session` starts would hold a pipe open.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let outputFile = folder.url.appendingPathComponent("output")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The server and the shell start with no signal blocked, as from a terminal; the test
    // runner's threads block some.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv = ([tmux.path, "-S", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    let started = posix_spawn(&child, tmux.path, &actions, &attributes, argv, environ)
    guard started == 0 else {
      throw Failure(description: "cannot start tmux: \(String(cString: strerror(started)))")
    }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let text = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    guard status == 0 else {
      throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(text)")
    }
    return text
  }

  /// `text` quoted for the shell.
  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
