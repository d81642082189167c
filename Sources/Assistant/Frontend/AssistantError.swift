import ArgumentParser
import Knowledge

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything that can go wrong in the command-line shell itself, apart from usage errors.
///
/// Errors about rule data are ``KnowledgeError``s; these are about the input and output files.
enum AssistantError: Error, Equatable, CustomStringConvertible {
  /// An input file that does not exist, is a folder or may not be read.
  case cannotOpen(path: String, reason: String)
  /// An input that failed while being read.
  case cannotRead(path: String, reason: String)
  /// A batch line that starts with `{` but is not a question object; reported, then skipped.
  case malformedLine(path: String, line: Int, reason: String)
  /// A document a gold case names (at `location`, `file:line`) that does not exist.
  case missingDocument(location: String, path: String)
  /// Standard output that cannot be written to.
  case cannotWrite(reason: String)
  /// A temporary file for a line too long to hold in memory that cannot be made, written or read.
  case cannotSpool(reason: String)

  var description: String {
    switch self {
    case .cannotOpen(let path, let reason), .cannotRead(let path, let reason):
      return "\(path): \(reason)"
    case .malformedLine(let path, let line, let reason):
      return "\(path):\(line): \(reason)"
    case .missingDocument(let location, let path):
      return "\(location): no such document: \(path)"
    case .cannotWrite(let reason):
      return "cannot write the output: \(reason)"
    case .cannotSpool(let reason):
      return "cannot keep a line longer than 1 MiB in a temporary file (TMPDIR): \(reason)"
    }
  }

  /// The exit code for a run that stops because of this error.
  var exitCode: ExitCode {
    switch self {
    case .cannotOpen, .cannotRead: return .noInput
    case .malformedLine, .missingDocument: return .dataError
    case .cannotWrite, .cannotSpool: return .failure
    }
  }

  /// The system's description of `errno`, starting lowercase like every other message.
  static func reason(errno code: Int32) -> String {
    let message = String(cString: strerror(code))
    return message.prefix(1).lowercased() + message.dropFirst()
  }
}

/// Runs `body`, turning a known error into `error: message` on standard error and its exit code.
func reportingFailures<Result>(_ body: () throws -> Result) throws -> Result {
  do {
    return try body()
  } catch let error as KnowledgeError {
    Output.reportError(error.description)
    throw ExitCode.dataError
  } catch let error as AssistantError {
    Output.reportError(error.description)
    throw error.exitCode
  }
}
