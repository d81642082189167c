import Foundation
import Testing

/// `--documents PATH`: reports beside the built-in one, in every mode; warnings on standard
/// error; exit 65 naming the file, with nothing answered, when a document is bad.
@Suite struct DocumentsOptionTests {
  /// The test documents, a folder of reports in the seed's format.
  static let fixtures = Samples.packageRoot.appendingPathComponent("Tests/Fixtures/documents")
  /// A question only `001_chat_luong_phuc_vu.txt` answers.
  static let daNang = "Tỷ lệ hồ sơ trực tuyến toàn trình của Đà Nẵng tháng 6/2025 là bao nhiêu?"
  /// A report with no date line, dated from its text with a warning.
  static let undated = fixtures.appendingPathComponent("005_hoa_don_may_tinh_tien.txt").path

  @Test func aFolderOfDocumentsAnswersWhatOnlyTheyHold() throws {
    let result = try AssistantProcess.run(["ask", "--documents", Self.fixtures.path, Self.daNang])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("58,89"), "\(result)")
  }

  /// A report without a date line whose text first gives a span (`tính từ ngày 15/12/2023 đến
  /// ngày 14/11/2024`) is dated by the span's end, the nearer its own day.
  @Test func anUndatedReportIsDatedByTheEndOfASpan() throws {
    let report = Samples.packageRoot.appendingPathComponent(
      "Tests/Fixtures/reports/606_tai_nan_giao_thong_11_thang_2024.txt"
    ).path
    let result = try AssistantProcess.run(["ask", "--documents", report, "xin chào"])
    #expect(result.errorText.contains("dated 14/11/2024 from the text"), "\(result)")
  }

  @Test func withoutTheDocumentsTheQuestionIsDeclined() throws {
    let result = try AssistantProcess.run(["ask", Self.daNang])
    #expect(result.status == 1, "\(result)")
    #expect(!result.outputText.contains("58,89"), "\(result)")
    #expect(result.errorText.isEmpty)
  }

  @Test func theOptionRepeatsAndTakesFiles() throws {
    let document = Self.fixtures.appendingPathComponent("001_chat_luong_phuc_vu.txt").path
    let result = try AssistantProcess.run(
      ["ask", "--documents", document, "--documents", Self.undated, Self.daNang])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("58,89"), "\(result)")
  }

  @Test(arguments: [["batch"], [], ["chat"]])
  func pipedQuestionsAreAnsweredFromTheDocuments(command: [String]) throws {
    let result = try AssistantProcess.run(
      command + ["--documents", Self.fixtures.path], input: Self.daNang + "\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("58,89"), "\(result)")
  }

  @Test func factsListsTheDocumentsFacts() throws {
    let result = try AssistantProcess.run(["facts", "Đà Nẵng", "--documents", Self.fixtures.path])
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("001_chat_luong_phuc_vu#"), "\(result)")
    #expect(result.outputText.contains("58,89"), "\(result)")
  }

  @Test func aDocumentWithNoDateLineIsAnsweredWithOneWarningNamingIt() throws {
    let question = "Số đơn vị đăng ký hóa đơn điện tử khởi tạo từ máy tính tiền là bao nhiêu?"
    let result = try AssistantProcess.run(
      ["batch", "--documents", Self.undated], input: question + "\n" + question + "\n")
    #expect(result.status == 0, "\(result)")
    #expect(result.outputText.contains("134.560"), "\(result)")
    let warnings = result.errorText.split(separator: "\n")
    #expect(warnings.count == 1, "one warning, at load, however many questions: \(result)")
    #expect(warnings.first?.hasPrefix("warning: ") == true, "\(result)")
    #expect(warnings.first?.contains("005_hoa_don_may_tinh_tien.txt") == true, "\(result)")
  }

  /// Bad documents, each written into a fresh folder, and the name the message must contain.
  static let badDocuments: [(name: String, bytes: [UInt8])] = [
    ("latin1.txt", Array("Tiêu đề\n2025-08-20\nMột đoạn ".utf8) + [0xFF, 0xFE, 0x0A]),
    ("no_body.txt", Array("Tiêu đề của báo cáo\n2025-08-20 09:00:00.0\n\n".utf8)),
    ("empty.txt", []),
  ]

  @Test(arguments: badDocuments.map(\.name))
  func aBadDocumentExitsSixtyFiveNamingItAndAnswersNothing(name: String) throws {
    let folder = try TemporaryFolder()
    let bytes = try #require(Self.badDocuments.first { $0.name == name }).bytes
    let path = try folder.write(Data(bytes), to: name)
    for command in [["ask", Samples.answerable], ["batch"], [], ["facts"], ["eval", "-"]] {
      let result = try AssistantProcess.run(
        command + ["--documents", path], input: #"{"question": "\#(Samples.answerable)"}"# + "\n")
      #expect(result.status == 65, "\(command): \(result)")
      #expect(result.output.isEmpty, "\(command): nothing is answered: \(result)")
      #expect(result.errorText.hasPrefix("error: "), "\(command): \(result)")
      #expect(result.errorText.contains(name), "\(command): \(result)")
    }
  }

  @Test func aBadDocumentInAFolderStopsTheWholeLoad() throws {
    let folder = try TemporaryFolder()
    try FileManager.default.copyItem(
      atPath: Self.fixtures.appendingPathComponent("001_chat_luong_phuc_vu.txt").path,
      toPath: folder.url.appendingPathComponent("001_chat_luong_phuc_vu.txt").path)
    try folder.write(Data([0xC3, 0x28]), to: "002_broken.txt")
    let result = try AssistantProcess.run(["ask", "--documents", folder.url.path, Self.daNang])
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty, "\(result)")
    #expect(result.errorText.contains("002_broken.txt"), "\(result)")
  }

  @Test func aMissingPathExitsSixtyFiveNamingIt() throws {
    let folder = try TemporaryFolder()
    let missing = folder.missingPath("no-such-report.txt")
    let result = try AssistantProcess.run(["ask", "--documents", missing, Samples.answerable])
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty)
    #expect(result.errorText == "error: \(missing): no such file\n", "\(result)")
  }

  /// A loop of symbolic links is named as one, given itself or found in a folder: "no such
  /// file" would send the user looking for a file that is there.
  @Test(arguments: [false, true])
  func aLoopOfSymbolicLinksIsNamedAsSuch(inAFolder: Bool) throws {
    let folder = try TemporaryFolder()
    let reports = folder.url.appendingPathComponent("reports")
    try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
    let first = reports.appendingPathComponent("a.txt")
    let second = reports.appendingPathComponent("b.txt")
    try FileManager.default.createSymbolicLink(atPath: first.path, withDestinationPath: "b.txt")
    try FileManager.default.createSymbolicLink(atPath: second.path, withDestinationPath: "a.txt")
    let given = inAFolder ? reports.path : first.path
    let result = try AssistantProcess.run(["ask", "--documents", given, Samples.answerable])
    #expect(result.status == 65, "\(result)")
    #expect(result.output.isEmpty)
    #expect(
      result.errorText == "error: \(first.path): cannot read: too many levels of symbolic links\n",
      "\(result)")
  }

  @Test func checkReportsABadDocumentAsAnError() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(Data([0xFF]), to: "bad.txt")
    let result = try AssistantProcess.run(["check", "--documents", path])
    #expect(result.status == 65, "\(result)")
    #expect(result.outputText.contains("bad.txt"), "\(result)")
    #expect(result.outputText.hasSuffix("check: 1 error, 0 warnings\n"), "\(result)")
  }

  @Test func helpDescribesTheOption() throws {
    for command in [["ask"], ["batch"], ["chat"], ["eval"], ["facts"], ["check"], []] {
      let result = try AssistantProcess.run(command + ["--help"])
      #expect(result.status == 0, "\(command): \(result)")
      #expect(result.outputText.contains("--documents <path>"), "\(command): \(result)")
    }
  }
}
