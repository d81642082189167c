import ArgumentParser

/// How `batch` writes its rows.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// For people: `? question`, the answer, then a blank line.
  case text
  /// For scripts: one JSON object a line, in the row format of the contract in DESIGN.md.
  case jsonl
}
