import SalvoModel

/// Groups event profiles into clusters of one real-world event each, without chaining.
///
/// Profiles are visited in a content order (most specific first, then by mention id), so
/// the grouping does not depend on input order. Each profile is compared with the clusters
/// that share a blocking key with it (`BlockKeys`), and with **every** member of each: it
/// joins the best-scoring cluster all of whose members it is compatible with and with one
/// of which it merges (`Verdict.merges`), else it starts a cluster. A cluster never holds
/// two reports of one article. A final pass merges two clusters when every member of the
/// later one could join the earlier one, until none is left, so running the clustering over
/// its own output merges nothing more.
struct EventClusterer {
  let rules: Compatibility
  let profiles: [Profile]
  /// The order to visit profiles in.
  let order: [Int]

  /// The clusters, each a list of profile indices in the order they joined.
  func run() -> [[Int]] {
    var clusters: [[Int]] = []
    var clusterArticles: [Set<Int>] = []
    var index: [UInt64: [Int32]] = [:]
    var seen: [Int32] = []
    var stamp: Int32 = 0

    func register(_ member: Int, in cluster: Int) {
      for key in BlockKeys.registration(profiles[member], knowledge: rules.knowledge) {
        if index[key]?.last == Int32(cluster) { continue }
        index[key, default: []].append(Int32(cluster))
      }
    }

    for member in order {
      let profile = profiles[member]
      stamp += 1
      var best: (cluster: Int, score: Int)?
      for key in BlockKeys.probes(profile, knowledge: rules.knowledge) {
        guard let candidates = index[key] else { continue }
        for candidate in candidates {
          let cluster = Int(candidate)
          if seen[cluster] == stamp { continue }
          seen[cluster] = stamp
          if profile.articles.contains(where: clusterArticles[cluster].contains) { continue }
          guard let score = fit(profile, clusters[cluster]) else { continue }
          if let current = best,
            current.score > score || (current.score == score && current.cluster < cluster)
          {
            continue
          }
          best = (cluster, score)
        }
      }
      if let best {
        clusters[best.cluster].append(member)
        clusterArticles[best.cluster].formUnion(profile.articles)
        register(member, in: best.cluster)
      } else {
        clusters.append([member])
        clusterArticles.append(Set(profile.articles))
        seen.append(-1)
        register(member, in: clusters.count - 1)
      }
    }
    return mergeCompatibleClusters(clusters, clusterArticles, index)
  }

  /// The score with which `profile` may join `members`: nil unless it is compatible with
  /// every member and merges with at least one; else the best merging score.
  func fit(_ profile: Profile, _ members: [Int]) -> Int? {
    var best: Int?
    for member in members {
      let verdict = rules.compare(profile, profiles[member], explain: false)
      guard verdict.compatible else { return nil }
      if verdict.merges { best = max(best ?? 0, verdict.score) }
    }
    return best
  }

  /// Merges clusters whose members are all compatible across and of which one pair merges,
  /// lowest cluster first, until no pair is left.
  private func mergeCompatibleClusters(
    _ initial: [[Int]], _ initialArticles: [Set<Int>], _ index: [UInt64: [Int32]]
  ) -> [[Int]] {
    var clusters = initial
    var articles = initialArticles
    var owner = Array(clusters.indices)  // cluster → the cluster it was merged into
    func root(_ cluster: Int) -> Int {
      var current = cluster
      while owner[current] != current { current = owner[current] }
      return current
    }
    var changed = true
    while changed {
      changed = false
      for cluster in clusters.indices where owner[cluster] == cluster {
        var candidates = Set<Int>()
        for member in clusters[cluster] {
          for key in BlockKeys.probes(profiles[member], knowledge: rules.knowledge) {
            for other in index[key] ?? [] { candidates.insert(root(Int(other))) }
          }
        }
        for other in candidates.sorted() where other > cluster && owner[other] == other {
          guard articles[cluster].isDisjoint(with: articles[other]) else { continue }
          guard clusters[other].allSatisfy({ fit(profiles[$0], clusters[cluster]) != nil })
          else { continue }
          clusters[cluster] += clusters[other]
          articles[cluster].formUnion(articles[other])
          clusters[other] = []
          owner[other] = cluster
          changed = true
        }
      }
    }
    return clusters.filter { !$0.isEmpty }
  }
}
