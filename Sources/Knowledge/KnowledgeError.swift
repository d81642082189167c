/// Everything that can go wrong while reading rule data or documents.
///
/// Messages are lowercase and name the file (and line, where known) so the user can fix it.
public enum KnowledgeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A rule or document file that does not exist.
  case missingFile(path: String)
  /// A file that exists but cannot be read or is not UTF-8.
  case unreadableFile(path: String, reason: String)
  /// A rule file that is not valid YAML or does not have the expected shape.
  case malformedRules(path: String, line: Int?, message: String)
  /// A document that does not follow the title / date / paragraphs format.
  case malformedDocument(path: String, line: Int?, message: String)

  /// The message, without the `error: ` that the command line puts before it.
  public var description: String {
    switch self {
    case .missingFile(let path):
      return "\(path): no such file"
    case .unreadableFile(let path, let reason):
      return "\(path): cannot read: \(reason)"
    case .malformedRules(let path, let line, let message),
      .malformedDocument(let path, let line, let message):
      if let line { return "\(path):\(line): \(message)" }
      return "\(path): \(message)"
    }
  }
}
