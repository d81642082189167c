import Foundation
import Knowledge

extension Fact {
  /// Whether `filter`, already folded, occurs in the fact's text.
  ///
  /// Looks in the id, kind, concept, subject, scope, source sentence and topics, each folded
  /// like ``fold(_:)``. An empty filter matches every fact.
  func matches(folded filter: String) -> Bool {
    guard !filter.isEmpty else { return true }
    var haystacks = [id, kind.rawValue, quote] + topics
    if let statistic {
      haystacks += [statistic.subject, statistic.scope, statistic.concept ?? ""]
    }
    return haystacks.contains { Self.fold($0).contains(filter) }
  }

  /// Text folded for matching: lowercase, no diacritics, runs of white space as one space.
  static func fold(_ text: String) -> String {
    VietnameseText.foldKey(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The fact as a block of `name  value` lines under its id and kind, for people.
  var listingText: String {
    var rows: [(String, String)] = []
    if let statistic {
      rows.append(("subject", statistic.subject))
      rows.append(("concept", statistic.concept ?? "-"))
      let written = [statistic.valueText, statistic.unit].filter { !$0.isEmpty }
      rows.append(("value", written.joined(separator: " ") + "  = " + Self.plain(statistic.amount)))
      rows.append(("scope", statistic.scope))
      rows.append(("period", statistic.period.map { "\($0.vietnamese) (\($0.code))" } ?? "-"))
      var measure = statistic.measure.rawValue
      if statistic.measure.isChange { measure += statistic.direction < 0 ? ", down" : ", up" }
      rows.append(("measure", measure))
      if let qualifier = statistic.qualifier { rows.append(("qualifier", qualifier)) }
      if let base = statistic.base { rows.append(("base", base)) }
      if let equivalent = statistic.equivalent { rows.append(("equivalent", equivalent)) }
    }
    for (name, value) in fields.sorted(by: { $0.key < $1.key }) { rows.append((name, value)) }
    for item in items { rows.append(("item", item)) }
    if !topics.isEmpty { rows.append(("topics", topics.joined(separator: ", "))) }
    rows.append(("source", "¶\(paragraph): \(quote)"))
    let width = rows.map(\.0.count).max() ?? 0
    var text = "\(id)  \(kind.rawValue)\n"
    for (name, value) in rows {
      let padded = name + String(repeating: " ", count: width - name.count)
      text += "  \(padded)  \(value)\n"
    }
    return text.terminalSafe(keepingNewlines: true)
  }

  /// The fact as a JSON object: every field, `statistic` null for other kinds.
  var json: JSONValue {
    .object([
      ("id", .string(id)),
      ("kind", .string(kind.rawValue)),
      ("document", .string(documentTitle)),
      ("paragraph", .integer(paragraph)),
      ("quote", .string(quote)),
      ("statistic", statistic?.json ?? .null),
      ("fields", .object(fields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
      ("items", .array(items.map(JSONValue.string))),
      ("topics", .array(topics.map(JSONValue.string))),
    ])
  }

  /// A number in plain decimals, without an exponent or floating-point noise: `1.014e14` →
  /// `101400000000000`, `14.54e9` → `14540000000`.
  static func plain(_ number: Double) -> String {
    String(format: "%.15g", number)
  }
}

extension Statistic {
  /// The figure as a JSON object: as written, as a number, and what it refers to.
  fileprivate var json: JSONValue {
    func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    return .object([
      ("subject", .string(self.subject)),
      ("concept", optional(self.concept)),
      ("value", .string(self.valueText)),
      ("unit", .string(self.unit)),
      ("number", .number(self.value)),
      ("scale", .number(self.scale)),
      ("amount", .number(amount)),
      ("scope", .string(self.scope)),
      (
        "period",
        self.period.map {
          .object([("code", .string($0.code)), ("vietnamese", .string($0.vietnamese))])
        }
          ?? .null
      ),
      ("measure", .string(self.measure.rawValue)),
      ("direction", .integer(self.direction)),
      ("qualifier", optional(self.qualifier)),
      ("base", optional(self.base)),
      ("equivalent", optional(self.equivalent)),
    ])
  }
}
