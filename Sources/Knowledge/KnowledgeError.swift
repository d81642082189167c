import Foundation

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

extension KnowledgeError {
  /// The error for a file or folder at `path` that `FileManager.fileExists` did not find.
  ///
  /// It says "no such file" only when nothing is there. A path that cannot be followed, such as
  /// a loop of symbolic links, gets the system's reason instead ("too many levels of symbolic
  /// links"): "no such file" would send the user looking for a file that is there.
  static func notFound(path: String) -> KnowledgeError {
    var status = stat()
    guard stat(path, &status) != 0, errno != ENOENT, errno != ENOTDIR else {
      return .missingFile(path: path)
    }
    let message = String(cString: strerror(errno))
    return .unreadableFile(path: path, reason: message.prefix(1).lowercased() + message.dropFirst())
  }
}
