import Foundation

/// Makes hostile questions: real questions damaged the ways people and programs damage text,
/// and random bytes.
///
/// Every question is one line of batch input that is never skipped: it holds no `\n` or `\r`,
/// is not blank and does not start with `#` or `{`.
struct QuestionMutator {
  /// A way of damaging a question.
  enum Mutation: CaseIterable {
    case deleteCharacter, doubleCharacter, swapCharacters, stripDiacritics, stripOneDiacritic,
      moveDiacritic, insertPunctuation, changeNumber, spliceBytes
  }

  private let questions: [String]
  private var random: SeededGenerator

  /// Creates a mutator of `questions` whose output depends only on `seed`.
  init(questions: [String], seed: UInt64) {
    self.questions = questions
    random = SeededGenerator(seed: seed)
  }

  /// The next question as the bytes of one input line: mostly a mutated question, one in
  /// seven random bytes.
  mutating func next() -> [UInt8] {
    let bytes: [UInt8]
    if Int.random(in: 0..<7, using: &random) == 0 {
      bytes = randomBytes(count: Int.random(in: 0...80, using: &random))
    } else {
      var question = Array(questions.randomElement(using: &random)!.utf8)
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        question = apply(Mutation.allCases.randomElement(using: &random)!, to: question)
      }
      bytes = question
    }
    return Self.keptAsOneLine(bytes)
  }

  /// `question` damaged by `mutation`.
  mutating func apply(_ mutation: Mutation, to question: [UInt8]) -> [UInt8] {
    var characters = Array(String(decoding: question, as: UTF8.self))
    guard !characters.isEmpty else { return randomBytes(count: 8) }
    let at = Int.random(in: characters.indices, using: &random)
    switch mutation {
    case .deleteCharacter:
      characters.remove(at: at)
    case .doubleCharacter:
      characters.insert(characters[at], at: at)
    case .swapCharacters:
      if at + 1 < characters.count { characters.swapAt(at, at + 1) }
    case .stripDiacritics:
      return Array(Self.strippingMarks(String(characters)).utf8)
    case .stripOneDiacritic:
      // A lone mark strips to nothing.
      characters.replaceSubrange(at...at, with: Array(Self.strippingMarks(String(characters[at]))))
    case .moveDiacritic:
      return Array(movingAMark(in: String(characters)).utf8)
    case .insertPunctuation:
      characters.insert(Self.punctuation.randomElement(using: &random)!, at: at)
    case .changeNumber:
      return Array(changingANumber(in: String(characters)).utf8)
    case .spliceBytes:
      var bytes = question
      let start = Int.random(in: 0...bytes.count, using: &random)
      bytes.insert(contentsOf: randomBytes(count: Int.random(in: 1...6, using: &random)), at: start)
      return bytes
    }
    return Array(String(characters).utf8)
  }

  private static let punctuation: [Character] = Array(".,;:?!-–—()[]\"'…/%&*+=@…«»")

  /// `text` without its combining marks, and with `đ` as `d`.
  private static func strippingMarks(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
    where scalar.properties.generalCategory != .nonspacingMark {
      switch scalar {
      case "đ": scalars.append("d")
      case "Đ": scalars.append("D")
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// `text` decomposed, with one combining mark taken off its letter and put after another
  /// scalar (`hỏi` → `hoỉ`); left in NFD, which is how some keyboards send text.
  private mutating func movingAMark(in text: String) -> String {
    var scalars = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
    let marks = scalars.indices.filter { scalars[$0].properties.generalCategory == .nonspacingMark }
    guard let from = marks.randomElement(using: &random) else { return text }
    let mark = scalars.remove(at: from)
    scalars.insert(mark, at: Int.random(in: 0...scalars.count, using: &random))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// `text` with its first run of digits replaced by another number, or one added at the end.
  private mutating func changingANumber(in text: String) -> String {
    let number = String(
      [0, 1, 3, 12, 13, 31, 99, 2024, 2025, 2026, 99_999, 1_000_000_007].randomElement(
        using: &random)!)
    guard let digits = text.range(of: "[0-9]+", options: .regularExpression) else {
      return text + " tháng " + number
    }
    return text.replacingCharacters(in: digits, with: number)
  }

  private mutating func randomBytes(count: Int) -> [UInt8] {
    (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
  }

  /// `bytes` with line ends made spaces, and a prefix when batch input would skip the line.
  private static func keptAsOneLine(_ bytes: [UInt8]) -> [UInt8] {
    let line = bytes.map { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") ? 0x20 : $0 }
    let text = String(decoding: line, as: UTF8.self).trimmingCharacters(
      in: .whitespacesAndNewlines)
    if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("{") {
      return Array("hỏi ".utf8) + line
    }
    return line
  }
}
