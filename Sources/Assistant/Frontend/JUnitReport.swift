import Foundation
import Knowledge

/// An evaluation as JUnit XML: one `<testsuite>` per gold file, one `<testcase>` per question,
/// a `<failure>` inside each case answered wrongly, so CI dashboards list the questions.
///
/// ```xml
/// <testsuites name="assistant eval" tests="2" failures="1" errors="0" time="0.000210">
///   <testsuite name="dev.jsonl" tests="2" failures="1" errors="0" skipped="0" time="0.000210">
///     <testcase classname="dev.jsonl" name="Ai chủ trì phiên họp?" file="dev.jsonl" line="1" time="0.000090"/>
///     <testcase classname="dev.jsonl" name="thủ đô của Pháp là gì" file="dev.jsonl" line="2" time="0.000120">
///       <failure message="answered, but must decline" type="wrong answer">...</failure>
///     </testcase>
///   </testsuite>
/// </testsuites>
/// ```
struct JUnitReport {
  /// The evaluated cases, in input order.
  var cases: [EvaluatedCase]

  /// The XML document, ending with a newline.
  var xml: String {
    var suites: [(file: String, cases: [EvaluatedCase])] = []
    for evaluated in cases {
      if suites.last?.file == evaluated.gold.file {
        suites[suites.count - 1].cases.append(evaluated)
      } else if let index = suites.firstIndex(where: { $0.file == evaluated.gold.file }) {
        suites[index].cases.append(evaluated)
      } else {
        suites.append((evaluated.gold.file, [evaluated]))
      }
    }
    var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    xml += "<testsuites" + Self.counts(name: "assistant eval", cases) + ">\n"
    for suite in suites {
      xml += "  <testsuite" + Self.counts(name: suite.file, suite.cases) + #" skipped="0">"# + "\n"
      for evaluated in suite.cases { xml += Self.testCase(evaluated) }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  private static func counts(name: String, _ cases: [EvaluatedCase]) -> String {
    let failures = cases.filter { !$0.passed }.count
    let seconds = cases.map(\.microseconds).reduce(0, +) / 1e6
    return #" name="\#(name.xmlEscaped())" tests="\#(cases.count)" failures="\#(failures)""#
      + #" errors="0" time="\#(time(seconds))""#
  }

  private static func testCase(_ evaluated: EvaluatedCase) -> String {
    let gold = evaluated.gold
    var line = ""
    if let number = gold.location.split(separator: ":").last.flatMap({ Int($0) }) {
      line = #" line="\#(number)""#
    }
    let attributes =
      #"classname="\#(gold.file.xmlEscaped())" name="\#(gold.question.xmlEscaped())""#
      + #" file="\#(gold.file.xmlEscaped())"\#(line) time="\#(time(evaluated.microseconds / 1e6))""#
    guard !evaluated.passed else { return "    <testcase \(attributes)/>\n" }
    let failure = EvaluationReport.Failure(evaluated)
    return "    <testcase \(attributes)>\n"
      + #"      <failure message="\#(failure.reason.xmlEscaped())" type="wrong answer">"#
      + failure.text.xmlEscaped(inAttribute: false) + "</failure>\n"
      + "    </testcase>\n"
  }

  /// Seconds with microsecond precision, as JUnit's `time` attribute wants them.
  private static func time(_ seconds: Double) -> String {
    String(format: "%.6f", seconds)
  }
}

extension String {
  /// The text escaped for XML: markup characters become entities; characters XML 1.0 does not
  /// allow at all (C0 and C1 controls, U+FFFE, U+FFFF) become U+FFFD, as in the text output.
  ///
  /// In an attribute value, tabs and line breaks become character references, which a parser
  /// keeps; in character data only `\r` does, and the text stays readable.
  func xmlEscaped(inAttribute: Bool = true) -> String {
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t" where inAttribute: result += "&#9;"
      case "\n" where inAttribute: result += "&#10;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      case "\r": result += "&#13;"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
