import Foundation
import Testing

@testable import Knowledge

/// The text helpers that read UTF-8 bytes instead of characters, each held to the definition it
/// replaces: the standard library's character-by-character answer on the same input.
@Suite struct ByteLevelTextTests {
  /// Texts with every kind of line break, marks after breaks and punctuation, non-Latin scripts,
  /// spaces doubled and at the ends, and empty ones.
  static let texts = [
    "", " ", "  ", "a", "Tỷ lệ đạt 50,4%.", "dòng một\ndòng hai", "CRLF\r\nnext\r\n", "lone\rCR",
    "\n\n",
    "trailing\n", "NEL\u{85}LS\u{2028}PS\u{2029}VT\u{0B}FF\u{0C}end", "mark after break\n\u{301}x",
    " (Theo Cục Thuế, ) ", "“Trích dẫn”…", "a  b   c ", "\t tab \t", "Ð\u{301}", "; ;",
    "\u{37E}x\u{37E}",
    ".\u{301}", "x.\u{301}", "KH&CN, Bộ, ngành", "ố\u{300}", "𝔘nicode 🇻🇳 emoji", "עברית and عربي",
    "e\u{301}", "\u{A0}no-break\u{A0}", "\u{FEFF}bom", "số liệu (quý I/2025, số liệu chỉ thống kê)",
  ]

  /// `DocumentReader.lines(of:)` splits where `split(whereSeparator: \.isNewline)` does.
  @Test(arguments: texts)
  func linesAreSplitAsCharactersSplitThem(text: String) {
    let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(
      String.init)
    #expect(DocumentReader.lines(of: text).map(String.init) == expected)
  }

  /// `trimmed(_:)` removes what `Set<Character>` membership at either end says, whether or not it
  /// returns early: Greek question marks are semicolons to `Character`, and so trimmed too.
  @Test(arguments: texts)
  func trimmingAgreesWithCharacterSets(text: String) {
    let sets: [[Character]] = [
      [" ", "\t"], [" ", ",", ".", ";", ":", "("], [".", ",", ";", "“", "”", "…", "'"], ["é"],
    ]
    for members in sets {
      let edges = EdgeCharacters(members)
      let characters = Set(members)
      let first = text.firstIndex { !characters.contains($0) }
      let last = text.lastIndex { !characters.contains($0) }
      let expected = first.flatMap { first in last.map { String(text[first...$0]) } } ?? ""
      #expect(text.trimmed(edges) == expected, "\(members) on \(text.debugDescription)")
      #expect(Substring(text).trimmed(edges) == expected)
    }
  }

  /// `find(_:from:)` finds the first occurrence byte for byte, from where it is told to start.
  @Test func findingAgreesWithAByteByByteSearch() {
    let needles = ["", "a", "số liệu", " ", "\r\n", "🇻🇳", "Bộ, ngành", "xyz"]
    for text in Self.texts {
      let bytes = Array(text.utf8)
      for needle in needles {
        let pattern = Array(needle.utf8)
        for skip in [0, 1, 3] where skip <= bytes.count {
          let start = text.utf8.index(text.utf8.startIndex, offsetBy: skip)
          let expected =
            pattern.isEmpty || bytes.count - skip < pattern.count
            ? nil
            : (skip...(bytes.count - pattern.count)).first {
              Array(bytes[$0..<($0 + pattern.count)]) == pattern
            }
          let found = text.find(needle, from: start).map {
            text.utf8.distance(from: text.utf8.startIndex, to: $0.lowerBound)
          }
          #expect(
            found == expected, "\(needle.debugDescription) in \(text.debugDescription) from \(skip)"
          )
        }
      }
    }
  }

  /// `tokenRanges()` gives the runs between spaces that `utf8.split(separator:)` gives.
  @Test(arguments: texts)
  func tokensAreTheRunsBetweenSpaces(text: String) {
    let expected = text.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    #expect(text.tokenRanges().map { String(text[$0]) } == expected)
    // A substring's tokens, which start where it does, not where its string does.
    let tail = text.dropFirst()
    let expectedTail = tail.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    #expect(tail.tokenRanges().map { String(tail[$0]) } == expectedTail)
  }

  /// `hasSameBytes(as:)` is `==` on NFC text, and tells apart canonically equal spellings.
  @Test func sameBytesIsEqualityOfSpellings() {
    #expect("Tỷ lệ".hasSameBytes(as: "Tỷ lệ"))
    #expect(!"Tỷ lệ".hasSameBytes(as: "Tỷ lệ "))
    #expect(!"é".hasSameBytes(as: "e\u{301}"))
    #expect("".hasSameBytes(as: ""))
    #expect(Substring("x Tỷ").dropFirst(2).hasSameBytes(as: "Tỷ"))
  }

  /// `Extractor.description(_:)` keeps what a value's tail says outside parentheses, up to the
  /// first `,`, `;` or `.`, as reading it character by character did.
  @Test func aTailsDescriptionLeavesParenthesesOut() {
    func byCharacters(_ tail: String) -> String {
      var described = ""
      var depth = 0
      for character in tail {
        if character == "(" {
          depth += 1
        } else if character == ")" {
          depth = max(0, depth - 1)
        } else if depth == 0 {
          if ",;.".contains(character) { break }
          described.append(character)
        }
      }
      return described
    }
    let tails = [
      "trạm phát sóng 5G, tăng 3%", "tài khoản (mức độ 2) được kích hoạt; còn lại",
      "(a (b) c) d. e", ") x (y",
      "không có gì", "", "(((", "a) b) c", "số (1,5) và (2.3) nữa, thôi",
    ]
    for tail in tails + Self.texts {
      #expect(
        Extractor.description(Substring(tail)) == byCharacters(tail), "\(tail.debugDescription)")
    }
  }

  /// `SentenceSplitter.sentences(_:)` reads scalars; it splits where reading characters did.
  @Test func sentencesAreSplitAsCharactersSplitThem() {
    func byCharacters(_ paragraph: String) -> [String] {
      let characters = Array(paragraph)
      var starts = Array(paragraph.indices)
      starts.append(paragraph.endIndex)
      func ends(_ character: Character) -> Bool { [".", "!", "?", "…"].contains(character) }
      var sentences: [String] = []
      func append(_ range: Range<Int>) {
        let text = String(paragraph[starts[range.lowerBound]..<starts[range.upperBound]]).trimmed()
        if !text.isEmpty { sentences.append(text) }
      }
      var (start, index) = (0, 0)
      while index < characters.count {
        guard ends(characters[index]) else {
          index += 1
          continue
        }
        var end = index + 1
        while end < characters.count, ends(characters[end]) { end += 1 }
        var next = end
        while next < characters.count, characters[next] == " " { next += 1 }
        let opens =
          next < characters.count
          && (characters[next].isUppercase || characters[next].isNumber
            || "\"“(".contains(characters[next]))
        let word = String(
          characters[start..<index].reversed().prefix { !$0.isWhitespace }.reversed())
        if (next > end && opens && !SentenceSplitter.abbreviations.contains(word))
          || next == characters.count
        {
          append(start..<end)
          (start, index) = (next, next)
        } else {
          index = end
        }
      }
      if start < characters.count { append(start..<characters.count) }
      return sentences
    }
    let paragraphs =
      Self.texts + [
        "Tỷ lệ đạt 50,4%. Cả nước có 12 địa phương. TP. Hồ Chí Minh dẫn đầu! Vì sao? “Trích”… (Xem thêm)",
        "Số 17.175.876 hồ sơ... Tiếp theo. 3 tháng. ThS. Nguyễn Văn A nói.",
        "Kết thúc.\u{301} Không tách. Dấu hỏi?\u{301} Vẫn không. Cách \u{301}Sau dấu cách.",
        "Câu một.  Hai dấu cách. Cuối câu.",
      ]
    for paragraph in paragraphs {
      #expect(
        SentenceSplitter.sentences(paragraph).map(\.text) == byCharacters(paragraph),
        "\(paragraph.debugDescription)")
    }
  }

  /// The first word of a text, found token by token, is the first of all its words.
  @Test(arguments: texts)
  func theFirstWordIsTheFirstOfTheWords(text: String) {
    #expect(
      VietnameseText.firstWord(of: text) == VietnameseText.words(text).first,
      "\(text.debugDescription)")
  }

  /// `Responder.mostRecent(_:count:)` picks what a stable sort by date, newest first, puts first.
  @Test func theMostRecentAreWhatAStableSortPutsFirst() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<200 {
      let days = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        Int.random(in: 0...4, using: &generator) == 0
          ? nil : Day(year: 2025, month: 1, day: Int.random(in: 1...4, using: &generator))
      }
      let sorted = days.indices.sorted { (days[$0] ?? .distantPast) > (days[$1] ?? .distantPast) }
      for count in 0...4 {
        #expect(Responder.mostRecent(days, count: count) == Array(sorted.prefix(count)))
      }
    }
  }

  /// `SentenceSplitter.clauses(_:)` splits at `;` outside parentheses as reading characters did.
  @Test func clausesAreSplitAsCharactersSplitThem() {
    func byCharacters(_ sentence: String) -> [String] {
      guard sentence.contains(ascii: ";") else {
        let clause = sentence.trimmed()
        return clause.isEmpty ? [] : [clause]
      }
      var clauses: [String] = []
      var start = sentence.startIndex
      var depth = 0
      for index in sentence.indices {
        switch sentence[index] {
        case "(": depth += 1
        case ")": depth = max(0, depth - 1)
        case ";" where depth == 0:
          clauses.append(sentence[start..<index].trimmed())
          start = sentence.index(after: index)
        default: break
        }
      }
      clauses.append(sentence[start...].trimmed())
      return clauses.filter { !$0.isEmpty }
    }
    let sentences =
      Self.texts + [
        "Một; hai (ba; bốn); năm", "a;\u{301} b; c", "x\u{37E} y; z\u{37E}", "((;)); ;",
        "Đà Nẵng; Hà Nội\u{37E}\u{301} Huế;",
      ]
    for sentence in sentences {
      #expect(
        SentenceSplitter.clauses(sentence) == byCharacters(sentence), "\(sentence.debugDescription)"
      )
    }
  }
}

/// The word cache keeps a table per thread in front of the shared one: words read on many
/// threads at once have the keys their letters give, whichever thread read them first.
@Suite struct WordCacheTests {
  @Test func wordsReadSideBySideHaveTheKeysOfTheirLetters() {
    // Many distinct words, so that the threads' tables grow while they are read.
    let syllables = [
      "tỷ", "lệ", "dịch", "vụ", "công", "trực", "tuyến", "Đà", "Nẵng", "thuỷ", "hoà", "KH&CN",
    ]
    let texts = (0..<64).map { round in
      (0..<200).map { offset in
        syllables[(round + offset) % syllables.count] + String(round * 200 + offset)
      }
      .joined(separator: " ")
    }
    // Each text four times over, on every core: the same words are read on several threads.
    let read = Array((0..<4).map { _ in texts }.joined())
    for (text, words) in zip(read, read.concurrentMap { VietnameseText.words($0) }) {
      #expect(words.count == 200)
      for word in words {
        let keys = VietnameseText.computeKeys(word.text)
        #expect(word.exact == keys.exact && word.fold == keys.fold, "\(word.text)")
      }
      #expect(
        words.map(\.text).joined(separator: " ") == text.replacingOccurrences(of: "&", with: ""))
    }
  }
}
