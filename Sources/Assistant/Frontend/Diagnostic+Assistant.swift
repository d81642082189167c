import Knowledge

extension Diagnostic {
  /// The error that stopped the rule data from loading, as an error diagnostic.
  init(_ error: KnowledgeError) {
    switch error {
    case .missingFile(let path):
      self.init(.error, file: path, line: nil, "no such file")
    case .unreadableFile(let path, let reason):
      self.init(.error, file: path, line: nil, "cannot read: \(reason)")
    case .malformedRules(let path, let line, let message),
      .malformedDocument(let path, let line, let message):
      self.init(.error, file: path, line: line, message)
    }
  }

  /// The diagnostic as a JSON object: `{"severity", "file", "line", "message"}`.
  var json: JSONValue {
    .object([
      ("severity", .string(severity.rawValue)),
      ("file", .string(file)),
      ("line", line.map(JSONValue.integer) ?? .null),
      ("message", .string(message)),
    ])
  }
}
