import Knowledge
import Testing

/// Reading gold files: the JSON Lines and YAML forms, and messages that name the line.
@Suite struct GoldCaseTests {
  @Test func jsonLinesSkipCommentsAndBlankLinesAndKeepTheLine() throws {
    let text = """
      # statistics
      {"question": "q1", "expect": ["50,4", ["Hà Nội", "Ha Noi"]], "intent": "statistic", "tags": ["clean"]}

      {"question": "q2", "refuse": true}
      """
    let cases = try GoldCase.read(text, path: "dev.jsonl")
    #expect(cases.map(\.question) == ["q1", "q2"])
    #expect(cases.map(\.location) == ["dev.jsonl:2", "dev.jsonl:4"])
    #expect(cases.map(\.file) == ["dev.jsonl", "dev.jsonl"])
    #expect(cases[0].expect == [["50,4"], ["Hà Nội", "Ha Noi"]])
    #expect(cases[0].intent == "statistic")
    #expect(cases[0].tags == ["clean"])
    #expect(cases[1].refuse)
    #expect(cases[1].expect.isEmpty)
    #expect(cases[1].intent == nil)
  }

  @Test func windowsLineEndingsAndAByteOrderMarkAreAllowed() throws {
    let text = "\u{FEFF}{\"question\": \"q1\"}\r\n\r\n{\"question\": \"q2\"}\r\n"
    let cases = try GoldCase.read(text, path: "dos.jsonl")
    #expect(cases.map(\.location) == ["dos.jsonl:1", "dos.jsonl:3"])
  }

  @Test func singleValuesAndNumbersCountAsLists() throws {
    let text = #"{"question": "q", "expect": 50.4, "tags": "clean", "id": 7, "note": "n"}"#
    let gold = try #require(try GoldCase.read(text, path: "x.jsonl").first)
    #expect(gold.expect == [["50.4"]])
    #expect(gold.tags == ["clean"])
    let list = try GoldCase.read(#"{"question": "q", "expect": [12, ["3,5", 7]]}"#, path: "x.jsonl")
    #expect(list.first?.expect == [["12"], ["3,5", "7"]])
  }

  @Test func documentsAreKeptAsWritten() throws {
    let text = """
      {"question": "q1", "documents": ["003_phien_hop_thu_ba.txt", "more/004_ha_tang_so.txt"]}
      {"question": "q2", "documents": "005_hoa_don_may_tinh_tien.txt"}
      {"question": "q3"}
      """
    let cases = try GoldCase.read(text, path: "x.jsonl")
    #expect(cases[0].documents == ["003_phien_hop_thu_ba.txt", "more/004_ha_tang_so.txt"])
    #expect(cases[1].documents == ["005_hoa_don_may_tinh_tien.txt"])
    #expect(cases[2].documents.isEmpty)
    let yaml = try GoldCase.read("- question: q\n  documents: [a.txt]\n", path: "g.yaml")
    #expect(yaml.first?.documents == ["a.txt"])
  }

  @Test func eachNumberOfAFractionIsFound() {
    let answer = Answer(
      question: "q", answered: true, text: "", intent: "statistic", confidence: 1,
      body: "Bình Dương (tháng 6/2025): 88,75/100 điểm; 2.690/3.085 thủ tục.")
    for figure in ["88,75", "100", "2.690", "3.085", "2.690/3.085"] {
      #expect(GoldCase(question: "q", expect: [[figure]]).check(answer).passed, "\(figure)")
    }
    #expect(!GoldCase(question: "q", expect: [["88"]]).check(answer).passed)
  }

  @Test func yamlFilesHoldAListOfCases() throws {
    let text = """
      # the meeting
      - question: Ai chủ trì phiên họp?
        expect: [Phạm Minh Chính]
        intent: event
        tags: [clean]

      - question: thu do cua Phap la gi
        refuse: true
        expect:
          - ["50,4", "50.4"]
      """
    let cases = try GoldCase.read(text, path: "gold.yaml")
    #expect(cases.map(\.question) == ["Ai chủ trì phiên họp?", "thu do cua Phap la gi"])
    #expect(cases.map(\.location) == ["gold.yaml:2", "gold.yaml:7"])
    #expect(cases[0].expect == [["Phạm Minh Chính"]])
    #expect(cases[1].refuse)
    #expect(cases[1].expect == [["50,4", "50.4"]])
  }

  @Test(arguments: [
    (
      #"{"question": "q", "refuse": "yes"}"#,
      #"x.jsonl:2: not a gold case: "refuse" must be true or false"#
    ),
    (#"{"expect": ["1"]}"#, #"x.jsonl:2: not a gold case: missing "question""#),
    (#"{"question": "  "}"#, #"x.jsonl:2: not a gold case: "question" is empty"#),
    (
      #"{"question": "q", "expect": [[]]}"#,
      #"x.jsonl:2: not a gold case: "expect" item 1 is an empty list"#
    ),
    (
      #"{"question": "q", "expect": ["1", ["a", " "]]}"#,
      #"x.jsonl:2: not a gold case: "expect" item 2 is empty, and every answer contains that"#
    ),
    (
      #"{"question": "q", "expect": {"a": 1}}"#,
      #"x.jsonl:2: not a gold case: "expect" must be a list of text or of lists of alternatives"#
    ),
    (
      #"{"question": "q", "tags": [1]}"#,
      #"x.jsonl:2: not a gold case: "tags" must be a list of text"#
    ),
    (
      #"{"question": "q", "documents": [1]}"#,
      #"x.jsonl:2: not a gold case: "documents" must be a list of file names"#
    ),
    (
      #"{"question": "q", "documents": [""]}"#,
      #"x.jsonl:2: not a gold case: "documents" has an empty file name"#
    ),
    (
      #"{"question": "q", "refuses": true}"#,
      "x.jsonl:2: unknown key 'refuses' (expected one of: context, documents, expect, id, intent, note, question, refuse, tags)"
    ),
    (#"{"question": "q""#, "x.jsonl:2: not a gold case: expected a JSON object on one line"),
    ("question: q", "x.jsonl:2: not a gold case: expected a JSON object on one line"),
  ])
  func malformedCasesNameTheirLine(line: String, message: String) {
    let text = #"{"question": "fine"}"# + "\n" + line + "\n"
    #expect(throws: KnowledgeError.self) { try GoldCase.read(text, path: "x.jsonl") }
    do {
      _ = try GoldCase.read(text, path: "x.jsonl")
    } catch {
      #expect("\(error)" == message)
    }
  }

  @Test func malformedYAMLNamesItsLine() {
    let unknown = "- question: q\n- question: r\n  refuse: true\n  tag: [x]\n"
    #expect(
      throws: KnowledgeError.malformedRules(
        path: "g.yaml", line: 2,
        message:
          "unknown key 'tag' (expected one of: context, documents, expect, id, intent, note, question, refuse, tags)"
      )
    ) { try GoldCase.read(unknown, path: "g.yaml") }
    let broken = "- question: q\n  expect: [a, b\n"
    #expect {
      try GoldCase.read(broken, path: "g.yaml")
    } throws: { error in
      guard case .malformedRules("g.yaml", let line?, let message) = error as? KnowledgeError
      else { return false }
      return line >= 2 && message.hasPrefix("invalid YAML")
    }
  }
}
