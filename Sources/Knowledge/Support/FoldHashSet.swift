/// A set of ``TermSet/foldHash(_:)`` values: whether a word could be one of a set's keys, told from
/// its hash without hashing its string again.
///
/// A word it holds is then looked up by its string; most words, which it does not hold, cost a
/// probe or two.
struct FoldHashSet: Sendable {
  /// An open-addressing table of the hashes, 0 marking an empty slot (no fold hash is 0).
  private let slots: [UInt64]

  init(_ hashes: some Collection<UInt64>) {
    var capacity = 8
    while capacity < hashes.count * 2 { capacity *= 2 }
    var slots = [UInt64](repeating: 0, count: capacity)
    for hash in hashes {
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = hash
    }
    self.slots = slots
  }

  func contains(_ hash: UInt64) -> Bool {
    slots.withUnsafeBufferPointer { slots in
      var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
      while slots[slot] != 0 {
        if slots[slot] == hash { return true }
        slot = (slot + 1) & (slots.count - 1)
      }
      return false
    }
  }
}
