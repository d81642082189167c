import Testing

@testable import Knowledge

/// `FoldHashSet` answers membership of fold-key hashes, and the word cache gives back the words
/// `VietnameseText` would compute, found by their UTF-8 bytes.
@Suite struct FoldHashSetTests {
  @Test func holdsExactlyTheHashesGiven() {
    let members = ["tthc", "dvc", "ho", "so", "thang"].map(TermSet.foldHash)
    let set = FoldHashSet(members)
    for hash in members { #expect(set.contains(hash)) }
    for other in ["tthcs", "", "dich", "vu", "cong", "quy"].map(TermSet.foldHash) {
      #expect(!set.contains(other))
    }
    #expect(!FoldHashSet([UInt64]()).contains(TermSet.foldHash("a")))
  }

  /// Hundreds of members, more than the first table holds, collide in slots and are all found.
  @Test func growsAndProbesPastCollisions() {
    let members = (0..<600).map { TermSet.foldHash("tu\($0)") }
    let set = FoldHashSet(members)
    #expect(members.allSatisfy(set.contains))
    #expect(!(600..<1200).map { TermSet.foldHash("tu\($0)") }.contains(where: set.contains))
  }

  /// A word read from bytes is the word made from its text, the second time from the cache.
  @Test(arguments: ["Tỷ", "hồ", "TTHC", "Đà", "2025", "ố\u{300}", "𝔘nicode"])
  func wordsFromBytesMatchWordsFromText(text: String) {
    let fromText = Word(text)
    for _ in 0..<2 {
      let fromBytes = Array(text.utf8).withUnsafeBufferPointer { VietnameseText.word(utf8: $0) }
      #expect(fromBytes == fromText)
      #expect(fromBytes.foldHash == TermSet.foldHash(fromBytes.fold))
    }
  }
}
