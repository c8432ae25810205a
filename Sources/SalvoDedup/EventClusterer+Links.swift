import SalvoModel

extension EventClusterer {
  /// The weight of the link between two clusters: nil when some cross pair of members, or
  /// their canonical events, are incompatible, or when neither a pair of members nor the
  /// canonical events merge; else the best merging score. Comparing the canonical events too
  /// means that deduplicating the output again finds nothing more to merge.
  ///
  /// - Parameters:
  ///   - canonicalA: `a`'s canonical profile (its member when it has one), asked for only
  ///     when every cross pair is compatible (it may have to be built).
  ///   - canonicalB: `b`'s.
  ///   - known: the pairs already compared, looked up before comparing a pair again.
  ///   - newestFirst: whether to check the members that joined last first: a link that a
  ///     merge broke fails on the members that merge brought. Else the first members (the
  ///     most specific, the likeliest to conflict) come first.
  func link(
    _ a: [Int], _ b: [Int], _ canonicalA: () -> Profile, _ canonicalB: () -> Profile,
    known: CompatiblePairs, newestFirst: Bool = false
  ) -> Int? {
    func code(_ x: Int, _ y: Int) -> CandidateVerdicts.Code {
      known.code(x, y)
        ?? CandidateVerdicts.code(unretained(x) { compare($0, with: y) })
    }
    if a.count == 1 && b.count == 1 {
      // Singletons are their own canonical events: one comparison decides.
      let found = code(a[0], b[0])
      return found >= 0 ? Int(found) : nil
    }
    var best: Int?
    // Stop at the first incompatible pair.
    for i in a.indices {
      let x = newestFirst ? a[a.count - 1 - i] : a[i]
      for j in b.indices {
        let found = code(x, newestFirst ? b[b.count - 1 - j] : b[j])
        if found == CandidateVerdicts.incompatible { return nil }
        if found >= 0 { best = max(best ?? 0, Int(found)) }
      }
    }
    let whole = rules.compare(canonicalA(), canonicalB(), explain: false)
    guard whole.compatible else { return nil }
    if whole.merges { best = max(best ?? 0, whole.score) }
    return best
  }

  /// Merges clusters best link first (see the type's summary), until no link is left.
  ///
  /// A cluster looks its candidates up with its canonical event's keys (a subset of its
  /// members'), so that this pass finds every pair a second deduplication of the output
  /// would.
  func mergeCompatibleClusters(
    _ initial: [[Int]], _ index: BlockIndex, _ clusterOf: [Int32], _ pairs: CompatiblePairs,
    _ byArticle: ReportsByArticle
  ) -> [[Int]] {
    var clusters = initial
    var owner = Array(clusters.indices)
    var cache = [Profile?](repeating: nil, count: clusters.count)
    func root(_ cluster: Int) -> Int {
      var current = cluster
      while owner[current] != current {
        // Path halving: chains grow as clusters merge, and links look their roots up often.
        owner[current] = owner[owner[current]]
        current = owner[current]
      }
      return current
    }
    @Sendable func profileOf(_ members: [Int]) -> Profile {
      members.count == 1 ? profiles[members[0]] : canonical?(members) ?? profiles[members[0]]
    }
    // Each cluster's articles in 256 bits (see `ReportsByArticle.articleBits`): most pairs
    // of clusters are told apart without visiting their members.
    var articleBits = clusters.map { $0.reduce(.zero) { $0 | byArticle.articleBits($1) } }
    // Each cluster's dates, places and actors in a few numbers (see `ClusterSummary`): most
    // links fail on two members of different days, places or parties.
    let parts = PartTable(profiles, rules: rules)
    let summaryOf = { (member: Int) in ClusterSummary(member, profiles[member], parts) }
    var summaries = clusters.map { members in
      members.dropFirst().reduce(into: summaryOf(members[0])) { $0.formUnion(summaryOf($1)) }
    }
    func shareArticle(_ a: Int, _ b: Int) -> Bool {
      guard articleBits[a] & articleBits[b] != .zero else { return false }
      let (smaller, other) = clusters[a].count <= clusters[b].count ? (a, b) : (b, a)
      var shared = false
      for member in clusters[smaller] where !shared {
        byArticle.sharing(member) { shared = shared || root(Int(clusterOf[$0])) == other }
      }
      return shared
    }
    func profile(_ cluster: Int) -> Profile {
      if let cached = cache[cluster] { return cached }
      let made = profileOf(clusters[cluster])
      cache[cluster] = made
      return made
    }
    var pending = Array(clusters.indices)
    var memo = PartTable.Memo()
    while !pending.isEmpty {
      // Every cluster's profile is made before the round, so that the round only reads.
      let clustersNow = clusters
      // Each profile's cluster's root, so that the probes find it in one read.
      let rootOf = clusterOf.map { $0 < 0 ? -1 : Int32(root(Int($0))) }
      let missing = clusters.indices.filter { owner[$0] == $0 && cache[$0] == nil }
      let made = Parallel.map(missing.count, threads: threads) {
        profileOf(clustersNow[missing[$0]])
      }
      for (position, cluster) in missing.enumerated() { cache[cluster] = made[position] }
      let (snapshot, summariesNow) = (cache.map { $0 ?? profiles[0] }, summaries)
      let active = pending.sorted().filter { owner[$0] == $0 }
      // A single-report cluster's report, else -1 (read in the hot loop without touching
      // the member arrays).
      let soleMember = clusters.map { Int32($0.count == 1 ? $0[0] : -1) }
      // The reports that are a cluster alone: a single report that does not merge with the
      // one probing is passed over before its cluster is looked up.
      var alone = ProfileBits(count: profiles.count)
      for member in soleMember where member >= 0 { alone.insert(Int(member)) }
      let aloneNow = alone
      // Blocking is not symmetric (a dated report does not look up undated ones), so a pair
      // is tried from whichever side finds it. A pair found from both sides is listed twice
      // (the copy is skipped once the links are sorted): noting tried pairs would cost memory
      // quadratic in a large block. The clusters are probed in one chunk per thread, each
      // reading only the round's snapshot; the links are sorted after, so the result does
      // not depend on the chunking.
      let chunks = min(active.count, threads)
      let found = Parallel.map(chunks, threads: threads) {
        chunk -> [(score: Int, a: Int, b: Int)] in
        var links: [(score: Int, a: Int, b: Int)] = []
        // Per cluster, the last cluster probed that found it and the last whose articles it
        // holds, side by side: the probes read both for each candidate, at random.
        var marks = [(seen: Int32, holds: Int32)](repeating: (-1, -1), count: clustersNow.count)
        // The candidates found, with the code of the pair when both are single reports.
        var candidates: [(cluster: Int, code: CandidateVerdicts.Code?)] = []
        var memo = PartTable.Memo()
        for position in stride(from: chunk, to: active.count, by: chunks) {
          let cluster = active[position]
          let mark = Int32(cluster)
          candidates.removeAll(keepingCapacity: true)
          marks[cluster].seen = mark
          for member in clustersNow[cluster] {
            byArticle.sharing(member) { marks[Int(rootOf[$0])].holds = mark }
          }
          // Files the cluster of a profile found, once; `code` is the profile's verdict,
          // which settles the pair when that cluster is the profile alone.
          func consider(_ entry: Int32, code: CandidateVerdicts.Code?) {
            let other = Int(rootOf[Int(entry)])
            if marks[other].seen == mark { return }
            marks[other].seen = mark
            candidates.append((other, soleMember[other] == entry ? code : nil))
          }
          let sole = soleMember[cluster]
          if sole >= 0 {
            // A single report's candidates were compared before the first pass: only the
            // clusters of those it is compatible with can link with it, and two single
            // reports are settled by that comparison's code alone.
            for (entry, code) in pairs.compatible(with: Int(sole))
            where code >= 0 || !aloneNow.contains(Int(entry)) {
              consider(entry, code: code)
            }
          } else {
            for key in probes(snapshot[cluster], index) {
              for entry in index.block(key) { consider(entry, code: nil) }
            }
          }
          for (other, code) in candidates {
            if let code, code < 0 { continue }
            guard marks[other].holds != mark,
              let score = code.map(Int.init)
                ?? (summariesNow[cluster].excludes(summariesNow[other], parts, memo: &memo)
                  ? nil
                  : link(
                    clustersNow[cluster], clustersNow[other], { snapshot[cluster] },
                    { snapshot[other] }, known: pairs))
            else { continue }
            links.append((score, min(cluster, other), max(cluster, other)))
          }
        }
        return links
      }
      var links = found.flatMap { $0 }
      links.sort { ($0.score, $1.a, $1.b) > ($1.score, $0.a, $0.b) }
      pending = []
      var grown = [Bool](repeating: false, count: clusters.count)
      for (position, candidate) in links.enumerated() {
        // A pair's second listing, next to its first: it would meet the state the first
        // left and end the same way.
        if position > 0 && links[position - 1] == candidate { continue }
        let (a, b) = (root(candidate.a), root(candidate.b))
        guard a != b else { continue }
        // A link was found on its two clusters as they were; unless a side grew in this
        // round, it still holds.
        if grown[a] || grown[b] {
          guard !summaries[a].excludes(summaries[b], parts, memo: &memo), !shareArticle(a, b),
            link(
              clusters[a], clusters[b], { profile(a) }, { profile(b) }, known: pairs,
              newestFirst: true) != nil
          else { continue }
        }
        let (kept, merged) = (min(a, b), max(a, b))
        clusters[kept] += clusters[merged]
        clusters[merged] = []
        articleBits[kept] |= articleBits[merged]
        summaries[kept].formUnion(summaries[merged])
        owner[merged] = kept
        cache[kept] = nil
        if !grown[kept] {
          grown[kept] = true
          pending.append(kept)
        }
      }
    }
    return clusters.filter { !$0.isEmpty }
  }
}
