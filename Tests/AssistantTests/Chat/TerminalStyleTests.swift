import Testing

@testable import Assistant

/// When the chat uses colour, and what its escapes look like.
@Suite struct TerminalStyleTests {
  @Test(arguments: [
    (false, ["TERM": "xterm-256color"], true, true),
    (false, ["TERM": "xterm-256color", "NO_COLOR": "1"], true, false),
    (false, ["TERM": "xterm-256color", "NO_COLOR": ""], true, true),
    (true, ["TERM": "xterm-256color"], true, false),
    (false, ["TERM": "xterm-256color"], false, false),
    (false, ["TERM": "dumb"], true, false),
    (false, [:], true, false),
  ])
  func colourOnlyOnATerminalThatShowsIt(
    flag: Bool, environment: [String: String], terminal: Bool, colour: Bool
  ) {
    let style = TerminalStyle.decide(
      noColorFlag: flag, environment: environment, outputIsTerminal: terminal)
    #expect(style.usesColor == colour)
  }

  @Test func plainStyleAddsNothing() {
    let style = TerminalStyle.plain
    #expect(style.strong("a") + style.faint("b") + style.accent("c") + style.warning("d") == "abcd")
    #expect(style.prompt("› ") == "› ")
  }

  @Test func promptEscapesAreMarkedForReadline() {
    let prompt = TerminalStyle(usesColor: true).prompt("› ")
    #expect(prompt == "\u{1}\u{1B}[1;36m\u{2}› \u{1}\u{1B}[0m\u{2}")
  }

  @Test(arguments: [
    (["COLUMNS": "120"], 120), (["COLUMNS": "5"], 20), (["COLUMNS": "x"], 80), ([:], 80),
  ])
  func widthWithoutATerminalComesFromColumns(environment: [String: String], width: Int) {
    #expect(TerminalWidth.fallback(environment: environment) == width)
  }
}
