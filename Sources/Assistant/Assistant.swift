import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `assistant` command: answers questions about the government meeting reports.
///
/// With a subcommand it does what the subcommand says. Without one, piped standard input is
/// answered exactly as `assistant batch --format text` would answer it, with no prompt; on a
/// terminal it opens the chat (`assistant chat`).
@main
struct Assistant: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assistant",
    abstract: "Answers questions about government meeting reports, with figures and sources.",
    discussion: """
      With no subcommand and questions piped to standard input, answers them like \
      'assistant batch --format text'; on a terminal, opens the chat ('assistant chat').

      The built-in report is always loaded; --documents adds reports in the same format (a \
      .txt file, or a folder of them), and each warning about them is written to standard \
      error as 'warning: ...'.

      Exit codes: 0 success; 1 declined (ask) or failure; 2 accuracy below --min-accuracy \
      (eval); 64 usage error; 65 bad rule data, a missing, unreadable, non-UTF-8 or malformed \
      document, a malformed input line or gold case, or errors found by check; 66 an input \
      file that cannot be read.
      """,
    version: Assistant.version,
    subcommands: [Ask.self, Batch.self, Chat.self, Eval.self, Facts.self, Check.self]
  )

  /// The version `assistant --version` prints.
  static let version = "0.1.0"

  @OptionGroup var corpus: CorpusOptions

  static func main() {
    Output.restoreBrokenPipeSignal()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(reporting: error)
    }
  }

  /// Ends the process for `error` as the argument parser's `exit(withError:)` does, except that
  /// an error's message starts `error:` and goes on lowercase, as every other error of the
  /// command does, where the parser writes `Error: Unknown option`.
  ///
  /// Help and the version go to standard output with status 0; a usage error goes to standard
  /// error with its usage line and status 64; an `ExitCode` ends the process with no message.
  private static func exit(reporting error: Error) -> Never {
    let code = exitCode(for: error)
    let message = fullMessage(for: error)
    if code == .success {
      try? Output.write(message.isEmpty ? "" : message + "\n")
    } else if message.hasPrefix(parserErrorLabel) {
      // The parser's sentences start with a capital; the command's messages are lowercase.
      let text = message.dropFirst(parserErrorLabel.count)
      Output.reportError(text.prefix(1).lowercased() + text.dropFirst())
    } else if !message.isEmpty {
      Output.reportError(message)
    }
    // An exit code alone is ended with no message.
    exit(withError: code)
  }

  /// What the argument parser starts an error's message with.
  private static let parserErrorLabel = "Error: "

  func run() throws {
    guard isatty(STDIN_FILENO) == 0 else {
      try Chat.start(corpus: corpus)
      return
    }
    try Batch.answer(paths: [], format: .text, corpus: corpus)
  }
}
