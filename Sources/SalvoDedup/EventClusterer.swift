import SalvoModel

/// Groups event profiles into clusters of one real-world event each, without chaining.
///
/// Two passes. First, profiles are visited in a content order (most specific first, then by
/// mention id), so the grouping does not depend on input order; each is compared with the
/// clusters that share a blocking key with it (`BlockKeys`) and with **every** member of
/// each, and joins the best-scoring cluster all of whose members it is compatible with and
/// with one of which it merges with at least `strongScore`; else it starts a cluster. Then
/// clusters are merged best link first: a link between two clusters exists when every member
/// of one is compatible with every member of the other and some pair merges
/// (`Verdict.merges`), and weighs that pair's best score; links are taken in order of weight
/// (then cluster order), each re-checked against the clusters as they have grown, until none
/// is left. So a weak early match cannot take a report that a later one fits better, nothing
/// chains through a member that only one side agrees with, and clustering the output again
/// merges nothing more. A cluster never holds two reports of one article. Cluster pairs the
/// first pass found an incompatible pair of members in are not tried again: clusters only
/// grow, so they can never link.
///
/// An undated report cannot be blocked by time, so its blocks (its place, the places within
/// it, its figures) hold every report of that place over the whole collection, and grow with
/// it. When more than `undatedBlockLimit` reports are filed under such a key, the place (or
/// figure) has too many events to tell which one a report without a date tells of: the
/// undated report does not look that key up, and merges only through its smaller blocks (a
/// site's or town's own reports, its story), else stays unmerged. The sizes are counted
/// over all reports before clustering, so the cap does not depend on the visiting order.
struct EventClusterer {
  /// The score at which the first pass joins a report to a cluster at once.
  static let strongScore = 8
  /// The most incompatible clusters one report notes for the link pass to skip.
  static let excludedPerReport = 256
  /// The most reports a key may hold for an undated report to look it up.
  static let undatedBlockLimit = 64

  let rules: Compatibility
  let profiles: [Profile]
  /// The order to visit profiles in.
  let order: [Int]
  /// The profile of a cluster's canonical event (its merged slots), for links between
  /// clusters; nil to compare members only.
  var canonical: (@Sendable ([Int]) -> Profile)?
  /// The threads the link pass probes on (the result does not depend on it).
  var threads = 1

  /// The clusters, each a list of profile indices in the order they joined.
  func run() -> [[Int]] {
    var clusters: [[Int]] = []
    var clusterArticles: [Set<Int>] = []
    var seen: [Int32] = []
    var stamp: Int32 = 0

    // Every visited profile's registration keys, inverted once; a block's profiles are
    // mapped to their clusters as they join one (-1 until then).
    let index = registrationIndex()
    var clusterOf = [Int32](repeating: -1, count: profiles.count)

    // Cluster pairs with an incompatible pair of members: clusters only grow, and a link
    // needs every pair of members compatible, so the link pass need not try them again.
    var excluded = Set<UInt64>()
    var conflicting: [Int] = []
    for member in order {
      let profile = profiles[member]
      stamp += 1
      conflicting.removeAll(keepingCapacity: true)
      var best: (cluster: Int, score: Int)?
      for key in probes(profile, index) {
        for candidate in index.block(key) {
          let cluster = Int(clusterOf[Int(candidate)])
          if cluster < 0 || seen[cluster] == stamp { continue }
          seen[cluster] = stamp
          if profile.articles.contains(where: clusterArticles[cluster].contains) { continue }
          let fitted = fit(profile, clusters[cluster])
          guard fitted.compatible else {
            conflicting.append(cluster)
            continue
          }
          guard let score = fitted.score, score >= Self.strongScore else { continue }
          if let current = best,
            current.score > score || (current.score == score && current.cluster < cluster)
          {
            continue
          }
          best = (cluster, score)
        }
      }
      let joined = best?.cluster ?? clusters.count
      // Only a shortcut: a report in a very large block would note a pair for most of it,
      // and those pairs are simply tried again.
      if conflicting.count <= Self.excludedPerReport {
        for other in conflicting { excluded.insert(Self.pairKey(joined, other)) }
      }
      if let best {
        clusters[best.cluster].append(member)
        clusterArticles[best.cluster].formUnion(profile.articles)
        clusterOf[member] = Int32(best.cluster)
      } else {
        clusters.append([member])
        clusterArticles.append(Set(profile.articles))
        seen.append(-1)
        clusterOf[member] = Int32(clusters.count - 1)
      }
    }
    return mergeCompatibleClusters(clusters, clusterArticles, index, clusterOf, excluded)
  }

  /// Every visited profile's registration keys, inverted (made on `threads` threads).
  private func registrationIndex() -> BlockIndex {
    var visited = [Bool](repeating: false, count: profiles.count)
    for member in order { visited[member] = true }
    let (visitedNow, knowledge) = (visited, rules.knowledge)
    let registrations = Parallel.map(profiles.count, threads: threads) { number in
      visitedNow[number] ? BlockKeys.registration(profiles[number], knowledge: knowledge) : []
    }
    var keyStart = [Int](repeating: 0, count: profiles.count + 1)
    var keys: [UInt64] = []
    keys.reserveCapacity(order.count * 24)
    for (number, registration) in registrations.enumerated() {
      keys += registration
      keyStart[number + 1] = keys.count
    }
    return BlockIndex(keys: keys, keyStart: keyStart)
  }

  /// The keys `profile` looks its candidates up under, without those too large for an
  /// undated one (see the type's summary).
  func probes(_ profile: Profile, _ index: BlockIndex) -> [UInt64] {
    let keys = BlockKeys.probes(profile, knowledge: rules.knowledge)
    guard profile.days == nil else { return keys }
    return keys.filter { index.count($0) <= Self.undatedBlockLimit }
  }

  /// Whether `profile` is compatible with every one of `members`, and the score with which
  /// it may join them: nil unless it also merges with one; else the best merging score.
  func fit(_ profile: Profile, _ members: [Int]) -> (compatible: Bool, score: Int?) {
    var best: Int?
    for member in members {
      let verdict = rules.compare(profile, profiles[member], explain: false)
      guard verdict.compatible else { return (false, nil) }
      if verdict.merges { best = max(best ?? 0, verdict.score) }
    }
    return (true, best)
  }

  /// Chunks the link pass probes in (one chunk's links after another's; the links are
  /// sorted after, so the chunking does not change the result).
  static let linkChunks = 32

  /// The key of an unordered pair of clusters.
  static func pairKey(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

  /// The weight of the link between two clusters: nil when their canonical events, or some
  /// cross pair of members, are incompatible, or when neither the canonical events nor a
  /// pair of members merge; else the best merging score. Comparing the canonical events too
  /// means that deduplicating the output again finds nothing more to merge.
  ///
  /// - Parameters:
  ///   - canonicalA: `a`'s canonical profile (its member when it has one).
  ///   - canonicalB: `b`'s.
  func link(_ a: [Int], _ b: [Int], _ canonicalA: Profile, _ canonicalB: Profile) -> Int? {
    if a.count == 1 && b.count == 1 {
      // Singletons are their own canonical events: one comparison decides.
      let verdict = rules.compare(profiles[a[0]], profiles[b[0]], explain: false)
      return verdict.merges ? verdict.score : nil
    }
    // Most candidates already fail on their first members.
    guard rules.compare(profiles[a[0]], profiles[b[0]], explain: false).compatible else {
      return nil
    }
    let whole = rules.compare(canonicalA, canonicalB, explain: false)
    guard whole.compatible else { return nil }
    var best = whole.merges ? whole.score : nil
    if a.count == 1 && b.count == 1 { return best }
    for x in a {
      for y in b {
        let verdict = rules.compare(profiles[x], profiles[y], explain: false)
        guard verdict.compatible else { return nil }
        if verdict.merges { best = max(best ?? 0, verdict.score) }
      }
    }
    return best
  }

  /// Merges clusters best link first (see the type's summary), until no link is left.
  ///
  /// A cluster looks its candidates up with its canonical event's keys (a subset of its
  /// members'), so that this pass finds every pair a second deduplication of the output
  /// would.
  private func mergeCompatibleClusters(
    _ initial: [[Int]], _ initialArticles: [Set<Int>], _ index: BlockIndex,
    _ clusterOf: [Int32], _ excluded: Set<UInt64>
  ) -> [[Int]] {
    var clusters = initial
    var articles = initialArticles
    var owner = Array(clusters.indices)
    var cache = [Profile?](repeating: nil, count: clusters.count)
    func root(_ cluster: Int) -> Int {
      var current = cluster
      while owner[current] != current { current = owner[current] }
      return current
    }
    @Sendable func profileOf(_ members: [Int]) -> Profile {
      members.count == 1 ? profiles[members[0]] : canonical?(members) ?? profiles[members[0]]
    }
    func profile(_ cluster: Int) -> Profile {
      if let cached = cache[cluster] { return cached }
      let made = profileOf(clusters[cluster])
      cache[cluster] = made
      return made
    }
    var pending = Set(clusters.indices)
    while !pending.isEmpty {
      // Every cluster's profile is made before the round, so that the round only reads.
      let (clustersNow, ownerNow, articlesNow) = (clusters, owner, articles)
      let missing = clusters.indices.filter { owner[$0] == $0 && cache[$0] == nil }
      let made = Parallel.map(missing.count, threads: threads) {
        profileOf(clustersNow[missing[$0]])
      }
      for (position, cluster) in missing.enumerated() { cache[cluster] = made[position] }
      let snapshot = cache.map { $0 ?? profiles[0] }
      let active = pending.sorted().filter { owner[$0] == $0 }
      // Blocking is not symmetric (a dated report does not look up undated ones), so a pair
      // is tried from whichever side finds it. A pair found from both sides is listed twice;
      // the copy is harmless (its roots are one cluster by then, or it fails the same way),
      // and noting tried pairs would cost memory quadratic in a large block. The clusters
      // are probed in chunks that only read the round's snapshot (they run on `threads`
      // threads); the links are sorted after, so the result does not depend on the
      // chunking.
      let chunks = min(active.count, Self.linkChunks)
      let found = Parallel.map(chunks, threads: threads) {
        chunk -> [(score: Int, a: Int, b: Int)] in
        var links: [(score: Int, a: Int, b: Int)] = []
        // Candidates seen for the cluster being probed (a stamp per cluster).
        var seen = [Int](repeating: -1, count: clustersNow.count)
        var candidates: [Int] = []
        func root(_ cluster: Int) -> Int {
          var current = cluster
          while ownerNow[current] != current { current = ownerNow[current] }
          return current
        }
        for position in stride(from: chunk, to: active.count, by: chunks) {
          let cluster = active[position]
          candidates.removeAll(keepingCapacity: true)
          seen[cluster] = cluster
          for key in probes(snapshot[cluster], index) {
            for entry in index.block(key) {
              let other = root(Int(clusterOf[Int(entry)]))
              if seen[other] == cluster { continue }
              seen[other] = cluster
              candidates.append(other)
            }
          }
          for other in candidates {
            guard !excluded.contains(Self.pairKey(cluster, other)),
              articlesNow[cluster].isDisjoint(with: articlesNow[other]),
              let score = link(
                clustersNow[cluster], clustersNow[other], snapshot[cluster], snapshot[other])
            else { continue }
            links.append((score, min(cluster, other), max(cluster, other)))
          }
        }
        return links
      }
      var links = found.flatMap { $0 }
      links.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
      pending = []
      for candidate in links {
        let (a, b) = (root(candidate.a), root(candidate.b))
        guard a != b, articles[a].isDisjoint(with: articles[b]) else { continue }
        if pending.contains(a) || pending.contains(b) {
          // A side grew in this round: the link must still hold.
          guard link(clusters[a], clusters[b], profile(a), profile(b)) != nil else {
            continue
          }
        }
        let (kept, merged) = (min(a, b), max(a, b))
        clusters[kept] += clusters[merged]
        articles[kept].formUnion(articles[merged])
        clusters[merged] = []
        owner[merged] = kept
        cache[kept] = nil
        pending.insert(kept)
      }
    }
    return clusters.filter { !$0.isEmpty }
  }
}
