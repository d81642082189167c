#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How the chat decorates its output: colour and emphasis, decided once at start.
///
/// Colour is used only when standard output is a terminal that can show it (`TERM` is not
/// `dumb`), and never with `--no-color` or a non-empty `NO_COLOR` (https://no-color.org).
struct TerminalStyle: Sendable, Equatable {
  /// Whether escape sequences for colour and emphasis are written at all.
  let usesColor: Bool

  /// Output without any escape sequences.
  static let plain = TerminalStyle(usesColor: false)

  /// Decides from the flag, the environment and whether standard output is a terminal.
  static func decide(
    noColorFlag: Bool, environment: [String: String], outputIsTerminal: Bool
  ) -> TerminalStyle {
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let terminal = environment["TERM"] ?? ""
    let dumb = terminal.isEmpty || terminal == "dumb"
    return TerminalStyle(usesColor: outputIsTerminal && !noColor && !noColorFlag && !dumb)
  }

  /// Headings and names the reader looks for.
  func strong(_ text: String) -> String { sgr("1", text) }

  /// What matters less: source lines, hints.
  func faint(_ text: String) -> String { sgr("2", text) }

  /// Commands and terms the reader can type.
  func accent(_ text: String) -> String { sgr("36", text) }

  /// Something the reader should notice: an unknown command.
  func warning(_ text: String) -> String { sgr("33", text) }

  /// The prompt, its escapes marked for readline (`\u{1}`…`\u{2}`) so it measures the width
  /// of what is visible.
  func prompt(_ text: String) -> String {
    guard usesColor else { return text }
    return "\u{1}\u{1B}[1;36m\u{2}" + text + "\u{1}\u{1B}[0m\u{2}"
  }

  private func sgr(_ code: String, _ text: String) -> String {
    guard usesColor, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
  }
}

/// The width answers are wrapped to.
enum TerminalWidth {
  /// The narrowest width wrapped to, however small the window.
  static let minimum = 20

  /// The columns of the terminal on standard output; else `COLUMNS`; else 80.
  static func current(environment: [String: String]) -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return max(minimum, Int(size.ws_col))
    }
    return fallback(environment: environment)
  }

  /// The width when standard output is not a terminal: `COLUMNS` if it is a number, else 80.
  static func fallback(environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
      return max(minimum, columns)
    }
    return 80
  }
}
