/// The words the knowledge base knows, for repairing typos in questions.
public struct Vocabulary: Sendable {
  private let words: Set<String>
  private let byLength: [Int: [String]]

  /// Creates a vocabulary from fold keys.
  init(_ folds: some Sequence<String>) {
    let known = Set(folds.filter { !$0.isEmpty && !($0.first?.isNumber ?? true) })
    words = known
    byLength = Dictionary(grouping: known, by: \.count)
  }

  /// Whether a fold key is known.
  func contains(_ fold: String) -> Bool { words.contains(fold) }

  /// Replaces unknown words of five letters or more by the known word one edit away (two for
  /// words of eight letters or more), when exactly one such word exists: `lazda` → `lazada`.
  func repair(_ words: [Word]) -> [Word] {
    words.map { word in
      guard word.fold.count >= 5, !word.isNumber, !contains(word.fold),
        let fixed = correction(for: word.fold)
      else { return word }
      return Word(fixed)
    }
  }

  private func correction(for fold: String) -> String? {
    let limit = fold.count >= 8 ? 2 : 1
    let source = Array(fold)
    var best: (word: String, distance: Int)?
    var tied = false
    for length in (fold.count - limit)...(fold.count + limit) {
      for candidate in byLength[length] ?? [] {
        let distance = Vocabulary.distance(source, Array(candidate), limit: limit)
        guard distance <= limit else { continue }
        if best == nil || distance < best!.distance {
          best = (candidate, distance)
          tied = false
        } else if distance == best!.distance {
          tied = true
        }
      }
    }
    return tied ? nil : best?.word
  }

  /// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).
  static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...max(1, b.count) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
  }
}
