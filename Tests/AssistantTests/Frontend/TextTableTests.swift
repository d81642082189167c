import Testing

@testable import Assistant

/// `TextTable` and the progress bar: the text layouts of `eval`.
@Suite struct TextTableTests {
  @Test func columnsAreAlignedTextLeftFiguresRight() {
    var table = TextTable([("Tag", .left), ("Cases", .right), ("Accuracy", .right)])
    table.append(["không dấu", "136", "97.1%"])
    table.append(["typo", "5", "-"])
    #expect(
      table.rendered(indent: "  ") == """
          Tag        Cases  Accuracy
          không dấu    136     97.1%
          typo           5         -

        """)
  }

  @Test func cellsCannotCarryEscapeSequences() {
    var table = TextTable([("Question", .left)])
    table.append(["a\u{1B}[2Jb"])
    #expect(!table.rendered().contains("\u{1B}"))
  }

  @Test func percentagesAndLatencies() {
    #expect(0.9706.percentText == "97.1%")
    #expect((1.0 as Double?).percentText == "100.0%")
    #expect((nil as Double?).percentText == "-")
    #expect(45.4.microsecondsText == "45 µs")
    #expect(1234.0.microsecondsText == "1.2 ms")
  }

  @Test func progressBarOnlyOnATerminalForLongRuns() {
    #expect(ProgressBar(total: 340, isTerminal: false) == nil)
    #expect(ProgressBar(total: 50, isTerminal: true) == nil)
    #expect(ProgressBar(total: 51, isTerminal: true) != nil)
    #expect(
      ProgressBar.line(done: 0, total: 300) == "[" + String(repeating: ".", count: 30) + "] 0/300")
    #expect(
      ProgressBar.line(done: 150, total: 300)
        == "[" + String(repeating: "#", count: 15) + String(repeating: ".", count: 15) + "] 150/300"
    )
  }
}
