import Testing

@testable import Assistant

/// `/cmd` and `:cmd`: which lines are commands, and the suggestion for a mistyped one.
@Suite struct ChatCommandTests {
  @Test(arguments: [
    ("/help", ChatCommand.help), (":help", .help), ("  /why", .why), ("/SOURCES", .sources),
    ("/quit now", .quit), (":exit", .exit), ("/examples", .examples), ("/topics", .topics),
    ("/reset", .reset),
  ])
  func commandsAreRecognised(line: String, command: ChatCommand) {
    #expect(ChatCommand.parse(line) == .command(command))
  }

  @Test(arguments: [
    "Ai chủ trì phiên họp?", ":)", "/ 5", "50/5", "", "tỷ lệ 50,4%/tháng",
  ])
  func questionsAreNotCommands(line: String) {
    #expect(ChatCommand.parse(line) == nil)
  }

  @Test(arguments: ["/", ":", "  / ", "/\t"])
  func aPrefixAloneAsksForHelp(line: String) {
    #expect(ChatCommand.parse(line) == .command(.help))
  }

  @Test(arguments: [
    ("/hlep", "/help"), (":hepl", ":help"), ("/sorces", "/sources"), ("/topic", "/topics"),
    ("/examle", "/examples"), ("/wyh", "/why"), ("/rset", "/reset"), ("/qiut", "/quit"),
  ])
  func unknownCommandsSuggestTheNearest(typed: String, nearest: String) {
    #expect(ChatCommand.parse(typed) == .unknown(typed: typed, nearest: nearest))
  }

  @Test(arguments: ["/weather", "/abcdefgh", "/xyzzy"])
  func farFetchedNamesSuggestNothing(typed: String) {
    #expect(ChatCommand.parse(typed) == .unknown(typed: typed, nearest: nil))
  }

  @Test func completionsKeepThePrefixTyped() {
    #expect(ChatCommand.completions(of: "/he") == ["/help"])
    #expect(ChatCommand.completions(of: ":e") == [":examples", ":exit"])
    #expect(ChatCommand.completions(of: "/").count == ChatCommand.allCases.count)
    #expect(ChatCommand.completions(of: "he").isEmpty)
  }

  @Test(arguments: [
    ("help", "help", 0), ("hlep", "help", 1), ("help", "hel", 1), ("", "why", 3),
    ("kitten", "sitting", 3),
  ])
  func editDistanceCountsSwapsAsOneEdit(a: String, b: String, distance: Int) {
    #expect(ChatCommand.editDistance(Array(a), Array(b)) == distance)
  }
}
