import SalvoModel

/// Finds duplicate articles: exact ones by content hash, near ones by MinHash with LSH
/// banding over two signatures, the text's and the resolved facts'.
///
/// A reworded rewrite keeps few exact word sequences but keeps what it reports: the same
/// places, actors, figures and dates. So two articles are near duplicates when their text
/// signatures agree on at least `textThreshold` of positions (a copy, lightly edited), or
/// when the larger one contains at least `factThreshold` of the smaller one's facts (which
/// has at least `minimumFacts`) and they share at least `minimumSpecific` specific facts
/// (figures other than small counts, single days): articles on one topic share places and
/// actors, a rewrite keeps the figures too. Candidate pairs come from LSH bands of the text
/// signature (rows of `bandRows` minima hashed together) and from shared specific facts; a
/// band or fact shared by more than `commonBucket` articles is too common to be evidence.
/// So the cost grows with the number of articles, not its square. A group's representative
/// is its earliest article (by publication day, undated last, then id); every other member
/// is a `duplicate_of` it.
public struct ArticleDuplicates: Sendable {
  /// Text agreement that alone makes a near duplicate.
  public var textThreshold = 0.5
  /// The share of the smaller article's facts the larger must contain.
  public var factThreshold = 0.75
  /// The specific facts two articles must share for a fact-based near duplicate.
  public var minimumSpecific = 2
  /// The facts the smaller article needs for a fact-based near duplicate.
  public var minimumFacts = 8
  /// A bucket with more articles than this is ignored.
  public var commonBucket = 64
  /// Minima per LSH band.
  public var bandRows = 4

  /// Creates a detector with the default thresholds.
  public init() {}

  /// For each article, the id of the article it duplicates, or nil; and the near-duplicate
  /// pairs found (indices, lower first), sorted.
  ///
  /// - Parameters:
  ///   - threads: the threads to hash and compare on (the result does not depend on it).
  public func find(_ articles: [ArticleDigest], threads: Int = 1) -> (
    duplicateOf: [String?], pairs: [(Int, Int)]
  ) {
    var parent = Array(articles.indices)
    func root(_ index: Int) -> Int {
      var current = index
      while parent[current] != current { current = parent[current] }
      return current
    }
    func union(_ a: Int, _ b: Int) {
      let (rootA, rootB) = (root(a), root(b))
      if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
    var byHash: [String: Int] = [:]
    for (index, article) in articles.enumerated() {
      if let first = byHash[article.contentHash] {
        union(first, index)
      } else {
        byHash[article.contentHash] = index
      }
    }
    // Every (bucket, article) entry, sorted: a bucket's articles follow one another, in
    // index order. Made in one run of articles per thread, sorted by hash first (random
    // bits: it almost always decides) in halves on two threads.
    let pieces = max(1, min(threads, articles.count))
    let size = (articles.count + pieces - 1) / pieces
    let parts = Parallel.map(pieces, threads: pieces) { piece -> [BucketEntry] in
      var entries: [BucketEntry] = []
      for index in (piece * size)..<min(articles.count, (piece + 1) * size) {
        addEntries(of: articles[index], index: index, to: &entries)
      }
      return entries
    }
    let entries = Parallel.sorted(parts.flatMap { $0 }, threads: threads) {
      ($0.hash, $0.kind, $0.article) < ($1.hash, $1.kind, $1.article)
    }
    var candidates: [UInt64] = []
    var start = 0
    while start < entries.count {
      var end = start + 1
      while end < entries.count && entries[end].hash == entries[start].hash
        && entries[end].kind == entries[start].kind
      {
        end += 1
      }
      if end - start > 1 && end - start <= commonBucket {
        for i in start..<end {
          for j in (i + 1)..<end {
            candidates.append(UInt64(entries[i].article) << 32 | UInt64(entries[j].article))
          }
        }
      }
      start = end
    }
    candidates = MinHash.distinct(candidates.sorted())
    let found = Parallel.map(candidates.count, threads: threads) { position -> Bool in
      let (a, b) = (Int(candidates[position] >> 32), Int(candidates[position] & 0xFFFF_FFFF))
      return articles[a].contentHash != articles[b].contentHash
        && isNearDuplicate(articles[a], articles[b])
    }
    var pairs: [(Int, Int)] = []
    for (candidate, isPair) in zip(candidates, found) where isPair {
      let (a, b) = (Int(candidate >> 32), Int(candidate & 0xFFFF_FFFF))
      pairs.append((min(a, b), max(a, b)))
      union(a, b)
    }
    var groups: [Int: [Int]] = [:]
    for index in articles.indices { groups[root(index), default: []].append(index) }
    var duplicateOf = [String?](repeating: nil, count: articles.count)
    for members in groups.values where members.count > 1 {
      guard let first = members.min(by: { Self.earlier(articles[$0], articles[$1]) }) else {
        continue
      }
      for member in members where member != first { duplicateOf[member] = articles[first].id }
    }
    return (duplicateOf, pairs.sorted { $0 < $1 })
  }

  /// An article's place in a bucket: a band of text signatures (kind 0) or a specific fact
  /// (kind 1), by its hash.
  private struct BucketEntry: Sendable {
    let hash: UInt64
    let article: UInt32
    let kind: UInt8
  }

  /// Appends the buckets an article falls in: one per band of its text signature, one per
  /// specific fact.
  private func addEntries(of article: ArticleDigest, index: Int, to entries: inout [BucketEntry]) {
    let values = article.textSignature
    var start = 0
    while start + bandRows <= values.count {
      var hash = MinHash.mix(UInt64(start))
      for value in values[start..<(start + bandRows)] { hash = MinHash.mix(hash ^ UInt64(value)) }
      entries.append(BucketEntry(hash: hash, article: UInt32(index), kind: 0))
      start += bandRows
    }
    for fact in article.specificFacts {
      entries.append(BucketEntry(hash: fact, article: UInt32(index), kind: 1))
    }
  }

  /// Whether two articles are near duplicates (see the type's summary).
  public func isNearDuplicate(_ a: ArticleDigest, _ b: ArticleDigest) -> Bool {
    if MinHash.similarity(a.textSignature, b.textSignature) >= textThreshold { return true }
    guard min(a.factCount, b.factCount) >= minimumFacts else { return false }
    guard Self.sharedCount(a.specificFacts, b.specificFacts) >= minimumSpecific else {
      return false
    }
    return MinHash.containment(
      a.facts, count: a.factCount, b.facts, count: b.factCount, size: MinHash.factSketchSize)
      >= factThreshold
  }

  /// How many distinct values two short lists share (without building sets: most candidate
  /// pairs are told apart here, millions of them in a large run).
  static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
    var count = 0
    for (position, value) in a.enumerated()
    where b.contains(value) && !a[..<position].contains(value) {
      count += 1
    }
    return count
  }

  /// Publication order: dated before undated, then by day, then by id.
  static func earlier(_ a: ArticleDigest, _ b: ArticleDigest) -> Bool {
    switch (a.published, b.published) {
    case (let dayA?, let dayB?) where dayA != dayB: return dayA < dayB
    case (.some, nil): return true
    case (nil, .some): return false
    default: return a.id < b.id
    }
  }
}
