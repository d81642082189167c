extension Responder {
  /// The meeting: the rule's `aspect` slot names the template (`date`, `place`, `chair`, ...).
  func event(_ question: Question, rule: IntentRule) -> Draft {
    // The meeting asked about: by number, relative to the latest, or else the latest.
    let events = index[.event].sorted {
      ($0.published ?? .distantPast) > ($1.published ?? .distantPast)
    }
    var chosen = events.first
    if let number = question.meetingNumber {
      chosen = events.first { $0.fields["number"] == String(number) }
    } else if question.sequence == "next" {
      chosen = nil
    } else if question.sequence == "previous" {
      chosen = events.dropFirst().first
    }
    guard let event = chosen else {
      if events.isEmpty { return Draft(text: template("missing", of: "event"), answered: false) }
      return otherMeetings(events)
    }
    let aspect = rule.slots["aspect"] ?? "overview"
    var values = event.fields
    values["attendees"] = event.items.joined(separator: "; ")
    var cited = [event]
    if aspect == "bridge", let paragraph = event.fields["bridge_paragraph"].flatMap(Int.init),
      let quote = event.fields["bridge_quote"]
    {
      cited = [
        Fact(
          id: event.id, kind: .event, document: event.document, documentTitle: event.documentTitle,
          published: event.published,
          paragraph: paragraph, quote: quote, statistic: nil, fields: [:], items: [], topics: [])
      ]
    }
    if aspect == "published" { cited = [] }
    let text = Template.fill(template(aspect, of: "event"), values)
    if text.trimmingWhitespace().isEmpty {
      // The report says nothing of this about the meeting (no bridge point, say).
      return Draft(
        text: Template.fill(template("unstated", of: "event"), values), answered: false,
        facts: [event])
    }
    if aspect == "published" {
      return Draft(
        text: text + " (" + event.documentTitle + ")", answered: true, facts: [],
        slots: ["aspect": aspect])
    }
    return Draft(text: text, answered: true, facts: cited, slots: ["aspect": aspect])
  }

  /// How many meetings an answer about a meeting the reports do not have names; the rest are
  /// counted.
  static let otherMeetingsShown = 3

  /// The meetings the reports have, for a question about one they do not: the most recent few, each
  /// once however many reports describe it, and how many more there are, so that the answer stays
  /// short (and quick) however many reports are loaded.
  ///
  /// `events` are newest first.
  private func otherMeetings(_ events: [Fact]) -> Draft {
    var shown: [(label: String, fact: Fact)] = []
    // Labels are hashed by their bytes: hashing a Vietnamese `String` normalises it first.
    var others = Set<UTF8Key>()
    for event in events {
      let label =
        "\(event.fields["meeting"] ?? event.documentTitle) (\(event.fields["date"] ?? ""))"
      guard !shown.contains(where: { $0.label == label }) else { continue }
      if shown.count < Self.otherMeetingsShown {
        shown.append((label, event))
      } else {
        others.insert(UTF8Key(label))
      }
    }
    var text = Template.fill(
      template("other", of: "event"), ["meetings": shown.map(\.label).joined(separator: "; ")])
    if !others.isEmpty {
      text +=
        " " + Template.fill(template("other_more", of: "event"), ["count": String(others.count)])
    }
    return Draft(text: text, answered: false, facts: shown.map(\.fact))
  }

  /// The reorganisation: the merger, the decisions announced and the working groups.
  func organisation(_ question: Question, rule: IntentRule) -> Draft {
    let aspect = rule.slots["aspect"] ?? "overview"
    let merger = index[.organisation].first { $0.fields["aspect"] == "merger" }
    let decisions = index[.organisation].first { $0.fields["aspect"] == "decisions" }
    var values: [String: String] = [:]
    if let merger {
      values["body"] = merger.fields["body"]
      values["merged"] = merger.items.joined(separator: "; ")
      values["merged_count"] = String(merger.items.count)
    }
    if let decisions {
      values["announcer"] = decisions.fields["announcer"]
      values["decisions"] = decisions.items.joined(separator: "; ")
      values["working_groups"] = decisions.fields["working_groups"] ?? ""
    }
    let cited: [Fact]
    switch aspect {
    case "merger": cited = [merger].compactMap { $0 }
    case "decisions", "working_groups", "announcer": cited = [decisions].compactMap { $0 }
    default: cited = [decisions, merger].compactMap { $0 }
    }
    guard !cited.isEmpty else {
      return Draft(text: template("missing", of: "organisation"), answered: false)
    }
    return Draft(
      text: Template.fill(template(aspect, of: "organisation"), values), answered: true,
      facts: cited,
      slots: ["aspect": aspect])
  }

  /// The documents cited: the ones asked by number, or all; with background where the corpus has it.
  func legal(_ question: Question) -> Draft {
    let references = index[.legalReference]
    var chosen = references
    if !question.citations.isEmpty {
      chosen = references.filter {
        question.citations.contains($0.fields["number"].map(Responder.trimZeros) ?? "")
      }
      if chosen.isEmpty {
        let listed = unique(references.compactMap { $0.fields["code"] }).joined(separator: ", ")
        return Draft(
          text: Template.fill(
            template("missing", of: "legal_reference"),
            ["asked": question.citations.joined(separator: ", "), "listed": listed]),
          answered: false, facts: [], slots: ["number": question.citations.joined(separator: ",")])
      }
    }
    // Each document once, however many reports cite it, and a long list cut short with a count:
    // a thousand reports citing one decree make one line.
    var seen = Set<String>()
    chosen = chosen.filter { reference in
      seen.insert(reference.fields["code"] ?? reference.fields["as_written"] ?? reference.quote)
        .inserted
    }
    let hidden = chosen.count - Self.legalReferencesShown
    chosen = Array(chosen.prefix(Self.legalReferencesShown))
    var lines: [String] = []
    for reference in chosen {
      var values = reference.fields
      values["quote"] = reference.quote
      values["purpose_phrase"] = reference.fields["purpose"].map { " " + $0 } ?? ""
      var line = Template.fill(template("reference", of: "legal_reference"), values)
      let number = reference.fields["number"].map(Responder.trimZeros) ?? ""
      let name =
        (reference.fields["name"] ?? template("unnamed", of: "legal_reference")) + " " + number
      if let background = corpus.background.matches(in: VietnameseText.words(name)).first,
        let text = corpus.backgroundText[background.term.id]
      {
        line += " " + Template.fill(template("background", of: "definition"), ["text": text])
      }
      lines.append(line)
    }
    if hidden > 0 {
      lines.append(
        Template.fill(template("more", of: "legal_reference"), ["count": String(hidden)]))
    }
    return Draft(
      text: lines.joined(separator: "\n"), answered: true, facts: chosen,
      slots: question.citations.isEmpty
        ? [:] : ["number": question.citations.joined(separator: ",")])
  }

  /// How many documents a list of the documents cited shows; the rest are counted.
  static let legalReferencesShown = 10

  static func trimZeros(_ number: String) -> String {
    let trimmed = number.drop { $0 == "0" }
    return trimmed.isEmpty ? number : String(trimmed)
  }

  /// How many other reports a directive answer names, with the number of directives each
  /// records; the rest are counted.
  static let otherDirectiveReportsShown = 3

  /// The Prime Minister's directives: those on the topics asked, or all of them, numbered.
  ///
  /// With several reports, the latest report's are listed; the most recent other reports that
  /// record any are named with how many they record, and the rest counted, so that an answer
  /// stays readable (and quick) however many reports are loaded.
  func directive(_ question: Question) -> Draft {
    let all = index[.directive]
    let topics = unique(question.topics.map(\.term.id))
    var chosen = all
    if !topics.isEmpty {
      // A directive's topics and the question's are few: compared one by one.
      chosen = all.filter { $0.topics.contains(where: topics.contains) }
      if chosen.isEmpty { chosen = all }
    }
    let everyTopic = topics.isEmpty || chosen.count == all.count
    // The report listed: the latest (the first loaded among equally recent ones).
    let latest = chosen.reduce(nil as Fact?) { best, fact in
      guard let best else { return fact }
      return (fact.published ?? .distantPast) > (best.published ?? .distantPast) ? fact : best
    }
    // A fact is the latest report's when it has its day and its document: the days, compared
    // first, tell most reports apart without comparing their names.
    let inLatest = { (fact: Fact) in
      fact.published == latest?.published && fact.document == latest?.document
    }
    let listed = chosen.filter(inLatest)
    let chair = (index[.event].first(where: inLatest) ?? index[.event].first)?.fields["chair"] ?? ""
    let items = listed.enumerated().map { "\($0.offset + 1). \($0.element.fields["text"] ?? "")" }
    let header = Template.fill(
      template(everyTopic ? "all" : "topic", of: "directive"),
      ["chair": chair, "topic": question.topics.map(\.term.name).first ?? ""])
    var text = header + "\n" + items.joined(separator: "\n")
    let others = otherReports(
      chosen.filter { !inLatest($0) }, shown: Self.otherDirectiveReportsShown)
    if others.total > 0, let first = listed.first {
      text += "\n" + fromReport(of: first, intent: "directive")
      for (title, date, count) in others.shown {
        text +=
          " "
          + Template.fill(
            template("other", of: "directive"),
            ["document": title, "date": date, "count": String(count)])
      }
      if others.total > others.shown.count {
        text +=
          " "
          + Template.fill(
            template("other_more", of: "directive"),
            ["count": String(others.total - others.shown.count)])
      }
    }
    var slots: [String: String] = [:]
    if !topics.isEmpty { slots["topic"] = topics.joined(separator: ",") }
    return Draft(text: text, answered: true, facts: listed, slots: slots)
  }

  /// The reports `facts` come from, each report's facts together as the index keeps them: the
  /// `shown` most recent, each with its title, date and how many facts it gives (of equally
  /// recent ones, the first loaded first), and how many reports there are in all.
  private func otherReports(_ facts: [Fact], shown: Int) -> (
    shown: [(title: String, date: String, count: Int)], total: Int
  ) {
    // Where each report starts in `facts`, and how many facts it gives: a report changes where the
    // day or the document does.
    var starts: [Int] = []
    var counts: [Int] = []
    var previous: Fact?
    for (offset, fact) in facts.enumerated() {
      if let previous, previous.published == fact.published, previous.document == fact.document {
        counts[counts.count - 1] += 1
      } else {
        starts.append(offset)
        counts.append(1)
      }
      previous = fact
    }
    let recent = Self.mostRecent(starts.map { facts[$0].published }, count: shown)
    let reports = recent.map { report in
      let first = facts[starts[report]]
      return (
        title: first.documentTitle, date: first.published?.description ?? "", count: counts[report]
      )
    }
    return (reports, starts.count)
  }

  /// A term from the background facts (marked as background), or an abbreviation's expansion.
  func definition(_ question: Question) -> Draft {
    if let term = question.terms.max(by: { $0.length < $1.length }),
      let text = corpus.backgroundText[term.term.id]
    {
      return Draft(
        text: Template.fill(template("background", of: "definition"), ["text": text]),
        answered: true,
        slots: ["term": term.term.id])
    }
    if let abbreviation = question.abbreviations.first {
      return Draft(
        text: Template.fill(
          template("abbreviation", of: "definition"),
          ["short": abbreviation.short, "expansion": abbreviation.expansion]),
        answered: true, slots: ["term": abbreviation.short])
    }
    return Draft(text: template("missing", of: "definition"), answered: false)
  }
}
