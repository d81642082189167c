import Foundation

extension Double {
  /// The rate as a percentage with one decimal: `0.9705` → `97.1%`.
  var percentText: String {
    String(format: "%.1f%%", self * 100)
  }

  /// A latency in microseconds, to the microsecond below a millisecond: `45 µs`, `1.2 ms`.
  var microsecondsText: String {
    self < 1000 ? String(format: "%.0f µs", self) : String(format: "%.1f ms", self / 1000)
  }
}

extension Optional<Double> {
  /// The rate as a percentage, or `-` when it is undefined (a zero denominator).
  var percentText: String {
    map(\.percentText) ?? "-"
  }
}
