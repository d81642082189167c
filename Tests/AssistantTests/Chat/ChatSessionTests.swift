import BuiltInKnowledge
import Knowledge
import Testing

@testable import Assistant

/// What the chat says to each line, without a terminal.
@Suite struct ChatSessionTests {
  static let knowledge = Result { try KnowledgeBase.load() }

  private func session(_ style: TerminalStyle = .plain) throws -> ChatSession {
    ChatSession(knowledge: try Self.knowledge.get(), style: style)
  }

  private func text(_ reply: ChatSession.Reply) -> String {
    switch reply {
    case .show(let text), .quit(let text): return text
    }
  }

  @Test(arguments: [40, 80, 120])
  func everyLineFitsTheWidth(width: Int) throws {
    var chat = try session()
    var shown = chat.banner(width: width)
    for line in [
      "Ai chủ trì phiên họp?", "/why", "/sources", "/help", "/topics", "/examples", "/hlep",
    ] {
      shown += text(chat.respond(to: line, width: width))
    }
    for line in shown.split(separator: "\n") {
      #expect(String(line).columns <= width, "\(line)")
    }
  }

  @Test func bannerNamesTheMeetingAndGivesThreeToFiveExamples() throws {
    let chat = try session()
    let banner = chat.banner(width: 100)
    #expect(banner.contains("(17/5/2025)"))
    #expect((3...5).contains(chat.bannerExamples.count))
    for example in chat.bannerExamples {
      #expect(try Self.knowledge.get().answer(example).answered, "\(example)")
    }
  }

  @Test func questionsTypedDecomposedAreAnsweredAsComposed() throws {
    var chat = try session()
    let composed = text(chat.respond(to: "Ai chủ trì phiên họp?", width: 80))
    let decomposed = text(
      chat.respond(to: "Ai chủ trì phiên họp?".decomposedStringWithCanonicalMapping, width: 80))
    #expect(decomposed == composed)
    #expect(chat.last?.question == "Ai chủ trì phiên họp?")
  }

  @Test func blankLinesGetNothing() throws {
    var chat = try session()
    #expect(chat.respond(to: "  \t ", width: 80) == .show(""))
    #expect(chat.last == nil)
  }

  @Test(arguments: ["/quit", "/exit", ":quit", ":exit"])
  func quittingSaysGoodbye(line: String) throws {
    var chat = try session()
    #expect(chat.respond(to: line, width: 80) == .quit("Tạm biệt!\n"))
  }

  @Test func controlCharactersInInputAreNeverShownRaw() throws {
    var chat = try session()
    let replies = [
      chat.respond(to: "/x\u{1B}[2J", width: 80),
      chat.respond(to: "thủ đô \u{1B}]0;title\u{7} của Pháp", width: 80),
      chat.respond(to: "/why", width: 80),
    ].map(text)
    for reply in replies {
      #expect(!reply.contains("\u{1B}"))
      #expect(!reply.contains("\u{7}"))
    }
    #expect(replies[0].contains("/x\u{FFFD}[2J"))
  }

  @Test func colourMarksSourcesAndHeadings() throws {
    var chat = try session(TerminalStyle(usesColor: true))
    let answer = text(chat.respond(to: "Ai chủ trì phiên họp?", width: 80))
    #expect(answer.contains("\u{1B}[2mNguồn:"))
    #expect(text(chat.respond(to: "/help", width: 80)).contains("\u{1B}[1mLệnh\u{1B}[0m"))
  }
}

/// The chat keeps a conversation: follow-ups, choices among readings, and `/reset`.
@Suite struct ChatConversationTests {
  static let knowledge = Result { try KnowledgeBase.load() }

  private func text(_ reply: ChatSession.Reply) -> String {
    switch reply {
    case .show(let text), .quit(let text): return text
    }
  }

  @Test func aFollowUpIsAnsweredWithWhatItWasReadAs() throws {
    var chat = ChatSession(knowledge: try Self.knowledge.get(), style: .plain)
    _ = chat.respond(to: "Tỷ lệ hồ sơ trực tuyến toàn trình của các bộ, ngành?", width: 100)
    let shown = text(chat.respond(to: "còn địa phương?", width: 100))
    #expect(shown.hasPrefix("(Hiểu câu hỏi là: “"), "\(shown)")
    #expect(shown.contains("14,58%"))
    let why = text(chat.respond(to: "/why", width: 100))
    #expect(why.contains("còn địa phương?") && why.contains("Hiểu là"), "\(why)")
  }

  @Test func aNumberPicksAReadingTheLastAnswerOffered() throws {
    var chat = ChatSession(knowledge: try Self.knowledge.get(), style: .plain)
    let offered = text(chat.respond(to: "Tỷ lệ trực tuyến toàn trình là bao nhiêu?", width: 100))
    #expect(offered.contains("(3)") && offered.contains("gõ số"), "\(offered)")
    #expect(text(chat.respond(to: "3", width: 100)).contains("39,46%"))
  }

  @Test func resetForgetsTheConversation() throws {
    var chat = ChatSession(knowledge: try Self.knowledge.get(), style: .plain)
    _ = chat.respond(to: "Shopee chiếm bao nhiêu thị phần?", width: 100)
    _ = chat.respond(to: "/reset", width: 100)
    #expect(chat.conversation.topic == nil)
    let shown = text(chat.respond(to: "còn Lazada thì sao?", width: 100))
    #expect(!shown.contains("Hiểu câu hỏi là"), "\(shown)")
  }
}
