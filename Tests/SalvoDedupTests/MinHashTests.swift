import Testing

@testable import SalvoDedup

/// The fused and sorted forms of `MinHash` agree with the plain ones they replace.
struct MinHashTests {
  /// Word streams shorter than, as long as and longer than a shingle, seeded.
  static let streams: [[UInt64]] = [0, 1, 2, 3, 4, 50].map { count in
    var state = UInt64(count) &+ 7
    return (0..<count).map { _ in
      state = MinHash.mix(state)
      return state % 40
    }
  }

  @Test(arguments: streams)
  func shingleSignatureIsTheSignatureOfTheShingles(words: [UInt64]) {
    let plain = MinHash.signature(
      of: MinHash.shingles(words, width: 3), functions: MinHash.textFunctions)
    #expect(MinHash.shingleSignature(words, width: 3, functions: MinHash.textFunctions) == plain)
  }

  @Test(arguments: streams)
  func bottomIsTheSmallestDistinctHashesSorted(hashes: [UInt64]) {
    #expect(MinHash.bottom(hashes, size: 8) == Array(Set(hashes).sorted().prefix(8)))
    #expect(MinHash.distinct(hashes.sorted()) == Set(hashes).sorted())
  }
}
