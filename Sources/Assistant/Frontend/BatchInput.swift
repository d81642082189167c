import Foundation
import Knowledge

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One source of batch questions, a file or standard input, read one line at a time.
///
/// A line is decoded as UTF-8, invalid bytes becoming U+FFFD, after dropping a byte-order mark
/// at the start of the input and a `\r` at the end of the line. Blank lines and lines starting
/// with `#` are skipped; a line starting with `{` is a JSON object `{"id": ..., "question": ...}`;
/// any other line is a question as written.
///
/// A line longer than 1 MiB is not held in memory: it is spooled to a temporary file for its
/// echo, and its question is its first characters, as many as the knowledge base reads. A JSON
/// line that long is malformed: a question object is never that big.
struct BatchInput {
  /// The path that stands for standard input.
  static let standardInputPath = "-"

  private let reader: LineReader
  private var lineNumber = 0
  /// Whether the input is a regular file, all there to be read.
  ///
  /// Then questions may be read ahead and answered together. A pipe or a terminal may be a
  /// person or a program waiting for each answer before it writes the next question.
  let isRegularFile: Bool

  private init(reader: LineReader, descriptor: Int32) {
    self.reader = reader
    var status = stat()
    isRegularFile = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  /// Opens `path`, or standard input for `-`.
  ///
  /// - Throws: ``AssistantError/cannotOpen(path:reason:)`` for a missing, unreadable or folder path.
  static func open(_ path: String) throws -> BatchInput {
    if path == standardInputPath {
      return BatchInput(
        reader: LineReader(name: "<stdin>", fileDescriptor: STDIN_FILENO, closesOnDeinit: false),
        descriptor: STDIN_FILENO)
    }
    let descriptor = try openForReading(path)
    return BatchInput(
      reader: LineReader(name: path, fileDescriptor: descriptor, closesOnDeinit: true),
      descriptor: descriptor)
  }

  /// Checks that `path` can be opened for reading, so a batch fails before answering anything.
  static func checkReadable(_ path: String) throws {
    guard path != standardInputPath else { return }
    close(try openForReading(path))
  }

  private static func openForReading(_ path: String) throws -> Int32 {
    let descriptor = openReadOnly(path)
    guard descriptor >= 0 else {
      throw AssistantError.cannotOpen(path: path, reason: AssistantError.reason(errno: errno))
    }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw AssistantError.cannotOpen(path: path, reason: AssistantError.reason(errno: EISDIR))
    }
    return descriptor
  }

  /// The next question or malformed line, skipping blank and comment lines; nil at the end.
  mutating func next() throws -> BatchLine? {
    while let line = try reader.nextLine() {
      lineNumber += 1
      switch line {
      case .whole(var bytes):
        if lineNumber == 1, bytes.starts(with: Self.byteOrderMark) {
          bytes.removeFirst(Self.byteOrderMark.count)
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let text = String(decoding: bytes, as: UTF8.self)
        if let line = Self.parse(text, path: reader.name, lineNumber: lineNumber) { return line }
      case .spooled(var prefix, var whole):
        if lineNumber == 1, prefix.starts(with: Self.byteOrderMark) {
          prefix.removeFirst(Self.byteOrderMark.count)
          whole.bytes = (whole.bytes.lowerBound + Self.byteOrderMark.count)..<whole.bytes.upperBound
        }
        // The prefix is shorter than the line, so its last byte is never the line's `\r`.
        if try whole.lastByte() == UInt8(ascii: "\r") { whole.bytes = whole.bytes.dropLast() }
        let start = String(decoding: prefix, as: UTF8.self)
        if let line = try Self.parse(
          start, spooled: whole, path: reader.name, lineNumber: lineNumber)
        {
          return line
        }
      }
    }
    return nil
  }

  /// What a spooled line holds, given `start`, its first megabyte decoded; nil for a blank or
  /// comment line.
  ///
  /// The question is the line's first characters: one more than the knowledge base reads, so
  /// that it reads the same characters it would of the whole line.
  static func parse(
    _ start: String, spooled whole: SpooledText, path: String, lineNumber: Int
  ) throws -> BatchLine? {
    var first = start.trimmingCharacters(in: .whitespacesAndNewlines).first
    if first == nil {
      try whole.forEachPiece { piece in
        if first == nil { first = piece.trimmingCharacters(in: .whitespacesAndNewlines).first }
      }
    }
    switch first {
    case nil, "#":
      return nil
    case "{":
      return .malformed(.malformedLine(path: path, line: lineNumber, reason: longJSONLine))
    default:
      let question = String(start.prefix(KnowledgeBase.maximumQuestionLength + 1))
      return .question(BatchQuestion(id: nil, text: question, whole: whole))
    }
  }

  /// Why a JSON line of more than 1 MiB gets no row.
  static let longJSONLine =
    "the JSON line is longer than 1 MiB; write so long a question as a plain line"

  /// What one decoded line holds, or nil for a blank or comment line.
  static func parse(_ text: String, path: String, lineNumber: Int) -> BatchLine? {
    // Most lines start with a letter: a question, told from the first byte without trimming.
    if let first = text.utf8.first, first > 0x20, first < 0x80, first != UInt8(ascii: "{"),
      first != UInt8(ascii: "#")
    {
      return .question(BatchQuestion(id: nil, text: text))
    }
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
    guard trimmed.hasPrefix("{") else { return .question(BatchQuestion(id: nil, text: text)) }
    do {
      let record = try JSONDecoder().decode(QuestionRecord.self, from: Data(trimmed.utf8))
      // The id is taken as written: decoding would round a long number.
      var id: QuestionID?
      if let text = RawJSONObject(trimmed).value(forKey: "id") {
        guard let written = QuestionID(json: text) else { throw QuestionRecord.Problem.badID }
        id = written
      }
      return .question(BatchQuestion(id: id, text: record.question))
    } catch {
      let reason = (error as? QuestionRecord.Problem)?.rawValue ?? "not a valid JSON object"
      return .malformed(.malformedLine(path: path, line: lineNumber, reason: reason))
    }
  }

  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// `open(2)` for reading; a free function because ``BatchInput/open(_:)`` hides the system one.
private func openReadOnly(_ path: String) -> Int32 {
  open(path, O_RDONLY | O_CLOEXEC)
}

/// One line of batch input that is not skipped.
enum BatchLine: Equatable {
  /// A question to answer.
  case question(BatchQuestion)
  /// A line that looked like a JSON question but was not one; it gets no row.
  case malformed(AssistantError)
}

/// A question read from a batch input, with the id its JSON line carried.
struct BatchQuestion: Equatable {
  /// The JSON line's `id` as written, `null` included; nil for plain lines and JSON lines
  /// without one.
  var id: QuestionID?
  /// The question exactly as written; for a line too long to hold, its first characters.
  var text: String
  /// The whole line, for a line too long to hold in memory: what its row echoes.
  var whole: SpooledText?
}

/// The JSON form of a batch line: `{"id": ..., "question": ...}`; other keys are ignored, and
/// the id is read from the text as written (``RawJSONObject``).
private struct QuestionRecord: Decodable {
  /// Why a JSON object is not a question.
  enum Problem: String, Error {
    case noQuestion = #"the JSON object has no string "question""#
    case badID = #"the "id" must be a string, a number or null"#
  }

  var question: String

  private enum CodingKeys: String, CodingKey {
    case question
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    guard let question = try? container.decode(String.self, forKey: .question) else {
      throw Problem.noQuestion
    }
    self.question = question
  }
}
