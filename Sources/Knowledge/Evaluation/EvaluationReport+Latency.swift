extension EvaluationReport {
  /// How long one answer took, in microseconds: median, 95th percentile, maximum and mean.
  ///
  /// Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank
  /// ⌈p·n/100⌉, so it is always a latency that was measured. All zero when there are no cases.
  public struct Latency: Sendable, Hashable, Codable {
    /// The number of answers timed.
    public var count: Int
    /// The median.
    public var p50: Double
    /// The 95th percentile.
    public var p95: Double
    /// The slowest answer.
    public var max: Double
    /// The mean.
    public var mean: Double

    /// Summarises latencies given in microseconds.
    public init(_ microseconds: [Double]) {
      let sorted = microseconds.sorted()
      count = sorted.count
      p50 = Self.percentile(50, of: sorted)
      p95 = Self.percentile(95, of: sorted)
      max = sorted.last ?? 0
      mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
    }

    /// The nearest-rank `percent`-th percentile of `sorted`, 0 when it is empty.
    static func percentile(_ percent: Int, of sorted: [Double]) -> Double {
      guard !sorted.isEmpty else { return 0 }
      let rank = (percent * sorted.count + 99) / 100
      return sorted[Swift.max(rank, 1) - 1]
    }
  }
}
