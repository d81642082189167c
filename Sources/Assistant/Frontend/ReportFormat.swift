import ArgumentParser

/// How `facts` and `check` write what they found.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// For people: aligned, readable text.
  case text
  /// For scripts: JSON.
  case json
}

/// How `eval` writes its report.
enum EvaluationFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// For people: tables of figures, then every failure and every untested fact.
  case text
  /// For scripts: the whole report as one JSON object.
  case json
  /// For CI dashboards: JUnit XML with one test case per question.
  case junit
}
