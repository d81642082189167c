import Yams

/// A node of a YAML rule file, with the file and line it came from, for precise error messages.
struct RuleNode {
  let node: Node
  let path: String

  /// The 1-based line of the node in its file.
  var line: Int? { node.mark.map { $0.line } }

  /// Parses a whole rule file.
  static func parse(_ text: String, path: String) throws -> RuleNode {
    do {
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw KnowledgeError.malformedRules(path: path, line: 1, message: "the file is empty")
      }
      return RuleNode(node: node, path: path)
    } catch let error as KnowledgeError {
      throw error
    } catch let error as YamlError {
      throw KnowledgeError.malformedRules(
        path: path, line: error.line, message: "invalid YAML: \(error.problem)")
    } catch {
      throw KnowledgeError.malformedRules(path: path, line: nil, message: "invalid YAML: \(error)")
    }
  }

  func fail(_ message: String) -> KnowledgeError {
    .malformedRules(path: path, line: line, message: message)
  }

  /// The entries of a mapping, failing on keys other than `allowed`.
  func mapping(allowed: Set<String>? = nil) throws -> [(key: String, value: RuleNode)] {
    guard case .mapping(let mapping) = node else { throw fail("expected a mapping") }
    return try mapping.map { key, value in
      guard let name = key.string else { throw fail("keys must be strings") }
      if let allowed, !allowed.contains(name) {
        throw RuleNode(node: key, path: path).fail(
          "unknown key '\(name)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
      }
      return (name, RuleNode(node: value, path: path))
    }
  }

  /// The value of `key` in a mapping, or nil.
  func optional(_ key: String) throws -> RuleNode? {
    try mapping().first { $0.key == key }?.value
  }

  /// The value of `key` in a mapping; fails when missing.
  func required(_ key: String) throws -> RuleNode {
    guard let value = try optional(key) else { throw fail("missing key '\(key)'") }
    return value
  }

  /// The items of a sequence.
  func sequence() throws -> [RuleNode] {
    guard case .sequence(let sequence) = node else { throw fail("expected a list") }
    return sequence.map { RuleNode(node: $0, path: path) }
  }

  /// A scalar as a string.
  func string() throws -> String {
    guard case .scalar(let scalar) = node else { throw fail("expected a text value") }
    return scalar.string
  }

  /// A list of strings; a single string counts as a list of one.
  func strings() throws -> [String] {
    if case .scalar = node { return [try string()] }
    return try sequence().map { try $0.string() }
  }

  /// A scalar as a boolean.
  func bool() throws -> Bool {
    guard let value = node.bool else { throw fail("expected true or false") }
    return value
  }

  /// A scalar as a number.
  func double() throws -> Double {
    guard let value = node.float ?? node.int.map(Double.init) else {
      throw fail("expected a number")
    }
    return value
  }
}

extension YamlError {
  var line: Int? {
    switch self {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    case .duplicatedKeysInMapping(_, let context): return context.mark.line
    default: return nil
    }
  }

  /// What is wrong, in one line: Yams's own description quotes the whole file.
  var problem: String {
    switch self {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      return problem
    case .duplicatedKeysInMapping(let duplicates, _):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return "the mapping starting here repeats the key \(keys)"
    case .reader(let problem, _, _, _): return problem
    default: return "\(self)"
    }
  }
}
