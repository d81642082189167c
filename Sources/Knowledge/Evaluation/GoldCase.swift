import Foundation

/// One gold question: what a correct answer must contain, or that it must be declined.
///
/// Read from JSON Lines, one object a line, or from YAML, a list of the same objects:
///
/// ```json
/// {"question": "Thị phần của Shopee là bao nhiêu?", "expect": ["66,7"], "intent": "statistic", "tags": ["clean"]}
/// {"question": "thu do cua Phap la gi", "refuse": true, "intent": "out_of_scope"}
/// ```
///
/// Each `expect` item is a string or a list of alternative strings (a bare number is read as the
/// string it is written as). `documents` names the report files the case needs beside the
/// built-in one, relative to the gold file's folder. `context` holds the questions asked before
/// it in the same conversation, in order, for follow-ups (`còn địa phương?`) and choices (`2`).
/// Only `question` is required.
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
  /// The documents the case needs loaded, as written: file names or paths relative to the
  /// folder of the gold file (`003_phien_hop_thu_ba.txt`).
  public var documents: [String]
  /// The questions asked before this one in the same conversation, in order; empty when it is
  /// asked on its own.
  public var context: [String]
  /// The file and line it was read from (`corpus/eval/dev.jsonl:12`).
  public var location: String = ""

  /// The file it was read from: ``location`` without its line number.
  public var file: String {
    guard let colon = location.lastIndex(of: ":"),
      !location[location.index(after: colon)...].isEmpty,
      location[location.index(after: colon)...].allSatisfy(\.isNumber)
    else { return location }
    return String(location[..<colon])
  }

  /// Creates a case.
  public init(
    question: String, expect: [[String]] = [], intent: String? = nil, refuse: Bool = false,
    tags: [String] = [], documents: [String] = [], context: [String] = [], location: String = ""
  ) {
    self.question = question
    self.expect = expect
    self.intent = intent
    self.refuse = refuse
    self.tags = tags
    self.documents = documents
    self.context = context
    self.location = location
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case question, expect, intent, refuse, tags, documents, context
  }

  /// Why a gold object is not a case, in words a person writing the file can act on.
  struct Problem: Error, CustomStringConvertible {
    var description: String
  }

  /// Decodes a case; `expect` items may be strings, numbers or lists of them, and a single
  /// `expect` or `tags` value counts as a list of one.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard container.contains(.question) else { throw Problem(description: #"missing "question""#) }
    guard let question = try? container.decode(String.self, forKey: .question) else {
      throw Problem(description: #""question" must be text"#)
    }
    guard !question.allSatisfy(\.isWhitespace) else {
      throw Problem(description: #""question" is empty"#)
    }
    self.question = question
    do {
      intent = try container.decodeIfPresent(String.self, forKey: .intent)
    } catch {
      throw Problem(description: #""intent" must be text"#)
    }
    do {
      refuse = try container.decodeIfPresent(Bool.self, forKey: .refuse) ?? false
    } catch {
      throw Problem(description: #""refuse" must be true or false"#)
    }
    do {
      tags = try container.decodeIfPresent(Texts.self, forKey: .tags)?.values ?? []
    } catch {
      throw Problem(description: #""tags" must be a list of text"#)
    }
    do {
      documents = try container.decodeIfPresent(Texts.self, forKey: .documents)?.values ?? []
    } catch {
      throw Problem(description: #""documents" must be a list of file names"#)
    }
    if documents.contains(where: { $0.allSatisfy(\.isWhitespace) }) {
      throw Problem(description: #""documents" has an empty file name"#)
    }
    do {
      context = try container.decodeIfPresent(Texts.self, forKey: .context)?.values ?? []
    } catch {
      throw Problem(description: #""context" must be a list of the questions asked before"#)
    }
    expect = try Self.decodeExpect(container)
  }

  /// The `expect` items: none when it is missing or null, one for a single value.
  private static func decodeExpect(
    _ container: KeyedDecodingContainer<CodingKeys>
  ) throws -> [[String]] {
    guard container.contains(.expect), try !container.decodeNil(forKey: .expect) else { return [] }
    var expect: [[String]] = []
    if let single = try? container.decode(Text.self, forKey: .expect) {
      expect = [[single.value]]
    } else if var items = try? container.nestedUnkeyedContainer(forKey: .expect) {
      while !items.isAtEnd {
        let position = expect.count + 1
        if let single = try? items.decode(Text.self) {
          expect.append([single.value])
        } else if let alternatives = try? items.decode([Text].self) {
          guard !alternatives.isEmpty else {
            throw Problem(description: #""expect" item \#(position) is an empty list"#)
          }
          expect.append(alternatives.map(\.value))
        } else {
          throw Problem(
            description: #""expect" item \#(position) must be text or a list of alternatives"#)
        }
      }
    } else {
      throw Problem(description: #""expect" must be a list of text or of lists of alternatives"#)
    }
    if let blank = expect.firstIndex(where: { $0.contains { $0.allSatisfy(\.isWhitespace) } }) {
      throw Problem(
        description: #""expect" item \#(blank + 1) is empty, and every answer contains that"#)
    }
    return expect
  }

  /// Whether `answer` is correct for this case, and if not, why.
  public func check(_ answer: Answer) -> (passed: Bool, reason: String?) {
    if refuse && answer.answered { return (false, "answered, but must decline") }
    if !refuse && !answer.answered { return (false, "declined, but must answer") }
    // A fraction or a rank out of many is one word (`2.690/3.085`, `88,75/100`, `71/193`),
    // and each of its numbers is stated.
    let numbers = Set(
      VietnameseText.words(answer.body).filter(\.isNumber).flatMap { word in
        let parts = word.text.split(separator: "/").map(String.init)
        return ([word.text] + (parts.count == 2 ? parts : [])).compactMap(VietnameseNumber.parse)
      })
    let folded = VietnameseText.foldKey(answer.body).split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    for item in expect {
      let found = item.contains { alternative in
        let bare = alternative.trimmingCharacters(in: CharacterSet(charactersIn: " %"))
        if let value = VietnameseNumber.parse(bare) {
          return numbers.contains { abs($0 - value) < 1e-9 }
        }
        let wanted = VietnameseText.foldKey(alternative).split(whereSeparator: \.isWhitespace)
          .joined(separator: " ")
        return folded.contains(wanted)
      }
      if !found {
        return (false, "missing \(item.count == 1 ? item[0] : item.joined(separator: " | "))")
      }
    }
    return (true, nil)
  }
}

/// One `expect` or `tags` value: a string, or a number read as the text it is written as.
private struct Text: Decodable {
  var value: String

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let string = try? container.decode(String.self) {
      value = string
    } else if let integer = try? container.decode(Int.self) {
      value = String(integer)
    } else {
      value = String(try container.decode(Double.self))
    }
  }
}

/// A list of texts, or one text standing for a list of one (`tags`, `documents`).
private struct Texts: Decodable {
  var values: [String]

  init(from decoder: any Decoder) throws {
    if let single = try? decoder.singleValueContainer().decode(String.self) {
      values = [single]
    } else {
      values = try [String](from: decoder)
    }
  }
}
