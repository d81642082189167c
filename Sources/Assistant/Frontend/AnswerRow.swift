import Knowledge

/// One output row: a question as it was given, with its answer, in either output format.
struct AnswerRow {
  /// The id the input line carried, if it had one.
  var id: QuestionID?
  /// The question exactly as given, echoed in the row.
  var question: String
  /// The knowledge base's answer.
  var answer: Answer
  /// The whole question, for one too long to hold in memory: `question` is then its start, and
  /// the row echoes this instead.
  var echo: SpooledText?

  /// The row in the format asked for, ending with a newline.
  func rendered(as format: OutputFormat) -> String {
    switch format {
    case .text: return transcript
    case .jsonl: return jsonLine
    }
  }

  /// The row in the format asked for, ready to write, with the echo copied from its spool when the
  /// question was too long to hold: the same bytes as ``rendered(as:)`` of the whole question.
  func prepared(as format: OutputFormat) -> RenderedRow {
    guard let echo else { return RenderedRow(text: rendered(as: format)) }
    switch format {
    case .text:
      return RenderedRow(
        head: "? ", echo: echo, escaping: .terminal, tail: "\n" + replyText + "\n")
    case .jsonl:
      // A compact object is `{`, its members joined by `,`, then `}`: the members before the
      // question and those after are written as objects of their own, less a brace each.
      let before = id.map { [(key: "id", value: $0.json)] } ?? []
      let after = Array(jsonMembers.drop { $0.key != "question" }.dropFirst())
      let head =
        String(JSONValue.object(before).serialized.dropLast()) + (before.isEmpty ? "" : ",")
      return RenderedRow(
        head: head + #""question":""#, echo: echo, escaping: .json,
        tail: #"","# + String(JSONValue.object(after).serialized.dropFirst()) + "\n")
    }
  }

  /// `? question`, the answer, then a blank line: a batch as a readable transcript.
  var transcript: String {
    "? " + question.terminalSafe(keepingNewlines: false) + "\n" + replyText + "\n"
  }

  /// The answer text alone, safe to print on a terminal, ending with one newline.
  var replyText: String {
    var text = answer.text.terminalSafe(keepingNewlines: true)
    if let note = answer.resolvedNote {
      text = note.terminalSafe(keepingNewlines: false) + "\n" + text
    }
    while text.last == "\n" { text.removeLast() }
    return text + "\n"
  }

  /// The contract's JSON row on one line, ending with a newline.
  var jsonLine: String {
    json.serialized + "\n"
  }

  /// The contract's row: `{"id"?, "question", "answered", "answer", "intent", "confidence",
  /// "slots", "facts", "sources"}`, then `"rule"` when one matched, `"resolved"` for a follow-up,
  /// `"alternatives"` when the question could be read several ways and `"computed"` for the
  /// numbers the answer computed.
  var json: JSONValue {
    .object(jsonMembers)
  }

  /// The members of ``json``, in order.
  private var jsonMembers: [(key: String, value: JSONValue)] {
    var members: [(key: String, value: JSONValue)] = []
    if let id { members.append(("id", id.json)) }
    members += [
      ("question", .string(question)),
      ("answered", .bool(answer.answered)),
      ("answer", .string(answer.text)),
      ("intent", .string(answer.intent)),
      ("confidence", .number(answer.confidence)),
      ("slots", slots),
      ("facts", .array(answer.facts.map { .string($0) })),
      ("sources", .array(answer.sources.map(Self.json(for:)))),
    ]
    if let rule = answer.rule { members.append(("rule", .string(rule))) }
    // In a conversation: what a follow-up was read as, and the readings offered to choose from.
    if let resolved = answer.resolved { members.append(("resolved", .string(resolved))) }
    if !answer.alternatives.isEmpty {
      members.append(
        (
          "alternatives",
          .array(
            answer.alternatives.map { reading in
              .object([
                ("number", .integer(reading.number)), ("label", .string(reading.label)),
                ("question", .string(reading.question)),
              ])
            })
        ))
    }
    if !answer.computed.isEmpty {
      members.append(("computed", .array(answer.computed.map { .string($0) })))
    }
    return members
  }

  /// The slots sorted by name, so equal answers give equal rows.
  private var slots: JSONValue {
    .object(answer.slots.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
  }

  private static func json(for source: Source) -> JSONValue {
    .object([
      ("document", .string(source.document)),
      ("paragraph", .integer(source.paragraph)),
      ("quote", .string(source.quote)),
    ])
  }
}

extension Answer {
  /// For a follow-up, the line saying what it was read as: `(Hiểu câu hỏi là: “…”.)`.
  var resolvedNote: String? {
    resolved.map { "(Hiểu câu hỏi là: “\($0)”.)" }
  }
}
