extension Fact {
  /// The fact on one line, for lists of facts people scan: a statistic's subject, value, scope
  /// and period; another fact's kind and the start of its source sentence.
  ///
  /// `tỷ lệ dịch vụ công trực tuyến toàn trình = 50,4 % (national, tháng 4/2025)`
  public var summary: String {
    guard let statistic else {
      let words = quote.split(whereSeparator: \.isWhitespace)
      let start = words.prefix(16).joined(separator: " ")
      return words.count > 16 ? start + " …" : start
    }
    var value = [statistic.qualifier, statistic.valueText, statistic.unit].compactMap { $0 }
      .filter { !$0.isEmpty }.joined(separator: " ")
    if statistic.measure != .level { value += " [\(statistic.measure.rawValue)]" }
    let context = [statistic.scope, statistic.period?.vietnamese].compactMap { $0 }
      .joined(separator: ", ")
    return "\(statistic.subject) = \(value) (\(context))"
  }
}
