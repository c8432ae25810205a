/// What an alias points at, and the case rules it carries.
public struct AliasPayload: Sendable, Hashable, BitwiseCopyable {
  /// The kind of entry.
  public enum Kind: UInt8, Sendable, Hashable, CaseIterable, BitwiseCopyable {
    case place, actor, demonym, weapon, genericHead, sponsorCue, direction, modifier, locative
  }

  public var kind: Kind
  /// The index in the gazetteer's array for `kind`.
  public var index: UInt32
  /// Bit i set: the alias's token i is capitalized, so the text's token must be too.
  public var capitalMask: UInt32
  /// Index in `Gazetteer.exactSurfaces` when the alias matches only as written, else -1.
  public var exactSurface: Int32
  /// Whether the alias is the entry's own name, not one of its other names (a former or
  /// foreign one).
  public var isName: Bool

  /// Creates a payload.
  public init(
    kind: Kind, index: UInt32, capitalMask: UInt32, exactSurface: Int32, isName: Bool
  ) {
    self.kind = kind
    self.index = index
    self.capitalMask = capitalMask
    self.exactSurface = exactSurface
    self.isName = isName
  }
}

/// A token-level trie over match keys: each alias is a path from the root, its payloads
/// hang on the node where it ends.
///
/// Edges live in one open-addressing table keyed by (parent node, term key), payloads in
/// one array indexed by node (CSR), so the whole trie is a few flat arrays: compact for a
/// million aliases and cheap to write to and read from the compiled index.
public struct AliasTrie: Sendable {
  /// One edge slot: `child == 0` marks an empty slot (the root is never a child). The
  /// child's three top bits are its `Link` flags.
  struct Edge: Sendable {
    var key: UInt64
    var parent: UInt32
    var child: UInt32
  }

  /// A node and what it holds, in one word: the matcher learns whether a node ends an alias
  /// and whether any alias goes on from it along with the node itself, so it reads the
  /// payload table and the edge filter only when they can say yes.
  struct Link: Sendable, Equatable, BitwiseCopyable {
    /// Node id and flags; 0 is no node (the root is never a child).
    var rawValue: UInt32

    static let none = Link(rawValue: 0)
    static let endsAlias: UInt32 = 1 << 31
    static let hasChildren: UInt32 = 1 << 30
    static let needsCapital: UInt32 = 1 << 29
    static let nodeMask: UInt32 = needsCapital - 1

    /// The node's id.
    var node: UInt32 { rawValue & Self.nodeMask }
    /// Whether some alias ends at the node (it has payloads).
    var endsAlias: Bool { rawValue & Self.endsAlias != 0 }
    /// Whether some alias goes on from the node (it has children).
    var hasChildren: Bool { rawValue & Self.hasChildren != 0 }
    /// Whether every alias ending at or below the node has a capitalized first word, and so
    /// matches only where the text's first word is capitalized too ("Of" the town is never
    /// "of").
    var needsCapital: Bool { rawValue & Self.needsCapital != 0 }
    var isNone: Bool { rawValue == 0 }
  }

  var edges: [Edge]
  /// Payloads of node n are `payloads[payloadStart[n]..<payloadStart[n + 1]]`.
  var payloadStart: [UInt32]
  var payloads: [AliasPayload]
  /// A bit per hash bucket of the edges, about eight bits an edge: most lookups find no
  /// child (most words start no alias, most aliases end after a word or two), and this
  /// bitset, a few MiB at most, answers that from cache where the edge table would miss.
  let edgeFilter: [UInt64]

  /// Creates a trie from its tables (edges carrying their `Link` flags), computing the
  /// edge filter.
  init(edges: [Edge], payloadStart: [UInt32], payloads: [AliasPayload]) {
    self.edges = edges
    self.payloadStart = payloadStart
    self.payloads = payloads
    // Every node but the root has one incoming edge.
    let used = max(1, payloadStart.count - 2)
    let bits = max(12, (used * 8).bitWidth - (used * 8).leadingZeroBitCount)
    var filter = [UInt64](repeating: 0, count: 1 << (bits - 6))
    for edge in edges where edge.child != 0 {
      let bit = Self.filterBit(edge.key, edge.parent, shift: UInt64(64 - bits))
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    edgeFilter = filter
  }

  @inline(__always)
  static func filterBit(_ key: UInt64, _ parent: UInt32, shift: UInt64) -> Int {
    let mixed = (key &+ UInt64(parent) &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> shift)
  }

  /// The number of alias payloads.
  public var payloadCount: Int { payloads.count }

  /// The child of `node` along `key`, or nil.
  public func child(of node: UInt32, key: UInt64) -> UInt32? {
    let link = self.link(of: node, key: key)
    return link.isNone ? nil : link.node
  }

  /// The link to the child of `node` along `key`, or `.none`.
  @inline(__always)
  func link(of node: UInt32, key: UInt64) -> Link {
    // The filter holds a power of two of 64-bit words.
    let shift = UInt64(58 - edgeFilter.count.trailingZeroBitCount)
    let bit = Self.filterBit(key, node, shift: shift)
    guard edgeFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return .none }
    return edges.withUnsafeBufferPointer { edges in
      let mask = edges.count - 1
      var slot = Self.slot(key, node) & mask
      while edges[slot].child != 0 {
        if edges[slot].key == key && edges[slot].parent == node {
          return Link(rawValue: edges[slot].child)
        }
        slot = (slot + 1) & mask
      }
      return .none
    }
  }

  /// Where the payloads of aliases that end at `node` are in `payloads` (reading them by
  /// position retains no slice).
  @inline(__always)
  func payloadSlots(at node: UInt32) -> Range<Int> {
    Int(payloadStart[Int(node)])..<Int(payloadStart[Int(node) + 1])
  }

  @inline(__always)
  static func slot(_ key: UInt64, _ parent: UInt32) -> Int {
    Int(truncatingIfNeeded: (key ^ (UInt64(parent) &* 0x9E37_79B9_7F4A_7C15)) >> 7)
  }
}

/// Builds an `AliasTrie`.
public struct AliasTrieBuilder {
  private var edges: [AliasTrie.Edge] = Array(
    repeating: AliasTrie.Edge(key: 0, parent: 0, child: 0), count: 1 << 12)
  private var edgeCount = 0
  private var nodeCount: UInt32 = 1
  private var pending: [(node: UInt32, payload: AliasPayload)] = []

  /// Creates an empty builder.
  public init() {}

  /// Adds an alias path ending in `payload`. Empty paths are ignored.
  public mutating func insert(_ keys: [UInt64], payload: AliasPayload) {
    guard !keys.isEmpty else { return }
    var node: UInt32 = 0
    for key in keys { node = childOrNew(node, key) }
    pending.append((node, payload))
  }

  /// The finished trie; equal payloads on one node are kept once.
  public func build() -> AliasTrie {
    var counts = [UInt32](repeating: 0, count: Int(nodeCount) + 1)
    let unique = Set(pending.map { PendingKey(node: $0.node, payload: $0.payload) })
    // A total order: the index's bytes do not depend on the set's.
    let ordered = unique.sorted {
      (
        $0.node, $0.payload.kind.rawValue, $0.payload.index, $0.payload.exactSurface,
        $0.payload.capitalMask, $0.payload.isName ? 1 : 0
      )
        < (
          $1.node, $1.payload.kind.rawValue, $1.payload.index, $1.payload.exactSurface,
          $1.payload.capitalMask, $1.payload.isName ? 1 : 0
        )
    }
    for item in ordered { counts[Int(item.node) + 1] += 1 }
    for index in 1..<counts.count { counts[index] += counts[index - 1] }
    let payloads = ordered.map(\.payload)
    return AliasTrie(
      edges: linked(payloadStart: counts, payloads: payloads), payloadStart: counts,
      payloads: payloads)
  }

  /// The edges with their children's `Link` flags set.
  private func linked(payloadStart: [UInt32], payloads: [AliasPayload]) -> [AliasTrie.Edge] {
    let count = Int(nodeCount)
    var parent = [UInt32](repeating: 0, count: count)
    var hasChildren = [Bool](repeating: false, count: count)
    for edge in edges where edge.child != 0 {
      parent[Int(edge.child)] = edge.parent
      hasChildren[Int(edge.parent)] = true
    }
    // A payload needs a capitalized first word when its alias's first word is capitalized
    // and it is not matched as written (`SpanFinder.accepts`). A parent's id is below its
    // children's, so one pass from the last node carries the answer up the tree.
    var needsCapital = [Bool](repeating: true, count: count)
    for node in 0..<count {
      let own = payloads[Int(payloadStart[node])..<Int(payloadStart[node + 1])]
      if own.contains(where: { $0.capitalMask & 1 == 0 || $0.exactSurface >= 0 }) {
        needsCapital[node] = false
      }
    }
    for node in stride(from: count - 1, to: 0, by: -1) where !needsCapital[node] {
      needsCapital[Int(parent[node])] = false
    }
    var edges = edges
    for slot in edges.indices where edges[slot].child != 0 {
      let node = Int(edges[slot].child)
      if payloadStart[node] < payloadStart[node + 1] {
        edges[slot].child |= AliasTrie.Link.endsAlias
      }
      if hasChildren[node] { edges[slot].child |= AliasTrie.Link.hasChildren }
      if needsCapital[node] { edges[slot].child |= AliasTrie.Link.needsCapital }
    }
    return edges
  }

  private struct PendingKey: Hashable {
    var node: UInt32
    var payload: AliasPayload
  }

  private mutating func childOrNew(_ parent: UInt32, _ key: UInt64) -> UInt32 {
    var mask = edges.count - 1
    var slot = AliasTrie.slot(key, parent) & mask
    while edges[slot].child != 0 {
      if edges[slot].key == key && edges[slot].parent == parent { return edges[slot].child }
      slot = (slot + 1) & mask
    }
    if (edgeCount + 1) * 2 > edges.count {
      grow()
      mask = edges.count - 1
      slot = AliasTrie.slot(key, parent) & mask
      while edges[slot].child != 0 { slot = (slot + 1) & mask }
    }
    let child = nodeCount
    // The three top bits of a child id are its link flags.
    precondition(child <= AliasTrie.Link.nodeMask, "too many alias trie nodes")
    nodeCount += 1
    edges[slot] = AliasTrie.Edge(key: key, parent: parent, child: child)
    edgeCount += 1
    return child
  }

  private mutating func grow() {
    let old = edges
    edges = Array(repeating: AliasTrie.Edge(key: 0, parent: 0, child: 0), count: old.count * 2)
    let mask = edges.count - 1
    for edge in old where edge.child != 0 {
      var slot = AliasTrie.slot(edge.key, edge.parent) & mask
      while edges[slot].child != 0 { slot = (slot + 1) & mask }
      edges[slot] = edge
    }
  }
}
