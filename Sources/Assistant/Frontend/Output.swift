import Foundation

/// Standard output and standard error, written unbuffered so every row appears at once.
enum Output {
  /// Writes `text` to standard output with one `write`, so a row is never split or held back.
  static func write(_ text: String) throws {
    do {
      try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    } catch {
      throw AssistantError.cannotWrite(reason: Self.reason(error))
    }
  }

  /// Writes `error: message` to standard error, with control characters made harmless.
  static func reportError(_ message: String) {
    let line = "error: " + message.terminalSafe(keepingNewlines: true) + "\n"
    try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
  }

  private static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    guard nsError.domain == NSPOSIXErrorDomain else { return nsError.localizedDescription }
    return AssistantError.reason(errno: Int32(nsError.code))
  }
}
