/// A set of profile indices, one bit each: a million profiles in 125 KB, small enough to
/// stay in the cache while the hot loops test their candidates against it at random.
struct ProfileBits: Sendable {
  private var words: [UInt64]

  /// An empty set of indices below `count`.
  init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

  func contains(_ index: Int) -> Bool { words[index >> 6] & (1 << (index & 63)) != 0 }

  mutating func insert(_ index: Int) { words[index >> 6] |= 1 << (index & 63) }

  mutating func remove(_ index: Int) { words[index >> 6] &= ~(1 << (index & 63)) }
}
