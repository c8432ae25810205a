/// Scores a run's cross-article merges against `clusters.json` (see `ClusterScore`).
struct ClusterScorer {
  let gold: GoldClusters

  /// - Parameters:
  ///   - matched: per gold file, the event id of the run event each matched gold event
  ///     (by index) was assigned to.
  ///   - records: per gold file, the run's article record.
  func score(matched: [String: [Int: String]], records: [String: RunArticle]) -> ClusterScore {
    typealias Member = GoldClusters.Member
    var result = ClusterScore()
    // `clusters.json` names an article by its gold file's stem ("001"), the gold articles by
    // their `file` ("001_d277ff9554e8a9ac.txt").
    let files = Set(matched.keys).union(records.keys)
    func file(_ name: String) -> String {
      if files.contains(name) { return name }
      return files.sorted().first { $0.hasPrefix(name + "_") || $0.hasPrefix(name + ".") } ?? name
    }
    let records = Dictionary(
      records.map { (key: String, value: RunArticle) in (key, value) },
      uniquingKeysWith: { a, _ in a })
    var eventOf: [Member: String] = [:]
    for (name, events) in matched {
      for (event, id) in events { eventOf[Member(file: name, event: event)] = id }
    }
    let gold = GoldClusters(
      clusters: self.gold.clusters.map { cluster in
        var copy = cluster
        copy.members = cluster.members.map { Member(file: file($0.file), event: $0.event) }
        return copy
      },
      distinct: self.gold.distinct.map {
        (
          Member(file: file($0.0.file), event: $0.0.event),
          Member(file: file($0.1.file), event: $0.1.event)
        )
      },
      partial: self.gold.partial.map {
        (
          Member(file: file($0.0.file), event: $0.0.event),
          Member(file: file($0.1.file), event: $0.1.event)
        )
      },
      nearDuplicateArticles: self.gold.nearDuplicateArticles.map { (file($0.0), file($0.1)) })
    var clusterOf: [Member: Int] = [:]
    for (index, cluster) in gold.clusters.enumerated() {
      for member in cluster.members { clusterOf[member] = index }
    }
    func key(_ a: Member, _ b: Member) -> [Member] { [a, b].sorted() }
    let partial = Set(gold.partial.map { key($0.0, $0.1) })
    let members = eventOf.keys.sorted()
    var truePositives = 0
    var predicted = 0
    var goldPairs = 0
    for (i, a) in members.enumerated() {
      for b in members[(i + 1)...] where a.file != b.file {
        if partial.contains(key(a, b)) { continue }
        let sameGold = clusterOf[a] != nil && clusterOf[a] == clusterOf[b]
        let optional = sameGold && gold.clusters[clusterOf[a] ?? 0].isCampaign
        let merged = eventOf[a] == eventOf[b]
        if merged { predicted += 1 }
        if sameGold && merged { truePositives += 1 }
        if sameGold && (merged || !optional) { goldPairs += 1 }
        if merged && !sameGold { result.wrongMerges.append("\(a.label) + \(b.label)") }
      }
    }
    result.pairs = Score(truePositives: truePositives, predicted: predicted, gold: goldPairs)
    for cluster in gold.clusters where !cluster.isCampaign {
      let found = cluster.members.filter { eventOf[$0] != nil }
      guard found.count >= 2 else { continue }
      result.scorableClusters += 1
      let ids = Set(found.compactMap { eventOf[$0] })
      if ids.count == 1 {
        result.fullyMerged += 1
      } else {
        let members = found.map { "\($0.label) → \(eventOf[$0] ?? "-")" }
        result.split.append("\(cluster.label): \(members.joined(separator: ", "))")
      }
    }
    for (a, b) in gold.distinct {
      guard let idA = eventOf[a], let idB = eventOf[b] else { continue }
      result.distinctCheckable += 1
      if idA == idB { result.distinctMerged.append("\(a.label) + \(b.label)") }
    }
    // Near-duplicate articles: the run's duplicate groups by representative.
    func representative(_ file: String) -> String? {
      guard let record = records[file] else { return nil }
      return record.duplicateOf ?? record.articleID
    }
    var goldPaired = Set<String>()
    for (a, b) in gold.nearDuplicateArticles {
      result.nearDuplicatePairs += 1
      goldPaired.formUnion([a, b])
      if let repA = representative(a), let repB = representative(b), repA == repB {
        result.nearDuplicatesFound += 1
      }
    }
    for (file, record) in records.sorted(by: { $0.key < $1.key })
    where record.duplicateOf != nil && !goldPaired.contains(file) {
      result.extraDuplicates.append(file)
    }
    return result
  }
}
