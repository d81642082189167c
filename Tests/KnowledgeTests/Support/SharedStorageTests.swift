import Testing

@testable import Knowledge

/// `Word` and `Statistic` share their fields among copies; they still behave as values.
@Suite struct SharedStorageTests {
  /// Words made apart from the same text are equal and hash alike; words of other texts are not.
  @Test func wordsAreEqualByTextAndKeys() {
    let made = Word("Tỷ")
    let cached = Array("Tỷ".utf8).withUnsafeBufferPointer { VietnameseText.word(utf8: $0) }
    let copy = made
    #expect(made == cached)
    #expect(made == copy)
    #expect(made.hashValue == cached.hashValue)
    #expect(Set([made, cached, copy, Word("tỷ"), Word("tỉ")]).count == 3)
    #expect(Word("tỷ") != Word("tỉ"))
    #expect(Word("tỷ").fold == Word("tỉ").fold)
  }

  /// Changing a copy of a figure changes neither the figure nor the other copies.
  @Test func changingACopyOfAFigureLeavesTheOthers() {
    let figure = Statistic(
      subject: "Tỷ lệ", concept: "online-rate", valueText: "50,4", value: 50.4, unit: "%", scale: 1,
      qualifier: nil,
      scope: "national", period: nil, measure: .level, direction: 0, base: nil, equivalent: nil,
      note: nil,
      total: nil, target: nil, from: nil)
    var changed = figure
    let untouched = figure
    changed.note = "số liệu"
    changed.scope = "ministries"
    #expect(figure.note == nil && figure.scope == "national")
    #expect(untouched == figure)
    #expect(changed.note == "số liệu" && changed.scope == "ministries")
    #expect(changed != figure)
    var back = changed
    back.note = nil
    back.scope = "national"
    #expect(back == figure)
    #expect(back.hashValue == figure.hashValue)
  }
}
