import Foundation

/// The words the extractor reads reports by, made once from the lexicon's `report_cues`,
/// `number_words` and `ordinal_words`.
///
/// Each role of `report_cues` (an entry's id) is made into what its look-ups need: sets of fold or
/// exact keys, phrases as fold keys, text to search for. Reading a report then hashes a word or
/// compares bytes, as it did when the words were written in the code.
///
/// Made with the lexicon, once: an extractor made for one question's figures finds them ready. A
/// class, immutable, so that copying a lexicon copies one reference.
final class ReportCues: Sendable {
  // Figures.
  let dataNotes: [String]
  let itemMarkers: [String]
  let conjunctions: [String]
  let respectively: [[String]]
  let listEnds: [String]
  let targets: [[String]]
  let equivalents: [[String]]
  let changeFrom: Set<String>
  let changeTo: Set<String>
  let comparisons: [[String]]
  /// The last fold key of each comparison phrase: a tail without one compares nothing.
  let comparisonEnds: Set<String>
  let samePeriods: [[String]]
  let periodLeads: Set<String>
  let descriptionEnds: Set<String>
  let subjectIntroductions: Set<String>
  let topicIntroductions: Set<String>
  let subjectEndings: Set<String>
  let phraseEndings: Set<String>
  let joinedHeads: [String]
  let joinedTails: [String]
  /// The first bytes of the tails, lowercased and ORed with 0x20: most pieces start with none.
  let joinedTailBytes: Set<UInt8>
  /// How many characters of a piece to lowercase to compare with the tails.
  let joinedTailLength: Int
  let rankFirst: [[String]]
  let rankOrdinal: [[String]]
  let rankTop: [[String]]
  /// The ``TermSet/foldHash(_:)`` of the words a rank starts with: the others are passed over on it.
  let rankStarts: FoldHashSet
  let rankEnds: [String]
  /// Number and ordinal words by fold key, for ranks (`thứ hai`) and meetings (`lần thứ ba`).
  let ordinals: [String: Int]
  // Statements.
  let chairs: [String]
  let meetingNumbers: [[String]]
  let timesOfDay: Set<String>
  let venues: [String]
  let bridges: [String]
  let attendees: [String]
  let announcements: [String]
  let announcedWith: [String]
  let workingGroups: [[String]]
  let mergers: [String]
  let formed: [String]
  let legalKinds: [String]
  let partyTypes: Set<String>
  let purposes: [String]
  let conclusions: [String]
  /// Each emphasis phrase with the fold key of its last word, looked for among a sentence's first
  /// words.
  let emphases: [(text: String, last: String)]
  /// Document numbers: `Nghị quyết số 03/NQ-CP ngày 9/1/2025`, `57- NQ/TW`, `42/2022/NĐ-CP`.
  let legalReference: NSRegularExpression?
  /// The roles the extractor reads that `report_cues` has no entry for: the steps that read them
  /// find nothing.
  let missingRoles: [String]
  /// The entries of `report_cues` whose role nothing reads.
  let unknownRoles: [String]
  /// The fold hashes of the one-word stop words: no evidence of what a text is about.
  let stopHashes: Set<UInt64>

  init(_ reportCues: TermSet, numberWords: TermSet, ordinalWords: TermSet, stopwords: TermSet) {
    let cues = Cues(reportCues)
    stopHashes = Set(
      stopwords.terms.flatMap { $0.phrases.filter { $0.count == 1 }.map(\.[0].foldHash) })
    dataNotes = cues.texts("data-note")
    itemMarkers = cues.texts("items")
    conjunctions = cues.texts("and")
    respectively = cues.folds("respectively")
    listEnds = cues.texts("list-end")
    targets = cues.folds("target")
    equivalents = cues.folds("equivalent")
    changeFrom = cues.foldSet("change-from")
    changeTo = cues.foldSet("change-to")
    comparisons = cues.folds("comparison")
    comparisonEnds = Set(comparisons.compactMap(\.last))
    samePeriods = cues.folds("same-period")
    periodLeads = cues.foldSet("period-lead")
    descriptionEnds = cues.exactSet("description-end")
    subjectIntroductions = cues.foldSet("subject-introduction")
    topicIntroductions = Set(cues.texts("topic-introduction").map { $0.lowercased() })
    subjectEndings = cues.exactSet("subject-ending")
    phraseEndings = cues.foldSet("phrase-ending")
    joinedHeads = cues.texts("joined-subject-head").map { $0.lowercased() }
    joinedTails = cues.texts("joined-subject-tail").map { $0.lowercased() }
    joinedTailBytes = Set(joinedTails.compactMap { $0.utf8.first.map { $0 | 0x20 } })
    joinedTailLength = joinedTails.map(\.count).max() ?? 0
    rankFirst = cues.folds("rank-first")
    rankOrdinal = cues.folds("rank-ordinal")
    rankTop = cues.folds("rank-top")
    rankStarts = FoldHashSet(
      (rankFirst + rankOrdinal + rankTop).compactMap(\.first).map(TermSet.foldHash))
    rankEnds = cues.texts("rank-end")
    ordinals = ReportCues.ordinals(numberWords, ordinalWords)
    chairs = cues.texts("chair")
    meetingNumbers = cues.folds("meeting-number")
    timesOfDay = cues.foldSet("time-of-day")
    venues = cues.texts("venue")
    bridges = cues.texts("bridge")
    attendees = cues.texts("attendees")
    announcements = cues.texts("announcement")
    announcedWith = cues.texts("announced-with")
    workingGroups = cues.folds("working-groups")
    mergers = cues.texts("merger")
    formed = cues.texts("formed")
    legalKinds = cues.texts("legal-kind")
    partyTypes = Set(cues.texts("party-type"))
    purposes = cues.texts("purpose")
    conclusions = cues.texts("conclusion")
    emphases = cues.phrases("emphasis").compactMap { phrase in
      phrase.last.map { (phrase.map(\.text).joined(separator: " "), $0.fold) }
    }
    legalReference = ReportCues.legalReference(
      kinds: legalKinds, number: cues.texts("legal-number"), date: cues.texts("legal-date"),
      types: cues.texts("legal-type"))
    missingRoles = cues.asked.filter { cues.byRole[$0] == nil }.sorted()
    unknownRoles = Set(cues.byRole.keys).subtracting(cues.asked).sorted()
  }

  /// The whole-number words of `sets` by fold key, the first set's first.
  private static func ordinals(_ sets: TermSet...) -> [String: Int] {
    var ordinals: [String: Int] = [:]
    for set in sets {
      for term in set.terms {
        guard let value = term.value, value == value.rounded(), value >= 1 else { continue }
        for phrase in term.phrases where phrase.count == 1 && ordinals[phrase[0].fold] == nil {
          ordinals[phrase[0].fold] = Int(value)
        }
      }
    }
    return ordinals
  }

  /// The pattern of a document number: a kind, `số`, the number (and year), type and issuer codes,
  /// and `ngày` with the date.
  private static func legalReference(
    kinds: [String], number: [String], date: [String], types: [String]
  ) -> NSRegularExpression? {
    func alternatives(_ words: [String]) -> String {
      words.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
    }
    return try? NSRegularExpression(
      pattern: "(" + alternatives(kinds) + ")" + "(?: (?:" + alternatives(number) + "))?"
        + #"\s+(\d+)\s*(?:/(\d{4}))?\s*[-/]\s*("# + alternatives(types)
        + #")\s*[-/]\s*(CP|TW|TTg|QH|BCT)(?:\s+(?:"# + alternatives(date)
        + #")\s+(\d{1,2}/\d{1,2}/\d{4}))?"#)
  }
}

/// The entries of `report_cues` by role, as the look-ups of ``ReportCues`` need them.
///
/// A class so that it can note each role asked for: a role the lexicon lacks, or one it has that
/// nothing asks for, is what `assistant check` reports (``ReportCues/missingRoles``).
private final class Cues {
  let byRole: [String: [[Word]]]
  private(set) var asked: Set<String> = []

  init(_ set: TermSet) {
    var byRole: [String: [[Word]]] = [:]
    for term in set.terms { byRole[term.id, default: []] += term.phrases }
    self.byRole = byRole
  }

  func phrases(_ role: String) -> [[Word]] {
    asked.insert(role)
    return byRole[role] ?? []
  }

  /// The phrases as written, their words joined by a space.
  func texts(_ role: String) -> [String] {
    phrases(role).map { $0.map(\.text).joined(separator: " ") }
  }

  /// The phrases as fold keys, word by word.
  func folds(_ role: String) -> [[String]] { phrases(role).map { $0.map(\.fold) } }

  /// The fold keys of the role's one-word phrases.
  func foldSet(_ role: String) -> Set<String> {
    Set(phrases(role).filter { $0.count == 1 }.map(\.[0].fold))
  }

  /// The exact keys of the role's one-word phrases.
  func exactSet(_ role: String) -> Set<String> {
    Set(phrases(role).filter { $0.count == 1 }.map(\.[0].exact))
  }
}
