// The reports below are the seed with its date and one figure (`50,4%` becomes `41,1%`, `42,2%`,
// ...) or its title changed, made up for the test; what is tested is how many of them an answer
// lists.

import Foundation
import Knowledge
import Testing

/// With many reports loaded, an answer gives the latest figure and a few earlier ones, and counts
/// the rest, so that it stays readable however many reports there are.
@Suite struct ManyReportsTests {
  @Test func anAnswerListsThreeEarlierReportsAndCountsTheOthers() throws {
    let seed = try String(
      contentsOf: Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt"),
      encoding: .utf8)
    var documents: [Document] = []
    for month in 1...8 {
      let text = seed.replacingOccurrences(
        of: "2025-05-18 09:10:00.0", with: "2026-0\(month)-18 09:10:00.0"
      )
      .replacingOccurrences(of: "tháng 4 đạt 50,4%", with: "tháng 4 đạt 4\(month),1%")
      documents.append(try DocumentReader.read(text, path: "report-\(month).txt"))
    }
    let corpus = try Corpus.load(from: Fixtures.corpus)
    let knowledge = KnowledgeBase(documents: documents, corpus: corpus)
    let answer = knowledge.answer("Tỷ lệ dịch vụ công trực tuyến toàn trình của cả nước?")
    #expect(answer.body.contains("48,1%"), "the latest report's figure: \(answer.body)")
    for shown in ["47,1%", "46,1%", "45,1%"] { #expect(answer.body.contains(shown), "\(shown)") }
    for hidden in ["44,1%", "41,1%"] { #expect(!answer.body.contains(hidden), "\(hidden)") }
    #expect(answer.body.contains("4 báo cáo trước đó nữa"), "\(answer.body)")
    #expect(
      !answer.sources.contains { $0.quote.contains("41,1%") }, "a report not listed is not a source"
    )
  }

  @Test func directivesAreTheLatestReportsWithThreeOthersNamedAndTheRestCounted() throws {
    let seed = try String(
      contentsOf: Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt"),
      encoding: .utf8)
    var documents: [Document] = []
    for month in 1...8 {
      let text = seed.replacingOccurrences(
        of: "2025-05-18 09:10:00.0", with: "2026-0\(month)-18 09:10:00.0"
      )
      .replacingOccurrences(
        of: "Phiên họp lần thứ hai Ban Chỉ đạo", with: "Phiên họp số \(month) Ban Chỉ đạo")
      documents.append(try DocumentReader.read(text, path: "report-\(month).txt"))
    }
    let corpus = try Corpus.load(from: Fixtures.corpus)
    let one = KnowledgeBase(documents: [documents[0]], corpus: corpus).answer(
      "Thủ tướng chỉ đạo những gì?")
    let answer = KnowledgeBase(documents: documents, corpus: corpus).answer(
      "Thủ tướng chỉ đạo những gì?")
    #expect(answer.answered)
    // One report's directives, numbered as with that report alone.
    #expect(answer.body.hasPrefix(one.body), "\(answer.body)")
    #expect(answer.body.contains("Phiên họp số 8"), "the report listed: \(answer.body)")
    for named in ["Phiên họp số 7", "Phiên họp số 6", "Phiên họp số 5"] {
      #expect(answer.body.contains(named), "\(named): \(answer.body)")
    }
    for hidden in ["Phiên họp số 4", "Phiên họp số 1"] {
      #expect(!answer.body.contains(hidden), "\(hidden)")
    }
    #expect(answer.body.contains("4 báo cáo khác"), "\(answer.body)")
    #expect(Set(answer.sources.map(\.document)).count == 1, "only the listed report is a source")
  }

  @Test func aMeetingNotInTheReportsListsTheThreeMostRecentMeetingsAndCountsTheOthers() throws {
    let seed = try String(
      contentsOf: Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt"),
      encoding: .utf8)
    var documents: [Document] = []
    for month in 1...8 {
      let text = seed.replacingOccurrences(
        of: "2025-05-18 09:10:00.0", with: "2026-0\(month)-18 09:10:00.0"
      )
      .replacingOccurrences(of: "Ngày 17/5, tại Hà Nội", with: "Ngày \(10 + month)/5, tại Hà Nội")
      documents.append(try DocumentReader.read(text, path: "report-\(month).txt"))
    }
    let corpus = try Corpus.load(from: Fixtures.corpus)
    let answer = KnowledgeBase(documents: documents, corpus: corpus)
      .answer("Phiên họp lần thứ nhất của Ban Chỉ đạo diễn ra khi nào?")
    #expect(!answer.answered)
    #expect(
      answer.body.contains(
        "(18/5/2026); Phiên họp lần thứ hai Ban Chỉ đạo (17/5/2026); Phiên họp lần thứ hai Ban Chỉ đạo (16/5/2026);"
      ),
      "the most recent first: \(answer.body)")
    for hidden in ["15/5/2026", "11/5/2026"] {
      #expect(!answer.body.contains(hidden), "\(hidden): \(answer.body)")
    }
    #expect(answer.body.contains("còn ghi 5 phiên họp khác"), "\(answer.body)")
    #expect(answer.sources.count == 3, "only the meetings named are sources")
  }

  @Test func aMeetingSeveralReportsDescribeIsListedOnce() throws {
    let seed = try String(
      contentsOf: Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt"),
      encoding: .utf8)
    let documents = try (1...2).map { month in
      try DocumentReader.read(
        seed.replacingOccurrences(
          of: "2025-05-18 09:10:00.0", with: "2026-0\(month)-18 09:10:00.0"),
        path: "report-\(month).txt")
    }
    let corpus = try Corpus.load(from: Fixtures.corpus)
    let answer = KnowledgeBase(documents: documents, corpus: corpus)
      .answer("Phiên họp lần thứ nhất của Ban Chỉ đạo diễn ra khi nào?")
    #expect(
      answer.body.hasPrefix(
        "Các báo cáo chỉ có thông tin về Phiên họp lần thứ hai Ban Chỉ đạo (17/5/2026); không có"),
      "\(answer.body)")
    #expect(answer.sources.count == 1)
  }
}
