import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error, written unbuffered so every row appears at once.
enum Output {
  /// Writes `text` to standard output at once, so a row is never held back.
  ///
  /// When the reader has gone away (`assistant batch big.txt | head -1`) the process ends by
  /// SIGPIPE at this write, quietly, as `cat` does: see ``restoreBrokenPipeSignal()``.
  ///
  /// - Throws: ``AssistantError/cannotWrite(reason:)`` with the system's reason (a full disk).
  static func write(_ text: String) throws {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { writeToStandardOutput($0) }
      if written < 0 {
        if errno == EINTR { continue }
        throw AssistantError.cannotWrite(reason: AssistantError.reason(errno: errno))
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Writes `error: message` to standard error, with control characters made harmless.
  static func reportError(_ message: String) {
    let line = "error: " + message.terminalSafe(keepingNewlines: true) + "\n"
    try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
  }

  /// Lets SIGPIPE end the process, whatever the parent set, so that a closed pipe stops the
  /// output quietly, with the status a shell reports for `yes | head -1` (141), instead of a
  /// write error for every row that is still to come.
  static func restoreBrokenPipeSignal() {
    signal(SIGPIPE, SIG_DFL)
    var pipeOnly = sigset_t()
    sigemptyset(&pipeOnly)
    sigaddset(&pipeOnly, SIGPIPE)
    pthread_sigmask(SIG_UNBLOCK, &pipeOnly, nil)
  }
}

/// `write(2)` to standard output; a free function because ``Output/write(_:)`` hides the system one.
private func writeToStandardOutput(_ bytes: UnsafeRawBufferPointer) -> Int {
  write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
}
