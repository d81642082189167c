import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `assistant chat`: questions and answers one after another on the terminal, with GNU readline.
///
/// `assistant` with no subcommand on a terminal does the same with the default options. When
/// standard input is not a terminal readline is never used: the lines are answered exactly as
/// `assistant batch --format text` answers them, with no prompt and no echo.
struct Chat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chat",
    abstract: "Chat on the terminal: ask one question after another.",
    discussion: """
      Type a question and press Enter; /help lists the commands (/topics, /examples, /why, \
      /sources, /reset, /quit). Tab completes commands and terms, restoring diacritics. The \
      arrow keys and Ctrl-R recall earlier lines, kept in $XDG_STATE_HOME/assistant/history \
      (else ~/.local/state/assistant/history). Ctrl-C drops the line; Ctrl-Z stops the chat \
      ('fg' resumes it); Ctrl-D on an empty line ends the chat. With standard input not a terminal, answers like \
      'assistant batch --format text'.
      """
  )

  @Flag(help: "No colour or emphasis, even on a terminal (as does NO_COLOR).")
  var noColor = false

  @Flag(help: "Neither read nor write the history file.")
  var noHistory = false

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    guard isatty(STDIN_FILENO) != 0 else {
      try Batch.answer(paths: [], format: .text, corpus: corpus)
      return
    }
    try Self.start(corpus: corpus, noColor: noColor, noHistory: noHistory)
  }

  /// Runs the chat on the terminal until `/quit`, Ctrl-D or a terminating signal.
  static func start(corpus: CorpusOptions, noColor: Bool = false, noHistory: Bool = false) throws {
    let knowledge = try reportingFailures { try corpus.loadKnowledgeBase() }
    let environment = ProcessInfo.processInfo.environment
    let style = TerminalStyle.decide(
      noColorFlag: noColor, environment: environment,
      outputIsTerminal: isatty(STDOUT_FILENO) != 0)
    var session = ChatSession(knowledge: knowledge, style: style)
    try reportingFailures {
      try Output.write(session.banner(width: TerminalWidth.current(environment: environment)))
      var history: HistoryFile?
      var unknownLocation: String?
      if !noHistory {
        if let path = HistoryFile.defaultPath(environment: environment) {
          history = HistoryFile(path: path)
        } else {
          unknownLocation = "no history file: neither XDG_STATE_HOME nor HOME is set"
        }
      }
      let editor = LineEditor(
        completion: CompletionSource(completer: knowledge.completer), history: history,
        warn: Output.reportWarning)
      if let unknownLocation { Output.reportWarning(unknownLocation) }
      while true {
        switch editor.read(prompt: session.prompt) {
        case .line(let line):
          editor.remember(
            line.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces))
          switch session.respond(to: line, width: TerminalWidth.current(environment: environment)) {
          case .show(let text):
            try Output.write(text)
          case .quit(let text):
            try Output.write(text)
            return
          }
        case .end:
          try Output.write((editor.endsLineAtEnd ? "" : "\n") + ChatSession.goodbye + "\n")
          return
        case .terminated(let signal):
          if signal == SIGTERM { try? Output.write("\n") }
          editor.end(by: signal)
        }
      }
    }
  }
}
