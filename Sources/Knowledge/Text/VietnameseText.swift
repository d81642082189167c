import Foundation

/// Normalisation of Vietnamese text into the keys the matcher compares.
///
/// Two keys per word: the **exact key** keeps the vowel letters and the tone but not where the
/// tone mark sits (`hoà` and `hòa` agree), and the **fold key** drops every mark (`đ` becomes
/// `d`). Both fold the `i`/`y` variants after a consonant (`tỷ`/`tỉ`, `ký`/`kí`).
public enum VietnameseText {
  /// The five tone marks as combining characters.
  static let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

  /// Returns `text` in NFC with `Ð` (U+00D0, sometimes typed for `Đ`) replaced by `Đ`.
  public static func nfc(_ text: String) -> String {
    var result = text.precomposedStringWithCanonicalMapping
    if result.unicodeScalars.contains("\u{D0}") {
      result = result.replacingOccurrences(of: "\u{D0}", with: "\u{110}")
    }
    return result
  }

  /// The exact key of one word: lowercase, tone moved to the end, `y` after a consonant as `i`.
  public static func exactKey(_ word: String) -> String {
    var letters: [Unicode.Scalar] = []
    var tone: Unicode.Scalar?
    for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      if toneMarks.contains(scalar) {
        tone = scalar
      } else if scalar == "\u{D0}" || scalar == "\u{F0}" {
        letters.append("\u{111}")
      } else {
        letters.append(scalar)
      }
    }
    foldFinalY(&letters)
    if let tone { letters.append(tone) }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: letters)
    return String(view).precomposedStringWithCanonicalMapping
  }

  /// The fold key of a word or phrase: lowercase, no marks, `đ` as `d`, `y` after a consonant as `i`.
  public static func foldKey(_ word: String) -> String {
    var letters: [Unicode.Scalar] = []
    for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.value {
      case 0x300...0x36F: continue
      case 0x111, 0x110, 0xD0, 0xF0: letters.append("d")
      default: letters.append(scalar)
      }
    }
    foldFinalY(&letters)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: letters)
    return String(view)
  }

  /// Rewrites a word-final `y` that follows a consonant as `i` (`ty` → `ti`, `quy` stays).
  private static func foldFinalY(_ letters: inout [Unicode.Scalar]) {
    guard letters.count >= 2, letters[letters.count - 1] == "y" else { return }
    var index = letters.count - 2
    while index > 0, letters[index].value >= 0x300, letters[index].value <= 0x36F { index -= 1 }
    let previous = letters[index]
    if !"aeiouy".unicodeScalars.contains(previous), previous.properties.isAlphabetic {
      letters[letters.count - 1] = "i"
    }
  }

  /// Whether a scalar is part of a word: a letter, a digit or a combining mark.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      || (scalar.value >= 0x300 && scalar.value <= 0x36F)
  }

  /// Splits text into words. A number keeps its inner `.`, `,` and `/` (`17.175.876`, `9/1/2025`),
  /// `&` inside an abbreviation is dropped (`KH&CN` → `KHCN`) and `%` is a word of its own.
  public static func words(_ text: String) -> [Word] {
    let scalars = Array(nfc(text).unicodeScalars)
    var words: [Word] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(Word(String(current))) }
      current = String.UnicodeScalarView()
    }
    for (index, scalar) in scalars.enumerated() {
      if isWordScalar(scalar) {
        current.append(scalar)
        continue
      }
      let previous = index > 0 ? scalars[index - 1] : " "
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      let isDigit = { (s: Unicode.Scalar) in s.properties.numericType != nil && s.isASCII }
      if ".,/".unicodeScalars.contains(scalar), isDigit(previous), isDigit(next) {
        current.append(scalar)
        continue
      }
      if scalar == "&", previous.properties.isUppercase, next.properties.isUppercase { continue }
      flush()
      if scalar == "%" { words.append(Word("%")) }
    }
    flush()
    return words
  }
}

/// One word of a text with its matching keys.
public struct Word: Sendable, Hashable {
  /// The word as written (NFC).
  public let text: String
  /// See ``VietnameseText/exactKey(_:)``.
  public let exact: String
  /// See ``VietnameseText/foldKey(_:)``.
  public let fold: String

  /// Creates a word and computes its keys.
  public init(_ text: String) {
    self.text = text
    self.exact = VietnameseText.exactKey(text)
    self.fold = VietnameseText.foldKey(text)
  }

  /// Creates a word from keys already computed (an abbreviation's expansion, a typo's correction).
  init(text: String, exact: String, fold: String) {
    self.text = text
    self.exact = exact
    self.fold = fold
  }

  /// Whether the word carries diacritics (or `đ`): then its exact key says more than its fold key.
  public var hasMarks: Bool { text.unicodeScalars.contains { !$0.isASCII } }

  /// Whether the word is a number as written (`50,4`, `17.175.876`, `2025`).
  public var isNumber: Bool { text.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false }
}
