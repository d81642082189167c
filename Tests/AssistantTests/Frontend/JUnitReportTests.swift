import Testing

@testable import Assistant

/// XML escaping for the JUnit report: markup, line breaks in attributes, characters XML forbids.
@Suite struct XMLEscapingTests {
  @Test func markupCharactersBecomeEntities() {
    #expect(#"a<b>&"c"'d'"#.xmlEscaped() == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
  }

  @Test func lineBreaksAreReferencesInAttributesAndKeptInText() {
    #expect("a\tb\nc\rd".xmlEscaped() == "a&#9;b&#10;c&#13;d")
    #expect("a\tb\nc\rd".xmlEscaped(inAttribute: false) == "a\tb\nc&#13;d")
  }

  @Test func charactersXMLForbidsBecomeReplacementCharacters() {
    #expect(
      "\u{0}\u{1B}[31m\u{7F}\u{85}\u{FFFE}ok".xmlEscaped()
        == "\u{FFFD}\u{FFFD}[31m\u{FFFD}\u{FFFD}\u{FFFD}ok")
    #expect("Tỷ lệ 50,4% 🇻🇳".xmlEscaped() == "Tỷ lệ 50,4% 🇻🇳")
  }
}
