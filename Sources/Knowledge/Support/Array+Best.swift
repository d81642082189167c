extension Array {
  /// The `count` best elements by `isBetter`, best first.
  ///
  /// A heap of the `count` best so far, its worst on top: choosing a few out of many costs little
  /// more than reading them once, where sorting them all costs a logarithm more for each.
  func best(_ count: Int, by isBetter: (Element, Element) -> Bool) -> [Element] {
    guard count < self.count else { return sorted(by: isBetter) }
    guard count > 0 else { return [] }
    var heap: [Element] = []
    heap.reserveCapacity(count)
    for element in self {
      if heap.count < count {
        heap.append(element)
        Self.siftUp(&heap, from: heap.count - 1, by: isBetter)
      } else if isBetter(element, heap[0]) {
        heap[0] = element
        Self.siftDown(&heap, from: 0, by: isBetter)
      }
    }
    return heap.sorted(by: isBetter)
  }

  /// Moves the element at `index` up the heap while it is worse than its parent.
  private static func siftUp(
    _ heap: inout [Element], from index: Int, by isBetter: (Element, Element) -> Bool
  ) {
    var child = index
    while child > 0 {
      let parent = (child - 1) / 2
      guard isBetter(heap[parent], heap[child]) else { return }
      heap.swapAt(parent, child)
      child = parent
    }
  }

  /// Moves the element at `index` down the heap while a child is worse than it.
  private static func siftDown(
    _ heap: inout [Element], from index: Int, by isBetter: (Element, Element) -> Bool
  ) {
    var parent = index
    while true {
      var worst = parent
      for child in [2 * parent + 1, 2 * parent + 2]
      where child < heap.count && isBetter(heap[worst], heap[child]) {
        worst = child
      }
      guard worst != parent else { return }
      heap.swapAt(parent, worst)
      parent = worst
    }
  }
}
