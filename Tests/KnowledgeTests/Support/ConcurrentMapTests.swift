import Testing

@testable import Knowledge

/// Work shared out among the cores comes back in the elements' order, and a failure is reported
/// as a plain `map` would report it.
struct ConcurrentMapTests {
  struct Failure: Error, Equatable {
    let element: Int
  }

  @Test func resultsKeepTheElementsOrder() {
    let elements = Array(0..<1_000)
    #expect(elements.concurrentMap { $0 * $0 } == elements.map { $0 * $0 })
  }

  @Test func emptyAndSingleArrays() {
    #expect([Int]().concurrentMap { $0 + 1 } == [])
    #expect([41].concurrentMap { $0 + 1 } == [42])
  }

  @Test func theFirstFailureInOrderIsThrown() {
    #expect(throws: Failure(element: 10)) {
      try Array(0..<500).concurrentMap { element throws -> Int in
        if element >= 10 && element % 10 == 0 { throw Failure(element: element) }
        return element
      }
    }
  }
}
