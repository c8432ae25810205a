/// MinHash signatures and their agreement, the estimate of two sets' Jaccard similarity.
public enum MinHash {
  /// Positions (one-permutation bins) of an article's text signature.
  public static let textFunctions = 64
  /// Fact hashes an article's bottom-k fact sketch keeps.
  public static let factSketchSize = 64

  /// The signature of a set of 64-bit feature hashes, by one-permutation hashing: each
  /// feature is mixed once; its upper 32 bits pick one of `functions` bins (at most
  /// `textFunctions`) and each bin keeps the smallest lower 32 bits that fall in it. A bin
  /// no feature fell in borrows the value of the first filled bin of its own fixed probe
  /// sequence (optimal densification, Shrivastava 2017), so two signatures agree at a
  /// position with the probability of the sets' Jaccard similarity. Empty for an empty set.
  public static func signature(of features: some Sequence<UInt64>, functions: Int) -> [UInt32] {
    signature(mixed: features.map(mix), functions: functions)
  }

  /// The signature of the `width`-word shingles of a stream of word hashes:
  /// `signature(of: shingles(words, width: width), functions: functions)` without building
  /// the shingles.
  public static func shingleSignature(_ words: [UInt64], width: Int, functions: Int) -> [UInt32] {
    guard words.count >= width, width > 0 else {
      return signature(of: shingles(words, width: width), functions: functions)
    }
    return words.withUnsafeBufferPointer { words in
      signature(
        mixed: (0...(words.count - width)).map { mix(fold(words[$0..<($0 + width)])) },
        functions: functions)
    }
  }

  /// The signature of features already mixed.
  private static func signature(mixed: [UInt64], functions: Int) -> [UInt32] {
    guard !mixed.isEmpty else { return [] }
    let bins = min(functions, textFunctions)
    var minima = [UInt32](repeating: .max, count: bins)
    var filled: UInt64 = 0
    // One pass over the features instead of one per function: a feature costs a bin choice
    // and a minimum, where a pass per function cost `functions` hashes per feature.
    for feature in mixed {
      let bin = Int(((feature >> 32) &* UInt64(bins)) >> 32)
      minima[bin] = Swift.min(minima[bin], UInt32(truncatingIfNeeded: feature))
      filled |= 1 << UInt64(bin)
    }
    for bin in 0..<bins where filled & (1 << UInt64(bin)) == 0 {
      var attempt: UInt64 = 0
      var source = bin
      repeat {
        attempt += 1
        source = Int(mix(UInt64(bin) << 32 | attempt) % UInt64(bins))
      } while filled & (1 << UInt64(source)) == 0
      minima[bin] = minima[source]
    }
    return minima
  }

  /// The hashes of the `width`-word shingles of a stream of word hashes.
  public static func shingles(_ words: [UInt64], width: Int) -> [UInt64] {
    guard words.count >= width, width > 0 else { return words.isEmpty ? [] : [fold(words)] }
    return (0...(words.count - width)).map { fold(words[$0..<($0 + width)]) }
  }

  /// The bottom-k sketch of a set of hashes: its `size` smallest, sorted.
  public static func bottom(_ hashes: some Sequence<UInt64>, size: Int) -> [UInt64] {
    var sorted = Array(hashes)
    sorted.sort()
    return Array(distinct(sorted).prefix(size))
  }

  /// The distinct values of a sorted array, in order. Inlinable, so that callers in other
  /// modules get it specialized for their element type.
  @inlinable package static func distinct<Value: Equatable>(_ sorted: [Value]) -> [Value] {
    var result: [Value] = []
    result.reserveCapacity(sorted.count)
    for value in sorted where value != result.last { result.append(value) }
    return result
  }

  /// The estimated share of the smaller set that the larger one contains, from two bottom-k
  /// sketches and the sets' sizes (exact when both sketches are complete).
  public static func containment(
    _ a: [UInt64], count countA: Int, _ b: [UInt64], count countB: Int, size: Int
  ) -> Double {
    guard countA > 0, countB > 0 else { return 0 }
    if a.count == countA && b.count == countB {
      let shared = Set(a).intersection(b).count
      return Double(shared) / Double(min(countA, countB))
    }
    // Jaccard from the union's bottom k, then containment of the smaller set.
    let union = Array(Set(a).union(b).sorted().prefix(size))
    let setA = Set(a)
    let setB = Set(b)
    let shared = union.filter { setA.contains($0) && setB.contains($0) }.count
    let jaccard = Double(shared) / Double(max(1, union.count))
    let smaller = Double(min(countA, countB))
    return min(1, jaccard * Double(countA + countB) / ((1 + jaccard) * smaller))
  }

  /// The share of positions where two signatures agree; 0 when either is empty.
  public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
    guard !a.isEmpty, a.count == b.count else { return 0 }
    var equal = 0
    for index in a.indices where a[index] == b[index] { equal += 1 }
    return Double(equal) / Double(a.count)
  }

  /// One hash for a run of word hashes.
  static func fold(_ words: some Collection<UInt64>) -> UInt64 {
    var hash: UInt64 = 0x243F_6A88_85A3_08D3
    for word in words { hash = mix(hash ^ word) }
    return hash
  }

  /// SplitMix64's finalizer: a fast, well-spread 64-bit mix.
  static func mix(_ input: UInt64) -> UInt64 {
    var value = input &+ 0x9E37_79B9_7F4A_7C15
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
