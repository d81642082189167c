import Knowledge
import Testing

/// Numbers read and written the Vietnamese way: `.` groups thousands, `,` is the decimal mark.
@Suite struct VietnameseNumberTests {
  @Test(arguments: [
    ("17.175.876", 17_175_876),
    ("50,4", 50.4),
    // Three digits after the comma: the report means 14,54 billion, not fourteen thousand.
    ("14,540", 14.54),
    ("101.400", 101_400),
    ("1,6", 1.6),
    // Typed the English way: one dot not followed by a group of three is a decimal point.
    ("50.4", 50.4),
    ("3.525", 3_525),
    ("2025", 2_025),
    ("43,09", 43.09),
    ("0,9", 0.9),
    ("1.234,5", 1_234.5),
  ])
  func parsesNumbersAsWrittenInTheReport(_ text: String, _ expected: Double) throws {
    let value = try #require(VietnameseNumber.parse(text))
    #expect(abs(value - expected) < 1e-9, "\(text) read as \(value), expected \(expected)")
  }

  @Test(arguments: ["", "abc", "50,4%", ",5", "5,", "12a", "-5", "tháng 4", "١٢", "½"])
  func rejectsWhatIsNotANumber(_ text: String) {
    #expect(VietnameseNumber.parse(text) == nil)
  }

  @Test(arguments: [
    (101_400, "101.400"),
    (50.4, "50,4"),
    (0.9, "0,9"),
    (17_175_876, "17.175.876"),
    (1_000_000, "1.000.000"),
    (2_025, "2.025"),
    (50, "50"),
    (-7.45, "-7,45"),
    (-101_400, "-101.400"),
    (3.14159, "3,14"),
    (0.126, "0,13"),
    (1_234.5678, "1.234,57"),
    (9.999, "10"),
    // Rounded to nothing, a negative value loses its sign.
    (-0.001, "0"),
  ])
  func formatsTheVietnameseWay(_ value: Double, _ expected: String) {
    #expect(VietnameseNumber.format(value) == expected)
  }

  @Test func formatHonoursTheNumberOfDecimals() {
    #expect(VietnameseNumber.format(3.14159, maximumDecimals: 3) == "3,142")
    #expect(VietnameseNumber.format(42.29, maximumDecimals: 0) == "42")
  }

  @Test(arguments: ["17.175.876", "50,4", "101.400", "43,09", "472,5", "950,7", "0,9"])
  func formatReadsBackWhatParseRead(_ text: String) throws {
    let value = try #require(VietnameseNumber.parse(text))
    #expect(VietnameseNumber.format(value) == text)
  }
}
