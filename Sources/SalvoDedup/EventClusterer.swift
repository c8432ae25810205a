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
/// merges nothing more. A cluster never holds two reports of one article.
///
/// Comparing two reports does not depend on the clusters, only choosing among them does:
/// each report's comparisons with its candidates are made ahead, on threads
/// (`CandidateVerdicts`), and both passes look them up.
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
  /// The most reports a key may hold for an undated report to look it up.
  static let undatedBlockLimit = 64
  /// How many profiles of the visiting order have their candidates compared at a time.
  static let verdictRun = 8192

  let rules: Compatibility
  let profiles: [Profile]
  /// The order to visit profiles in.
  let order: [Int]
  /// The profile of a cluster's canonical event (its merged slots), for links between
  /// clusters; nil to compare members only.
  var canonical: (@Sendable ([Int]) -> Profile)?
  /// The threads comparisons and the link pass run on (the result does not depend on it).
  var threads = 1
  /// `profiles` as unretained references, for the comparison loops (see `compare(_:with:)`).
  private let unretained: [Unmanaged<Profile>]

  init(rules: Compatibility, profiles: [Profile], order: [Int]) {
    self.rules = rules
    self.profiles = profiles
    self.order = order
    unretained = profiles.map { Unmanaged.passUnretained($0) }
  }

  /// `profile` compared with profile `other`, without retaining `other`: the comparison
  /// loops visit tens of candidates per report, scattered in memory, and a retain and
  /// release is an atomic write to each, contended when the threads share candidates.
  /// `profiles` keeps every profile alive as long as the clusterer.
  func compare(_ profile: Profile, with other: Int) -> Verdict {
    unretained(other) { rules.compare(profile, $0, explain: false) }
  }

  /// `body` applied to profile `index`, not retained (see `compare(_:with:)`).
  func unretained<Result>(_ index: Int, _ body: (Profile) -> Result) -> Result {
    unretained[index]._withUnsafeGuaranteedRef(body)
  }

  /// The clusters, each a list of profile indices in the order they joined.
  func run() -> [[Int]] {
    var clusters: [[Int]] = []
    // Per cluster, the last position that found it, and the last whose articles it holds.
    var seen = [Int32](repeating: -1, count: order.count)
    var holdsArticle = [Int32](repeating: -1, count: order.count)
    let byArticle = ReportsByArticle(profiles, visited: order)

    // Every visited profile's registration keys, inverted once; a block's profiles are
    // mapped to their clusters as they join one (-1 until then).
    let index = registrationIndex()
    var clusterOf = [Int32](repeating: -1, count: profiles.count)
    let rank = visitingPositions()
    // The verdicts of the profile being visited on its candidates, by candidate (valid
    // where `verdictStamp` is the position).
    var verdictStamp = [Int32](repeating: -1, count: profiles.count)
    var verdictCode = [CandidateVerdicts.Code](repeating: 0, count: profiles.count)
    var pairs = CompatiblePairs(rank: rank)
    // The profiles that are a cluster alone: a candidate alone in its cluster that cannot
    // join with `strongScore` is passed over before its cluster is looked up.
    var alone = ProfileBits(count: profiles.count)

    var verdicts = CandidateVerdicts.Stream(clusterer: self, index: index, rank: rank)
    for (position, member) in order.enumerated() {
      if position % Self.verdictRun == 0 { pairs.append(verdicts.next()) }
      let current = verdicts.current
      let profile = profiles[member]
      let stamp = Int32(position)
      // Lazily filtered: read twice below, and not worth an array per visited profile.
      let entries = current.entries(at: position).lazy.filter { entry in
        current.code(entry) >= Self.strongScore || !alone.contains(current.candidate(entry))
      }
      for entry in entries {
        verdictStamp[current.candidate(entry)] = stamp
        verdictCode[current.candidate(entry)] = current.code(entry)
      }
      byArticle.sharing(member) { other in
        if clusterOf[other] >= 0 { holdsArticle[Int(clusterOf[other])] = stamp }
      }
      var best: (cluster: Int, score: Int)?
      for entry in entries {
        let cluster = Int(clusterOf[current.candidate(entry)])
        if seen[cluster] == stamp { continue }
        seen[cluster] = stamp
        // A cluster holding a report it conflicts with cannot take it.
        if current.code(entry) == CandidateVerdicts.incompatible { continue }
        if holdsArticle[cluster] == stamp { continue }
        let fitted = fit(profile, clusters[cluster]) { other in
          verdictStamp[other] == stamp ? verdictCode[other] : nil
        }
        guard fitted.compatible, let score = fitted.score, score >= Self.strongScore else {
          continue
        }
        if let current = best,
          current.score > score || (current.score == score && current.cluster < cluster)
        {
          continue
        }
        best = (cluster, score)
      }
      if let best {
        alone.remove(clusters[best.cluster][0])
        clusters[best.cluster].append(member)
        clusterOf[member] = Int32(best.cluster)
      } else {
        clusters.append([member])
        clusterOf[member] = Int32(clusters.count - 1)
        alone.insert(member)
      }
    }
    return mergeCompatibleClusters(clusters, index, clusterOf, pairs, byArticle)
  }

  /// Each profile's position in the visiting order (`Int32.max` for one not visited).
  private func visitingPositions() -> [Int32] {
    var rank = [Int32](repeating: .max, count: profiles.count)
    for (position, member) in order.enumerated() { rank[member] = Int32(position) }
    return rank
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
    return BlockIndex(keys: keys, keyStart: keyStart, threads: threads)
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
  ///
  /// - Parameters:
  ///   - known: a member's verdict when already compared (see `CandidateVerdicts`).
  func fit(
    _ profile: Profile, _ members: [Int], known: (Int) -> CandidateVerdicts.Code?
  ) -> (compatible: Bool, score: Int?) {
    var best: Int?
    for member in members {
      let code =
        known(member)
        ?? CandidateVerdicts.code(compare(profile, with: member))
      if code == CandidateVerdicts.incompatible { return (false, nil) }
      if code >= 0 { best = max(best ?? 0, Int(code)) }
    }
    return (true, best)
  }
}
