import Foundation
import Yams

extension GoldCase {
  /// The keys a gold object may have.
  ///
  /// The case's own, and `id` and `note` for the people and tools that write the files.
  /// Anything else is most likely a misspelt key, which would silently change what the case
  /// checks.
  static let allowedKeys: Set<String> = Set(CodingKeys.allCases.map(\.rawValue)).union([
    "id", "note",
  ])

  /// Reads a gold file: YAML when `path` ends in `.yaml` or `.yml` (a list of cases), otherwise
  /// JSON Lines (one case a line; blank lines and `#` comments are skipped).
  ///
  /// A byte-order mark and Windows line endings are allowed. Each case's ``location`` is
  /// `path:line`.
  ///
  /// - Throws: ``KnowledgeError/malformedRules(path:line:message:)`` naming the line of the first
  ///   case that cannot be read.
  public static func read(_ text: String, path: String) throws -> [GoldCase] {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let lowercased = path.lowercased()
    if lowercased.hasSuffix(".yaml") || lowercased.hasSuffix(".yml") {
      return try readYAML(text, path: path)
    }
    return try readJSONLines(text, path: path)
  }

  private static func readJSONLines(_ text: String, path: String) throws -> [GoldCase] {
    var cases: [GoldCase] = []
    // Split on scalars: as Characters, "\r\n" is one grapheme that is not "\n".
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, scalars) in lines.enumerated() {
      let lineNumber = offset + 1
      let trimmed = String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      func fail(_ message: String) -> KnowledgeError {
        .malformedRules(path: path, line: lineNumber, message: message)
      }
      let data = Data(trimmed.utf8)
      guard
        let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
        let keys = (object as? [String: Any])?.keys
      else {
        throw fail("not a gold case: expected a JSON object on one line")
      }
      if let unknown = keys.filter({ !allowedKeys.contains($0) }).sorted().first {
        throw fail(unknownKeyMessage(unknown))
      }
      do {
        var gold = try JSONDecoder().decode(GoldCase.self, from: data)
        gold.location = "\(path):\(lineNumber)"
        cases.append(gold)
      } catch {
        throw fail("not a gold case: \(message(for: error))")
      }
    }
    return cases
  }

  private static func readYAML(_ text: String, path: String) throws -> [GoldCase] {
    let root = try RuleNode.parse(text, path: path)
    var cases: [GoldCase] = []
    for item in try root.sequence() {
      let fields = try item.mapping()
      if let unknown = fields.map(\.key).first(where: { !allowedKeys.contains($0) }) {
        throw item.fail(unknownKeyMessage(unknown))
      }
      do {
        var gold = try YAMLDecoder().decode(GoldCase.self, from: item.node)
        gold.location = "\(path):\(item.line ?? 0)"
        cases.append(gold)
      } catch {
        throw item.fail("not a gold case: \(message(for: error))")
      }
    }
    return cases
  }

  private static func unknownKeyMessage(_ key: String) -> String {
    "unknown key '\(key)' (expected one of: \(allowedKeys.sorted().joined(separator: ", ")))"
  }

  private static func message(for error: any Error) -> String {
    if let problem = error as? Problem { return problem.description }
    return "\(error)"
  }
}
