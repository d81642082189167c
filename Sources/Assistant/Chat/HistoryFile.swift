import CReadline

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file the chat keeps what was typed in between sessions, for the arrow keys and Ctrl-R.
///
/// Private to its owner (mode 0600, in a folder of mode 0700) and capped at ``capacity``
/// entries. Each line is appended as soon as it is entered, so a session that is killed or
/// ends with SIGTERM loses nothing. A file that cannot be used is reported once, by the caller,
/// and then left alone: the session keeps its history in memory only.
struct HistoryFile {
  /// The most entries kept, in memory and in the file.
  static let capacity: Int32 = 1000

  /// Where the file is.
  let path: String
  /// False once the file proved unusable; nothing is read or written after that.
  private(set) var isUsable = true

  /// Creates a history kept at `path`, which is not touched until ``load()``.
  init(path: String) {
    self.path = path
  }

  /// `$XDG_STATE_HOME/assistant/history`, else `~/.local/state/assistant/history`; nil when
  /// neither a state folder nor a home folder is known.
  ///
  /// A relative `XDG_STATE_HOME` is ignored, as the XDG base directory specification asks.
  static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/assistant/history"
    }
    var home = environment["HOME"] ?? ""
    if home.isEmpty, let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
      home = String(cString: directory)
    }
    guard !home.isEmpty else { return nil }
    return home + "/.local/state/assistant/history"
  }

  /// Creates the folder and the file if need be and reads the file into readline's history.
  ///
  /// - Returns: nil, or why the file cannot be used (the history is then kept in memory only).
  mutating func load() -> String? {
    if let problem = prepare() ?? Self.problem(read_history(path)) {
      return give(up: problem)
    }
    return nil
  }

  /// Appends the newest history entry to the file and trims the file to ``capacity`` entries.
  ///
  /// - Returns: nil, or why the file cannot be used (nothing more is then written).
  mutating func appendNewest() -> String? {
    guard isUsable else { return nil }
    if let problem = Self.problem(append_history(1, path))
      ?? Self.problem(history_truncate_file(path, Self.capacity))
    {
      return give(up: problem)
    }
    return nil
  }

  private mutating func give(up reason: String) -> String {
    isUsable = false
    return "history file \(path): \(reason); questions are remembered for this session only"
  }

  /// Makes the folders (mode 0700) and the file (mode 0600); why it cannot, or nil.
  private func prepare() -> String? {
    var folder = ""
    for component in path.split(separator: "/").dropLast() {
      folder += "/" + component
      if mkdir(folder, 0o700) != 0, errno != EEXIST {
        return "cannot create \(folder): " + AssistantError.reason(errno: errno)
      }
    }
    var status = stat()
    // Readline keeps history only in regular files; a link to /dev/null or /dev/full is not one.
    if stat(path, &status) == 0, let problem = Self.problem(fileType: status.st_mode) {
      return problem
    }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return AssistantError.reason(errno: errno) }
    defer { close(descriptor) }
    guard fstat(descriptor, &status) == 0 else { return AssistantError.reason(errno: errno) }
    if let problem = Self.problem(fileType: status.st_mode) { return problem }
    if status.st_mode & 0o077 != 0 {
      // Questions can be personal: a file others may read is made private.
      fchmod(descriptor, 0o600)
    }
    return nil
  }

  /// Why a file of mode `mode` cannot hold the history, or nil for a regular file.
  private static func problem(fileType mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return AssistantError.reason(errno: EISDIR)
    default: return "not a regular file"
    }
  }

  /// The reason for a readline history function's result (0 or an `errno` value), or nil.
  private static func problem(_ result: Int32) -> String? {
    result == 0 ? nil : AssistantError.reason(errno: result)
  }
}
