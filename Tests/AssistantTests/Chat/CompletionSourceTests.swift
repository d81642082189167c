import BuiltInKnowledge
import Knowledge
import Testing

@testable import Assistant

/// What Tab offers: whole terms with their diacritics in place of the words typed.
@Suite struct CompletionSourceTests {
  static let source = Result { CompletionSource(completer: try KnowledgeBase.load().completer) }

  @Test(arguments: [
    ("chu ky s", "", "chữ ký số"),
    ("thuong mai", "", "thương mại điện tử"),
    ("tiktok", "", "TikTok Shop"),
    ("ty le  chu ky s", "ty le  ", "chữ ký số"),
    ("Shopee và tiktok", "Shopee và ", "TikTok Shop"),
  ])
  func termsReplaceTheWordsTheyComplete(typed: String, kept: String, first: String) throws {
    let (keptPart, candidates) = try Self.source.get().complete(typed)
    #expect(keptPart == kept)
    #expect(candidates.first == first, "\(candidates)")
  }

  @Test(arguments: ["", "ty le ", "xyzzy"])
  func nothingToCompleteOffersNothing(typed: String) throws {
    #expect(try Self.source.get().complete(typed).candidates.isEmpty)
  }

  @Test func commandsCompleteAtTheStartOfTheLine() throws {
    let source = try Self.source.get()
    #expect(source.complete("/so") == ("", ["/sources"]))
    #expect(source.complete(":ex").candidates == [":examples", ":exit"])
    #expect(source.complete("/why n").candidates.isEmpty)
    #expect(source.complete(":").candidates.count == ChatCommand.allCases.count)
  }

  @Test(arguments: [
    ("một hai ba", 1, "một hai "), ("một hai ba", 2, "một "), ("một  hai\tba", 2, "một  "),
    ("ba", 1, ""), ("ba", 3, ""),
  ])
  func droppingWordsKeepsTheSpacesBeforeThem(text: String, count: Int, kept: String) {
    #expect(CompletionSource.dropping(words: count, from: text) == kept)
  }
}
