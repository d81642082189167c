import Dispatch

extension Array {
  /// `transform` applied to every element, the elements shared out among the machine's cores, with
  /// the results in the elements' order.
  ///
  /// For work that takes long for each element and shares nothing it changes: extracting the facts
  /// of many reports, reading many files, answering a batch. `transform` runs on several threads
  /// at once.
  public func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
      // Each index is written by one thread only, and `transform` is documented to run on
      // several threads at once; the compiler cannot see either.
      nonisolated(unsafe) let (elements, results) = (self, buffer)
      nonisolated(unsafe) let transform = transform
      DispatchQueue.concurrentPerform(iterations: count) { index in
        (results.baseAddress! + index).initialize(to: transform(elements[index]))
      }
      initialized = count
    }
  }

  /// `transform` applied to every element as ``concurrentMap(_:)`` does; when it throws for some
  /// elements, the error of the first of them in order, as a plain `map` would give.
  public func concurrentMap<Result>(_ transform: (Element) throws -> Result) throws -> [Result] {
    try concurrentMap { element in Swift.Result { try transform(element) } }.map { try $0.get() }
  }
}
