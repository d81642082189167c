import CReadline

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// GNU readline on the terminal: the prompt, line editing, history and Tab completion.
///
/// A class because it stands for a resource with identity: readline's state is global to the
/// process, so there is one editor at a time. Ctrl-C, Ctrl-Z, SIGTERM and SIGHUP are noted by
/// the signal handler of `CReadline` and acted on here, while a key is awaited.
final class LineEditor {
  /// What reading a line gave.
  enum Input: Equatable {
    /// A line, without its newline. Invalid UTF-8 has been replaced by U+FFFD.
    case line(String)
    /// Ctrl-D on an empty line, or the end of the input.
    case end
    /// SIGTERM or SIGHUP arrived: the session must end now.
    case terminated(signal: Int32)
  }

  private var history: HistoryFile?
  private let warn: (String) -> Void

  /// Prepares readline: the locale, signals, completion and history.
  ///
  /// Tab completes from `completion`; the history is kept in `history` (nil for none). A history
  /// file that cannot be used is reported once, through `warn`.
  init(completion: CompletionSource, history: HistoryFile?, warn: @escaping (String) -> Void) {
    Self.useLocale()
    self.warn = warn
    creadline_set_application()
    // Ctrl-C, Ctrl-Z, SIGTERM and SIGHUP are handled here, readline's way of handling them
    // (when it next reads a key) being too late for a Ctrl-C typed at an idle prompt. Readline
    // still follows the window's size.
    creadline_set_catch_signals(0, 1)
    _ = creadline_install_signal_handlers()
    creadline_set_getc_function(readCharacter)
    Self.installCompletion(completion)
    using_history()
    stifle_history(HistoryFile.capacity)
    self.history = history
    if let problem = self.history?.load() { warn(problem) }
  }

  deinit {
    Self.installCompletion(nil)
    creadline_set_getc_function(nil)
  }

  /// Shows `prompt` and reads one line.
  func read(prompt: String) -> Input {
    // A Ctrl-C typed while an answer was being written does not wipe the next line.
    _ = creadline_take_interrupt()
    creadline_drain_wakeups()
    if let signal = terminationSignal { return .terminated(signal: signal) }
    let line = readline(prompt)
    defer { free(line) }
    if let signal = terminationSignal { return .terminated(signal: signal) }
    guard let line else { return .end }
    return .line(String(cString: line))
  }

  /// Whether readline ends the line itself when it reads the end of the input: it does so
  /// when it has told the terminal to mark pasted text (bracketed paste).
  var endsLineAtEnd: Bool {
    guard let value = rl_variable_value("enable-bracketed-paste") else { return false }
    return String(cString: value) == "on"
  }

  /// The terminating signal that arrived, if one did.
  var terminationSignal: Int32? {
    let signal = creadline_termination_signal()
    return signal == 0 ? nil : signal
  }

  /// Adds `line` to the history, in memory and in the file, unless it is blank or repeats the
  /// line before it.
  func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    if let newest = creadline_newest_history_line(), String(cString: newest) == line { return }
    add_history(line)
    if let problem = history?.appendNewest() { warn(problem) }
  }

  /// Ends the process the way the signal `signalNumber` ends it, so the parent sees why.
  ///
  /// The history is already in its file: every line was appended when it was entered.
  func end(by signalNumber: Int32) -> Never {
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
    exit(128 + signalNumber)
  }

  /// Reads the locale from the environment, so that readline edits `ữ` as one character.
  ///
  /// Vietnamese needs UTF-8: when the environment's locale is not, character handling uses
  /// `C.UTF-8`. Numbers stay in the C locale, which libraries parse data with.
  private static func useLocale() {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(Int32(CODESET))) != "UTF-8" {
      setlocale(LC_CTYPE, "C.UTF-8")
    }
    setlocale(LC_NUMERIC, "C")
  }
}

/// Reads a key for readline, acting on Ctrl-C and termination while it waits for one.
///
/// It waits for the terminal and for the signal handler's wake-up pipe together, so a signal
/// is seen at once, whenever it arrives.
private func readCharacter(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
  let input = stream.map { fileno($0) } ?? STDIN_FILENO
  while true {
    if creadline_termination_signal() != 0 {
      // Ends the line, so that readline restores the terminal and returns.
      return EOF
    }
    if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
    if creadline_stop_if_asked(rl_cleanup_after_signal, resumeEditing) != 0 { continue }
    if creadline_take_interrupt_for_command() != 0 {
      // Ctrl-C first leaves a search or another command reading keys, as Ctrl-G does; the
      // line is dropped when readline next asks for a key.
      return 7
    }
    discardLineIfInterrupted()
    var waits = [
      pollfd(fd: input, events: Int16(POLLIN), revents: 0),
      pollfd(fd: creadline_wakeup_descriptor(), events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&waits, 2, -1)
    if ready < 0 {
      guard errno == EINTR else { return rl_getc(stream) }
      // Let readline act on the signals it handles itself (a window size change).
      rl_check_signals()
      continue
    }
    if waits[1].revents != 0 {
      creadline_drain_wakeups()
      continue
    }
    // A key typed right after Ctrl-C wakes the wait together with the signal, whose handler has
    // run by the time the wait returns: the line is dropped before the key is read.
    if creadline_signal_noted() != 0 { continue }
    return keyWithoutC1Controls(stream)
  }
}

/// Bytes `keyWithoutC1Controls` has read ahead, handed to readline before anything else.
nonisolated(unsafe) private var pendingKeys: [Int32] = []

/// The next byte of input, with a C1 control character made U+FFFD.
///
/// C1 controls are U+0080 to U+009F, written `C2 80` to `C2 9F`. Readline echoes what is typed
/// as it is, and some terminals obey U+009B as the start of an escape sequence; C0 controls
/// readline shows as `^[` itself.
private func keyWithoutC1Controls(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
  let key = rl_getc(stream)
  guard key == 0xC2 else { return key }
  let next = rl_getc(stream)
  if (0x80...0x9F).contains(next) {
    pendingKeys = [0xBF, 0xBD]
    return 0xEF
  }
  if next != EOF { pendingKeys = [next] }
  return key
}

/// After the process was stopped (Ctrl-Z) and continued: the terminal back in editing mode,
/// and the prompt and line shown again.
private func resumeEditing() {
  rl_reset_after_signal()
  rl_forced_update_display()
}

/// After Ctrl-C: drops the line typed so far and shows a fresh prompt; the session goes on.
private func discardLineIfInterrupted() {
  guard creadline_take_interrupt() != 0 else { return }
  rl_replace_line("", 1)
  creadline_write("^C")
  rl_crlf()
  rl_on_new_line()
  rl_redisplay()
}
