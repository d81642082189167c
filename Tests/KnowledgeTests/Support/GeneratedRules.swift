import Foundation
import Knowledge

/// Intent rules made in bulk, as `scripts/generate-rules` makes them.
///
/// Each has its own id, the name of its own programme as one required cue (a kind and three
/// syllables), a question phrase as the other, a reply and one example. Their names differ from
/// one another's, so every example is matched by its own rule.
enum GeneratedRules {
  static let kinds = [
    "thủ tục", "dự án", "chương trình", "đề án", "nền tảng", "hệ thống", "quỹ", "mô hình",
  ]
  static let syllables = [
    "an", "bình", "minh", "phú", "hòa", "tân", "thành", "phúc", "long", "hưng", "quang", "đức",
    "trung",
    "hải", "sơn", "lâm", "thịnh", "khang", "vĩnh", "bảo",
  ]
  static let asks = [
    ("ở đâu", "nộp ở đâu"), ("mất bao lâu", "trong bao lâu"), ("cần giấy tờ gì", "cần hồ sơ gì"),
  ]

  /// The name of rule `index`: a kind of programme and three syllables, different for every index
  /// below `kinds.count` × `syllables.count`³.
  static func name(_ index: Int) -> String {
    let rest = index / kinds.count
    let count = syllables.count
    let words = [rest % count, rest / count % count, rest / (count * count) % count].map {
      syllables[$0]
    }
    return ([kinds[index % kinds.count]] + words).joined(separator: " ")
  }

  /// The example of rule `index`: its name and the first of its question phrases.
  static func example(_ index: Int) -> String {
    "Cho biết \(name(index)) \(asks[index % asks.count].0)?"
  }

  /// The YAML of rule `index`, as an item of an intent file's `rules`.
  static func rule(_ index: Int) -> String {
    let name = name(index)
    let ask = asks[index % asks.count]
    return """
        - id: generated.\(index)
          require:
            - [\(name)]
            - [\(ask.0), \(ask.1)]
          prefer: [hướng dẫn]
          reply: "Thông tin về \(name) được công khai trên Cổng Dịch vụ công quốc gia."
          examples:
            - \(example(index))

      """
  }

  /// An intent file of intent `generated` with rules `0..<count`, and `extra` rules after them.
  static func file(count: Int, extra: String = "") -> String {
    "intent: generated\nrules:\n" + (0..<count).map(rule).joined() + extra
  }

  /// The repository's lexicon and background with `intents` as the only intent files, keyed as
  /// ``Corpus/init(files:folder:)`` takes them.
  static func corpusFiles(intents: [String: String]) throws -> [String: String] {
    var files: [String: String] = [:]
    for name in ["lexicon.yaml", "background.yaml"] {
      files[name] = try String(
        contentsOf: Fixtures.corpus.appendingPathComponent(name), encoding: .utf8)
    }
    for (name, text) in intents { files["intents/" + name] = text }
    return files
  }
}
