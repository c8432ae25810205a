/// The folded terms of one document, interned: each distinct term is stored once.
///
/// Every term also carries a 64-bit fingerprint of its folded UTF-8 bytes
/// (`TermFingerprint`), which is the same in every document and in compiled gazetteers, so
/// stages compare terms across documents without sharing a table.
public struct TermTable: Sendable {
  /// The folded strings, indexed by `TermID.rawValue`.
  public private(set) var strings: [String] = []
  /// Fingerprints of `strings`, index for index.
  public private(set) var fingerprints: [UInt64] = []
  private var index = FingerprintIndex()

  /// Creates an empty table.
  public init() {}

  /// Makes room for `count` terms, so a document's table does not grow term by term.
  public mutating func reserveCapacity(_ count: Int) {
    strings.reserveCapacity(count)
    fingerprints.reserveCapacity(count)
  }

  /// The number of distinct terms.
  public var count: Int { strings.count }

  /// The folded string of a term.
  public subscript(id: TermID) -> String { strings[Int(id.rawValue)] }

  /// The fingerprint of a term.
  public func fingerprint(of id: TermID) -> UInt64 { fingerprints[Int(id.rawValue)] }

  /// Interns a folded term whose fingerprint the caller computed, returning its id.
  ///
  /// - Parameters:
  ///   - fingerprint: `TermFingerprint` of `folded`.
  ///   - folded: called only when the term is new, to produce its string.
  /// - Returns: the existing or new id.
  public mutating func intern(fingerprint: UInt64, folded: () -> String) -> TermID {
    if let existing = index.find(fingerprint) { return TermID(rawValue: existing) }
    let id = UInt32(strings.count)
    strings.append(folded())
    fingerprints.append(fingerprint)
    index.insert(fingerprint, id)
    return TermID(rawValue: id)
  }

  /// Interns a folded term.
  public mutating func intern(_ folded: String) -> TermID {
    intern(fingerprint: TermFingerprint.of(folded)) { folded }
  }
}

/// FNV-1a 64-bit fingerprints of folded terms.
public enum TermFingerprint {
  /// The FNV-1a offset basis: the fingerprint of the empty string.
  public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Mixes one byte into a running fingerprint.
  @inline(__always)
  public static func combine(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  /// The fingerprint of a folded string.
  public static func of(_ folded: String) -> UInt64 {
    var hash = seed
    for byte in folded.utf8 { hash = combine(hash, byte) }
    return hash
  }
}

/// An open-addressing map from fingerprints to term indexes.
///
/// Fingerprints are already hashes, so probing needs only a multiply to mix them; this avoids
/// `Dictionary`'s per-lookup hashing on the tokenizer's hot path.
public struct FingerprintIndex: Sendable {
  private struct Slot {
    var key: UInt64
    var value: UInt32
  }

  private static let empty = UInt32.max
  private var slots: [Slot]
  private var count = 0

  /// Creates an empty index with room for about `capacity / 2` entries before it grows.
  public init(capacity: Int = 1024) {
    var size = 16
    while size < capacity { size *= 2 }
    slots = Array(repeating: Slot(key: 0, value: Self.empty), count: size)
  }

  /// The value stored for `key`.
  public func find(_ key: UInt64) -> UInt32? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Self.home(key) & mask
      while slots[slot].value != Self.empty {
        if slots[slot].key == key { return slots[slot].value }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  /// Stores `value` for a `key` that is not in the index yet.
  public mutating func insert(_ key: UInt64, _ value: UInt32) {
    if (count + 1) * 2 > slots.count { grow() }
    let mask = slots.count - 1
    var slot = Self.home(key) & mask
    while slots[slot].value != Self.empty { slot = (slot + 1) & mask }
    slots[slot] = Slot(key: key, value: value)
    count += 1
  }

  /// The slot a key's probe starts from, before masking. FNV-1a's low bits depend only on
  /// the low bits of each byte, so they are mixed with the high ones first: linear probing
  /// over raw low bits clustered badly.
  @inline(__always)
  private static func home(_ key: UInt64) -> Int {
    let mixed = key &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(key: 0, value: Self.empty), count: old.count * 2)
    count = 0
    for slot in old where slot.value != Self.empty { insert(slot.key, slot.value) }
  }
}
