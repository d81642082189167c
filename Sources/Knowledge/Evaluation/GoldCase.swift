import Foundation

/// One gold question: what a correct answer must contain, or that it must be declined.
///
/// Read from JSON Lines: `{"question", "expect"?, "intent"?, "refuse"?, "tags"?}`. Each `expect`
/// item is a string or a list of alternative strings.
public struct GoldCase: Sendable, Hashable, Decodable {
  /// The question asked.
  public var question: String
  /// What the answer must contain: each item one string, any of whose alternatives suffices.
  public var expect: [[String]]
  /// The intent the matcher should find, when given.
  public var intent: String?
  /// Whether the question must be declined.
  public var refuse: Bool
  /// Labels for per-tag accuracy (`unaccented`, `typo`, ...).
  public var tags: [String]
  /// The file and line it was read from.
  public var location: String = ""

  enum CodingKeys: String, CodingKey { case question, expect, intent, refuse, tags }

  /// Decodes a case; `expect` items may be strings or lists of strings.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    question = try container.decode(String.self, forKey: .question)
    intent = try container.decodeIfPresent(String.self, forKey: .intent)
    refuse = try container.decodeIfPresent(Bool.self, forKey: .refuse) ?? false
    tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
    var items = try? container.nestedUnkeyedContainer(forKey: .expect)
    var expect: [[String]] = []
    while var list = items, !list.isAtEnd {
      if let single = try? list.decode(String.self) {
        expect.append([single])
      } else {
        expect.append(try list.decode([String].self))
      }
      items = list
    }
    self.expect = expect
  }

  /// Reads a gold file of JSON Lines; blank lines and `#` comments are skipped.
  public static func read(_ text: String, path: String) throws -> [GoldCase] {
    var cases: [GoldCase] = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      do {
        var gold = try JSONDecoder().decode(GoldCase.self, from: Data(trimmed.utf8))
        gold.location = "\(path):\(offset + 1)"
        cases.append(gold)
      } catch {
        throw KnowledgeError.malformedRules(path: path, line: offset + 1, message: "not a gold case: \(error)")
      }
    }
    return cases
  }

  /// Whether `answer` is correct for this case, and if not, why.
  public func check(_ answer: Answer) -> (passed: Bool, reason: String?) {
    if refuse && answer.answered { return (false, "answered, but must decline") }
    if !refuse && !answer.answered { return (false, "declined, but must answer") }
    let numbers = Set(VietnameseText.words(answer.body).filter(\.isNumber).compactMap { VietnameseNumber.parse($0.text) })
    let folded = VietnameseText.foldKey(answer.body).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    for item in expect {
      let found = item.contains { alternative in
        let bare = alternative.trimmingCharacters(in: CharacterSet(charactersIn: " %"))
        if let value = VietnameseNumber.parse(bare) {
          return numbers.contains { abs($0 - value) < 1e-9 }
        }
        let wanted = VietnameseText.foldKey(alternative).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return folded.contains(wanted)
      }
      if !found { return (false, "missing \(item.count == 1 ? item[0] : item.joined(separator: " | "))") }
    }
    return (true, nil)
  }
}
