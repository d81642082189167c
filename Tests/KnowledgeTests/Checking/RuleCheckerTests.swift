import Foundation
import Knowledge
import Testing

/// What `assistant check` reports: every kind of problem, verbatim and in order, and a problem
/// found however many rules stand between the rules it is about.
@Suite struct RuleCheckerTests {
  /// Rules with one problem of every kind the checker knows, beside a rule of another intent.
  static let faq = """
    intent: faq
    rules:
      - id: faq.fee
        slots: {colour: blue, concept: no-such-concept, aspect: fee}
        require:
          - [lệ phí cấp đổi, lệ phí cấp đổi, lệ phí cấp đổi, phí cấp đổi]
          - [bao nhiêu, bao nhiêu]
        reply: "Lệ phí cấp đổi do {agency} quy định."
        examples:
          - Lệ phí cấp đổi là bao nhiêu?
      - id: faq.fee-again
        require:
          - [lệ phí cấp đổi, phí cấp đổi]
          - [bao nhiêu]
        reply: "Lệ phí cấp đổi được niêm yết tại nơi nộp hồ sơ."
        examples:
          - Lệ phí cấp đổi là bao nhiêu?
      - id: faq.office
        require:
          - [văn phòng một cửa, bộ phận một cửa]
          - [ở đâu]
        reply: "Bộ phận một cửa đặt tại trụ sở ủy ban."
        examples:
          - Bộ phận một cửa ở đâu?
      - id: faq.office-copy
        require:
          - [bộ phận một cửa, văn phòng một cửa]
          - [ở đâu]
        reply: "Bộ phận một cửa đặt tại trụ sở ủy ban."
        examples:
          - Văn phòng một cửa ở đâu?
      - id: faq.office-avoiding
        require:
          - [văn phòng một cửa, bộ phận một cửa]
          - [ở đâu]
        avoid: [tầng mấy]
        reply: "Bộ phận một cửa đặt tại trụ sở ủy ban."
        examples:
          - Bộ phận một cửa ở đâu?
      - id: faq.procedure
        declines: true
        require:
          - [thủ tục cấp đổi]
        examples:
          - Xin chào bạn
          - Giá vàng hôm nay
          - Thủ tục cấp đổi gồm những gì?
      - id: faq.passport
        require:
          - [hộ chiếu]
        reply: "Hộ chiếu do cơ quan xuất nhập cảnh cấp."

    """

  static let greeting = """
    intent: greeting
    rules:
      - id: greeting.hello
        reply: "Xin chào!"
        require:
          - [xin chào, chào bạn]
        examples:
          - Xin chào

    """

  /// The diagnostics of `intents` with the repository's lexicon, changed by `lexicon`, and seed.
  static func diagnostics(
    _ intents: [String: String], lexicon: (String) -> String = { $0 }
  ) throws -> [String] {
    var files = try GeneratedRules.corpusFiles(intents: intents)
    files["lexicon.yaml"] = lexicon(files["lexicon.yaml"] ?? "")
    let corpus = try Corpus(files: files, folder: "corpus")
    let knowledge = KnowledgeBase(documents: Fixtures.knowledge.documents, corpus: corpus)
    return RuleChecker.check(knowledge).map(\.description)
  }

  /// What `assistant check` printed for this corpus before rule data was indexed for scale: the
  /// indexes must find the same problems and report them in the same words and order.
  @Test func everyKindOfProblemIsReportedAsBefore() throws {
    let found = try Self.diagnostics(["faq.yaml": Self.faq, "greeting.yaml": Self.greeting]) {
      lexicon in
      // A phrase of one scope made a phrase of another too.
      lexicon.replacingOccurrences(
        of: "bộ ngành trung ương, các bộ ngành trung ương]",
        with: "bộ ngành trung ương, các bộ ngành trung ương, toàn quốc]")
    }
    let faq = "corpus/intents/faq.yaml"
    #expect(
      found == [
        "\(faq):3: error: rule 'faq.fee' names concept 'no-such-concept', which corpus/lexicon.yaml does not define",
        "\(faq):3: error: rule 'faq.fee' answers with template 'fee', which intent 'faq' does not define",
        "\(faq):3: error: the answer to “Lệ phí cấp đổi là bao nhiêu?” leaves '{agency}' unfilled: no fact or value provides it",
        "\(faq):40: error: rule 'faq.procedure' has no 'reply' to give",
        "\(faq):40: error: example “Xin chào bạn” of rule 'faq.procedure' is matched by rule 'greeting.hello' (corpus/intents/greeting.yaml:3) instead",
        "\(faq):40: error: example “Giá vàng hôm nay” of rule 'faq.procedure' is matched by no rule",
        "\(faq):3: warning: rule 'faq.fee' sets unknown slot 'colour' (known: aspect, concept)",
        "\(faq):3: warning: rule 'faq.fee' repeats 'le phi cap doi', 'le phi cap doi' in require group 1",
        "\(faq):3: warning: rule 'faq.fee' repeats 'bao nhieu' in require group 2",
        "\(faq):11: warning: example “Lệ phí cấp đổi là bao nhiêu?” of rule 'faq.fee-again' is matched by rule 'faq.fee' (\(faq):3) instead",
        "\(faq):25: warning: example “Văn phòng một cửa ở đâu?” of rule 'faq.office-copy' is matched by rule 'faq.office' (\(faq):18) instead",
        "\(faq):32: warning: example “Bộ phận một cửa ở đâu?” of rule 'faq.office-avoiding' is matched by rule 'faq.office' (\(faq):18) instead",
        "\(faq):48: warning: rule 'faq.passport' has no examples, so nothing shows that it can be reached",
        "\(faq):25: warning: rule 'faq.office-copy' requires the same cues as 'faq.office', written before it, so it never wins a tie",
        "corpus/lexicon.yaml: warning: 'toan quoc' is a term of both 'national' and 'ministries' in section 'scopes'",
      ])
  }

  /// Problems hundreds of rules apart are each found.
  ///
  /// Rules that clash with a rule hundreds of rules before them, and an example no rule matches,
  /// after 500 rules that are all fine: exactly these problems are found, and none of the others
  /// (each generated example is matched by its own rule). Rule 5 is `asks[2]`'s, rule 3 `asks[0]`'s.
  @Test func problemsAmongHundredsOfRulesAreEachFound() throws {
    let count = 500
    let late = """
        - id: generated.copy
          require:
            - [\(GeneratedRules.name(5))]
            - [\(GeneratedRules.asks[2].1), \(GeneratedRules.asks[2].0)]
          reply: "Một bản sao."
          examples:
            - Cho biết \(GeneratedRules.name(5)) \(GeneratedRules.asks[2].0)?
        - id: generated.stray
          require:
            - [hướng dẫn chung]
          reply: "Hướng dẫn chung."
          examples:
            - Cho biết \(GeneratedRules.name(3)) \(GeneratedRules.asks[0].1)?
        - id: generated.orphan
          require:
            - [mã số thuế cá nhân]
          reply: "Mã số thuế."
          examples:
            - mã số cá nhân

      """
    let found = try Self.diagnostics([
      "generated.yaml": GeneratedRules.file(count: count, extra: late)
    ])
    let file = "corpus/intents/generated.yaml"
    // Each generated rule takes eight lines after the two of the file's head.
    let copy = 3 + 8 * count
    let (stray, orphan) = (copy + 7, copy + 13)
    #expect(
      found == [
        "\(file):\(orphan): error: example “mã số cá nhân” of rule 'generated.orphan' is matched by no rule",
        "\(file):\(copy): warning: example “Cho biết \(GeneratedRules.name(5)) \(GeneratedRules.asks[2].0)?” of rule 'generated.copy' is matched by rule 'generated.5' (\(file):\(3 + 8 * 5)) instead",
        "\(file):\(stray): warning: example “Cho biết \(GeneratedRules.name(3)) \(GeneratedRules.asks[0].1)?” of rule 'generated.stray' is matched by rule 'generated.3' (\(file):\(3 + 8 * 3)) instead",
        "\(file):\(copy): warning: rule 'generated.copy' requires the same cues as 'generated.5', written before it, so it never wins a tie",
      ])
  }
}
