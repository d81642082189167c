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
    subcommands: [Ask.self, Batch.self, Chat.self, Eval.self, Facts.self, Check.self]
  )

  @OptionGroup var corpus: CorpusOptions

  static func main() {
    Output.restoreBrokenPipeSignal()
    main(nil)
  }

  func run() throws {
    guard isatty(STDIN_FILENO) == 0 else {
      try Chat.start(corpus: corpus)
      return
    }
    try Batch.answer(paths: [], format: .text, corpus: corpus)
  }
}
