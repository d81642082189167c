import Foundation

extension Output {
  /// Writes `warning: message` to standard error, with control characters made harmless.
  static func reportWarning(_ message: String) {
    let line = "warning: " + message.terminalSafe(keepingNewlines: true) + "\n"
    try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
  }
}
