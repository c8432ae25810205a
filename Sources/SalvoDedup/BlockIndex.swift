/// The blocking keys of every profile, inverted: for a key, the profiles filed under it, in
/// profile order.
///
/// Built once before clustering from every profile's registration keys (`BlockKeys`), in
/// flat arrays: an open-addressing table from key to a range of `members`. So a lookup costs
/// one probe of the table, a key nobody holds is found absent at once, and the index holds
/// no array per key. The clusterer maps a block's profiles to their clusters as it goes
/// (unvisited profiles have none yet), so the candidates are those an index of clusters
/// would list.
///
/// The keys are split into shards by their value, one table each, built on threads of their
/// own: filling a table is a cache miss per key, tens of millions of them in a large run.
struct BlockIndex {
  private let shards: [BlockTable]

  /// Indexes `keys[keyStart[p]..<keyStart[p + 1]]` as profile `p`'s keys, in `threads`
  /// shards built on as many threads.
  init(keys: [UInt64], keyStart: [Int], threads: Int) {
    let count = max(1, threads)
    shards = Parallel.map(count, threads: count) { shard in
      BlockTable(keys: keys, keyStart: keyStart, shard: shard, of: count)
    }
  }

  /// The profiles filed under `key`, in profile order.
  func block(_ key: UInt64) -> ArraySlice<Int32> { shards[shard(key)].block(key) }

  /// How many profiles are filed under `key`.
  func count(_ key: UInt64) -> Int { shards[shard(key)].count(key) }

  private func shard(_ key: UInt64) -> Int { Int(key % UInt64(shards.count)) }
}

/// One shard of a `BlockIndex`: the keys whose value falls in it.
struct BlockTable {
  /// A slot of the table: a key and its range in `members`, side by side so that a lookup
  /// is one cache miss.
  private struct Slot {
    /// The key; `empty` for a free slot.
    var key: UInt64 = BlockTable.empty
    /// The first position of the key's profiles in `members`.
    var start: Int32 = 0
    /// Their end.
    var end: Int32 = 0
  }

  private var slots: [Slot]
  /// The profiles of every block, block after block.
  private var members: [Int32]
  private var mask: Int

  private static let empty: UInt64 = 0

  /// Indexes the keys of `keys[keyStart[p]..<keyStart[p + 1]]` (as profile `p`'s) that
  /// fall in `shard` of `shards`.
  init(keys: [UInt64], keyStart: [Int], shard: Int, of shards: Int) {
    let mine = { (key: UInt64) in Int(key % UInt64(shards)) == shard }
    // Keys repeat across profiles: start at a quarter of them and grow as needed.
    var capacity = 1024
    while capacity < keys.count / 4 / shards { capacity <<= 1 }
    slots = [Slot](repeating: Slot(), count: capacity)
    members = []
    mask = capacity - 1
    var used = 0
    // Count each key's profiles (in `end`).
    for key in keys where mine(key) {
      let slot = find(Self.stored(key))
      if slots[slot].key == Self.empty {
        slots[slot].key = Self.stored(key)
        used += 1
        if used * 4 > slots.count * 3 {
          grow()
          slots[find(Self.stored(key))].end += 1
          continue
        }
      }
      slots[slot].end += 1
    }
    // Ranges, then fill each from its end, profiles in reverse so that each block is sorted.
    var total: Int32 = 0
    for slot in slots.indices where slots[slot].key != Self.empty {
      total += slots[slot].end
      slots[slot].end = total
      slots[slot].start = total
    }
    members = [Int32](repeating: 0, count: Int(total))
    for profile in stride(from: keyStart.count - 2, through: 0, by: -1) {
      for key in keys[keyStart[profile]..<keyStart[profile + 1]] where mine(key) {
        let slot = find(Self.stored(key))
        slots[slot].start -= 1
        members[Int(slots[slot].start)] = Int32(profile)
      }
    }
  }

  /// The profiles filed under `key`, in profile order.
  func block(_ key: UInt64) -> ArraySlice<Int32> {
    let slot = slots[find(Self.stored(key))]
    guard slot.key != Self.empty else { return [] }
    return members[Int(slot.start)..<Int(slot.end)]
  }

  /// How many profiles are filed under `key`.
  func count(_ key: UInt64) -> Int {
    let slot = slots[find(Self.stored(key))]
    guard slot.key != Self.empty else { return 0 }
    return Int(slot.end - slot.start)
  }

  /// A key as stored: never `empty`.
  private static func stored(_ key: UInt64) -> UInt64 { key == empty ? 1 : key }

  /// The slot holding `key`, or the free slot where it would go (linear probing).
  private func find(_ key: UInt64) -> Int {
    var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    while true {
      let held = slots[slot].key
      if held == key || held == Self.empty { return slot }
      slot = (slot + 1) & mask
    }
  }

  /// Doubles the table while it is still counting (every range is a count then).
  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.key != Self.empty { slots[find(slot.key)] = slot }
  }
}
