import Testing

@testable import SalvoDedup

/// The fused and sorted forms of `MinHash` agree with the plain ones they replace, and a
/// signature's agreement estimates the Jaccard similarity of the sets.
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

  /// Distinct seeded 64-bit features.
  static func features(_ range: Range<Int>) -> [UInt64] {
    range.map { MinHash.mix(UInt64($0) &* 0x9E37_79B9) }
  }

  @Test(arguments: [(0, 1.0), (100, 0.6), (200, 0.333), (300, 0.143), (400, 0.0)])
  func agreementEstimatesJaccard(shift: Int, jaccard: Double) {
    let a = MinHash.signature(of: Self.features(0..<400), functions: MinHash.textFunctions)
    let b = MinHash.signature(
      of: Self.features(shift..<(shift + 400)), functions: MinHash.textFunctions)
    // 64 positions: the estimate's standard error is at most 0.0625.
    #expect(abs(MinHash.similarity(a, b) - jaccard) < 0.2)
  }

  @Test func signatureIgnoresOrderAndRepeats() {
    let features = Self.features(0..<50)
    let plain = MinHash.signature(of: features, functions: MinHash.textFunctions)
    let shuffled = MinHash.signature(
      of: features.reversed() + features.prefix(10), functions: MinHash.textFunctions)
    #expect(plain == shuffled)
    #expect(plain.count == MinHash.textFunctions)
  }

  @Test func aFewFeaturesFillEveryPosition() {
    // Most bins are empty and borrow a filled one's value: a set agrees with itself and
    // with nothing else.
    let small = MinHash.signature(of: Self.features(0..<3), functions: MinHash.textFunctions)
    #expect(!small.contains(.max))
    #expect(small == MinHash.signature(of: Self.features(0..<3), functions: MinHash.textFunctions))
    let other = MinHash.signature(of: Self.features(3..<6), functions: MinHash.textFunctions)
    #expect(MinHash.similarity(small, other) < 0.2)
  }
}
