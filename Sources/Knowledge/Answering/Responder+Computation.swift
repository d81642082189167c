import Foundation

/// Answers computed from figures: differences, ratios, sums, comparisons, rankings, the earlier
/// figure a change implies, and conversions at the rate the text implies.
///
/// Each shows its working, names every figure it uses (their sentences are the answer's
/// sources) and computes only across figures that can be compared: the same kind of figure, the
/// same unit and the same period. When they cannot be, the answer says why and computes nothing.
extension Responder {
  /// A figure taking part in a computation, with the name it goes by in the working.
  struct Operand {
    let fact: Fact
    let name: String
    var statistic: Statistic { fact.statistic! }
    /// The value in units of its bare unit (`101.400 tỷ đồng` → 1,014 × 10¹⁴ đồng); a fall is negative.
    var amount: Double {
      statistic.value * statistic.scale
        * (statistic.measure.isChange && statistic.direction < 0 ? -1 : 1)
    }
  }

  /// The computed answer to `question`, or nil when it asks for no computation or names too few
  /// figures to compute with (it is then answered as a plain figure).
  ///
  /// `positions` are those of the figures in the index, in document order; they are made facts
  /// only when the question asks for a computation.
  func computation(
    _ question: Question, all positions: [Int], subject: String, measure: MeasureFilter,
    slots: [String: String]
  ) -> Draft? {
    var slots = slots
    if let kind = earlierLevelAsked(question) {
      // The figure a change compares with: from the latest level and its change.
      slots["operation"] = "previous"
      guard let latest = latestLevel(positions, question: nil) else { return nil }
      return earlierLevel(of: latest, kind: kind, subject: subject, slots: slots)
    }
    if question.operations.isEmpty, let kind = gainAsked(question) {
      slots["operation"] = "gain"
      if let draft = gain(
        question, kind: kind, positions: positions, subject: subject, slots: slots)
      {
        return draft
      }
    }
    guard
      let operation = question.operations.first?.term.id
        ?? (Self.comparesApart(question) ? "difference" : nil)
    else {
      return nil
    }
    slots["operation"] = operation
    return computed(
      operation, question, positions: positions, subject: subject, measure: measure, slots: slots)
  }

  /// `tăng thêm bao nhiêu tỷ đồng`: the change in the figure's unit, from its rate; nil when the
  /// report states the change in the unit (`38.000 shop rời khỏi`), which is answered as stated.
  private func gain(
    _ question: Question, kind: Statistic.Measure?, positions: [Int], subject: String,
    slots: [String: String]
  ) -> Draft? {
    let table = index.figures
    let percent = index.unitNumber("%")
    let stated = positions.contains {
      table[$0].measure == .departures
        || (table[$0].measure.isChange && table[$0].unit != percent)
    }
    guard !stated,
      let latest = latestLevel(positions.filter { table[$0].unit != percent }, question: question)
    else { return nil }
    return earlierLevel(of: latest, kind: kind, subject: subject, slots: slots, gain: true)
  }

  /// The answer to `operation` over the figures at `positions` of the kind asked, or nil when
  /// the question names too few of them.
  private func computed(
    _ operation: String, _ question: Question, positions: [Int], subject: String,
    measure: MeasureFilter, slots: [String: String]
  ) -> Draft? {
    let table = index.figures
    // `tăng nhanh hơn`: the changes are compared, not the levels.
    let changes = !corpus.lexicon.changes.matches(in: question.words).isEmpty
    let measure = changes && question.measures.isEmpty ? MeasureFilter.changes : measure
    let figures = positions.filter { measure.accepts(table[$0]) }
    switch operation {
    case "difference", "ratio", "sum", "compare":
      guard let operands = namedOperands(question, figures: figures, measure: measure) else {
        return nil
      }
      switch operands {
      case .missing(let name):
        let text = Template.fill(
          template("missing", of: "statistic"),
          ["subject": lowercasedFirst(subject), "asked": askedFor(name)])
        return Draft(
          text: text + " " + template("no_computation", of: "statistic"), answered: false,
          slots: slots)
      case .found(let operands):
        return arithmetic(operation, operands, subject: subject, slots: slots)
      }
    case "max", "min", "sort":
      // Levels are ranked; ranks the reports give (`đứng thứ hai`) are answered as written.
      let levels = positions.filter { MeasureFilter.level.accepts(table[$0]) }
      guard !positions.contains(where: { table[$0].measure == .rank }) else { return nil }
      return ranking(operation, question, figures: levels, subject: subject, slots: slots)
    case "rate":
      return exchangeRate(question, figures: figures, subject: subject, slots: slots)
    default:
      return nil
    }
  }

  /// Whether the question asks for the figure of the period a change compares with (`số nhà bán
  /// cùng kỳ năm trước`, `doanh thu tháng trước`) rather than for the change (`tăng bao nhiêu so
  /// với cùng kỳ`); and then which change: `.some(nil)` for whichever the report gives.
  ///
  /// The latest figure is the one it starts from: `năm trước` in the phrase also reads as a period.
  func earlierLevelAsked(_ question: Question) -> Statistic.Measure?? {
    let previous = question.operations.filter { $0.term.id == "previous" }
    let bases = question.measures.filter {
      ["change-same-period", "change-previous-month"].contains($0.term.id)
    }
    let phrases = (previous + bases).map(\.range)
    guard let first = phrases.map(\.lowerBound).min(), question.operations.count == previous.count
    else { return nil }
    // `so với cùng kỳ`, `với tháng trước`: the change is asked.
    let around = question.words[max(0, first - 1)...].prefix(3).map(\.fold)
    let other = { (match: TermMatch) in !phrases.contains { $0.overlaps(match.range) } }
    if around.contains("voi") || question.measures.contains(where: other)
      || corpus.lexicon.changes.matches(in: question.words).contains(where: other)
    {
      return nil
    }
    switch bases.first?.term.id {
    case "change-same-period": return .some(.changeSamePeriod)
    case "change-previous-month": return .some(.changePreviousMonth)
    default: return .some(nil)
    }
  }

  /// Whether the question asks how much a figure changed in its own unit (`tăng thêm bao nhiêu
  /// tỷ đồng`, `giảm bao nhiêu shop`) rather than in percent; and against which base.
  func gainAsked(_ question: Question) -> Statistic.Measure?? {
    let folds = question.words.map(\.fold)
    let asksChange =
      question.measures.contains { $0.term.id.hasPrefix("change") }
      || !corpus.lexicon.changes.matches(in: question.words).isEmpty
    guard asksChange, !question.words.contains(where: { $0.text == "%" }),
      !zip(folds, folds.dropFirst()).contains(where: { $0 == ("phan", "tram") })
    else { return nil }
    guard !unitsAsked(question).isEmpty else { return nil }
    if question.measures.contains(where: { $0.term.id == "change-previous-month" }) {
      return .some(.changePreviousMonth)
    }
    if question.measures.contains(where: { $0.term.id == "change-same-period" }) {
      return .some(.changeSamePeriod)
    }
    return .some(nil)
  }

  /// `cả nước hơn bộ ngành mấy điểm?`: two scopes named with `hơn` (or `kém`) between them and
  /// the question word after, a difference asked in words the operations cannot hold together.
  static func comparesApart(_ question: Question) -> Bool {
    // Each run of words named once: `tỉnh Thanh Hóa` is a named place and holds the province
    // `Thanh Hóa`, one name and not two.
    var named: [Range<Int>] = []
    for range in (question.scopes + question.platforms + question.places).map(\.range).sorted(by: {
      ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count)
    }) where named.last.map({ $0.upperBound <= range.lowerBound }) ?? true {
      named.append(range)
    }
    guard named.count >= 2 else { return false }
    let folds = question.words.map(\.fold)
    let between = folds[named[0].upperBound..<named[1].lowerBound]
    let after = folds[named[1].upperBound...]
    return (between.contains("hon") || between.contains("kem"))
      && (after.contains("may") || after.contains("nhieu"))
  }

  /// The units a question asks for, right after its question word: `bao nhiêu điểm`,
  /// `mấy shop`, `bao nhiêu tỷ đồng` (a scale word may come between).
  func unitsAsked(_ question: Question) -> [TermMatch] {
    let folds = question.words.map(\.fold)
    let scales = Set(
      corpus.lexicon.scales.terms.flatMap {
        $0.phrases.compactMap { $0.count == 1 ? $0[0].fold : nil }
      })
    return corpus.lexicon.units.matches(in: question.words).filter { unit in
      var end = unit.range.lowerBound
      if end > 0, scales.contains(folds[end - 1]) { end -= 1 }
      let before = folds[..<end].suffix(2)
      return before.last == "may" || Array(before) == ["bao", "nhieu"]
    }
  }

  enum Operands {
    case found([Operand])
    /// A figure named that the reports do not have.
    case missing(String)
  }

  /// The figures a question names for an arithmetic operation: one per scope, platform or place it
  /// names (`bộ, ngành` and `địa phương`), else one per concept (`doanh thu` and `xuất khẩu`); nil
  /// when it names fewer than two.
  ///
  /// `figures` are positions in the index.
  func namedOperands(_ question: Question, figures: [Int], measure: MeasureFilter) -> Operands? {
    let table = index.figures
    var named: [(scope: String, name: String, at: Int)] = []
    for match in question.scopes + question.platforms {
      named.append((match.term.id, match.term.name, match.range.lowerBound))
    }
    for match in question.places {
      named.append(("place:" + match.term.name, match.term.name, match.range.lowerBound))
    }
    named.sort { $0.at < $1.at }
    var seen = Set<String>()
    named = named.filter { seen.insert($0.scope).inserted }
    var concepts: [Term] = []
    for match in question.conceptMatches where !concepts.contains(match.term) {
      concepts.append(match.term)
    }
    // `địa phương cao hơn bao nhiêu?`: one scope named is compared with the country's figure.
    if named.count == 1, concepts.count < 2, named[0].scope != "national",
      question.operations.first?.term.id != "sum",
      let national = index.scopeNumber("national"),
      figures.contains(where: { table[$0].scope == national })
    {
      named.insert(("national", scopeName("national"), -1), at: 0)
    }
    if named.count >= 2 {
      var operands: [Operand] = []
      for (scope, name, _) in named {
        let number = index.scopeNumber(scope)
        guard
          let fact = pick(
            index.facts(at: figures.filter { table[$0].scope == number }), question: question)
        else {
          return .missing(name)
        }
        operands.append(Operand(fact: fact, name: name))
      }
      return .found(operands)
    }
    // Two concepts named apart (`doanh thu ... gấp mấy lần ... xuất khẩu`): their figures of the
    // kind asked for the scope asked, the country's by default.
    guard concepts.count >= 2 else { return nil }
    let scope = index.scopeNumber(named.first?.scope ?? "national")
    var operands: [Operand] = []
    for concept in concepts.prefix(3) {
      let ofConcept = (index.byConcept[concept.id] ?? []).filter {
        table[$0].scope == scope && measure.accepts(table[$0])
      }
      guard let fact = pick(index.facts(at: ofConcept), question: question) else { return nil }
      operands.append(Operand(fact: fact, name: concept.name))
    }
    return .found(operands)
  }

  /// Among figures for one thing, the one for the period asked, else the latest report's first.
  func pick(_ facts: [Fact], question: Question) -> Fact? {
    if question.period != nil {
      return facts.first { fact in
        question.askedPeriods.contains { asked in
          fact.statistic!.period.map {
            Responder.period(asked.period, covers: $0, yearGiven: asked.yearGiven)
          } ?? false
        }
      }
    }
    let latest = facts.compactMap(\.published).max()
    return facts.first { $0.published == latest }
  }

  /// Why two figures cannot be combined, or nil when they can.
  func incomparable(_ first: Operand, _ second: Operand) -> String? {
    let a = first.statistic
    let b = second.statistic
    let kind = { (measure: Statistic.Measure) in
      measure.isChange ? "change" : measure == .rank ? "rank" : "level"
    }
    // Changes compare with the same base when they are of one kind (the same period a year
    // before, or the month before) and of the same period, which is checked below.
    if kind(a.measure) != kind(b.measure) || (a.measure.isChange && a.measure != b.measure) {
      return Template.fill(
        template("different_kinds", of: "statistic"), ["first": first.name, "second": second.name])
    }
    let lexicon = corpus.lexicon
    if VietnameseText.foldKey(Extractor.bareUnit(a.unit, lexicon: lexicon))
      != VietnameseText.foldKey(Extractor.bareUnit(b.unit, lexicon: lexicon))
    {
      return Template.fill(
        template("different_units", of: "statistic"), ["first": a.unit, "second": b.unit])
    }
    if a.period != b.period {
      return Template.fill(
        template("different_periods", of: "statistic"),
        [
          "first": a.period?.vietnamese ?? template("unknown_period", of: "statistic"),
          "second": b.period?.vietnamese ?? template("unknown_period", of: "statistic"),
        ])
    }
    return nil
  }

  /// The answer that the operands cannot be combined, and why; nil when they can.
  func refusal(_ operands: [Operand], slots: [String: String]) -> Draft? {
    for other in operands.dropFirst() {
      if let reason = incomparable(operands[0], other) {
        let text = Template.fill(
          template("incomparable", of: "statistic"),
          ["items": operands.map(figure).joined(separator: "; "), "reason": reason])
        return Draft(text: text, answered: false, facts: operands.map(\.fact), slots: slots)
      }
    }
    return nil
  }

  /// A difference, ratio, sum or comparison of the operands, with its working.
  func arithmetic(
    _ operation: String, _ operands: [Operand], subject: String, slots: [String: String]
  ) -> Draft {
    let facts = operands.map(\.fact)
    if let refused = refusal(operands, slots: slots) { return refused }
    let first = operands[0]
    let second = operands[1]
    let period = first.statistic.period.map { " (\($0.vietnamese))" } ?? ""
    // Figures of different things (`doanh thu` and `xuất khẩu`) are named one by one.
    let subject =
      Set(operands.map(\.statistic.subject)).count > 1
      ? template("several", of: "statistic") : subject
    let percent = first.statistic.unit == "%"
    var values: [String: String] = ["subject": subject, "period": period]
    let result: String
    let name: String
    switch operation {
    case "ratio":
      guard second.amount != 0 else {
        return Draft(
          text: template("no_computation", of: "statistic"), answered: false, facts: facts,
          slots: slots)
      }
      result = VietnameseNumber.format(first.amount / second.amount)
      values["working"] = "\(written(first)) : \(written(second)) ≈ \(result)"
      values["first"] = named(first)
      values["second"] = named(second)
      name = "ratio"
    case "sum":
      let total = operands.map(\.amount).reduce(0, +)
      result = inUnit(total, of: first)
      values["working"] = operands.map(written).joined(separator: " + ") + " = " + result
      values["items"] = operands.map(figure).joined(separator: "; ")
      name = "sum"
    default:
      let (higher, lower) = first.amount >= second.amount ? (first, second) : (second, first)
      let gap = higher.amount - lower.amount
      result =
        percent
        ? Template.fill(
          template("points", of: "statistic"), ["value": VietnameseNumber.format(gap)])
        : inUnit(gap, of: first)
      values["working"] = "\(written(higher)) − \(written(lower)) = \(result)"
      values["higher"] = named(higher)
      values["lower"] = named(lower)
      name = gap == 0 ? "equal" : "difference"
    }
    values["result"] = result
    var draft = Draft(
      text: Template.fill(template(name, of: "statistic"), values) + " "
        + template("computed", of: "statistic"),
      answered: true, facts: facts, slots: slots)
    draft.computed = [result]
    return draft
  }

  /// The figures of one kind for each scope, sorted: the largest or smallest first, or all in
  /// order.
  ///
  /// Figures for another period than the latest one are left out, and named. `figures` are
  /// positions in the index.
  func ranking(
    _ operation: String, _ question: Question, figures: [Int], subject: String,
    slots: [String: String]
  )
    -> Draft?
  {
    let table = index.figures
    // `bộ, ngành hay địa phương`: only the scopes named, when the question names two or more.
    let named = Set(
      (question.scopes + question.platforms).map(\.term.id)
        + question.places.map { "place:" + $0.term.name })
    // `ba tỷ lệ toàn trình của các địa phương`: the figures of the concepts that fit equally, for
    // the one scope named (the country's by default).
    let tied = question.concepts.filter {
      $0.score == question.concepts.first?.score && index.byConcept[$0.term.id] != nil
    }
    if tied.count > 1, named.count < 2 {
      let scope = named.first ?? "national"
      let number = index.scopeNumber(scope)
      let operands = tied.compactMap { concept in
        pick(
          index.facts(
            at: (index.byConcept[concept.term.id] ?? []).filter {
              table[$0].scope == number && MeasureFilter.level.accepts(table[$0])
            }), question: question
        ).map { Operand(fact: $0, name: Template.sentence(concept.term.name)) }
      }
      if operands.count > 1 {
        let name = scopeName(scope)
        return ranked(
          operation, operands,
          subject: template("several", of: "statistic")
            + Template.fill(template("of_scope", of: "statistic"), ["scope": name]),
          slots: slots)
      }
    }
    // The first figure of each scope, found by the scopes' numbers.
    let namedNumbers = Set(named.compactMap(index.scopeNumber))
    var firsts: [Int: Int] = [:]
    var order: [Int] = []
    for position in figures where firsts[table[position].scope] == nil {
      guard named.count < 2 || namedNumbers.contains(table[position].scope) else { continue }
      firsts[table[position].scope] = position
      order.append(position)
    }
    let operands = order.map { position in
      Operand(fact: index.all[position], name: scopeName(index.all[position].statistic!.scope))
    }
    return ranked(operation, operands, subject: subject, slots: slots)
  }

  /// The operands sorted, the largest or smallest first, or all in order; those of another
  /// period than the one most are for are named apart.
  func ranked(_ operation: String, _ operands: [Operand], subject: String, slots: [String: String])
    -> Draft?
  {
    guard operands.count >= 2 else { return nil }
    // The period most figures are for (the latest among equals) is the one ranked.
    var counts: [Period: Int] = [:]
    for operand in operands {
      if let period = operand.statistic.period { counts[period, default: 0] += 1 }
    }
    guard
      let period = counts.max(by: { ($0.value, $0.key.lastDay) < ($1.value, $1.key.lastDay) })?.key
    else { return nil }
    let inPeriod = operands.filter { $0.statistic.period == period }
    let ranked = inPeriod.filter { incomparable(inPeriod[0], $0) == nil }
      .sorted { operation == "min" ? $0.amount < $1.amount : $0.amount > $1.amount }
    let left = operands.filter { operand in !ranked.contains { $0.fact == operand.fact } }
    guard ranked.count >= 2 else { return nil }
    var values: [String: String] = ["subject": subject, "period": " (\(period.vietnamese))"]
    let name: String
    var positions: [String] = []
    if operation == "sort" {
      values["items"] = ranked.enumerated().map { "\($0.offset + 1). \(figure($0.element))" }
        .joined(separator: "; ")
      positions = ranked.indices.map { String($0 + 1) }
      name = "sorted"
    } else {
      values["first"] = named(ranked[0])
      values["items"] = ranked.dropFirst().map(figure).joined(separator: "; ")
      name = operation == "min" ? "smallest" : "largest"
    }
    var text = Template.fill(template(name, of: "statistic"), values)
    if !left.isEmpty {
      let unknown = template("unknown_period", of: "statistic")
      let items = left.map { "\(figure($0)), \($0.statistic.period?.vietnamese ?? unknown)" }
      text +=
        " "
        + Template.fill(
          template("left_out", of: "statistic"), ["items": items.joined(separator: "; ")])
    }
    var draft = Draft(
      text: text, answered: true, facts: ranked.map(\.fact) + left.map(\.fact), slots: slots)
    // The places in a sorted list are computed: the report gives no order.
    draft.computed = positions
    return draft
  }

  /// The level figure among `figures` that a computation starts from: the country's when there is
  /// one, for the period `question` asks, else the latest report's.
  ///
  /// With no question, the latest, whatever period is asked (`năm trước` in `cùng kỳ năm trước`
  /// reads as one). `figures` are positions in the index.
  func latestLevel(_ figures: [Int], question: Question?) -> Fact? {
    let table = index.figures
    let levels = figures.filter { MeasureFilter.level.accepts(table[$0]) }
    let national =
      index.scopeNumber("national").map { national in levels.filter { table[$0].scope == national }
      } ?? []
    let from = national.isEmpty ? levels : national
    if let question { return pick(index.facts(at: from), question: question) }
    let newest = from.lazy.compactMap { table[$0].published }.max()
    return from.first { table[$0].published == newest }.map { index.all[$0] }
  }

  /// The earlier figure a level and its change imply: `101.400 tỷ đồng, tăng 42,29% so với cùng kỳ
  /// năm 2024` gives about 71.263 tỷ đồng for quý I/2024; a fall in a count gives the count a year
  /// before, checked against the number that left when the report gives it.
  ///
  /// `kind` chooses the change (same period a year before, or the previous month); nil takes the
  /// first there is.
  ///
  /// With `gain`, the answer is the change in the figure's own unit instead (`tăng thêm bao
  /// nhiêu tỷ đồng`): the figure less the earlier one.
  func earlierLevel(
    of level: Fact, kind: Statistic.Measure?, subject: String, slots: [String: String],
    gain: Bool = false
  ) -> Draft? {
    let statistic = level.statistic!
    let sameReport = sameReportFigures(level)
    guard let change = rateOfChange(of: level, kind: kind, among: sameReport),
      let rate = change.statistic, let period = statistic.period,
      let earlier = rate.measure == .changeSamePeriod ? period.yearEarlier : period.monthEarlier
    else { return nil }
    let sign = rate.direction < 0 ? -1.0 : 1.0
    let factor = 1 + sign * rate.value / 100
    guard factor > 0 else { return nil }
    let estimate = statistic.value / factor
    let unit = statistic.unit == "%" ? "%" : " " + statistic.unit
    let result =
      VietnameseNumber.format(estimate, maximumDecimals: decimals(statistic.valueText)) + unit
    let percent = VietnameseNumber.format(1 + sign * rate.value / 100, maximumDecimals: 4)
    var working = "\(statistic.valueText)\(unit) : \(percent) ≈ \(result)"
    var facts = [level, change]
    var computed = [result, percent]
    if let (left, check) = departuresCheck(of: statistic, among: sameReport, unit: unit) {
      working += "; " + check.working
      facts.append(left)
      computed.append(check.result)
    }
    var values = [
      "subject": subject, "period": earlier.vietnamese, "result": result, "working": working,
      "value": statistic.valueText + unit, "at": period.vietnamese,
      "change": direction(rate.direction) + " " + rate.valueText + "%",
      "base": rate.base ?? earlier.vietnamese,
    ]
    if gain {
      let difference =
        VietnameseNumber.format(
          abs(statistic.value - estimate), maximumDecimals: decimals(statistic.valueText)) + unit
      values["direction"] = template(rate.direction < 0 ? "fall" : "gain_rise", of: "statistic")
      values["gain"] = difference
      values["working"] = working + "; \(statistic.valueText)\(unit) − \(result) ≈ \(difference)"
      computed.append(difference)
    }
    let text = Template.fill(template(gain ? "gain" : "estimate", of: "statistic"), values)
    var slots = slots
    slots["period"] = earlier.code
    slots["estimate"] = "derived"
    var draft = Draft(text: text, answered: true, facts: facts, slots: slots)
    draft.computed = computed
    return draft
  }

  /// The figures of the same subject, period and report as `level`: with many reports loaded the
  /// subject has hundreds, told apart by their rows in the index's table before their documents
  /// are compared.
  private func sameReportFigures(_ level: Fact) -> [Fact] {
    let statistic = level.statistic!
    let table = index.figures
    return index.facts(
      at: index.positions(withSubject: statistic.subject).filter { position in
        table[position].published == level.published && table[position].period == statistic.period
          && index.all[position].document == level.document
      })
  }

  /// The change in percent of `kind` (any, when nil) that the report gives for the same scope as
  /// `level`, among the figures of its report.
  private func rateOfChange(of level: Fact, kind: Statistic.Measure?, among sameReport: [Fact])
    -> Fact?
  {
    let scope = level.statistic!.scope
    return sameReport.first { fact in
      guard let change = fact.statistic, change.measure.isChange, change.unit == "%" else {
        return false
      }
      return change.scope == scope && (kind == nil || change.measure == kind)
    }
  }

  /// `giảm 7,45%, tương đương hơn 38.000 shop rời khỏi`: the count a year before is also the count
  /// now plus those that left; the figure of those that left, and that sum with its working.
  private func departuresCheck(of statistic: Statistic, among sameReport: [Fact], unit: String)
    -> (left: Fact, check: (result: String, working: String))?
  {
    guard let left = sameReport.first(where: { $0.statistic?.measure == .departures }),
      let departed = left.statistic
    else { return nil }
    let total = statistic.value * statistic.scale + departed.value * departed.scale
    let check =
      VietnameseNumber.format(
        total / statistic.scale, maximumDecimals: decimals(statistic.valueText)) + unit
    let working = Template.fill(
      template("check", of: "statistic"),
      [
        "value": statistic.valueText + unit, "left": departed.valueText + " " + departed.unit,
        "result": check,
      ])
    return (left, (check, working))
  }

  /// The exchange rate a figure written in two currencies implies (`373.242 tỷ đồng (tương đương
  /// 14,540 tỷ USD)`), and, when the question is about a figure in đồng, that figure converted at
  /// it.
  ///
  /// Both are marked as derived: the report states no rate.
  ///
  /// `figures` are positions in the index.
  func exchangeRate(_ question: Question, figures: [Int], subject: String, slots: [String: String])
    -> Draft?
  {
    let withRate = index.withEquivalent
    // Looked up in a set: the figures of a concept are thousands with many reports loaded.
    let positions = Set(figures)
    guard let first = withRate.first(where: positions.contains) ?? withRate.first,
      case let source = index.all[first], let rate = impliedRate(source)
    else { return nil }
    let statistic = source.statistic!
    let rateText = VietnameseNumber.format(rate.value, maximumDecimals: 0)
    var values = [
      "value": statistic.valueText + " " + statistic.unit, "equivalent": statistic.equivalent ?? "",
      "rate": rateText, "working": rate.working,
      "source": Template.sentence(statistic.subject)
        + (statistic.period.map { " (\($0.vietnamese))" } ?? ""),
    ]
    var facts = [source]
    var computed = [rateText]
    var text = Template.fill(template("rate", of: "statistic"), values)
    // An amount in dollars the question gives (`10 tỷ USD`): converted to đồng.
    if let dollars = dollarAmount(in: question) {
      // At the rate as shown, so that the working can be checked by hand.
      let amount = dollars.value * rate.value.rounded()
      let (scale, name) =
        amount >= 1e9
        ? (1e9, "billion_dong") : amount >= 1e6 ? (1e6, "million_dong") : (1, "dong")
      let unit = template(name, of: "statistic")
      let dong =
        VietnameseNumber.format(amount / scale, maximumDecimals: scale == 1 ? 0 : 2) + " " + unit
      text =
        Template.fill(
          template("converted_amount", of: "statistic"),
          ["amount": dollars.text, "result": dong, "rate": rateText])
        + " " + text
      computed.append(dong)
    } else if let figure = latestLevel(figures, question: question), figure != source,
      let level = figure.statistic,
      VietnameseText.foldKey(Extractor.bareUnit(level.unit, lexicon: corpus.lexicon)) == "dong"
    {
      let dollars = level.value * level.scale / rate.value
      // As precise as the report's own figure in dollars (`14,540 tỷ USD`: three decimals).
      let precision = max(
        2, decimals(String(statistic.equivalent?.split(separator: " ").first ?? "")))
      let converted =
        VietnameseNumber.format(dollars / 1e9, maximumDecimals: precision) + " "
        + template("billion_usd", of: "statistic")
      values["figure"] =
        Template.sentence(subject) + (level.period.map { " (\($0.vietnamese))" } ?? "")
      values["value"] = level.valueText + " " + level.unit
      values["result"] = converted
      text = Template.fill(template("converted", of: "statistic"), values) + " " + text
      facts.insert(figure, at: 0)
      computed.append(converted)
    }
    var draft = Draft(text: text, answered: true, facts: facts, slots: slots)
    draft.computed = computed
    return draft
  }

  /// An amount in dollars a question names (`10 tỷ USD`, `5 triệu đô la`): its value and its words.
  func dollarAmount(in question: Question) -> (value: Double, text: String)? {
    let words = question.words
    for (index, word) in words.enumerated() where word.isNumber {
      guard let number = VietnameseNumber.parse(word.text) else { continue }
      var next = index + 1
      var scale = 1.0
      if let match = corpus.lexicon.scales.matches(in: Array(words[next...])).first,
        match.range.lowerBound == 0
      {
        scale = match.term.value ?? 1
        next += match.range.upperBound
      }
      guard next < words.count, ["usd", "do"].contains(words[next].fold) else { continue }
      let text = words[index..<(next + 1)].map(\.text).joined(separator: " ")
      return (number * scale, text)
    }
    return nil
  }

  /// Đồng per dollar from a figure in đồng with its dollar equivalent, with the working.
  func impliedRate(_ fact: Fact) -> (value: Double, working: String)? {
    guard let statistic = fact.statistic, let equivalent = statistic.equivalent else { return nil }
    let words = VietnameseText.words(equivalent)
    guard let number = words.first.flatMap({ VietnameseNumber.parse($0.text) }) else { return nil }
    let scale = corpus.lexicon.scales.matches(in: words).first?.term.value ?? 1
    let dollars = number * scale
    guard dollars > 0,
      VietnameseText.foldKey(Extractor.bareUnit(statistic.unit, lexicon: corpus.lexicon)) == "dong"
    else { return nil }
    let rate = statistic.value * statistic.scale / dollars
    let working = Template.fill(
      template("rate_working", of: "statistic"),
      [
        "value": statistic.valueText + " " + statistic.unit, "equivalent": equivalent,
        "rate": VietnameseNumber.format(rate, maximumDecimals: 0),
      ])
    return (rate, working)
  }

  /// A figure in a list: `các bộ, ngành: 51,82%`.
  func figure(_ operand: Operand) -> String {
    "\(operand.name): \(written(operand))"
  }

  /// A figure in a sentence: `Shopee (66,7%)`.
  func named(_ operand: Operand) -> String {
    "\(operand.name) (\(written(operand)))"
  }

  /// A figure's value with its unit, as written.
  func written(_ operand: Operand) -> String {
    let statistic = operand.statistic
    return statistic.valueText + (statistic.unit == "%" ? "%" : " " + statistic.unit)
  }

  /// An amount in the unit of `operand` (`tỷ đồng`), written with as many decimals as it has.
  func inUnit(_ amount: Double, of operand: Operand) -> String {
    let statistic = operand.statistic
    let value = VietnameseNumber.format(
      amount / statistic.scale, maximumDecimals: max(2, decimals(statistic.valueText)))
    return value + (statistic.unit == "%" ? "%" : " " + statistic.unit)
  }

  /// A scope's name: `các bộ, ngành`, `Shopee`, a place's.
  func scopeName(_ scope: String) -> String {
    corpus.lexicon.scopes[scope]?.name ?? corpus.lexicon.platforms[scope]?.name
      ?? String(scope.drop { $0 != ":" }.dropFirst())
  }

  /// The decimals a value is written with (`50,65` → 2).
  func decimals(_ written: String) -> Int {
    guard let comma = written.lastIndex(of: ",") else { return 0 }
    return written.distance(from: comma, to: written.endIndex) - 1
  }

  func lowercasedFirst(_ text: String) -> String {
    text.prefix(1).lowercased() + text.dropFirst()
  }
}

extension Period {
  /// The same period a year before: what `so với cùng kỳ` compares with.
  var yearEarlier: Period? {
    switch self {
    case .month(let year, let month): return .month(year: year - 1, month: month)
    case .quarter(let year, let quarter): return .quarter(year: year - 1, quarter: quarter)
    case .year(let year): return .year(year - 1)
    case .firstMonths(let year, let months): return .firstMonths(year: year - 1, months: months)
    default: return nil
    }
  }

  /// The last day the period covers, to order periods in time.
  var lastDay: Day {
    switch self {
    case .month(let year, let month): return Day(year: year, month: month, day: 28)
    case .quarter(let year, let quarter): return Day(year: year, month: quarter * 3, day: 28)
    case .year(let year): return Day(year: year, month: 12, day: 31)
    case .firstMonths(let year, let months): return Day(year: year, month: months, day: 28)
    case .asOf(let day), .current(let day), .range(_, let day): return day
    }
  }

  /// The month before a month: what `so với tháng trước` compares with.
  var monthEarlier: Period? {
    guard case .month(let year, let month) = self else { return nil }
    return month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
  }
}
