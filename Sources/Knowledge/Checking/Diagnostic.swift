/// A problem `check` found in the rule data.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  /// How bad it is: errors make the rule data unusable (exit 65), warnings deserve a look.
  public enum Severity: String, Sendable, Hashable, Codable {
    case warning, error
  }

  /// How bad it is.
  public var severity: Severity
  /// The file the problem is in.
  public var file: String
  /// The line, when known.
  public var line: Int?
  /// What is wrong, lowercase and actionable.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, file: String, line: Int?, _ message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: error: message`, as compilers print it.
  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): \(message)"
  }
}
