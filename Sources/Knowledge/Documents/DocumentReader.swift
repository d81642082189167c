import Foundation

/// Reads documents in the seed's format: line 1 title, line 2 publication time, then one paragraph
/// a line.
public enum DocumentReader {
  /// Reads documents from files and folders (every `.txt` in a folder, in name order).
  ///
  /// All are read before any is used: one bad file fails the whole load, so nothing is
  /// half-loaded.
  public static func read(_ paths: [URL]) throws -> [Document] {
    var files: [URL] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
        throw KnowledgeError.notFound(path: path.path)
      }
      if isDirectory.boolValue {
        let names = try manager.contentsOfDirectory(atPath: path.path).filter {
          $0.hasSuffix(".txt")
        }.sorted()
        files += names.map { path.appendingPathComponent($0) }
      } else {
        files.append(path)
      }
    }
    // Files are read and split into sentences on all the cores; an error names the first bad file.
    return try files.concurrentMap(read(contentsOf:))
  }

  /// Reads a document from a file.
  public static func read(contentsOf url: URL) throws -> Document {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw KnowledgeError.notFound(path: url.path)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw KnowledgeError.unreadableFile(path: url.path, reason: "permission denied or not a file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw KnowledgeError.malformedDocument(
        path: url.path, line: data.lineOfFirstInvalidUTF8, message: "not valid UTF-8")
    }
    return try read(text, path: url.path)
  }

  /// What a line does not start or end with: blanks, a carriage return, a no-break space, a BOM.
  static let lineEdges: EdgeCharacters = [" ", "\t", "\r", "\u{A0}", "\u{FEFF}"]

  /// Reads a document's text; `path` names it in errors and gives its id.
  public static func read(_ text: String, path: String) throws -> Document {
    var body = text
    if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
    let lines = lines(of: body).map { VietnameseText.nfc(String($0)).trimmed(lineEdges) }
    guard let title = lines.first, !title.isEmpty else {
      throw KnowledgeError.malformedDocument(
        path: path, line: 1, message: "the first line must be the title")
    }
    var warnings: [String] = []
    var dateLine = lines.count > 1 ? lines[1] : ""
    var published = day(fromDateLine: dateLine)
    var bodyStart = 2
    if published == nil {
      // No date line: the second line is already the body; take the date from the text.
      bodyStart = 1
      dateLine = ""
      published = firstDay(in: lines.dropFirst().joined(separator: " "))
      warnings.append(
        published.map { "\(path):2: no date line; dated \($0) from the text" }
          ?? "\(path):2: no date line, and the text gives no date")
    }
    var paragraphs: [Paragraph] = []
    for (offset, line) in lines.enumerated().dropFirst(bodyStart) where !line.isEmpty {
      let kind = kind(of: line)
      paragraphs.append(
        Paragraph(
          number: offset - bodyStart + 1, text: line, kind: kind,
          sentences: kind == .text ? SentenceSplitter.sentences(line) : []))
    }
    guard paragraphs.contains(where: { $0.kind == .text }) else {
      throw KnowledgeError.malformedDocument(
        path: path, line: bodyStart + 1, message: "the document has no body")
    }
    let name = (path as NSString).lastPathComponent
    let id = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    return Document(
      id: id, title: title, published: published, publishedText: dateLine, paragraphs: paragraphs,
      warnings: warnings)
  }

  /// The lines of a text, split at every line break `Character.isNewline` knows.
  ///
  /// The breaks are `\n`, `\r\n`, `\r`, VT, FF, NEL, LS and PS, as
  /// `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` gives them. They are
  /// found by their bytes: a line break is always a character of its own, and reading the text
  /// character by character costs grapheme breaking.
  static func lines(of text: String) -> [Substring] {
    var text = text
    text.makeContiguousUTF8()
    // Byte offsets of the lines, then the lines as slices of the text.
    var ranges: [Range<Int>] = []
    text.withUTF8 { bytes in
      var start = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        var length = 0
        // Most bytes are neither a line break nor the first byte of one.
        if byte <= 0x0D || byte == 0xC2 || byte == 0xE2 {
          let second = index + 1 < bytes.count ? bytes[index + 1] : 0
          let third = index + 2 < bytes.count ? bytes[index + 2] : 0
          switch byte {
          case 0x0A, 0x0B, 0x0C: length = 1
          case 0x0D: length = second == 0x0A ? 2 : 1
          case 0xC2: length = second == 0x85 ? 2 : 0
          case 0xE2: length = second == 0x80 && (third == 0xA8 || third == 0xA9) ? 3 : 0
          default: break
          }
        }
        if length == 0 {
          index += 1
        } else {
          ranges.append(start..<index)
          index += length
          start = index
        }
      }
      ranges.append(start..<bytes.count)
    }
    let utf8 = text.utf8
    return ranges.map { range in
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return text[start..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }
  }

  /// The word photo captions and credits are marked with, in capitals: `ẢNH: TTXVN`,
  /// `(Ảnh: …)`, `… (Ảnh)`.
  ///
  /// Documents are read before any lexicon is, so this one word of the language stays in code.
  static let photo = "ẢNH"
  /// The marks of a caption, made once from ``photo``: a label, a credit in parentheses, and a
  /// closing `(ẢNH)`.
  static let photoLabel = photo + ":"
  static let photoStart = photo + " "
  static let photoCredit = "(" + photo + ":"
  static let photoEnd = "(" + photo + ")"

  /// What a line is: a photo caption (short, no closing punctuation, or a photo credit), a
  /// sub-heading (short, numbered or in capitals, no closing punctuation), or text.
  static func kind(of line: String) -> Paragraph.Kind {
    guard let last = line.last else { return .text }
    let mentionsPhoto = mentionsPhoto(line)
    let upper = mentionsPhoto ? line.uppercased() : ""
    if upper.hasPrefix(photoLabel) || upper.hasPrefix(photoStart) || upper.has(photoCredit)
      || upper.hasSuffix(photoEnd)
    {
      return .caption
    }
    // Most lines are sentences, told by their last character before their length is counted.
    guard !".!?…;\"”)".contains(last) || upper.has(photoLabel) else { return .text }
    // Under 160 characters, counted no further than that.
    guard line.utf8.count < 160 || line.dropFirst(159).isEmpty else { return .text }
    if upper.has(photoLabel) { return .caption }
    let first = line.split(separator: " ").first.map(String.init) ?? ""
    let numbered =
      first.hasSuffix(".")
      && (Int(first.dropLast()) != nil || Period.quarterNumber(String(first.dropLast())) != nil)
    // A line with a lowercase ASCII letter is not in capitals: the others are uppercased to see.
    let lowercaseASCII = line.utf8.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    let capitals =
      !lowercaseASCII && line == (mentionsPhoto ? upper : line.uppercased())
      && line.contains(where: \.isLetter)
    return numbered || capitals || last == ":" ? .heading : .caption
  }

  /// Whether a line has `ảnh` (photo) in some case, as the photo marks ``kind(of:)`` looks for
  /// have.
  ///
  /// Lines are NFC, so `ả` is one scalar; a line without the word is not uppercased to look for
  /// them (most lines are long text).
  static func mentionsPhoto(_ line: String) -> Bool {
    // `Ả` and `ả` are E1 BA A2 and E1 BA A3 in UTF-8: looked for in the bytes.
    let bytes = Array(line.utf8)
    guard bytes.count >= 5 else { return false }
    return (0...(bytes.count - 5)).contains { index in
      bytes[index] == 0xE1 && bytes[index + 1] == 0xBA
        && (bytes[index + 2] == 0xA2 || bytes[index + 2] == 0xA3)
        && (bytes[index + 3] == UInt8(ascii: "n") || bytes[index + 3] == UInt8(ascii: "N"))
        && (bytes[index + 4] == UInt8(ascii: "h") || bytes[index + 4] == UInt8(ascii: "H"))
    }
  }

  /// The day of a date line: a timestamp (`2025-05-18 09:10:00.0`), a date (`2025-05-18`,
  /// `18/5/2025`) or a year and month (`2025-09`, taken as its first day).
  static func day(fromDateLine text: String) -> Day? {
    let parts = text.prefix(10).split(separator: "-")
    if parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2].prefix(2)),
      (1...12).contains(month), (1...31).contains(day), year > 1900
    {
      return Day(year: year, month: month, day: day)
    }
    if parts.count == 2, text.count <= 7, let year = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month),
      year > 1900
    {
      return Day(year: year, month: month, day: 1)
    }
    if text.count <= 10, text.split(separator: "/").count == 3,
      let day = PeriodReader.day(text, reference: Day(year: 2000, month: 1, day: 1))
    {
      return day
    }
    return nil
  }

  /// The first full date written in a text (`20/8/2025`, `ngày 20 tháng 8 năm 2025`).
  static func firstDay(in text: String) -> Day? {
    let words = VietnameseText.words(text)
    func fullDay(at index: Int) -> Day? {
      guard index < words.count, words[index].text.split(separator: "/").count == 3 else {
        return nil
      }
      return PeriodReader.day(words[index].text, reference: Day(year: 2000, month: 1, day: 1))
    }
    for (index, word) in words.enumerated() {
      if let day = fullDay(at: index) {
        // The first day of a span (`từ ngày 15/12/2023 đến ngày 14/11/2024`) is not the report's:
        // its last is the nearer.
        if index + 1 < words.count, words[index + 1].fold == "den" {
          let next = index + 2 < words.count && words[index + 2].fold == "ngay" ? 3 : 2
          if let last = fullDay(at: index + next), last > day { return last }
        }
        return day
      }
      if word.fold == "ngay", index + 5 < words.count, words[index + 2].fold == "thang",
        words[index + 4].fold == "nam",
        let day = Int(words[index + 1].text), let month = Int(words[index + 3].text),
        let year = Int(words[index + 5].text),
        (1...31).contains(day), (1...12).contains(month)
      {
        return Day(year: year, month: month, day: day)
      }
    }
    return nil
  }
}
