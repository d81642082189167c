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
    guard let chairing = chairingSentence(in: document) else { return nil }
    let sentence = chairing.sentence
    var found = Found(paragraph: chairing.paragraph.number, quote: sentence)
    found.fields["title"] = document.title
    found.fields["published"] = document.published?.description
    let time = document.publishedText.dropFirst(11).prefix(5)
    if time.count == 5 { found.fields["published_time"] = String(time) }
    let lead = sentence[..<chairing.marker.lowerBound]
    found.fields["meeting"] = sentence[chairing.marker.upperBound...]
      .trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    if let number = meetingNumber(in: document.title + " " + (found.fields["meeting"] ?? "")) {
      found.fields["number"] = String(number)
    }
    readLead(String(lead), into: &found, reference: reference)
    readBridge(of: document, into: &found)
    return found
  }

  /// The first sentence saying who chaired the meeting (`…, chủ trì …`), with where that is said.
  private func chairingSentence(
    in document: Document
  ) -> (paragraph: Paragraph, sentence: String, marker: Range<String.Index>)? {
    let markers = cues.chairs.map { ", " + $0 }
    for paragraph in document.paragraphs {
      for sentence in paragraph.sentences {
        if let marker = markers.lazy.compactMap({ sentence.text.find($0) }).first {
          return (paragraph, sentence.text, marker)
        }
      }
    }
    return nil
  }

  /// The meeting's number: `phiên họp thứ ba`, `lần thứ 2`.
  private func meetingNumber(in text: String) -> Int? {
    let folds = VietnameseText.words(text).map(\.fold)
    for position in folds.indices {
      for phrase in cues.meetingNumbers
      where position + phrase.count < folds.count
        && folds[position..<(position + phrase.count)].elementsEqual(phrase)
      {
        let number = folds[position + phrase.count]
        return cues.ordinals[number] ?? Int(number)
      }
    }
    return nil
  }

  /// The date, place, chair and role before `chủ trì`: `Ngày 17/5, tại X, Thủ tướng Y, Trưởng ban`.
  private func readLead(_ lead: String, into found: inout Found, reference: Day) {
    var parts = lead.components(separatedBy: ", ")
    if let first = parts.first {
      let words = VietnameseText.words(first)
      // `Ngày 17/5`, `Chiều 19/8`, `Sáng ngày 2/6`.
      if cues.timesOfDay.contains(words.first?.fold ?? ""),
        let date = words.prefix(3).first(where: { $0.text.contains("/") }),
        let day = PeriodReader.day(date.text, reference: reference)
      {
        found.fields["date"] = day.description
        parts.removeFirst()
      }
    }
    if let place = parts.first,
      let venue = cues.venues.first(where: { place.hasPrefix($0 + " ") })
    {
      found.fields["place"] = String(place.dropFirst(venue.count + 1))
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
  }

  /// The bridge point and who attended there (`Tham dự tại điểm cầu X có A; đại diện B, C.`).
  private func readBridge(of document: Document, into found: inout Found) {
    for paragraph in document.paragraphs where paragraph.kind == .text {
      for sentence in paragraph.sentences {
        guard let bridge = cues.bridges.lazy.compactMap({ sentence.text.find($0 + " ") }).first,
          let has = cues.attendees.lazy.compactMap({
            sentence.text.find(" " + $0 + " ", from: bridge.upperBound)
          }).first
        else { continue }
        found.fields["bridge"] = String(sentence.text[bridge.upperBound..<has.lowerBound])
        found.fields["bridge_paragraph"] = String(paragraph.number)
        found.fields["bridge_quote"] = sentence.text
        found.items = sentence.text[has.upperBound...]
          .trimmingCharacters(in: CharacterSet(charactersIn: " ."))
          .components(separatedBy: "; ")
      }
    }
  }

  /// A sentence announcing decisions (`... công bố A, cùng B`) or a merger (`... hợp nhất A, B và C`).
  func organisation(in sentence: String) -> Found? {
    var found = Found(paragraph: 0, quote: sentence)
    if let announce = cues.announcements.lazy.compactMap({ sentence.find(" " + $0 + " ") }).first {
      var announcer = String(sentence[..<announce.lowerBound])
      if let comma = announcer.range(of: ", ", options: .backwards) {
        announcer = String(announcer[comma.upperBound...])
      }
      found.fields["aspect"] = "decisions"
      found.fields["announcer"] = announcer
      var object = String(sentence[announce.upperBound...])
      if let end = object.range(of: ". ") { object = String(object[..<end.lowerBound]) }
      found.items = object.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        .components(separatedBy: ", " + (cues.announcedWith.first ?? "") + " ")
      let words = VietnameseText.words(object)
      let folds = words.map(\.fold)
      // A number, then the words for working groups: `5 tổ công tác`.
      func namesGroups(_ index: Int) -> Bool {
        guard words[index].isNumber else { return false }
        for phrase: [String] in cues.workingGroups where index + phrase.count < folds.count {
          if folds[(index + 1)...(index + phrase.count)].elementsEqual(phrase) { return true }
        }
        return false
      }
      if let groups = words.indices.first(where: namesGroups) {
        found.fields["working_groups"] = words[groups].text
      }
      return found
    }
    if let merge = cues.mergers.lazy.compactMap({ sentence.find(" " + $0 + " ") }).first {
      found.fields["aspect"] = "merger"
      if let formed = cues.formed.lazy.compactMap({ sentence.find(" " + $0 + " ") }).first {
        found.fields["body"] = String(sentence[..<formed.lowerBound])
      }
      let list = sentence[merge.upperBound...].trimmingCharacters(
        in: CharacterSet(charactersIn: " ."))
      found.items = mergedNames(list)
      return found
    }
    return nil
  }

  /// The bodies a merger joins: `A, B và C`, split at `và` only where a name starts after it.
  private func mergedNames(_ list: String) -> [String] {
    var items = list.components(separatedBy: ", ")
    guard let last = items.popLast() else { return items }
    let and = " " + (cues.conjunctions.first ?? "") + " "
    var rest = last
    while let found = rest.range(of: and), rest[found.upperBound...].first?.isUppercase == true {
      items.append(String(rest[..<found.lowerBound]))
      rest = String(rest[found.upperBound...])
    }
    items.append(rest)
    return items
  }

  /// Document numbers such as `Nghị quyết số 03/NQ-CP ngày 9/1/2025` or `57- NQ/TW`, with their date,
  /// what the text says they do, and the passage that cites them.
  func legalReferences(in sentence: String) -> [Found] {
    // A document number has a `/` (`03/NQ-CP`, `57- NQ/TW`): no regex for sentences without one.
    // And it follows the name of its kind: no regex for sentences without one either.
    guard sentence.contains(ascii: "/"),
      cues.legalKinds.contains(where: { sentence.has($0) }),
      let regex = cues.legalReference
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
        cues.partyTypes.contains(type) && issuer == "TW"
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
        guard cues.conjunctions.contains(between.trimmingCharacters(in: .whitespaces)) else {
          break
        }
        groupEnd = next.range.location + next.range.length
      }
      let following = text.substring(
        with: NSRange(location: groupEnd, length: passageEnd - groupEnd)
      )
      .trimmingCharacters(in: .whitespaces)
      if cues.purposes.contains(where: { following.hasPrefix($0 + " ") }) {
        found.fields["purpose"] = following
      }
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
      let listing =
        cues.conclusions.contains { paragraph.text.hasPrefix($0) } && paragraph.text.contains(":")
      for (position, sentence) in paragraph.sentences.enumerated() {
        var text = sentence.text
        if listing, position == 0, let colon = text.firstIndex(of: ":") {
          text = String(text[text.index(after: colon)...])
        }
        // The plain search first: it rules out most sentences before they are read into words.
        let closing = cues.emphases.contains { emphasis in
          text.has(emphasis.text)
            && VietnameseText.words(text).prefix(8).contains { $0.fold == emphasis.last }
        }
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
