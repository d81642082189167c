import Knowledge

extension EvaluationReport {
  /// The whole report as one JSON object, keys in the order of the text report; rates whose
  /// denominator is zero are `null`, latencies are in microseconds.
  var json: JSONValue {
    .object([
      ("total", .integer(total)),
      ("correct", .integer(correct)),
      ("accuracy", .rate(accuracy)),
      ("files", .array(files.map(\.json))),
      ("tags", .array(tags.map(\.json))),
      (
        "declining",
        .object([
          ("truePositives", .integer(declining.truePositives)),
          ("falsePositives", .integer(declining.falsePositives)),
          ("falseNegatives", .integer(declining.falseNegatives)),
          ("trueNegatives", .integer(declining.trueNegatives)),
          ("precision", .rate(declining.precision)),
          ("recall", .rate(declining.recall)),
        ])
      ),
      (
        "intents",
        .object([
          ("total", .integer(intents.total)),
          ("correct", .integer(intents.correct)),
          ("accuracy", .rate(intents.accuracy)),
          ("scores", .array(intents.scores.map(\.json))),
          ("confusions", .array(intents.confusions.map(\.json))),
        ])
      ),
      (
        "latency",
        .object([
          ("count", .integer(latency.count)),
          ("p50", .number(latency.p50)),
          ("p95", .number(latency.p95)),
          ("max", .number(latency.max)),
          ("mean", .number(latency.mean)),
        ])
      ),
      ("failures", .array(failures.map(\.json))),
      (
        "coverage",
        .object([
          ("facts", .integer(coverage.facts)),
          ("reached", .integer(coverage.reached)),
          ("ratio", .rate(coverage.ratio)),
          (
            "untested",
            .array(
              coverage.untested.map { fact in
                .object([
                  ("id", .string(fact.id)), ("kind", .string(fact.kind)),
                  ("summary", .string(fact.summary)),
                ])
              })
          ),
        ])
      ),
    ])
  }
}

extension EvaluationReport.Score {
  fileprivate var json: JSONValue {
    .object([
      ("name", .string(name)), ("total", .integer(total)), ("correct", .integer(correct)),
      ("accuracy", .rate(accuracy)),
    ])
  }
}

extension EvaluationReport.IntentScore {
  fileprivate var json: JSONValue {
    .object([
      ("intent", .string(intent)), ("support", .integer(support)),
      ("predicted", .integer(predicted)), ("correct", .integer(correct)),
      ("precision", .rate(precision)), ("recall", .rate(recall)), ("f1", .rate(f1)),
    ])
  }
}

extension EvaluationReport.Confusion {
  fileprivate var json: JSONValue {
    .object([("expected", .string(expected)), ("got", .string(got)), ("count", .integer(count))])
  }
}

extension EvaluationReport.Failure {
  fileprivate var json: JSONValue {
    .object([
      ("location", .string(location)),
      ("question", .string(question)),
      ("expect", .array(expect.map { .array($0.map(JSONValue.string)) })),
      ("refuse", .bool(refuse)),
      ("expectedIntent", expectedIntent.map(JSONValue.string) ?? .null),
      ("answer", .string(answer)),
      ("answered", .bool(answered)),
      ("intent", .string(intent)),
      ("rule", rule.map(JSONValue.string) ?? .null),
      ("reason", .string(reason)),
    ])
  }
}

extension JSONValue {
  /// A rate, or `null` when it is undefined.
  fileprivate static func rate(_ value: Double?) -> JSONValue {
    value.map(JSONValue.number) ?? .null
  }
}
