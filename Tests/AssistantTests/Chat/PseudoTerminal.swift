import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `assistant` running on a pseudo-terminal, typed at as a person would type.
///
/// The child gets a new session whose controlling terminal is the pseudo-terminal, so Ctrl-C
/// typed into it raises SIGINT as on a real terminal. Standard input and output are the
/// terminal; standard error goes to a file, so warnings can be counted. The environment is
/// small and fixed: `TERM=dumb`, `INPUTRC=/dev/null`, `LANG=C.UTF-8`, and `HOME` and
/// `XDG_STATE_HOME` inside `home`, unless `environment` says otherwise (an empty value removes
/// a variable). No signal is blocked, unless `blockedSignals` says otherwise.
///
/// A class because it owns the child process and the terminal's descriptor.
final class PseudoTerminal {
  /// Why a session failed: the child could not start, or what was expected never came.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// How a finished child ended.
  enum Termination: Equatable {
    case exited(Int32)
    case signalled(Int32)
  }

  /// The prompt the chat shows when it waits for a line.
  static let prompt = "› "
  /// How long anything expected may take; everything is far quicker, even on a busy machine.
  static let timeLimit: TimeInterval = 60

  private let master: Int32
  private let pid: pid_t
  private let errorFile: URL
  /// Everything the child wrote to the terminal, carriage returns dropped.
  private var output: [UInt8] = []
  /// Where the next ``expect(_:)`` starts looking.
  private var searchStart = 0
  private var termination: Termination?
  private var closed = false

  /// Starts `assistant arguments...` on a new terminal `columns` wide.
  init(
    _ arguments: [String] = [], home: URL, environment: [String: String] = [:],
    columns: UInt16 = 80, blockedSignals: [Int32] = []
  ) throws {
    let executable = try AssistantProcess.executableURL().path
    errorFile = home.appendingPathComponent("stderr-\(UUID().uuidString).txt")
    let terminals = try PseudoTerminalFunctions()
    master = terminals.open(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else {
      throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    var name = [CChar](repeating: 0, count: 256)
    guard terminals.grant(master) == 0, terminals.unlock(master) == 0,
      terminals.name(master, &name, name.count) == 0
    else {
      close(master)
      throw Failure(description: "cannot set up the pseudo-terminal")
    }
    var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)

    var variables = [
      "TERM": "dumb", "INPUTRC": "/dev/null", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
      "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
    ]
    for (key, value) in environment { variables[key] = value.isEmpty ? nil : value }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after the new session is made, so it becomes the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_addopen(
      &actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT] { sigaddset(&defaults, signal) }
    var mask = sigset_t()
    sigemptyset(&mask)
    for signal in blockedSignals { sigaddset(&mask, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(
      &attributes, Int16(Self.newSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(master)
      throw Failure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    pid = child
  }

  deinit {
    if termination == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
    try? FileManager.default.removeItem(at: errorFile)
  }

  /// `POSIX_SPAWN_SETSID`, which glibc declares only for GNU sources.
  private static let newSession: Int32 = 0x80

  /// Types `text` (UTF-8) at the terminal.
  func type(_ text: String) {
    type(bytes: Array(text.utf8))
  }

  /// Sends `bytes` to the terminal as they are, valid UTF-8 or not.
  func type(bytes: [UInt8]) {
    var bytes = bytes
    while !bytes.isEmpty {
      let written = write(master, bytes, bytes.count)
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      bytes.removeFirst(written)
    }
  }

  /// Types `line` and Enter, and returns what the chat writes up to its next prompt.
  @discardableResult
  func enter(_ line: String) throws -> String {
    type(line + "\r")
    return try expectPrompt()
  }

  /// Waits for a prompt at the start of a line and returns the output up to and including it.
  ///
  /// Escape sequences may come before the prompt; a line redrawn while it is edited, which
  /// starts with a carriage return, does not count.
  @discardableResult
  func expectPrompt(timeout: TimeInterval = timeLimit) throws -> String {
    try expect(matching: "\n(\u{1B}\\[[0-9;?]*[A-Za-z])*" + Self.prompt, timeout: timeout)
  }

  /// Waits until `text` appears in the output after whatever the last call found, and returns
  /// the output up to and including it.
  @discardableResult
  func expect(_ text: String, timeout: TimeInterval = timeLimit) throws -> String {
    try expect(matching: NSRegularExpression.escapedPattern(for: text), timeout: timeout)
  }

  private func expect(matching pattern: String, timeout: TimeInterval) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let unseen = transcript(from: searchStart)
      if let found = unseen.range(of: pattern, options: .regularExpression) {
        let seen = String(unseen[..<found.upperBound])
        searchStart += seen.utf8.count
        return seen
      }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0, !closed else {
        throw Failure(description: "expected /\(pattern)/, got:\n\(unseen)")
      }
      pump(for: remaining)
    }
  }

  /// Everything written so far after what the last ``expect(_:)`` found, without waiting.
  var unseen: String {
    pump(for: 0)
    return transcript(from: searchStart)
  }

  /// Everything the child wrote to the terminal, carriage returns dropped.
  var transcript: String { transcript(from: 0) }

  /// Everything the child wrote to standard error.
  var errorOutput: String {
    (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
  }

  /// Whether the terminal is in the mode a shell expects, lines edited and echoed by the
  /// terminal, as it was before the chat started; readline turns both off while it reads a line.
  ///
  /// On Linux the master side reads the terminal's modes; they outlast the child.
  var isInLineMode: Bool {
    var modes = termios()
    guard tcgetattr(master, &modes) == 0 else { return false }
    return modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
  }

  /// Sends `signal` to the child.
  func send(signal: Int32) {
    kill(pid, signal)
  }

  /// Waits for the child to end, reading what it still writes, and says how it ended.
  func waitForExit(timeout: TimeInterval = timeLimit) throws -> Termination {
    let deadline = Date().addingTimeInterval(timeout)
    while termination == nil {
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        // The low seven bits are the signal that killed it, or 0 for a normal exit.
        termination =
          status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
        break
      }
      guard Date() < deadline else {
        throw Failure(description: "the chat did not end; output:\n\(transcript)")
      }
      pump(for: 0.05)
    }
    pump(for: 0)
    return termination!
  }

  /// Reads what is available, waiting at most `seconds` for the first bytes.
  private func pump(for seconds: TimeInterval) {
    var waitMilliseconds = Int32(max(0, min(seconds, 1) * 1000))
    while !closed {
      var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      let ready = poll(&request, 1, waitMilliseconds)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { return }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = read(master, &buffer, buffer.count)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        // EIO: every process holding the terminal has closed it.
        closed = true
        return
      }
      output += buffer[..<count].filter { $0 != UInt8(ascii: "\r") }
      waitMilliseconds = 0
    }
  }

  private func transcript(from start: Int) -> String {
    String(decoding: output[min(start, output.count)...], as: UTF8.self)
  }
}

/// The C library's pseudo-terminal functions, which Swift's Glibc module leaves out (they are
/// declared only for X/Open sources), looked up by name.
private struct PseudoTerminalFunctions {
  let open: @convention(c) (Int32) -> Int32
  let grant: @convention(c) (Int32) -> Int32
  let unlock: @convention(c) (Int32) -> Int32
  let name: @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

  init() throws {
    let library = dlopen(nil, RTLD_LAZY)
    func function<Function>(_ symbol: String, as type: Function.Type) throws -> Function {
      guard let address = dlsym(library, symbol) else {
        throw PseudoTerminal.Failure(description: "no \(symbol) in the C library")
      }
      return unsafeBitCast(address, to: type)
    }
    open = try function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
    grant = try function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    unlock = try function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    name = try function(
      "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)
  }
}
