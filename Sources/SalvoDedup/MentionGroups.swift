import SalvoModel

/// The reports that are one mention: an exactly copied article's mention is reported once
/// per copy, with one mention id, and is deduplicated as one report.
///
/// Grouped by a hash of the mention id, sorted, rather than by a dictionary of arrays keyed
/// by the ids themselves (a million keys and arrays); reports whose hashes collide are told
/// apart by their ids.
struct MentionGroups {
  /// One report per group: the one from the article with the least id.
  private(set) var representatives: [Int] = []
  /// Each report's group representative.
  private(set) var representativeOf: [Int]
  /// The articles of each group of several reports, sorted, by representative.
  private(set) var articlesOf: [Int: [Int]] = [:]

  /// Groups `reports`, hashing their ids on `threads` threads.
  init(_ reports: [EventReport], articles: [ArticleDigest], threads: Int) {
    let hashes = Parallel.map(reports.count, threads: threads) { index in
      var hasher = Hasher()
      hasher.combine(reports[index].mentionID)
      return hasher.finalize()
    }
    var byHash = reports.indices.map { (hash: hashes[$0], index: $0) }
    byHash.sort { ($0.hash, $0.index) < ($1.hash, $1.index) }
    representativeOf = Array(reports.indices)
    var start = 0
    while start < byHash.count {
      var end = start + 1
      while end < byHash.count && byHash[end].hash == byHash[start].hash { end += 1 }
      if end - start == 1 {
        representatives.append(byHash[start].index)
      } else {
        var pending = byHash[start..<end].map(\.index)
        while let first = pending.first {
          let id = reports[first].mentionID
          let group = pending.filter { reports[$0].mentionID == id }
          pending.removeAll { reports[$0].mentionID == id }
          add(group, reports, articles)
        }
      }
      start = end
    }
  }

  /// Files a group of several reports (or one, whose hash another shares).
  private mutating func add(_ group: [Int], _ reports: [EventReport], _ articles: [ArticleDigest]) {
    let sorted = group.sorted {
      articles[reports[$0].article].id < articles[reports[$1].article].id
    }
    representatives.append(sorted[0])
    for member in sorted { representativeOf[member] = sorted[0] }
    if sorted.count > 1 { articlesOf[sorted[0]] = sorted.map { reports[$0].article }.sorted() }
  }
}
