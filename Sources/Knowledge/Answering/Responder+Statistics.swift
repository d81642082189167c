extension Responder {
  /// A figure: the one asked for its scope, period and kind, with the closely related ones; or,
  /// when the report has no such figure, a plain "no" with the nearest figures it has, labelled.
  func statistic(_ question: Question, rule: IntentRule) -> Draft {
    // `doanh thu và xuất khẩu đạt bao nhiêu?`: each figure named, one after the other.
    let joined = joinedConcepts(question)
    if joined.count > 1 {
      let drafts = joined.map { statistic(question, rule: rule, concept: $0) }
      var draft = Draft(
        text: drafts.map(\.text).joined(separator: " "), answered: drafts.allSatisfy(\.answered),
        facts: drafts.flatMap(\.facts), slots: drafts[0].slots)
      draft.slots["concept"] = joined.joined(separator: ",")
      return draft
    }
    return statistic(question, rule: rule, concept: nil)
  }

  /// Concepts a question names apart and joins with `và` (`doanh thu và xuất khẩu`), when it asks
  /// for no computation over them; each has figures.
  func joinedConcepts(_ question: Question) -> [String] {
    guard question.operations.isEmpty else { return [] }
    let matches = question.conceptMatches
    var joined: [String] = []
    for (first, second) in zip(matches, matches.dropFirst()) where first.term.id != second.term.id {
      let between = question.words[first.range.upperBound..<second.range.lowerBound].map(\.fold)
      guard between == ["va"], index.byConcept[first.term.id] != nil,
        index.byConcept[second.term.id] != nil
      else {
        continue
      }
      for id in [first.term.id, second.term.id] where !joined.contains(id) { joined.append(id) }
    }
    return joined
  }

  /// A figure of `concept`, or of the concept the question names best when nil.
  func statistic(_ question: Question, rule: IntentRule, concept named: String?) -> Draft {
    var slots: [String: String] = [:]
    let measure = askedMeasure(question, slots: &slots)
    let place = question.places.first.map { "place:" + $0.term.name }
    // A figure's own subject words, when the question shares more of them than of any concept's.
    let bySubject =
      named == nil && !question.subjects.facts.isEmpty
      && question.subjects.score > (question.concepts.first?.score ?? 0)
    let choice: FigureChoice
    if !bySubject, let conceptID = conceptAsked(question, rule: rule, named: named, place: place),
      let concept = corpus.lexicon.concepts[conceptID]
    {
      choice = conceptFigures(
        question, concept: concept, named: named, measure: measure, slots: &slots)
    } else if !question.subjects.facts.isEmpty || place != nil {
      choice = subjectFigures(question, place: place, measure: measure, slots: &slots)
    } else if question.operations.first?.term.id == "rate",
      let draft = exchangeRate(question, figures: [], subject: "", slots: slots)
    {
      // `tỷ giá` alone: the rate a figure written in two currencies implies.
      return draft
    } else {
      return Draft(
        text: Template.fill(template("unknown", of: "statistic"), sharedValues), answered: false)
    }
    let all: [Int]
    let subject: String
    switch choice {
    case .found(let found, let named):
      (all, subject) = (found, named)
    case .answered(let draft):
      return draft
    }
    if let computed = computation(
      question, all: all, subject: subject, measure: measure, slots: slots)
    {
      return computed
    }
    var draft = figures(question, all: all, subject: subject, measure: measure, slots: slots)
    if named == nil, !bySubject, place == nil, rule.slots["concept"] == nil {
      offerTies(question, in: &draft)
    }
    return draft
  }

  /// The figures an answer is chosen from, with the subject they are named by; or the answer
  /// itself, when choosing them already found what to say.
  private enum FigureChoice {
    case found([Int], subject: String)
    case answered(Draft)
  }

  /// The kind of figure asked: a change, a rank, a count of departures, or the level itself; set
  /// as the `measure` slot unless it is the level.
  private func askedMeasure(_ question: Question, slots: inout [String: String]) -> MeasureFilter {
    let asked = Set(question.measures.map(\.term.id))
    let named: [(id: String, filter: MeasureFilter, measure: Statistic.Measure)] = [
      ("rank", .rank, .rank), ("left", .departures, .departures),
      ("change-previous-month", .changePreviousMonth, .changePreviousMonth),
      ("change-same-period", .changeSamePeriod, .changeSamePeriod),
    ]
    if let found = named.first(where: { asked.contains($0.id) }) {
      slots["measure"] = found.measure.rawValue
      return found.filter
    }
    // A change between two periods or meetings the question names is answered with both levels.
    if asked.contains("change"), question.askedPeriods.count < 2,
      !question.askedPeriods.contains(where: {
        if case .range = $0.period { return true } else { return false }
      }),
      question.meetingNumber == nil
    {
      slots["measure"] = "change"
      return .change
    }
    return .level
  }

  /// The concept whose figures answer: `named`, else among the concepts the question names the
  /// best with figures for the place asked, else the best, else the rule's.
  private func conceptAsked(
    _ question: Question, rule: IntentRule, named: String?, place: String?
  ) -> String? {
    let table = index.figures
    let placeNumber = place.flatMap(index.scopeNumber)
    return named ?? question.concepts.first { concept in
      placeNumber.map { place in
        (index.byConcept[concept.term.id] ?? []).contains { table[$0].scope == place }
      } ?? false
    }?.term.id ?? question.concepts.first?.term.id ?? rule.slots["concept"]
  }

  /// The figures of `concept`; or, when the question's words tell another concept's figures
  /// apart, that the reports do not give the figure asked.
  private func conceptFigures(
    _ question: Question, concept: Term, named: String?, measure: MeasureFilter,
    slots: inout [String: String]
  ) -> FigureChoice {
    let all = index.byConcept[concept.id] ?? []
    slots["concept"] = concept.id
    let subject = Template.sentence(concept.name)
    // `Cổng ... có bao nhiêu dịch vụ công trực tuyến toàn trình?`: words that tell another
    // concept's figures apart, and that the concept chosen has none of, ask for a figure the
    // reports do not give.
    if named == nil, question.operations.isEmpty,
      let foreign = foreignWords(question, concept: concept)
    {
      slots["qualifier"] = foreign
      let table = index.figures
      return .answered(
        missing(
          subject, asked: foreign, nearest: all.filter { measure.accepts(table[$0]) },
          slots: slots))
    }
    return .found(all, subject: subject)
  }

  /// A figure whose subject no concept covers, found by the words of its subject (or, with none,
  /// by the place asked): the best-scoring among those of the kind, place and unit asked, with
  /// every figure of the same subjects.
  private func subjectFigures(
    _ question: Question, place: String?, measure: MeasureFilter, slots: inout [String: String]
  ) -> FigureChoice {
    var scored = question.subjects.scores.inFactOrder()
    if scored.isEmpty, let place {
      scored = index.positions(withScope: place).map { ($0, 1) }
      if scored.isEmpty {
        let name = String(place.dropFirst("place:".count))
        return .answered(
          Draft(
            text: Template.fill(
              template("no_place", of: "statistic"), sharedValues.merging(["place": name]) { $1 }),
            answered: false, slots: ["scope": name]))
      }
    }
    let pool = narrowedPool(scored, question: question, place: place, measure: measure)
    let best = pool.map(\.score).max() ?? 0
    let named = pool.filter { $0.score == best }.map(\.fact)
    // The subjects named are few: compared one by one, byte for byte, rather than hashed for
    // every figure.
    var subjects: [String] = []
    for position in named {
      let subject = index.all[position].statistic!.subject
      if !subjects.contains(where: { $0.hasSameBytes(as: subject) }) { subjects.append(subject) }
    }
    // Every figure of those subjects (the named ones among them), each once, in document order.
    var positions = Set(named)
    for subject in subjects { positions.formUnion(index.positions(withSubject: subject)) }
    let first = named.first.map { index.all[$0].statistic!.subject }
    slots["subject"] = first
    return .found(positions.sorted(), subject: Template.sentence(first ?? ""))
  }

  /// The scored figures narrowed, step by step, to the kind, place, rate and unit asked; a step
  /// that would leave none is skipped.
  ///
  /// In document order, each with its score: a pool that holds thousands of figures with many
  /// reports loaded.
  private func narrowedPool(
    _ scored: [(fact: Int, score: Int)], question: Question, place: String?,
    measure: MeasureFilter
  ) -> [(fact: Int, score: Int)] {
    let table = index.figures
    let placeNumber = place.flatMap(index.scopeNumber)
    // `phần trăm`, `tỷ lệ`: a rate is asked, so figures in % come first.
    let folds = question.words.map(\.fold)
    let wantsRate =
      question.words.contains { $0.text == "%" }
      || zip(folds, folds.dropFirst()).contains { $0 == ("phan", "tram") || $0 == ("ti", "le") }
    // `bao nhiêu điểm`, `mấy đơn vị`: the unit asked (right after the question word).
    let units = Set(unitsAsked(question).map { VietnameseText.foldKey($0.term.name) })
    let percent = index.unitNumber("%")
    var pool = scored
    for narrow in [
      { (position: Int) in measure.accepts(table[position]) },
      { (position: Int) in place == nil || table[position].scope == placeNumber },
      { (position: Int) in !wantsRate || table[position].unit == percent },
      { (position: Int) in
        units.isEmpty
          || units.contains(
            VietnameseText.foldKey(
              Extractor.bareUnit(
                self.index.all[position].statistic!.unit, lexicon: self.corpus.lexicon)))
      },
    ] {
      let narrowed = pool.filter { narrow($0.fact) }
      if !narrowed.isEmpty { pool = narrowed }
    }
    return pool
  }

  /// Several concepts fit as well (`tỷ lệ toàn trình`): the first is answered, the others
  /// offered as alternatives.
  private func offerTies(_ question: Question, in draft: inout Draft) {
    guard let first = question.concepts.first else { return }
    let tied = question.concepts.filter {
      $0.score == first.score && index.byConcept[$0.term.id] != nil
    }
    guard tied.count > 1 else { return }
    draft.alternatives = tied.enumerated().map { offset, concept in
      Alternative(
        number: offset + 1, label: Template.sentence(concept.term.name),
        question: asking(concept.term, like: question))
    }
    let items = draft.alternatives.dropFirst().map { "(\($0.number)) \($0.label)" }.joined(
      separator: "; ")
    draft.text += " " + Template.fill(template("readings", of: "help"), ["items": items])
  }

  /// The words of the question, as written, by which another concept's phrase goes on from words of
  /// `concept`'s own (`dịch vụ công trực tuyến` + `toàn trình`, a narrower thing, as Vietnamese
  /// puts what narrows a noun after it), where no phrase of `concept` has them; nil when there are
  /// none.
  ///
  /// Another concept's phrase that starts otherwise (`chiếm bao nhiêu phần trăm`, `bao nhiêu tiền`)
  /// is a way of asking, not a narrower figure.
  func foreignWords(_ question: Question, concept: Term) -> String? {
    let own = question.conceptMatches.filter { $0.term.id == concept.id }
    guard !own.isEmpty, own.count < question.conceptMatches.count else { return nil }
    let covered = Set(own.flatMap(\.range))
    // Looked up word by word, by hash first, only for the words of other concepts' phrases: most
    // questions have none, and a set of the concept's words would be made for every question.
    let isOwn = { (index: Int) in
      let word = question.words[index]
      return concept.phrases.contains {
        $0.contains { $0.foldHash == word.foldHash && $0.fold == word.fold }
      }
    }
    var foreign: [Int] = []
    for match in question.conceptMatches where match.term.id != concept.id {
      // Two words or more of the concept's, then only words it has none of.
      guard let split = match.range.first(where: { !isOwn($0) }),
        split - match.range.lowerBound >= 2,
        match.range[split...].allSatisfy({ !isOwn($0) && !covered.contains($0) })
      else { continue }
      for index in split..<match.range.upperBound where !foreign.contains(index) {
        foreign.append(index)
      }
    }
    guard !foreign.isEmpty else { return nil }
    return foreign.sorted().map { question.words[$0].text }.joined(separator: " ")
  }

  /// How many earlier reports' figures an answer about the latest one lists.
  static let earlierReportsShown = 3

  /// A question asking for `concept` with what `question` says of scope, period and kind.
  func asking(_ concept: Term, like question: Question) -> String {
    var ranges = (question.scopes + question.platforms + question.places + question.measures).map(
      \.range)
    ranges += question.periods.map(\.range)
    let words = ranges.sorted { $0.lowerBound < $1.lowerBound }.flatMap {
      question.words[$0].map(\.text)
    }
    let howMuch = question.measures.isEmpty ? [template("how_much", of: "statistic")] : []
    return ([concept.name] + words + howMuch).joined(separator: " ")
  }

  /// The figures asked for, among those at the positions `all` (in document order): scope,
  /// period and kind narrowed as the question says.
  ///
  /// With many reports loaded `all` holds thousands of figures: they are narrowed by what the
  /// index's table says of them, and made facts only once few are left.
  private func figures(
    _ question: Question, all: [Int], subject: String, measure: MeasureFilter,
    slots: [String: String]
  ) -> Draft {
    var slots = slots
    let table = index.figures
    let ofKind = all.filter { measure.accepts(table[$0]) }
    if ofKind.isEmpty {
      let levels = all.filter { MeasureFilter.level.accepts(table[$0]) }
      let wanted = Template.sentence(question.measures.first?.term.name ?? "")
      return missing(subject, asked: wanted, nearest: levels, slots: slots)
    }
    var candidates: [Int]
    switch scoped(ofKind, question, subject: subject, slots: &slots) {
    case .kept(let kept): candidates = kept
    case .answered(let draft): return draft
    }
    switch dated(candidates, question, subject: subject, slots: &slots) {
    case .kept(let kept): candidates = kept
    case .answered(let draft): return draft
    }
    // Of the figures left, the latest report's, with what earlier reports gave for the same thing;
    // a question naming two periods gets the figure of each.
    var earlier: [Int] = []
    if question.askedPeriods.count < 2 {
      (candidates, earlier) = latestReport(candidates)
    }
    let related = relatedFigures(all, candidates: candidates)
    return told(candidates, related: related, earlier: earlier, subject: subject, slots: slots)
  }

  /// What a step of narrowing figures leaves: the figures to go on with, or the answer already.
  private enum Narrowing {
    case kept([Int])
    case answered(Draft)
  }

  /// The candidates of the scope asked: a province, a ministry or a country has figures only
  /// where a report gives them (`Đà Nẵng (58,89%)`); else the nearest scope the reports have.
  private func scoped(
    _ candidates: [Int], _ question: Question, subject: String, slots: inout [String: String]
  ) -> Narrowing {
    let table = index.figures
    var candidates = candidates
    if let place = question.places.first {
      slots["scope"] = place.term.id
      guard let number = index.scopeNumber("place:" + place.term.name),
        case let scoped = candidates.filter({ table[$0].scope == number }), !scoped.isEmpty
      else {
        return .answered(
          missingPlace(place.term, candidates: candidates, subject: subject, slots: slots))
      }
      candidates = scoped
    }
    if let platform = question.otherPlatforms.first {
      slots["scope"] = platform.term.id
      return .answered(
        missing(subject, asked: askedFor(platform.term.name), nearest: candidates, slots: slots))
    }
    let askedScopes = askedScopes(question)
    if slots["scope"] == nil, let named = question.namedScope {
      return namedScopeFigures(candidates, named: named, subject: subject, slots: &slots)
    } else if slots["scope"] != nil {
      // A place the reports give figures for: chosen above.
    } else if !askedScopes.isEmpty {
      slots["scope"] = askedScopes.joined(separator: ",")
      let numbers = askedScopes.compactMap(index.scopeNumber)
      let scoped = candidates.filter { numbers.contains(table[$0].scope) }
      if scoped.isEmpty {
        let names = (question.platforms + question.scopes).map(\.term.name).joined(separator: ", ")
        return .answered(
          missing(
            subject, asked: askedFor(names), nearest: preferred(candidates, scopes: ["national"]),
            slots: slots))
      }
      candidates = scoped
    } else if let national = index.scopeNumber("national"),
      candidates.contains(where: { table[$0].scope == national })
    {
      candidates = candidates.filter { table[$0].scope == national }
    }
    return .kept(candidates)
  }

  /// No figure for the place asked: the nearest, the average of the localities for a province,
  /// of the ministries for one ministry, the country's for anywhere else.
  private func missingPlace(
    _ place: Term, candidates: [Int], subject: String, slots: [String: String]
  ) -> Draft {
    let lexicon = corpus.lexicon
    let nearest =
      lexicon.provinces[place.id] != nil
      ? ["localities", "national"]
      : lexicon.bodies[place.id] != nil ? ["ministries", "national"] : ["national"]
    return missing(
      subject,
      asked: Template.fill(template("only_for", of: "statistic"), ["scope": place.name]),
      nearest: preferred(candidates, scopes: nearest), slots: slots)
  }

  /// The scopes the question asks figures of: none when it asks which one (`địa phương nào`,
  /// `sàn nào`), and not the scope it counts (`bao nhiêu địa phương`).
  private func askedScopes(_ question: Question) -> [String] {
    let folds = question.words.map(\.fold)
    let asksWhich = question.scopes.contains {
      $0.range.upperBound < folds.count && folds[$0.range.upperBound] == "nao"
    }
    guard !asksWhich else { return [] }
    let counted = question.scopes.filter { scope in
      let before = folds[..<scope.range.lowerBound].suffix(2)
      return before.last == "may" || Array(before) == ["bao", "nhieu"]
    }
    return question.platforms.map(\.term.id)
      + question.scopes.filter { !counted.contains($0) }.map(\.term.id)
  }

  /// The candidates of a part or place the reports name (`ngành hàng Làm đẹp`, `huyện Mèo Vạc`:
  /// from a `lần lượt` list, or after a place marker); when there are none, that the reports
  /// have no figure for it.
  private func namedScopeFigures(
    _ candidates: [Int], named: (marker: String, name: [Word]), subject: String,
    slots: inout [String: String]
  ) -> Narrowing {
    let table = index.figures
    let folds = named.name.map(\.fold)
    let marked = VietnameseText.words(named.marker).map(\.fold) + folds
    // Each scope is read once, however many figures have it.
    var fits: [Int: Bool] = [:]
    let scoped = candidates.filter { position in
      let number = table[position].scope
      if let fit = fits[number] { return fit }
      let scope = index.all[position].statistic!.scope
      var fit = false
      if scope.hasPrefix("name:") {
        let words = VietnameseText.words(String(scope.dropFirst(5))).map(\.fold)
        fit = [folds, marked].contains { asked in
          words.starts(with: asked.prefix(words.count))
            && asked.starts(with: words.prefix(asked.count))
        }
      }
      fits[number] = fit
      return fit
    }
    let asked = named.marker + " " + named.name.map(\.text).joined(separator: " ")
    slots["scope"] = asked
    if scoped.isEmpty {
      return .answered(
        missing(
          subject, asked: askedFor(asked), nearest: preferred(candidates, scopes: ["national"]),
          slots: slots))
    }
    return .kept(scoped)
  }

  /// The candidates of the period asked, when the question says one; else of the meeting asked,
  /// by number; else all of them.
  private func dated(
    _ candidates: [Int], _ question: Question, subject: String, slots: inout [String: String]
  ) -> Narrowing {
    let table = index.figures
    // Worked out once: the filter below asks for them for every candidate figure.
    let askedPeriods = question.askedPeriods
    if let period = question.period {
      slots["period"] = askedPeriods.map(\.period.code).joined(separator: ",")
      let matching = candidates.filter { position in
        askedPeriods.contains { asked in
          table[position].period.map {
            Responder.period(asked.period, covers: $0, yearGiven: asked.yearGiven)
          } ?? false
        }
      }
      guard matching.isEmpty else { return .kept(matching) }
      let yearGiven = askedPeriods.first!.yearGiven
      if let derived = implied(
        period, yearGiven: yearGiven, by: candidates, subject: subject, slots: slots)
      {
        return .answered(derived)
      }
      let asked = yearGiven ? period.vietnamese : withoutYear(period)
      return .answered(
        missing(subject, asked: askedFor(asked), nearest: candidates, slots: slots))
    }
    let asked = Set(question.measures.map(\.term.id))
    if let number = question.meetingNumber, !asked.contains("change") {
      let documents = Set(
        index[.event].filter { $0.fields["number"] == String(number) }.map(\.document))
      let matching = candidates.filter { documents.contains(index.all[$0].document) }
      if matching.isEmpty {
        let asked = Template.fill(
          template("in_meeting", of: "statistic"), ["number": String(number)])
        return .answered(missing(subject, asked: asked, nearest: candidates, slots: slots))
      }
      return .kept(matching)
    }
    return .kept(candidates)
  }

  /// The figure of `period` that a change in the report implies, compared with it, marked as
  /// derived; nil when no change of the candidates compares with that period.
  private func implied(
    _ period: Period, yearGiven: Bool, by candidates: [Int], subject: String,
    slots: [String: String]
  ) -> Draft? {
    let table = index.figures
    for position in candidates {
      let figure = table[position]
      guard let at = figure.period, figure.measure != .rank, !figure.measure.isChange else {
        continue
      }
      for kind in [Statistic.Measure.changeSamePeriod, .changePreviousMonth] {
        let earlier = kind == .changeSamePeriod ? at.yearEarlier : at.monthEarlier
        guard let earlier,
          Responder.period(period, covers: earlier, yearGiven: yearGiven),
          let derived = earlierLevel(
            of: index.all[position], kind: kind, subject: subject, slots: slots)
        else { continue }
        return derived
      }
    }
    return nil
  }

  /// The latest report's candidates, and the earlier reports' figures of the same kind and unit;
  /// the candidates as they are when none has a publication day.
  private func latestReport(_ candidates: [Int]) -> (newest: [Int], earlier: [Int]) {
    let table = index.figures
    guard let latest = candidates.lazy.compactMap({ table[$0].published }).max() else {
      return (candidates, [])
    }
    let newest = candidates.filter { table[$0].published == latest }
    // Earlier reports' figures for the same thing: the same kind of figure in the same unit.
    let kinds = newest.map { (measure: table[$0].measure, unit: table[$0].unit) }
    let earlier = candidates.filter { position in
      let figure = table[position]
      return (figure.published ?? .distantPast) < latest
        && kinds.contains { $0.measure == figure.measure && $0.unit == figure.unit }
    }
    return (newest, earlier)
  }

  /// The figures of the same reports and periods as the candidates that were not asked for.
  ///
  /// The candidates' reports and periods are few; `all` and the candidates are both in document
  /// order, and are walked together to leave the candidates out.
  private func relatedFigures(_ all: [Int], candidates: [Int]) -> [Int] {
    let table = index.figures
    let periods = unique(candidates.compactMap { table[$0].period })
    let documents = unique(candidates.map { table[$0].document })
    var related: [Int] = []
    var next = candidates.startIndex
    for position in all {
      while next < candidates.endIndex, candidates[next] < position { next += 1 }
      if next < candidates.endIndex, candidates[next] == position { continue }
      let figure = table[position]
      if documents.contains(figure.document), let period = figure.period, periods.contains(period) {
        related.append(position)
      }
    }
    return related
  }

  /// The answer giving the candidates, the related figures and what earlier reports gave.
  ///
  /// However many figures fit, an answer shows a few and counts the rest: a report of a hundred
  /// thousand paragraphs makes no answer of megabytes.
  private func told(
    _ candidates: [Int], related: [Int], earlier: [Int], subject: String, slots: [String: String]
  ) -> Draft {
    let chosen = index.facts(at: Array(candidates.prefix(Self.figuresShown)))
    var text = chosen.map { describe($0, subject: subject) + "." }.joined(separator: " ")
    if candidates.count > Self.figuresShown {
      text +=
        " "
        + Template.fill(
          template("more", of: "statistic"), ["count": String(candidates.count - Self.figuresShown)]
        )
    }
    if index.documentCount > 1, let main = chosen.first {
      text += " " + fromReport(of: main, intent: "statistic")
    }
    let relatedFacts = index.facts(at: Array(related.prefix(Self.figuresShown)))
    if !relatedFacts.isEmpty {
      var items = relatedFacts.map { describe($0, subject: nil, showPeriod: false) }.joined(
        separator: "; ")
      if related.count > Self.figuresShown {
        items +=
          "; "
          + Template.fill(
            template("more_items", of: "statistic"),
            ["count": String(related.count - Self.figuresShown)])
      }
      text += " " + Template.fill(template("related", of: "statistic"), ["items": items])
    }
    if let note = chosen.compactMap(\.statistic?.note).first {
      text += " " + Template.fill(template("note", of: "statistic"), ["note": note])
    }
    let value = chosen.first.map {
      (hash: index.figures[candidates[0]].valueHash, text: $0.statistic!.valueText)
    }
    let (earlierText, shown) = earlierReports(earlier, differingFrom: value)
    text += earlierText
    return Draft(text: text, answered: true, facts: chosen + relatedFacts + shown, slots: slots)
  }

  /// What the most recent earlier reports that gave another figure than `value` gave, and how
  /// many others did, with the facts shown.
  ///
  /// The others are counted, so that an answer stays readable (and quick) however many reports
  /// are loaded. Values are told apart by their hashes, and by their text only where the hashes
  /// are equal.
  private func earlierReports(_ earlier: [Int], differingFrom value: (hash: UInt64, text: String)?)
    -> (text: String, shown: [Fact])
  {
    let table = index.figures
    let differing = earlier.filter { position in
      guard let value else { return true }
      return table[position].valueHash != value.hash
        || index.all[position].statistic!.valueText != value.text
    }
    let shownPositions = Self.mostRecent(
      differing.map { table[$0].published }, count: Self.earlierReportsShown)
    let shown = shownPositions.map { index.all[differing[$0]] }
    var text = ""
    for fact in shown {
      text +=
        " "
        + Template.fill(
          template("earlier", of: "statistic"),
          [
            "document": fact.documentTitle, "date": fact.published?.description ?? "",
            "items": describe(fact, subject: nil),
          ])
    }
    // The other reports: `differing` is in document order, each report's figures together, so
    // they are counted where the report changes.
    var more = 0
    var previous: Int?
    for (offset, position) in differing.enumerated() where !shownPositions.contains(offset) {
      if table[position].document != previous { more += 1 }
      previous = table[position].document
    }
    if more > 0 {
      text +=
        " " + Template.fill(template("earlier_more", of: "statistic"), ["count": String(more)])
    }
    return (text, shown)
  }

  /// The words saying what a figure was asked for: `cho Lazada`, `cho quý I/2025`.
  func askedFor(_ name: String) -> String {
    Template.fill(template("for", of: "statistic"), ["scope": name])
  }

  /// How many figures an answer shows of those that fit, and of those related to them.
  static let figuresShown = 5

  /// The offsets of the `count` most recent of `days`, most recent first; of equally recent ones,
  /// the first in `days` first (what a stable sort by date would put first), found without sorting
  /// them all.
  ///
  /// A missing day is the least recent.
  static func mostRecent(_ days: [Day?], count: Int) -> [Int] {
    var top: [(offset: Int, day: Day)] = []
    for (offset, day) in days.enumerated() {
      let day = day ?? .distantPast
      var at = top.count
      while at > 0, top[at - 1].day < day { at -= 1 }
      guard at < count else { continue }
      top.insert((offset, day), at: at)
      if top.count > count { top.removeLast() }
    }
    return top.map(\.offset)
  }

  /// The report has no figure for what was asked: say so, then give the nearest ones (at the
  /// positions `nearest`), labelled.
  private func missing(_ subject: String, asked: String, nearest: [Int], slots: [String: String])
    -> Draft
  {
    // The nearest figures of the latest report that has any, however many reports give them.
    let table = index.figures
    let latest = nearest.lazy.compactMap { table[$0].published }.max()
    let nearest = index.facts(
      at: Array(nearest.lazy.filter { table[$0].published == latest }.prefix(Self.figuresShown)))
    var text = Template.fill(
      template("missing", of: "statistic"), ["subject": lowercasedFirst(subject), "asked": asked])
    if !nearest.isEmpty {
      let items = nearest.map { describe($0, subject: subject) }.joined(separator: "; ")
      text += " " + Template.fill(template("nearest", of: "statistic"), ["items": items])
    }
    return Draft(text: text, answered: false, facts: nearest, slots: slots)
  }

  /// The positions among `positions` of the figures of the first of `scopes` that has any, else
  /// all of them.
  private func preferred(_ positions: [Int], scopes: [String]) -> [Int] {
    for scope in scopes {
      guard let number = index.scopeNumber(scope) else { continue }
      let found = positions.filter { index.figures[$0].scope == number }
      if !found.isEmpty { return found }
    }
    return positions
  }

  /// Whether a figure for `fact` answers a question about `asked`: the same period, or, for a
  /// stock, a day inside the period asked.
  static func period(_ asked: Period, covers fact: Period, yearGiven: Bool = true) -> Bool {
    if asked == fact { return true }
    if !yearGiven {
      // `tháng 4` with no year: April of whichever year the reports give.
      switch (asked, fact) {
      case (.month(_, let a), .month(_, let b)): return a == b
      case (.quarter(_, let a), .quarter(_, let b)): return a == b
      case (.firstMonths(_, let a), .firstMonths(_, let b)): return a == b
      case (.asOf(let a), .asOf(let b)), (.asOf(let a), .current(let b)):
        return (a.month, a.day) == (b.month, b.day)
      case (.range(let first, let last), .asOf(let day)),
        (.range(let first, let last), .current(let day)):
        return (first.month, first.day) <= (day.month, day.day)
          && (day.month, day.day) <= (last.month, last.day)
      default: break
      }
    }
    let day: Day
    switch fact {
    case .asOf(let value), .current(let value): day = value
    default: return false
    }
    switch asked {
    case .month(let year, let month): return day.year == year && day.month == month
    case .quarter(let year, let quarter):
      return day.year == year && (day.month - 1) / 3 + 1 == quarter
    case .year(let year): return day.year == year && day.month == 12 && day.day == 31
    case .asOf(let other): return other == day
    case .current: return true
    case .firstMonths(let year, let months): return day.year == year && day.month <= months
    case .range(let first, let last): return first <= day && day <= last
    }
  }

  /// A period as a question wrote it without its year: `tháng 4`, `quý I`.
  func withoutYear(_ period: Period) -> String {
    let (name, values): (String, [String: String])
    switch period {
    case .month(_, let month): (name, values) = ("month", ["month": String(month)])
    case .quarter(_, let quarter): (name, values) = ("quarter", ["quarter": Period.roman(quarter)])
    case .firstMonths(_, let months): (name, values) = ("first_months", ["months": String(months)])
    case .asOf(let day):
      (name, values) = ("as_of", ["day": String(day.day), "month": String(day.month)])
    default: return period.vietnamese
    }
    return Template.fill(template(name, of: "statistic"), values)
  }

  /// One figure in words: what, where, when, how much, and what it is compared with.
  ///
  /// Without a subject it is the short form used in lists (`các bộ, ngành: trung bình 43,09%`);
  /// `showPeriod` false leaves out a period the sentence already gave.
  func describe(_ fact: Fact, subject: String?, showPeriod: Bool = true) -> String {
    let statistic = fact.statistic!
    var value =
      statistic.valueText
      + (statistic.unit == "%" || statistic.unit.isEmpty ? statistic.unit : " " + statistic.unit)
    if let total = statistic.total {
      value =
        statistic.valueText + "/" + total + (statistic.unit.isEmpty ? "" : " " + statistic.unit)
    }
    let wording = { (name: String, values: [String: String]) in
      Template.fill(self.template(name, of: "statistic"), values.merging(["value": value]) { $1 })
    }
    if let from = statistic.from { value = wording("risen_from", ["from": from]) }
    if let target = statistic.target { value = wording("with_target", ["target": target]) }
    if !statistic.items.isEmpty { value += " (" + statistic.items.joined(separator: ", ") + ")" }
    if let qualifier = statistic.qualifier { value = qualifier + " " + value }
    if let equivalent = statistic.equivalent {
      value = wording("with_equivalent", ["equivalent": equivalent])
    }
    let multiScope = statistic.concept.map(index.multiScopeConcepts.contains) ?? false
    var scope = ""
    if statistic.scope != "national" || multiScope {
      let name =
        corpus.lexicon.scopes[statistic.scope]?.name ?? corpus.lexicon.platforms[statistic.scope]?
        .name
        ?? String(statistic.scope.drop { $0 != ":" }.dropFirst())
      scope =
        subject == nil
        ? name : Template.fill(template("of_scope", of: "statistic"), ["scope": name])
    }
    let period = showPeriod ? statistic.period.map { " (\($0.vietnamese))" } ?? "" : ""
    let values: [String: String] = [
      "subject": subject ?? "", "scope": scope, "period": period,
      "value": value, "direction": direction(statistic.direction),
      "base": statistic.base ?? "",
    ]
    let name: String
    switch statistic.measure {
    case .level, .share, .count: name = "level"
    case .changeSamePeriod, .changePreviousMonth: name = "change"
    case .departures: name = "left"
    case .rank: name = "rank"
    }
    let text = Template.fill(template(name, of: "statistic"), values).trimmingWhitespace()
    // A short form with neither scope nor period starts with the template's colon.
    return text.hasPrefix(":") ? text.dropFirst().trimmingWhitespace() : text
  }
  /// A change's direction in words: `tăng`, or `giảm` for a fall.
  func direction(_ sign: Int) -> String {
    template(sign < 0 ? "fall" : "rise", of: "statistic")
  }

}

/// The kinds of figure a question asks for: a change, a rank, a count of departures, or the level
/// itself.
enum MeasureFilter {
  case rank, departures, changePreviousMonth, changeSamePeriod
  /// Either change, or a rise from one value to another (`từ 29% lên 39%`).
  case change
  /// Either change alone: `tăng nhanh hơn` compares changes.
  case changes
  /// A level, a share or a count.
  case level

  /// Whether a figure of `measure` is of a kind asked; `hasStart` when it says where a change
  /// started.
  func accepts(_ measure: Statistic.Measure, hasStart: Bool) -> Bool {
    switch self {
    case .rank: measure == .rank
    case .departures: measure == .departures
    case .changePreviousMonth: measure == .changePreviousMonth
    case .changeSamePeriod: measure == .changeSamePeriod || hasStart
    case .change: measure.isChange || hasStart
    case .changes: measure.isChange
    case .level: measure == .level || measure == .share || measure == .count
    }
  }

  func accepts(_ statistic: Statistic) -> Bool {
    accepts(statistic.measure, hasStart: statistic.from != nil)
  }

  func accepts(_ figure: FactIndex.Figure) -> Bool {
    accepts(figure.measure, hasStart: figure.hasStart)
  }
}
