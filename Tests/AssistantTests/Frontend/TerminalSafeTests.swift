import Testing

@testable import Assistant

/// `String.terminalSafe(keepingNewlines:)` decides on UTF-8 bytes whether text has a control
/// character; these tests hold it to the Unicode definition it stands in for.
@Suite struct TerminalSafeTests {
  /// Every scalar up to U+00FF, alone and between Vietnamese letters, is replaced exactly when its
  /// general category is Cc (tab always kept, newline when asked).
  @Test(arguments: [false, true]) func replacesExactlyTheControlCharacters(keepingNewlines: Bool) {
    for value in 0...0xFF {
      let scalar = Unicode.Scalar(UInt8(value))
      let kept =
        scalar == "\t" || (scalar == "\n" && keepingNewlines)
        || scalar.properties.generalCategory != .control
      let expected = kept ? "ố\(Character(scalar))ờ" : "ố\u{FFFD}ờ"
      #expect(
        "ố\(Character(scalar))ờ".terminalSafe(keepingNewlines: keepingNewlines) == expected,
        "U+\(String(value, radix: 16))")
    }
  }

  @Test func textWithoutControlsIsUnchanged() {
    let text = "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 43,19% 🇻🇳 مرحبا\tcột"
    #expect(text.terminalSafe(keepingNewlines: false) == text)
  }

  @Test func escapeSequencesAndC1ControlsAreReplaced() {
    #expect(
      "a\u{1B}[31mb\u{9B}2J".terminalSafe(keepingNewlines: true) == "a\u{FFFD}[31mb\u{FFFD}2J")
    #expect("dòng 1\ndòng 2".terminalSafe(keepingNewlines: false) == "dòng 1\u{FFFD}dòng 2")
    #expect("\u{7F}".terminalSafe(keepingNewlines: true) == "\u{FFFD}")
  }

  /// "Ă" is 0xC4 0x82 in UTF-8: a continuation byte in 0x80–0x9F after a lead byte other than
  /// 0xC2 is a letter, not a C1 control.
  @Test func lettersWithContinuationBytesLikeC1AreKept() {
    let text = "ĂăĐđƠơƯư ẠẶỆ"
    #expect(text.terminalSafe(keepingNewlines: false) == text)
  }
}
