import ArgumentParser
import Knowledge

/// `assistant check`: validates the rule data, like a linter.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the rule data: YAML, references, patterns and intent examples.",
    discussion: """
      Reports YAML errors with file and line; references to concepts, slots or templates that \
      do not exist; duplicate or conflicting patterns; and intent examples that their intent \
      does not match (unreachable or shadowed intents). Each line reads \
      'file:line: error|warning: message'; the last line counts them.

      Exit codes: 0 no errors (warnings allowed); 65 at least one error; 64 usage error.
      """
  )

  @Option(help: "The output format: text (one diagnostic a line) or json.")
  var format: ReportFormat = .text

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let diagnostics: [Diagnostic]
    do {
      diagnostics = RuleChecker.check(try corpus.loadKnowledgeBase())
    } catch let error as KnowledgeError {
      diagnostics = [Diagnostic(error)]
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.count - errors
    try reportingFailures {
      switch format {
      case .text:
        let lines = diagnostics.map { $0.description.terminalSafe(keepingNewlines: false) + "\n" }
        let summary =
          "check: \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))\n"
        try Output.write(lines.joined() + summary)
      case .json:
        let report = JSONValue.object([
          ("errors", .integer(errors)),
          ("warnings", .integer(warnings)),
          ("diagnostics", .array(diagnostics.map(\.json))),
        ])
        try Output.write(report.prettySerialized + "\n")
      }
    }
    if errors > 0 { throw ExitCode.dataError }
  }

  /// `1 error`, `2 warnings`.
  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
