import ArgumentParser
import Knowledge

/// `assistant batch`: answers questions from files or standard input, one output row each.
struct Batch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    abstract: "Answer questions from files or standard input.",
    discussion: """
      Each line is a question, or a JSON object {"id": ..., "question": ...} when it starts \
      with '{'. Blank lines and lines starting with '#' are skipped. Every question gets exactly \
      one output row, in input order. From a pipe or a terminal each row is written as soon as \
      its question is answered; a file's questions are read 256 lines ahead and answered on all \
      cores, each group's rows written as soon as the group is answered. A line longer than 1 MiB \
      is kept in a temporary file and echoed whole; its first 1,000 characters are the question.

      A JSON line that is malformed or has no string "question" is reported on standard error \
      with its file and line and produces no row; the other lines are still answered and the \
      exit code is then 65. Declined questions do not change the exit code.

      With --conversation the questions are one dialogue, as in the chat: 'còn địa phương?' or \
      'tăng bao nhiêu?' is read with the question before it, and a line that is only a number \
      picks one of the readings the previous answer listed.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Files of questions, read in order; '-' or no file reads standard input.",
      valueName: "file"),
    completion: .file()
  )
  var files: [String] = []

  @Option(help: "The output format: text (question, answer, blank line) or jsonl (one JSON row).")
  var format: OutputFormat = .text

  @Flag(
    help: ArgumentHelp(
      "Read the questions as one conversation: follow-ups ('còn địa phương?') build on the question before, and a number picks a reading an answer offered."
    ))
  var conversation = false

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    try Self.answer(paths: files, format: format, corpus: corpus, conversation: conversation)
  }

  /// Answers every question in `paths` (standard input when empty), writing one row each.
  ///
  /// All files are checked before the knowledge base is loaded, so a mistyped name fails fast
  /// with no output. Malformed lines are reported and skipped; if there were any, this throws
  /// ``ExitCode/dataError`` after the last row.
  static func answer(
    paths: [String], format: OutputFormat, corpus: CorpusOptions, conversation: Bool = false
  ) throws {
    let inputPaths = paths.isEmpty ? [BatchInput.standardInputPath] : paths
    let skipped = try reportingFailures {
      for path in inputPaths { try BatchInput.checkReadable(path) }
      let knowledge = try corpus.loadKnowledgeBase()
      var skipped = 0
      // One conversation across all the files: a dialogue may be split over several.
      var context = Conversation()
      for path in inputPaths {
        var input = try BatchInput.open(path)
        if !conversation && input.isRegularFile {
          skipped += try answerReadingAhead(&input, knowledge: knowledge, format: format)
          continue
        }
        while let line = try input.next() {
          switch line {
          case .question(let question):
            let answer =
              conversation
              ? knowledge.answer(question.text, in: &context) : knowledge.answer(question.text)
            let row = AnswerRow(
              id: question.id, question: question.text, answer: answer, echo: question.whole)
            try row.prepared(as: format).write()
          case .malformed(let problem):
            Output.reportError(problem.description)
            skipped += 1
          }
        }
      }
      return skipped
    }
    if skipped > 0 { throw ExitCode.dataError }
  }

  /// How many lines of a file are read ahead and answered together.
  static let linesReadAhead = 256

  /// Answers a file's questions a few hundred lines at a time, each group on all cores, writing
  /// the rows and reporting malformed lines in the file's order; returns how many were malformed.
  ///
  /// The questions of a batch (not a conversation) do not depend on one another, so this gives
  /// the rows a one-at-a-time reading would, sooner. If reading fails part-way, the lines read
  /// before are still answered and written before the error is thrown.
  private static func answerReadingAhead(
    _ input: inout BatchInput, knowledge: KnowledgeBase, format: OutputFormat
  ) throws -> Int {
    var skipped = 0
    var lines: [BatchLine] = []
    func flush() throws {
      let rows = lines.concurrentMap { line -> RenderedRow? in
        guard case .question(let question) = line else { return nil }
        let row = AnswerRow(
          id: question.id, question: question.text, answer: knowledge.answer(question.text),
          echo: question.whole)
        return row.prepared(as: format)
      }
      for (line, row) in zip(lines, rows) {
        if let row {
          try row.write()
        } else if case .malformed(let problem) = line {
          Output.reportError(problem.description)
          skipped += 1
        }
      }
      lines.removeAll(keepingCapacity: true)
    }
    while true {
      let line: BatchLine?
      do {
        line = try input.next()
      } catch {
        try flush()
        throw error
      }
      guard let line else { break }
      lines.append(line)
      if lines.count == linesReadAhead { try flush() }
    }
    try flush()
    return skipped
  }
}
