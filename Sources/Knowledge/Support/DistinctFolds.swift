/// Keys told apart by hash, then by string when two share one: the hashes in an open-addressing
/// table (0 marks an empty slot; no fold hash is 0), with the key each was first kept for.
struct DistinctFolds {
  private var hashes = [UInt64](repeating: 0, count: 1024)
  private var folds = [String](repeating: "", count: 1024)
  private var count = 0
  /// The keys kept, each once, in the order they came, with their hashes.
  var found: [(fold: String, hash: UInt64)] = []

  /// Keeps a word's fold key.
  mutating func insert(_ word: Word) {
    insert(word.fold, hash: word.foldHash)
  }

  mutating func insert(_ fold: String, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & (hashes.count - 1)
    while hashes[slot] != 0 {
      if hashes[slot] == hash {
        if folds[slot] != fold, !found.contains(where: { $0.fold == fold }) {
          found.append((fold, hash))
        }
        return
      }
      slot = (slot + 1) & (hashes.count - 1)
    }
    hashes[slot] = hash
    folds[slot] = fold
    found.append((fold, hash))
    count += 1
    if count * 2 > hashes.count { grow() }
  }

  /// Doubles the table, placing every hash again.
  private mutating func grow() {
    let capacity = hashes.count * 2
    var grown = [UInt64](repeating: 0, count: capacity)
    var grownFolds = [String](repeating: "", count: capacity)
    for (hash, fold) in zip(hashes, folds) where hash != 0 {
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while grown[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      grown[slot] = hash
      grownFolds[slot] = fold
    }
    hashes = grown
    folds = grownFolds
  }
}
