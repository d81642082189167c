/// A report: a title, a publication time and one paragraph a line.
public struct Document: Sendable, Hashable {
  /// The file name without extension (`000_fadd476ff727cb34`).
  public let id: String
  /// The title line.
  public let title: String
  /// The publication day, from the date line.
  public let published: Day?
  /// The date line as written (`2025-05-18 09:10:00.0`).
  public let publishedText: String
  /// The body, one paragraph a line, photo captions included and marked.
  public let paragraphs: [Paragraph]
  /// What the reader noticed but could work around (a missing date line), with file and line.
  public var warnings: [String] = []

  /// The date the document is known by: its publication day, else the year-month it gives.
  public var dated: String { published?.description ?? Self.undated }
  /// What stands for the date of a report that gives none.
  public static let undated = "không rõ ngày"
}

/// One line of a document body.
public struct Paragraph: Sendable, Hashable {
  /// The paragraph number, counting from 1 at the line after the date line.
  public let number: Int
  /// The text as written.
  public let text: String
  /// What the line is; only text lines hold statements.
  public let kind: Kind
  /// Whether the line is a photo caption.
  public var isCaption: Bool { kind == .caption }

  /// What a line of the body is.
  public enum Kind: String, Sendable, Hashable {
    /// Sentences: what facts are extracted from.
    case text
    /// A photo caption (short, no closing punctuation, or a photo credit).
    case caption
    /// A sub-heading (`I. Kết quả nổi bật`).
    case heading
  }
  /// The sentences of the paragraph; empty for captions.
  public let sentences: [Sentence]
}

/// A sentence and its clauses (split at `;`).
public struct Sentence: Sendable, Hashable {
  /// The sentence as written.
  public let text: String
  /// The clauses, as written.
  public let clauses: [String]
}
