import Foundation

/// Facts that are statements rather than figures: the event, organisation, references, directives.
extension Extractor {
  struct Found {
    var paragraph: Int
    var quote: String
    var fields: [String: String] = [:]
    var items: [String] = []
  }

  /// The meeting: its name and number (from the title), date, place, chair and his role (from the
  /// sentence that says who chaired it), the bridge point and who attended there, and the article's
  /// publication time.
  func event(in document: Document, reference: Day) -> Found? {
    guard
      let (paragraph, sentence) = document.paragraphs.lazy.flatMap({ paragraph in
        paragraph.sentences.map { (paragraph, $0.text) }
      }).first(where: { $0.1.has(", chủ trì") })
    else { return nil }
    var found = Found(paragraph: paragraph.number, quote: sentence)
    found.fields["title"] = document.title
    found.fields["published"] = document.published?.description
    let time = document.publishedText.dropFirst(11).prefix(5)
    if time.count == 5 { found.fields["published_time"] = String(time) }
    let lead = sentence[..<sentence.range(of: ", chủ trì")!.lowerBound]
    found.fields["meeting"] = sentence[sentence.range(of: ", chủ trì")!.upperBound...]
      .trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    let ordinalSource = VietnameseText.words(document.title + " " + (found.fields["meeting"] ?? ""))
      .map(\.fold)
    if let position = ordinalSource.indices.first(where: {
      $0 + 2 < ordinalSource.count && ["lan", "hop"].contains(ordinalSource[$0])
        && ordinalSource[$0 + 1] == "thu"
    }) {
      let ordinals = [
        "nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
        "muoi": 10,
      ]
      if let number = ordinals[ordinalSource[position + 2]] ?? Int(ordinalSource[position + 2]) {
        found.fields["number"] = String(number)
      }
    }
    var parts = lead.components(separatedBy: ", ")
    if let first = parts.first {
      let words = VietnameseText.words(first)
      // `Ngày 17/5`, `Chiều 19/8`, `Sáng ngày 2/6`.
      if ["ngay", "sang", "chieu", "toi", "trua"].contains(words.first?.fold ?? ""),
        let date = words.prefix(3).first(where: { $0.text.contains("/") }),
        let day = PeriodReader.day(date.text, reference: reference)
      {
        found.fields["date"] = day.description
        parts.removeFirst()
      }
    }
    if let place = parts.first, place.hasPrefix("tại ") {
      found.fields["place"] = String(place.dropFirst(4))
      parts.removeFirst()
    }
    if let chair = parts.first {
      found.fields["chair"] = chair
      let words = chair.split(separator: " ")
      let name = words.reversed().prefix { $0.first?.isUppercase == true }.reversed()
      found.fields["chair_name"] = name.joined(separator: " ")
      found.fields["chair_title"] = words.dropLast(name.count).joined(separator: " ")
      found.fields["chair_role"] = parts.dropFirst().joined(separator: ", ")
    }
    // The bridge point: `Tham dự tại điểm cầu X có A; đại diện B, C.`
    for paragraph in document.paragraphs where paragraph.kind == .text {
      for sentence in paragraph.sentences {
        guard let bridge = sentence.text.find("điểm cầu "),
          let has = sentence.text.find(" có ", from: bridge.upperBound)
        else { continue }
        found.fields["bridge"] = String(sentence.text[bridge.upperBound..<has.lowerBound])
        found.fields["bridge_paragraph"] = String(paragraph.number)
        found.fields["bridge_quote"] = sentence.text
        found.items = sentence.text[has.upperBound...]
          .trimmingCharacters(in: CharacterSet(charactersIn: " ."))
          .components(separatedBy: "; ")
      }
    }
    return found
  }

  /// A sentence announcing decisions (`... công bố A, cùng B`) or a merger (`... hợp nhất A, B và C`).
  func organisation(in sentence: String) -> Found? {
    var found = Found(paragraph: 0, quote: sentence)
    if let announce = sentence.find(" công bố ") {
      var announcer = String(sentence[..<announce.lowerBound])
      if let comma = announcer.range(of: ", ", options: .backwards) {
        announcer = String(announcer[comma.upperBound...])
      }
      found.fields["aspect"] = "decisions"
      found.fields["announcer"] = announcer
      var object = String(sentence[announce.upperBound...])
      if let end = object.range(of: ". ") { object = String(object[..<end.lowerBound]) }
      found.items = object.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        .components(separatedBy: ", cùng ")
      let words = VietnameseText.words(object)
      if let groups = words.indices.first(where: {
        $0 + 2 < words.count && words[$0].isNumber && words[$0 + 1].fold == "to"
          && words[$0 + 2].fold == "cong"
      }) {
        found.fields["working_groups"] = words[groups].text
      }
      return found
    }
    if let merge = sentence.find(" hợp nhất ") {
      found.fields["aspect"] = "merger"
      if let formed = sentence.find(" được ") {
        found.fields["body"] = String(sentence[..<formed.lowerBound])
      }
      let list = sentence[merge.upperBound...].trimmingCharacters(
        in: CharacterSet(charactersIn: " ."))
      var items = list.components(separatedBy: ", ")
      if let last = items.popLast() {
        // Split `A và B` only where a name starts after `và`.
        var rest = last
        while let and = rest.range(of: " và "), rest[and.upperBound...].first?.isUppercase == true {
          items.append(String(rest[..<and.lowerBound]))
          rest = String(rest[and.upperBound...])
        }
        items.append(rest)
      }
      found.items = items
      return found
    }
    return nil
  }

  /// The kinds of document a document number follows.
  static let legalReferenceKinds = [
    "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Kế hoạch", "Đề án",
  ]

  /// Document numbers: `Nghị quyết số 03/NQ-CP ngày 9/1/2025`, `57- NQ/TW`, `42/2022/NĐ-CP`.
  static let legalReference = try? NSRegularExpression(
    pattern:
      "(" + legalReferenceKinds.joined(separator: "|") + ")"
      + #"(?: số)?\s+(\d+)\s*(?:/(\d{4}))?\s*[-/]\s*(NQ|NĐ|QĐ|CT|TT|KH)\s*[-/]\s*(CP|TW|TTg|QH|BCT)(?:\s+ngày\s+(\d{1,2}/\d{1,2}/\d{4}))?"#
  )

  /// Document numbers such as `Nghị quyết số 03/NQ-CP ngày 9/1/2025` or `57- NQ/TW`, with their date,
  /// what the text says they do, and the passage that cites them.
  func legalReferences(in sentence: String) -> [Found] {
    // A document number has a `/` (`03/NQ-CP`, `57- NQ/TW`): no regex for sentences without one.
    // And it follows the name of its kind: no regex for sentences without one either.
    guard sentence.contains(ascii: "/"),
      Extractor.legalReferenceKinds.contains(where: { sentence.has($0) }),
      let regex = Extractor.legalReference
    else { return [] }
    let text = sentence as NSString
    let matches = regex.matches(in: sentence, range: NSRange(location: 0, length: text.length))
    guard let last = matches.last else { return [] }
    // The passage that cites them ends at the first comma after the last reference.
    let tailStart = last.range.location + last.range.length
    let comma = text.range(
      of: ",", range: NSRange(location: tailStart, length: text.length - tailStart))
    let passageEnd = comma.location == NSNotFound ? text.length : comma.location
    let passage = text.substring(to: passageEnd).trimmingCharacters(
      in: CharacterSet(charactersIn: " ."))
    return matches.enumerated().map { position, match in
      func group(_ index: Int) -> String? {
        let range = match.range(at: index)
        return range.location == NSNotFound ? nil : text.substring(with: range)
      }
      var found = Found(paragraph: 0, quote: passage)
      let number = group(2) ?? ""
      let type = group(4) ?? ""
      let issuer = group(5) ?? ""
      found.fields["name"] = group(1)
      found.fields["number"] = number
      found.fields["type"] = type
      found.fields["issuer"] = issuer
      found.fields["code"] =
        ["NQ", "NĐ", "QĐ"].contains(type) && ["TW"].contains(issuer)
        ? "\(number)-\(type)/\(issuer)"
        : "\(number)\(group(3).map { "/" + $0 } ?? "")/\(type)-\(issuer)"
      found.fields["as_written"] = group(0)
      if let date = group(6) { found.fields["date"] = date }
      // `... 03/NQ-CP ngày 9/1/2025 và ... 71/NQ-CP ngày 1/4/2025 của Chính phủ ban hành X`: what
      // follows a group of references joined by `và` says what each of them does.
      let end = match.range.location + match.range.length
      var groupEnd = end
      for next in matches.dropFirst(position + 1) {
        let between = text.substring(
          with: NSRange(location: groupEnd, length: next.range.location - groupEnd))
        guard between.trimmingCharacters(in: .whitespaces) == "và" else { break }
        groupEnd = next.range.location + next.range.length
      }
      let following = text.substring(
        with: NSRange(location: groupEnd, length: passageEnd - groupEnd)
      )
      .trimmingCharacters(in: .whitespaces)
      if following.hasPrefix("của ") { found.fields["purpose"] = following }
      return found
    }
  }

  struct Directive {
    var paragraph: Int
    var quote: String
    var text: String
    var topics: [String]
    var closing: Bool
  }

  /// The conclusions: the tasks listed after `Kết luận ...:`, one per clause, and the sentences where
  /// the chair `nhấn mạnh` (emphasised) something, each with its topics.
  func directives(in document: Document) -> [Directive] {
    var directives: [Directive] = []
    for paragraph in document.paragraphs where paragraph.kind == .text {
      let listing = paragraph.text.hasPrefix("Kết luận") && paragraph.text.contains(":")
      for (position, sentence) in paragraph.sentences.enumerated() {
        var text = sentence.text
        if listing, position == 0, let colon = text.firstIndex(of: ":") {
          text = String(text[text.index(after: colon)...])
        }
        // The plain search first: it rules out most sentences before they are read into words.
        let closing =
          text.has("nhấn mạnh")
          && VietnameseText.words(text).prefix(8).contains { $0.fold == "manh" }
        guard listing || closing else { continue }
        let pieces = closing ? [text] : SentenceSplitter.clauses(text)
        for piece in pieces {
          var item = piece.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
          guard !item.isEmpty else { continue }
          item = item.prefix(1).uppercased() + item.dropFirst()
          let topics = lexicon.topics.matches(in: words(item)).map(\.term.id)
          var unique: [String] = []
          for topic in topics where !unique.contains(topic) { unique.append(topic) }
          directives.append(
            Directive(
              paragraph: paragraph.number, quote: sentence.text, text: item, topics: unique,
              closing: closing))
        }
      }
    }
    return directives
  }
}
