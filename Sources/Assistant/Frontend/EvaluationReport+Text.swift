import Knowledge

extension EvaluationReport {
  /// How many confusions the text report lists; the JSON report has them all.
  static let confusionsShown = 10

  /// The report for people: the figures in tables, then every failure and every untested fact,
  /// then the accuracy again on the last line, where a CI log ends.
  var text: String {
    var text = "Accuracy: \(correct)/\(total) = \(accuracy.percentText)\n"
    text += "\n" + Self.scoreTable("File", files)
    if !tags.isEmpty { text += "\n" + Self.scoreTable("Tag", tags) }
    text += "\n" + decliningText
    text += "\n" + intentsText
    text += "\n" + latencyText
    text += "\n" + failuresText
    text += "\n" + coverageText
    text += "\neval: \(correct) of \(total) correct (\(accuracy.percentText))\n"
    return text
  }

  private static func scoreTable(_ title: String, _ scores: [Score]) -> String {
    var table = TextTable([
      (title, .left), ("Cases", .right), ("Correct", .right), ("Accuracy", .right),
    ])
    for score in scores {
      table.append([
        score.name, String(score.total), String(score.correct), score.accuracy.percentText,
      ])
    }
    return table.rendered()
  }

  private var decliningText: String {
    var table = TextTable([
      ("Declining", .left), ("Must decline", .right), ("Must answer", .right),
    ])
    table.append([
      "declined", String(declining.truePositives), String(declining.falsePositives),
    ])
    table.append([
      "answered", String(declining.falseNegatives), String(declining.trueNegatives),
    ])
    return table.rendered()
      + "precision \(declining.precision.percentText) (declined answers that had to be), "
      + "recall \(declining.recall.percentText) (questions to decline that were)\n"
  }

  private var intentsText: String {
    var text =
      "Intent accuracy: \(intents.correct)/\(intents.total) = \(intents.accuracy.percentText)\n"
    guard !intents.scores.isEmpty else { return text }
    var table = TextTable([
      ("Intent", .left), ("Support", .right), ("Found", .right), ("Precision", .right),
      ("Recall", .right), ("F1", .right),
    ])
    for score in intents.scores {
      table.append([
        score.intent, String(score.support), String(score.predicted),
        score.precision.percentText, score.recall.percentText, score.f1.percentText,
      ])
    }
    text += table.rendered()
    guard !intents.confusions.isEmpty else { return text }
    var confusions = TextTable([("Expected", .left), ("Got", .left), ("Cases", .right)])
    for confusion in intents.confusions.prefix(Self.confusionsShown) {
      confusions.append([confusion.expected, confusion.got, String(confusion.count)])
    }
    let shown = min(intents.confusions.count, Self.confusionsShown)
    text += "\nConfusions (\(shown) of \(intents.confusions.count), most frequent first):\n"
    return text + confusions.rendered(indent: "  ")
  }

  private var latencyText: String {
    "Latency per question: p50 \(latency.p50.microsecondsText), "
      + "p95 \(latency.p95.microsecondsText), max \(latency.max.microsecondsText) "
      + "(mean \(latency.mean.microsecondsText) over \(latency.count))\n"
  }

  private var failuresText: String {
    guard !failures.isEmpty else { return "Failures: none\n" }
    var text = "Failures (\(failures.count)):\n"
    for failure in failures {
      text += "\n" + failure.text
    }
    return text
  }

  private var coverageText: String {
    var text =
      "Coverage: \(coverage.reached) of \(coverage.facts) facts reached by a gold question "
      + "(\(coverage.ratio.percentText))\n"
    guard !coverage.untested.isEmpty else { return text }
    text += "Untested facts (\(coverage.untested.count)):\n"
    var table = TextTable([("Fact", .left), ("Kind", .left), ("Says", .left)])
    for fact in coverage.untested { table.append([fact.id, fact.kind, fact.summary]) }
    return text + table.rendered(indent: "  ")
  }
}

extension EvaluationReport.Failure {
  /// The failure in a few lines: where and why, the question, what was expected, what came back.
  var text: String {
    var lines = ["\(location): \(reason)", "  ? \(question)"]
    var expected = expect.map { $0.joined(separator: " | ") }.joined(separator: "; ")
    if refuse { expected = expected.isEmpty ? "decline" : "decline, mentioning \(expected)" }
    lines.append("  expected: " + (expected.isEmpty ? "an answer" : expected))
    let intentText =
      expectedIntent.map { $0 == intent ? intent : "\(intent) (expected \($0))" } ?? intent
    lines.append(
      "  got: \(answered ? "answered" : "declined"), intent \(intentText), rule \(rule ?? "-")")
    for line in answer.split(separator: "\n", omittingEmptySubsequences: true) {
      lines.append("  | " + line)
    }
    return lines.map { $0.terminalSafe(keepingNewlines: false) }.joined(separator: "\n") + "\n"
  }
}
