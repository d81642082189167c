import ArgumentParser
import Foundation
import Knowledge

/// `assistant eval`: runs gold question files and reports how well the assistant answers them.
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure answer accuracy on gold question files.",
    discussion: """
      Each gold file is JSON Lines, one case a line: {"question": ..., "expect": [...], \
      "intent": ..., "refuse": true, "tags": [...], "documents": [...]}; files ending in .yaml \
      or .yml hold a YAML list of the same cases. '-' reads JSON Lines from standard input. \
      The documents the cases name, relative to their gold file's folder, are loaded with \
      those of --documents.

      The report gives answer accuracy overall, per tag and per file; precision and recall of \
      declining; intent accuracy with per-intent precision, recall and F1 and the confusions; \
      latency per question (p50, p95, max); every failure; and the facts no gold question \
      reaches. A progress bar is drawn on standard error when it is a terminal and there are \
      more than 50 cases.

      Exit codes: 0 done; 2 accuracy below --min-accuracy (after the report); 64 usage error; \
      65 a malformed gold case, rule file or document, or a document a case names that does \
      not exist (file and line are named); 66 a gold file that cannot be read.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Gold files, JSON Lines or YAML; '-' reads standard input.", valueName: "file"),
    completion: .file(extensions: ["jsonl", "yaml", "yml"])
  )
  var files: [String]

  @Option(help: "The report format: text (tables for people), json or junit (JUnit XML).")
  var format: EvaluationFormat = .text

  @Option(
    help: ArgumentHelp(
      "Exit 2 when the answer accuracy, from 0 to 1, is below this.", valueName: "x"))
  var minAccuracy: Double?

  @OptionGroup var corpus: CorpusOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("missing gold file; try: assistant eval corpus/eval/dev.jsonl")
    }
    // An accuracy is from 0 to 1: a bar above 1 could never be met, one below 0 always is.
    if let minAccuracy, !(0...1).contains(minAccuracy) {
      throw ValidationError("--min-accuracy must be from 0 to 1, such as 0.95")
    }
  }

  func run() throws {
    let report = try reportingFailures {
      let cases = try GoldInput.read(files)
      let knowledge = try corpus.loadKnowledgeBase(
        extraDocuments: GoldInput.documents(neededBy: cases))
      var progress = ProgressBar(total: cases.count)
      let results = Evaluator(knowledge: knowledge).evaluate(cases) { progress?.update(done: $0) }
      progress?.finish()
      let report = EvaluationReport(results, facts: knowledge.facts)
      switch format {
      case .text: try Output.write(report.text)
      case .json: try Output.write(report.json.prettySerialized + "\n")
      case .junit: try Output.write(JUnitReport(cases: results).xml)
      }
      return report
    }
    if let minAccuracy, !((report.accuracy ?? 0) >= minAccuracy) {
      Output.reportError(
        "accuracy \(report.accuracy.percentText) (\(report.correct)/\(report.total)) is below "
          + "the minimum \(minAccuracy.percentText)")
      throw ExitCode.belowThreshold
    }
  }
}
