/// A row ready to write: its text, or for a question too long to hold in memory, the text before
/// and after its echo, which is copied from its spool a piece at a time.
///
/// Either way the bytes written are the same as for the row rendered whole.
struct RenderedRow: Sendable {
  /// How an echo copied from its spool is made safe, as ``AnswerRow`` makes a question safe.
  enum Escaping: Sendable {
    /// As the contents of a JSON string: control characters as `\u` escapes.
    case json
    /// As text for a terminal: control characters as U+FFFD, newlines included.
    case terminal
  }

  /// The row's text up to the echo; all of it when there is none.
  var head: String
  /// The question to copy from its spool after `head`, and how.
  var echo: (text: SpooledText, escaping: Escaping)?
  /// The row's text after the echo.
  var tail = ""

  /// A row written as `text`.
  init(text: String) {
    head = text
  }

  /// A row whose question, `echo`, is copied from its spool between `head` and `tail`.
  init(head: String, echo: SpooledText, escaping: Escaping, tail: String) {
    self.head = head
    self.echo = (echo, escaping)
    self.tail = tail
  }

  /// Writes the row to standard output.
  ///
  /// - Throws: ``AssistantError/cannotWrite(reason:)``, or
  ///   ``AssistantError/cannotSpool(reason:)`` when the spool cannot be read back.
  func write() throws {
    try Output.write(head)
    guard let echo else { return }
    try echo.text.forEachPiece { piece in
      switch echo.escaping {
      case .json:
        try Output.write(String(JSONValue.string(piece).serialized.dropFirst().dropLast()))
      case .terminal: try Output.write(piece.terminalSafe(keepingNewlines: false))
      }
    }
    try Output.write(tail)
  }
}
