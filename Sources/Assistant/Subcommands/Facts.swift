import ArgumentParser
import Knowledge

/// `assistant facts`: lists everything the knowledge base extracted from the reports.
struct Facts: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "facts",
    abstract: "List the facts extracted from the reports.",
    discussion: """
      Every fact: id, kind, subject and concept, value and unit as written and as a number, \
      scope, period, measure, qualifier and the source sentence; for the meeting, the \
      organisation, legal references and directives, their fields, items and topics.

      FILTER keeps the facts whose id, kind, concept, subject, scope, source sentence or \
      topics contain it, ignoring case and diacritics ('dich vu cong', 'shopee', 'p4.').
      """
  )

  @Argument(help: "Only facts containing this text.")
  var filter: String?

  @Option(help: "The output format: text (one block a fact) or json (an array of objects).")
  var format: ReportFormat = .text

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    try reportingFailures {
      let knowledge = try corpus.loadKnowledgeBase()
      let folded = Fact.fold(filter ?? "")
      let facts = knowledge.facts.filter { $0.matches(folded: folded) }
      switch format {
      case .text:
        try Output.write(facts.map { $0.listingText + "\n" }.joined() + summary(facts, knowledge))
      case .json:
        // One fact a line: the whole is one JSON array, and grep still finds a fact.
        let lines = facts.map { "  " + $0.json.serialized }.joined(separator: ",\n")
        try Output.write(facts.isEmpty ? "[]\n" : "[\n" + lines + "\n]\n")
      }
    }
  }

  private func summary(_ facts: [Fact], _ knowledge: KnowledgeBase) -> String {
    guard let filter else { return "\(facts.count) facts\n" }
    let shown = filter.terminalSafe(keepingNewlines: false)
    return "\(facts.count) of \(knowledge.facts.count) facts match '\(shown)'\n"
  }
}
