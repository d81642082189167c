import Foundation
import Knowledge

/// The conversation in the chat: what each line typed gets back, and the last answer, which
/// `/why` and `/sources` explain.
///
/// Knows nothing of the terminal beyond its width and style, so it can be tested with strings.
/// Everything shown that comes from the input, the documents or the rule data goes through
/// ``Swift/String/terminalSafe(keepingNewlines:)`` first, so escape sequences typed, pasted or
/// written in a file are never written raw; the chat's own styling is added after, and so
/// comes through.
struct ChatSession {
  /// A question and the answer it got.
  struct Exchange {
    /// The question as typed (NFC).
    var question: String
    /// Its answer.
    var answer: Answer
  }

  /// What the chat does after a line.
  enum Reply: Equatable {
    /// Shows the text (it ends with a newline; empty for nothing) and reads the next line.
    case show(String)
    /// Shows the text and ends the session.
    case quit(String)
  }

  /// The knowledge base answering.
  let knowledge: KnowledgeBase
  /// Colour and emphasis.
  let style: TerminalStyle
  /// The last question answered, until `/reset`.
  private(set) var last: Exchange?
  /// What follow-ups build on and the readings offered, until `/reset`.
  private(set) var conversation = Conversation()

  /// The prompt readline shows.
  var prompt: String { style.prompt("› ") }

  /// Said when the session ends.
  static let goodbye = "Tạm biệt!"

  /// Creates a session with no question asked yet.
  init(knowledge: KnowledgeBase, style: TerminalStyle) {
    self.knowledge = knowledge
    self.style = style
  }

  /// What the chat says first: what it knows about, a few example questions, and how to get
  /// help and how to leave.
  func banner(width: Int) -> String {
    var about = "Trợ lý trả lời câu hỏi về báo cáo"
    let documents = knowledge.documents
    if documents.count > 1 {
      about = "Trợ lý trả lời câu hỏi về \(documents.count) báo cáo (liệt kê dưới đây)"
    } else if let meeting = knowledge.meeting {
      about += " “\(meeting.title)”" + (meeting.date.isEmpty ? "" : " (\(meeting.date))")
    }
    about += ", bằng con số chính xác kèm nguồn. Hỏi có dấu hay không dấu đều được, ví dụ:"
    var lines = [
      emphasising(
        ["Trợ lý"], in: about.terminalSafe(keepingNewlines: false).wrapped(to: width),
        with: style.strong)
    ]
    if documents.count > 1 {
      // Which reports the answers come from, newest first.
      let newestFirst = documents.sorted {
        ($0.published ?? .distantPast) > ($1.published ?? .distantPast)
      }
      for document in newestFirst {
        let line = "\(document.title) (\(document.dated))".terminalSafe(keepingNewlines: false)
        lines.insert(line.wrapped(to: width, indent: "  ▪ ", continuation: "    "), at: lines.count)
      }
    }
    for example in bannerExamples {
      let safe = example.terminalSafe(keepingNewlines: false)
      lines.append(style.accent(safe.wrapped(to: width, indent: "  • ", continuation: "    ")))
    }
    let help =
      "Gõ /help để xem các lệnh, Tab để gợi ý thuật ngữ có dấu (chu ky ⇥ → chữ ký số); "
      + "/quit hoặc Ctrl-D để thoát."
    lines.append(emphasising(["/help", "/quit"], in: help.wrapped(to: width), with: style.accent))
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// `text` with each of `words` decorated by `emphasis`; words are never split by wrapping,
  /// so this can be done after it.
  private func emphasising(_ words: [String], in text: String, with emphasis: (String) -> String)
    -> String
  {
    words.reduce(text) { $0.replacingOccurrences(of: $1, with: emphasis($1)) }
  }

  /// Up to four example questions from different kinds of question, answered from the report.
  var bannerExamples: [String] {
    var seen: Set<String> = []
    var examples: [(intent: String, question: String, count: Int)] = []
    for rule in knowledge.corpus.rules where rule.reply == nil && !rule.declines {
      guard let question = rule.examples.first else { continue }
      if let index = examples.firstIndex(where: { $0.intent == rule.intent }) {
        examples[index].count += rule.examples.count
      } else if seen.insert(question).inserted {
        examples.append((rule.intent, question, rule.examples.count))
      }
    }
    // Kinds with the most examples are what the assistant knows best; they come first.
    let best = examples.enumerated().sorted {
      ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset)
    }
    return best.prefix(4).map(\.element.question)
  }

  /// Answers a question or runs a command.
  mutating func respond(to line: String, width: Int) -> Reply {
    let line = line.precomposedStringWithCanonicalMapping
    guard !line.allSatisfy(\.isWhitespace) else { return .show("") }
    switch ChatCommand.parse(line) {
    case .command(let command)?:
      return run(command, width: width)
    case .unknown(let typed, let nearest)?:
      var text = "Không có lệnh \(typed.terminalSafe(keepingNewlines: false))."
      if let nearest { text += " Ý bạn là \(style.accent(nearest))?" }
      text += " Gõ \(style.accent("/help")) để xem các lệnh."
      return .show(style.warning(text.wrapped(to: width)) + "\n\n")
    case nil:
      let answer = knowledge.answer(line, in: &conversation)
      last = Exchange(question: line, answer: answer)
      return .show(render(answer, width: width) + "\n\n")
    }
  }

  private mutating func run(_ command: ChatCommand, width: Int) -> Reply {
    switch command {
    case .help: return .show(help(width: width) + "\n")
    case .topics: return .show(topics(width: width) + "\n")
    case .examples: return .show(examples(width: width) + "\n")
    case .why: return .show(why(width: width) + "\n\n")
    case .sources: return .show(sources(width: width) + "\n\n")
    case .reset:
      last = nil
      conversation.reset()
      return .show("Đã quên câu hỏi và câu trả lời vừa rồi; ta bắt đầu lại.\n\n")
    case .quit, .exit: return .quit(Self.goodbye + "\n")
    }
  }

  /// The answer's text, wrapped, with its source lines set apart.
  func render(_ answer: Answer, width: Int) -> String {
    let text = answer.text.terminalSafe(keepingNewlines: true)
    let body = answer.body.terminalSafe(keepingNewlines: true)
    var lines = text.hasPrefix(body) ? [body.wrapped(to: width)] : [text.wrapped(to: width)]
    if let note = answer.resolvedNote {
      lines.insert(style.faint(note.terminalSafe(keepingNewlines: false).wrapped(to: width)), at: 0)
    }
    if text.hasPrefix(body) {
      for source in text.dropFirst(body.count).split(separator: "\n") {
        lines.append(style.faint(String(source).wrapped(to: width, continuation: "  ")))
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension ChatSession {
  /// `/help`: the commands and the keys.
  func help(width: Int) -> String {
    let entries: [(String, String)] = ChatCommand.allCases.filter { $0 != .exit }.map {
      ($0 == .quit ? "/quit, /exit" : $0.typed, $0.summary)
    }
    let keys = [
      ("Tab", "gợi ý lệnh và thuật ngữ, thêm dấu: chu ky ⇥ → chữ ký số"),
      ("↑ ↓", "những câu đã gõ, cả ở các lần trước"),
      ("Ctrl-R", "tìm trong những câu đã gõ"),
      ("Ctrl-C", "bỏ dòng đang gõ"),
      ("Ctrl-Z", "tạm dừng; gõ fg để tiếp tục"),
      ("Ctrl-D", "thoát (trên dòng trống)"),
    ]
    let nameWidth = (entries + keys).map(\.0.columns).max() ?? 0
    func table(_ rows: [(String, String)]) -> [String] {
      rows.map { name, summary in
        let padding = String(repeating: " ", count: nameWidth - name.columns + 2)
        let indent = String(repeating: " ", count: nameWidth + 4)
        let line = summary.wrapped(to: width, indent: "  " + name + padding, continuation: indent)
        return "  " + style.accent(name) + line.dropFirst(2 + name.count)
      }
    }
    return
      ([style.strong("Lệnh") + " (gõ /lệnh hoặc :lệnh):"] + table(entries)
      + [style.strong("Phím:")] + table(keys)
      + [
        "Còn lại là câu hỏi, có dấu hay không dấu, viết tắt (TTHC, TMĐT) đều được."
          .wrapped(to: width)
      ]).joined(separator: "\n") + "\n"
  }

  /// `/topics`: what the assistant can answer, grouped.
  ///
  /// The items name the documents' titles, so each is made terminal-safe before the headings'
  /// emphasis is added, never the whole text after it.
  func topics(width: Int) -> String {
    var lines = [style.strong("Tôi trả lời được về:")]
    for (group, items) in knowledge.topics where !items.isEmpty {
      lines.append(style.strong(group.terminalSafe(keepingNewlines: false)))
      for item in items {
        let safe = item.terminalSafe(keepingNewlines: false)
        lines.append(safe.wrapped(to: width, indent: "  • ", continuation: "    "))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `/examples`: an example question for each kind of question.
  func examples(width: Int) -> String {
    var lines = [style.strong("Câu hỏi ví dụ:")]
    for example in knowledge.examples {
      let safe = example.terminalSafe(keepingNewlines: false)
      lines.append(style.accent(safe.wrapped(to: width, indent: "  • ", continuation: "    ")))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `/why`: how the last question was read and answered.
  func why(width: Int) -> String {
    guard let last else { return "Chưa có câu trả lời nào để giải thích: hãy hỏi một câu trước." }
    let answer = last.answer
    // A follow-up is explained as the whole question it was read as.
    let interpretation = knowledge.interpret(answer.resolved ?? last.question)
    var rows: [(String, String)] = [("Câu hỏi", last.question)]
    if let resolved = answer.resolved { rows.append(("Hiểu là", resolved)) }
    rows.append(("Đã chuẩn hoá", interpretation.question.normalized))
    let abbreviations = interpretation.question.abbreviations
    if !abbreviations.isEmpty {
      rows.append(
        ("Viết tắt", abbreviations.map { "\($0.short) = \($0.expansion)" }.joined(separator: "; ")))
    }
    rows.append(("Ý định", answer.intent + (answer.answered ? "" : " (không trả lời được)")))
    if !answer.slots.isEmpty {
      rows.append(
        (
          "Tham số",
          answer.slots.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(
            separator: "; ")
        ))
    }
    if let id = answer.rule {
      let rule = knowledge.corpus.rules.first { $0.id == id }
      let place = rule.map { " (\($0.file)\($0.line.map { ":\($0)" } ?? ""))" } ?? ""
      rows.append(("Quy tắc", id + place))
    } else {
      rows.append(("Quy tắc", "không quy tắc nào khớp"))
    }
    rows.append(
      (
        "Điểm",
        "\(Self.decimal(interpretation.score)) (độ tin cậy \(Self.decimal(answer.confidence)))"
      ))
    for id in answer.facts {
      rows.append(("Dữ kiện", describeFact(id)))
    }
    for source in answer.sources {
      // A no-break space keeps the paragraph's number with its word.
      rows.append(("Nguồn", "\(source.document), đoạn\u{A0}\(source.paragraph): “\(source.quote)”"))
    }
    let labelWidth = rows.map(\.0.columns).max() ?? 0
    let indent = String(repeating: " ", count: labelWidth + 2)
    return rows.map { label, value in
      let padding = String(repeating: " ", count: labelWidth - label.columns + 2)
      let line = value.terminalSafe(keepingNewlines: false)
        .wrapped(to: width, indent: label + padding, continuation: indent)
      return style.strong(label) + line.dropFirst(label.count)
    }.joined(separator: "\n")
  }

  /// `/sources`: the whole paragraphs the last answer quotes.
  func sources(width: Int) -> String {
    guard let last else { return "Chưa có câu trả lời nào: hãy hỏi một câu trước." }
    var seen: Set<String> = []
    var blocks: [String] = []
    for source in last.answer.sources
    where seen.insert("\(source.document)#\(source.paragraph)").inserted {
      let place = "\(source.document), đoạn \(source.paragraph):"
      let heading = style.strong(place.terminalSafe(keepingNewlines: false).wrapped(to: width))
      let text = knowledge.paragraph(of: source) ?? source.quote
      blocks.append(
        heading + "\n"
          + text.terminalSafe(keepingNewlines: true).wrapped(
            to: width, indent: "  ", continuation: "  "))
    }
    guard !blocks.isEmpty else { return "Câu trả lời vừa rồi không trích đoạn nào của báo cáo." }
    return blocks.joined(separator: "\n\n")
  }

  private func describeFact(_ id: String) -> String {
    guard let fact = knowledge.facts.first(where: { $0.id == id }) else { return id }
    guard let statistic = fact.statistic else { return "\(id) (\(fact.kind.rawValue))" }
    var figure = [statistic.qualifier, statistic.valueText].compactMap { $0 }.joined(separator: " ")
    if !statistic.unit.isEmpty { figure += statistic.unit == "%" ? "%" : " " + statistic.unit }
    let measure = statistic.measure == .level ? nil : statistic.measure.rawValue
    let context = [statistic.scope, statistic.period?.vietnamese, measure].compactMap { $0 }
      .joined(separator: ", ")
    return "\(id): \(statistic.subject) \(figure) (\(context))"
  }

  /// A number with at most two decimals, written the Vietnamese way (`3,25`).
  private static func decimal(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    return text.replacingOccurrences(of: ".", with: ",")
  }
}
