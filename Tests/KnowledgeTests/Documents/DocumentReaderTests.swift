import BuiltInKnowledge
import Foundation
import Knowledge
import Testing

/// Reading documents in the seed's format: title, date line, one paragraph a line.
@Suite struct DocumentReaderTests {
  static let sample = [
    "Phiên họp thử nghiệm",
    "2025-05-18 09:10:00.0",
    "Ngày 17/5, tại Hà Nội, Thủ tướng chủ trì phiên họp. Phiên họp bàn về chuyển đổi số.",
    "Các đại biểu tham dự tại điểm cầu",
    "",
    "Tỷ lệ đạt 50,4%; các địa phương đạt 50,6%.",
  ].joined(separator: "\n")

  @Test func readsTitleDateAndParagraphs() throws {
    let document = try DocumentReader.read(Self.sample, path: "reports/001_sample.txt")
    #expect(document.id == "001_sample")
    #expect(document.title == "Phiên họp thử nghiệm")
    #expect(document.published == Day(year: 2025, month: 5, day: 18))
    #expect(document.publishedText == "2025-05-18 09:10:00.0")
    // Blank lines are skipped but still counted, so numbers match the lines of the file.
    #expect(document.paragraphs.map(\.number) == [1, 2, 4])
    #expect(
      document.paragraphs.map(\.text) == [
        "Ngày 17/5, tại Hà Nội, Thủ tướng chủ trì phiên họp. Phiên họp bàn về chuyển đổi số.",
        "Các đại biểu tham dự tại điểm cầu",
        "Tỷ lệ đạt 50,4%; các địa phương đạt 50,6%.",
      ])
    #expect(document.paragraphs[0].sentences.count == 2)
    #expect(document.paragraphs[2].sentences.first?.clauses.count == 2)
  }

  @Test func detectsPhotoCaptions() throws {
    let document = try DocumentReader.read(Self.sample, path: "sample.txt")
    #expect(document.paragraphs.map(\.isCaption) == [false, true, false])
    #expect(document.paragraphs[1].sentences.isEmpty)
  }

  @Test(arguments: [
    ("Thủ tướng Chỉnh phủ Phạm Minh Chính phát biểu chỉ đạo tại phiên họp", true),
    ("Thủ tướng phát biểu.", false),
    ("Các nhiệm vụ trọng tâm:", false),
    ("Báo cáo nêu (số liệu quý I)", false),
    (String(repeating: "rất dài không có dấu chấm ", count: 8), false),
  ])
  func aCaptionIsShortAndHasNoClosingPunctuation(_ line: String, _ isCaption: Bool) throws {
    let text = "Tiêu đề\n2025-05-18\nĐoạn thân bài.\n" + line
    let document = try DocumentReader.read(text, path: "x.txt")
    #expect(document.paragraphs.last?.isCaption == isCaption)
  }

  @Test(arguments: [
    ("Thủ tướng Chỉnh phủ Phạm Minh Chính phát biểu chỉ đạo tại phiên họp", Paragraph.Kind.caption),
    ("Ảnh: VGP/Nhật Bắc", .caption),
    ("I. Kết quả nổi bật", .heading),
    ("KẾT QUẢ NỔI BẬT", .heading),
    ("Các nhiệm vụ trọng tâm:", .heading),
    ("Thủ tướng phát biểu.", .text),
    ("Hộ kinh doanh xuất hóa đơn điện tử từ máy tính tiền ẢNH: THANH HUYỀN", .caption),
    ("Thủ tướng phát biểu tại phiên họp (ảnh: VGP)", .caption),
    ("Cả nước đã cắt giảm bản sao giấy tờ cho người dân.", .text),
  ])
  func tellsCaptionsHeadingsAndText(_ line: String, _ kind: Paragraph.Kind) throws {
    let document = try DocumentReader.read(
      "Tiêu đề\n2025-05-18\nĐoạn thân bài.\n" + line, path: "x.txt")
    #expect(document.paragraphs.last?.kind == kind)
    #expect(document.paragraphs.last?.sentences.isEmpty == (kind != .text))
  }

  @Test func toleratesWindowsLineEndings() throws {
    let windows = try DocumentReader.read(
      Self.sample.replacingOccurrences(of: "\n", with: "\r\n"), path: "sample.txt")
    let unix = try DocumentReader.read(Self.sample, path: "sample.txt")
    #expect(windows == unix)
  }

  @Test func toleratesAByteOrderMark() throws {
    let marked = try DocumentReader.read("\u{FEFF}" + Self.sample, path: "sample.txt")
    #expect(marked.title.unicodeScalars.first == "P")
    #expect(marked == (try DocumentReader.read(Self.sample, path: "sample.txt")))
  }

  @Test func normalisesDecomposedTextToNFC() throws {
    let document = try DocumentReader.read(
      Self.sample.decomposedStringWithCanonicalMapping, path: "sample.txt")
    #expect(
      document.title.unicodeScalars.map(\.value)
        == "Phiên họp thử nghiệm".precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value))
  }

  /// The error a document text raises, with its description.
  static func failure(_ text: String, path: String) -> KnowledgeError? {
    do {
      _ = try DocumentReader.read(text, path: path)
      return nil
    } catch let error as KnowledgeError {
      return error
    } catch {
      Issue.record("unexpected error \(error)")
      return nil
    }
  }

  @Test(arguments: [
    ("\n2025-05-18\nĐoạn một.", 1),
    ("Tiêu đề", 2),
    ("Tiêu đề\n2025-05-18\n", 3),
    ("Tiêu đề\n2025-05-18\n\n\n", 3),
    ("Tiêu đề\n2025-05-18\nChỉ có chú thích ảnh", 3),
  ])
  func malformedDocumentsNameTheFileAndLine(_ text: String, _ line: Int) throws {
    let error = try #require(Self.failure(text, path: "seeds/broken.txt"))
    guard case .malformedDocument(let path, let reported, _) = error else {
      Issue.record("expected malformedDocument, got \(error)")
      return
    }
    #expect(path == "seeds/broken.txt")
    #expect(reported == line)
    #expect(error.description.hasPrefix("seeds/broken.txt:\(line): "))
  }

  @Test func aDocumentWithoutBodyIsReportedAsSuch() throws {
    let error = try #require(Self.failure("Tiêu đề\n2025-05-18\nẢnh minh họa", path: "a.txt"))
    #expect(error.description == "a.txt:3: the document has no body")
  }

  // A missing date line is tolerated: the body starts on line 2, the date is taken from the text,
  // and a warning names the file and line.
  @Test func aMissingDateLineIsAWarningAndTheDateComesFromTheText() throws {
    let document = try DocumentReader.read(
      "Tiêu đề\nNgày 9/1/2025, Chính phủ ban hành nghị quyết.\nĐoạn hai.", path: "a.txt")
    #expect(document.published == Day(year: 2025, month: 1, day: 9))
    #expect(document.publishedText == "")
    #expect(document.paragraphs.map(\.number) == [1, 2])
    #expect(document.paragraphs.first?.text == "Ngày 9/1/2025, Chính phủ ban hành nghị quyết.")
    #expect(document.warnings.count == 1)
    #expect(document.warnings.first?.hasPrefix("a.txt:2: ") == true)
  }

  @Test func aMissingDateLineWithNoDateInTheTextLeavesTheDocumentUndated() throws {
    let document = try DocumentReader.read("Tiêu đề\nĐoạn một có câu.\nĐoạn hai.", path: "a.txt")
    #expect(document.published == nil)
    #expect(document.warnings.first?.hasPrefix("a.txt:2: ") == true)
  }

  @Test(arguments: [
    ("2025-05-18 09:10:00.0", Day(year: 2025, month: 5, day: 18)),
    ("2025-05-18", Day(year: 2025, month: 5, day: 18)),
    ("18/5/2025", Day(year: 2025, month: 5, day: 18)),
    ("2025-09", Day(year: 2025, month: 9, day: 1)),
  ])
  func readsTheDateLineInItsUsualForms(_ line: String, _ day: Day) throws {
    let document = try DocumentReader.read("Tiêu đề\n\(line)\nĐoạn một.", path: "a.txt")
    #expect(document.published == day)
    #expect(document.warnings.isEmpty)
    #expect(document.paragraphs.map(\.text) == ["Đoạn một."])
  }

  @Test func aMissingFileIsReported() {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "no-such-\(UUID().uuidString).txt")
    #expect(throws: KnowledgeError.missingFile(path: url.path)) {
      try DocumentReader.read(contentsOf: url)
    }
  }

  @Test func aFileThatIsNotUTF8IsReported() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "latin1-\(UUID().uuidString).txt")
    try Data([0x54, 0x69, 0x65, 0x75, 0x0A, 0x32, 0x30, 0x0A, 0x54, 0x69, 0xEA, 0x75]).write(
      to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(
      throws: KnowledgeError.malformedDocument(path: url.path, line: 3, message: "not valid UTF-8")
    ) {
      try DocumentReader.read(contentsOf: url)
    }
  }

  static let seedURL = Fixtures.root.appendingPathComponent("seeds/000_fadd476ff727cb34.txt")

  @Test func embeddedSeedIsTheSeedFile() throws {
    let embedded = try DocumentReader.embeddedSeeds()
    let file = try DocumentReader.read(contentsOf: Self.seedURL)
    #expect(embedded == [file])
    // Equality of strings ignores the normal form: compare the stored text scalar by scalar too.
    let scalars = { (document: Document) in
      document.paragraphs.map { Array($0.text.unicodeScalars) }
    }
    #expect(embedded.map(scalars) == [scalars(file)])
  }

  @Test func readsTheSeed() throws {
    let seed = try DocumentReader.read(contentsOf: Self.seedURL)
    #expect(seed.id == "000_fadd476ff727cb34")
    #expect(seed.title.hasPrefix("Phiên họp lần thứ hai Ban Chỉ đạo của Chính phủ"))
    #expect(seed.published == Day(year: 2025, month: 5, day: 18))
    #expect(seed.paragraphs.map(\.number) == Array(1...12))
    #expect(seed.paragraphs.filter(\.isCaption).map(\.number) == [2, 10])
    #expect(seed.paragraphs[4].text.contains("tháng 4 đạt 50,4%"))
    #expect(seed.paragraphs[4].sentences.count == 5)
  }
}
