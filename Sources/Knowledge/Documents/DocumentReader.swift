import Foundation

/// Reads documents in the seed's format: line 1 title, line 2 publication time, then one paragraph
/// a line.
public enum DocumentReader {
  /// The seed documents embedded in the binary.
  public static func embeddedSeeds() throws -> [Document] {
    try EmbeddedResources.files.keys.filter { $0.hasPrefix("seeds/") && $0.hasSuffix(".txt") }.sorted()
      .map { try read(EmbeddedResources.files[$0]!, path: $0) }
  }

  /// Reads a document from a file.
  public static func read(contentsOf url: URL) throws -> Document {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw KnowledgeError.missingFile(path: url.path)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw KnowledgeError.unreadableFile(path: url.path, reason: "permission denied or not a file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw KnowledgeError.unreadableFile(path: url.path, reason: "not valid UTF-8")
    }
    return try read(text, path: url.path)
  }

  /// Reads a document's text; `path` names it in errors and gives its id.
  public static func read(_ text: String, path: String) throws -> Document {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map {
      VietnameseText.nfc(String($0)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard let title = lines.first, !title.isEmpty else {
      throw KnowledgeError.malformedDocument(path: path, line: 1, message: "the first line must be the title")
    }
    let dateLine = lines.count > 1 ? lines[1] : ""
    let published = day(fromTimestamp: dateLine)
    if published == nil {
      throw KnowledgeError.malformedDocument(
        path: path, line: 2, message: "the second line must be the publication date (YYYY-MM-DD ...)")
    }
    var paragraphs: [Paragraph] = []
    for (offset, line) in lines.dropFirst(2).enumerated() where !line.isEmpty {
      let caption = isCaption(line)
      paragraphs.append(
        Paragraph(
          number: offset + 1, text: line, isCaption: caption,
          sentences: caption ? [] : SentenceSplitter.sentences(line)))
    }
    guard paragraphs.contains(where: { !$0.isCaption }) else {
      throw KnowledgeError.malformedDocument(path: path, line: 3, message: "the document has no body")
    }
    let name = (path as NSString).lastPathComponent
    let id = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    return Document(id: id, title: title, published: published, publishedText: dateLine, paragraphs: paragraphs)
  }

  /// A photo caption: a short line with no closing punctuation.
  static func isCaption(_ line: String) -> Bool {
    guard let last = line.last else { return false }
    return line.count < 160 && !".!?…:;\"”)".contains(last)
  }

  /// The day of a timestamp such as `2025-05-18 09:10:00.0` or `2025-05-18`.
  static func day(fromTimestamp text: String) -> Day? {
    let parts = text.prefix(10).split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return Day(year: year, month: month, day: day)
  }
}
