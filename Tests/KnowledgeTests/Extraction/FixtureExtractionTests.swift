import BuiltInKnowledge
import Foundation
import Knowledge
import Testing
import Yams

/// Extraction from the test documents against their `NNN_name.facts.yaml`, written by reading
/// each text, not by running the extractor: every document must give exactly these statistics,
/// with their related figures, its publication day, its sub-headings and its photo captions.
@Suite struct FixtureExtractionTests {
  /// One statistic of a facts file.
  ///
  /// `about` says what it measures, for the reader; the optional fields are checked where they
  /// are given.
  struct Expected: Decodable {
    var about: String
    var value: String
    var unit: String
    var scope: String
    var period: String
    var kind: String
    var total: String?
    var target: String?
    var from: String?
    var items: [String]?
    var equivalent: String?
    var inTitle: Bool?

    enum CodingKeys: String, CodingKey {
      case about, value, unit, scope, period, kind, total, target, from, items, equivalent
      case inTitle = "in_title"
    }

    var key: Key { Key(value: value, unit: unit, scope: scope, period: period, kind: kind) }

    /// The related figures this statistic gives that `statistic` does not have, as
    /// `field: expected ≠ extracted`; empty when all agree.
    func disagreements(with statistic: Statistic) -> [String] {
      var found: [String] = []
      func compare<Value: Equatable>(_ name: String, _ expected: Value?, _ extracted: Value?) {
        guard let expected, expected != extracted else { return }
        found.append("\(name): \(expected) ≠ \(extracted.map { "\($0)" } ?? "none")")
      }
      compare("total", total, statistic.total)
      compare("target", target, statistic.target)
      compare("from", from, statistic.from)
      compare("items", items, statistic.items)
      compare("equivalent", equivalent, statistic.equivalent)
      compare("in_title", inTitle, statistic.inTitle)
      return found
    }
  }

  /// What a statistic is compared on: value and unit as written, scope, period code and kind.
  struct Key: Hashable, Comparable, CustomStringConvertible {
    var value: String
    var unit: String
    var scope: String
    var period: String
    var kind: String

    init(value: String, unit: String, scope: String, period: String, kind: String) {
      self.value = value
      self.unit = unit
      self.scope = scope
      self.period = period
      self.kind = kind
    }

    init(_ statistic: Statistic) {
      self.init(
        value: statistic.valueText, unit: statistic.unit, scope: statistic.scope,
        period: statistic.period?.code ?? "-", kind: statistic.measure.rawValue)
    }

    var description: String { "\(value) \(unit) | \(scope) | \(period) | \(kind)" }

    static func < (lhs: Key, rhs: Key) -> Bool { lhs.description < rhs.description }
  }

  /// A facts file.
  struct File: Decodable {
    var document: String
    var published: String?
    var headings: [String]?
    var captions: [String]?
    var statistics: [Expected]
  }

  /// The facts files, one for each test document.
  static let factsFiles = Fixtures.documentFiles(endingIn: ".facts.yaml")

  /// A facts file, its document as read and the statistics extracted from that document alone.
  static func load(_ name: String) throws -> (file: File, document: Document, found: [Statistic]) {
    let text = try String(
      contentsOf: Fixtures.documents.appendingPathComponent(name), encoding: .utf8)
    let file = try YAMLDecoder().decode(File.self, from: text)
    let url = Fixtures.documents.appendingPathComponent(file.document + ".txt")
    let knowledge = try KnowledgeBase.load(documents: [url])
    let document = try #require(knowledge.documents.first { $0.id == file.document })
    let found = knowledge.facts.filter { $0.document == file.document }.compactMap(\.statistic)
    return (file, document, found)
  }

  @Test func everyTestDocumentHasAFactsFile() {
    let documents = Fixtures.documentFiles(endingIn: ".txt")
    #expect(documents.count >= 4)
    #expect(
      Self.factsFiles.map { $0.replacingOccurrences(of: ".facts.yaml", with: ".txt") } == documents)
  }

  @Test(arguments: factsFiles)
  func statisticsMatchTheHandWrittenFacts(_ name: String) throws {
    let (file, _, found) = try Self.load(name)
    var unmatched = found.map(Key.init)
    var missing: [Key] = []
    for key in file.statistics.map(\.key) {
      if let index = unmatched.firstIndex(of: key) {
        unmatched.remove(at: index)
      } else {
        missing.append(key)
      }
    }
    #expect(missing.isEmpty, "\(name): not extracted:\n\(Self.lines(missing))")
    #expect(
      unmatched.isEmpty, "\(name): extracted but not in the facts file:\n\(Self.lines(unmatched))")
  }

  @Test(arguments: factsFiles)
  func relatedFiguresMatchTheHandWrittenFacts(_ name: String) throws {
    let (file, _, found) = try Self.load(name)
    for expected in file.statistics {
      let candidates = found.filter { Key($0) == expected.key }
      // A missing statistic is reported by the multiset test; here only its related figures.
      guard !candidates.isEmpty else { continue }
      let disagreements = candidates.map(expected.disagreements(with:))
      #expect(
        disagreements.contains { $0.isEmpty },
        "\(name): \(expected.key) (\(expected.about)): \(disagreements.map { $0.joined(separator: "; ") })"
      )
    }
  }

  @Test(arguments: factsFiles)
  func publicationDayHeadingsAndCaptionsMatch(_ name: String) throws {
    let (file, document, _) = try Self.load(name)
    #expect(document.published?.iso == file.published, "\(name): published")
    if let headings = file.headings {
      #expect(document.paragraphs.filter { $0.kind == .heading }.map(\.text) == headings, "\(name)")
    }
    if let captions = file.captions {
      #expect(document.paragraphs.filter { $0.kind == .caption }.map(\.text) == captions, "\(name)")
    }
  }

  private static func lines(_ keys: [Key]) -> String {
    keys.sorted().map { "  \($0)" }.joined(separator: "\n")
  }
}
