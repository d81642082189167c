import ArgumentParser

/// `assistant ask`: answers one question and exits 1 when the assistant declines.
struct Ask: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer one question.",
    discussion: """
      Prints the answer, or with --json one JSON object on one line. Exits 0 when the question \
      was answered and 1 when the assistant declined it.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The question; several arguments are joined with spaces.", valueName: "question"))
  var words: [String]

  @Flag(help: "Print the answer as a JSON object (the batch row format) instead of text.")
  var json = false

  @OptionGroup var corpus: CorpusOptions

  func validate() throws {
    guard words.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      throw ValidationError("missing question; try: assistant ask \"Ai chủ trì phiên họp?\"")
    }
  }

  func run() throws {
    let answered = try reportingFailures {
      let knowledge = try corpus.loadKnowledgeBase()
      let question = words.joined(separator: " ")
      let row = AnswerRow(id: nil, question: question, answer: knowledge.answer(question))
      try Output.write(json ? row.jsonLine : row.replyText)
      return row.answer.answered
    }
    if !answered { throw ExitCode.declined }
  }
}
