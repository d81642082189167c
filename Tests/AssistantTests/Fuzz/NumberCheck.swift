import Foundation
import Knowledge

/// Checks that an answer states no number it could not know: every number in an answer must be
/// written in the documents or the background facts of the rule data, be one the extractor read
/// from them (`lần thứ hai` is meeting number 2, `ba tháng đầu năm` is quarter 1), be in the
/// question, be one the answer says it computed (its `computed` numbers, with the working shown),
/// or be one of the answer's own labels (its slots, such as the period asked, the paragraphs it
/// cites, the numbers of the readings it offers, and the `1.`, `2.` that number a list).
///
/// Numbers are compared as written (`06`) and by value, reading them the Vietnamese way (`50,4`
/// is 50.4 and `101.400` is 101400), so a figure restated with other separators still matches.
/// Numbers in questions are read the English way too (`50.4`), as people type them both ways.
struct NumberCheck {
  /// The numbers of every document the knowledge base holds (titles, date lines, dates and
  /// every paragraph, captions included), of its facts and of its background facts.
  private let knownNumbers: Set<String>

  /// Creates the check for answers from `knowledge`.
  init(knowledge: KnowledgeBase) {
    var numbers: Set<String> = []
    for document in knowledge.documents {
      let texts =
        [document.title, document.publishedText, document.dated]
        + document.paragraphs.map(\.text)
      for text in texts { numbers.formUnion(Self.forms(of: text, readingEnglish: false)) }
    }
    for fact in knowledge.facts {
      let texts =
        Array(fact.fields.values) + fact.items + [fact.statistic?.period?.vietnamese ?? ""]
      for text in texts { numbers.formUnion(Self.forms(of: text, readingEnglish: false)) }
    }
    for text in knowledge.corpus.backgroundText.values {
      numbers.formUnion(Self.forms(of: text, readingEnglish: false))
    }
    knownNumbers = numbers
  }

  /// The numbers `answer` may state, in every form they are compared in.
  ///
  func permittedNumbers(for answer: Answer) -> Set<String> {
    var permitted = knownNumbers
    permitted.formUnion(Self.forms(of: answer.question, readingEnglish: true))
    for label in answer.slots.values {
      permitted.formUnion(Self.forms(of: label, readingEnglish: true))
    }
    for source in answer.sources {
      permitted.formUnion(Self.forms(of: String(source.paragraph), readingEnglish: false))
    }
    // Numbers the answer computed, with its working shown, and the numbers of the readings it
    // offers to choose from.
    for number in answer.computed {
      permitted.formUnion(Self.forms(of: number, readingEnglish: false))
    }
    for reading in answer.alternatives {
      permitted.formUnion(Self.forms(of: String(reading.number), readingEnglish: false))
    }
    return permitted
  }

  /// The numbers of `answer`'s text that it could not know, as written; empty when all is well.
  func unknownNumbers(in answer: Answer) -> [String] {
    let permitted = permittedNumbers(for: answer)
    let lines = answer.text.split(separator: "\n").map(Self.withoutListItemNumber)
    return lines.flatMap { Self.numbers(in: String($0)) }.filter { number in
      permitted.isDisjoint(with: Self.forms(of: number, readingEnglish: false))
    }
  }

  /// `line` without the `1. ` that numbers a line of a list.
  private static func withoutListItemNumber(_ line: Substring) -> Substring {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    let rest = line.dropFirst(digits.count)
    return !digits.isEmpty && rest.hasPrefix(". ") ? rest.dropFirst(2) : line
  }

  /// The numbers written in `text`: runs of digits, with `.` or `,` between groups.
  static func numbers(in text: String) -> [String] {
    var numbers: [String] = []
    var current = String.UnicodeScalarView()
    var separator: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        if let pending = separator { current.append(pending) }
        separator = nil
        current.append(scalar)
      } else if (scalar == "." || scalar == ","), !current.isEmpty, separator == nil {
        separator = scalar
      } else {
        if !current.isEmpty { numbers.append(String(current)) }
        current = String.UnicodeScalarView()
        separator = nil
      }
    }
    if !current.isEmpty { numbers.append(String(current)) }
    return numbers
  }

  /// Every form of every number in `text`: as written, and its value read the Vietnamese way
  /// (and the English way, if asked).
  private static func forms(of text: String, readingEnglish: Bool) -> Set<String> {
    var forms: Set<String> = []
    for number in numbers(in: text) {
      forms.insert(number)
      let vietnamese = number.replacingOccurrences(of: ".", with: "")
        .replacingOccurrences(of: ",", with: ".")
      if let value = Decimal(string: vietnamese) { forms.insert("= \(value)") }
      if readingEnglish, let value = Decimal(string: number.replacingOccurrences(of: ",", with: ""))
      {
        forms.insert("= \(value)")
      }
    }
    return forms
  }
}
