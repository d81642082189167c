import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress bar on standard error, redrawn in place, for long evaluations.
///
/// Drawn only when standard error is a terminal, so logs and pipes never see it, and only when
/// there is enough work to watch. Redrawn when the shown percentage changes, not per question.
struct ProgressBar {
  /// Fewer cases than this finish before a bar would be seen.
  static let minimumTotal = 51
  /// The width of the bar itself, in characters.
  static let width = 30

  private let total: Int
  private var shownPercent = -1

  /// A bar for `total` steps, or nil when standard error is not a terminal or the work is short.
  init?(total: Int, isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
    guard isTerminal, total >= Self.minimumTotal else { return nil }
    self.total = total
  }

  /// The line for `done` of `total` steps, without the carriage return.
  static func line(done: Int, total: Int) -> String {
    let filled = total == 0 ? width : done * width / total
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    return "[\(bar)] \(done)/\(total)"
  }

  /// Redraws the bar after `done` steps when its percentage changed.
  mutating func update(done: Int) {
    let percent = done * 100 / max(total, 1)
    guard percent != shownPercent else { return }
    shownPercent = percent
    Self.write("\r" + Self.line(done: done, total: total))
  }

  /// Erases the bar, leaving the cursor at the start of an empty line.
  func finish() {
    Self.write("\r\u{1B}[2K")
  }

  private static func write(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
