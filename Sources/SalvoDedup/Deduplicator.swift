import Foundation
import SalvoModel

/// The dedup stage: turns every article's event reports into canonical events, one per
/// real-world event, and marks duplicate articles.
///
/// Input: the digests of all articles of a run and their event reports (from the events
/// stage, surfaces already cut out). Output: canonical events sorted by date (undated last)
/// and id, each report's canonical event id, and each article's `duplicate_of`. The result
/// depends only on the content of the inputs, not on their order (see `EventIdentity`).
public struct Deduplicator: Sendable {
  /// The gazetteer links the compatibility rules use.
  public let links: ReferenceLinks
  /// The near-duplicate article detector.
  public var articleDuplicates = ArticleDuplicates()
  /// The threads to build profiles and canonical events and to link clusters on (the result
  /// does not depend on it).
  public var threads = ProcessInfo.processInfo.activeProcessorCount

  /// Creates the stage.
  public init(links: ReferenceLinks) { self.links = links }

  /// Deduplicates a run.
  ///
  /// - Parameters:
  ///   - articles: every article's digest; `EventReport.article` indexes this array.
  ///   - reports: every event report.
  public func run(articles: [ArticleDigest], reports: [EventReport]) -> DeduplicationResult {
    let duplicates = articleDuplicates.find(articles, threads: threads)
    let knowledge = Knowledge(links)
    let rules = Compatibility(knowledge: knowledge)

    // One mention of an exactly duplicated article is one report, in every copy.
    let mentions = MentionGroups(reports, articles: articles, threads: threads)
    var storyOf = [Int?](repeating: nil, count: articles.count)
    var indexOfID: [String: Int] = [:]
    for (index, article) in articles.enumerated() where indexOfID[article.id] == nil {
      indexOfID[article.id] = index
    }
    for (index, original) in duplicates.duplicateOf.enumerated() {
      guard let original, let first = indexOfID[original] else { continue }
      storyOf[index] = first
      storyOf[first] = first
    }
    let (articlesOf, storyOfNow) = (mentions.articlesOf, storyOf)
    // Made in date order, so that the profiles of nearby days, which are each other's
    // candidates, lie near each other in memory: comparing is mostly waiting for memory.
    let firstDay = reports.map { Self.firstDay($0.date) }
    let byDate = reports.indices.sorted { (firstDay[$0], $0) < (firstDay[$1], $1) }
    let madeByDate = Parallel.map(reports.count, threads: threads) { position in
      let index = byDate[position]
      return Profile(
        reports[index], knowledge: knowledge, articles: articlesOf[index],
        story: storyOfNow[reports[index].article])
    }
    var positionOf = [Int](repeating: 0, count: reports.count)
    for (position, index) in byDate.enumerated() { positionOf[index] = position }
    let profiles = positionOf.map { madeByDate[$0] }
    let rank = profiles.map(Self.specificity)
    // Sorted by keys laid side by side: a report is hundreds of bytes, and reading two at
    // random per comparison is most of a large sort's time.
    let representatives = mentions.representatives
    let keys = representatives.map { (rank: rank[$0], mentionID: reports[$0].mentionID) }
    let order = Parallel.sorted(Array(representatives.indices), threads: threads) { a, b in
      if keys[a].rank != keys[b].rank { return keys[a].rank > keys[b].rank }
      if keys[a].mentionID != keys[b].mentionID { return keys[a].mentionID < keys[b].mentionID }
      let (x, y) = (representatives[a], representatives[b])
      return (articles[reports[x].article].id, reports[x].ordinal)
        < (articles[reports[y].article].id, reports[y].ordinal)
    }.map { representatives[$0] }
    let builder = CanonicalBuilder(
      reports: reports, profiles: profiles, articles: articles, rules: rules)
    var clusterer = EventClusterer(rules: rules, profiles: profiles, order: order)
    clusterer.threads = threads
    clusterer.canonical = { members in
      builder.mergedProfile(
        members, articles: Array(Set(members.flatMap { profiles[$0].articles })).sorted())
    }
    let clusters = clusterer.run()

    var membersOf: [Int: [Int]] = [:]
    for (index, representative) in mentions.representativeOf.enumerated()
    where index != representative {
      membersOf[representative, default: []].append(index)
    }
    var eventIDs = [String](repeating: "", count: reports.count)
    let groups = clusters.map { cluster in
      cluster.flatMap { [$0] + (membersOf[$0] ?? []).sorted() }
    }
    // Each canonical event depends on its members only.
    var events = Parallel.map(groups.count, threads: threads) { builder.build(groups[$0]) }
    for (members, event) in zip(groups, events) {
      for member in members { eventIDs[member] = event.id }
    }
    var linker = ContainmentLinker(rules: rules)
    linker.threads = threads
    linker.link(&events)
    // Indices sorted, then the events moved in place: a sorted copy would hold every event
    // twice.
    let (days, ids) = (events.map { Self.firstDay($0.event.date) }, events.map(\.id))
    let sorted = Parallel.sorted(Array(events.indices), threads: threads) { a, b in
      days[a] != days[b] ? days[a] < days[b] : ids[a] < ids[b]
    }
    Self.permute(&events, to: sorted)
    let pairs = duplicates.pairs.map { (articles[$0.0].id, articles[$0.1].id) }
    return DeduplicationResult(
      events: events, eventIDs: eventIDs, duplicateOf: duplicates.duplicateOf,
      nearDuplicates: pairs.sorted { $0 < $1 })
  }

  /// Groups of canonical events that a second deduplication would merge (each group's ids,
  /// sorted); empty when deduplication is idempotent on `events`.
  ///
  /// Each canonical event is compared as one report with its merged slots, supported by all
  /// its articles.
  public func mergeableGroups(_ events: [EventCluster]) -> [[String]] {
    let knowledge = Knowledge(links)
    let rules = Compatibility(knowledge: knowledge)
    var articleIndex: [String: Int] = [:]
    let profiles = events.map { event in
      let articles = Set(event.sources.map(\.articleID)).map { id in
        if let known = articleIndex[id] { return known }
        articleIndex[id] = articleIndex.count
        return articleIndex.count - 1
      }
      return Profile(event.event, knowledge: knowledge, articles: articles.sorted())
    }
    let order = events.indices.sorted { events[$0].id < events[$1].id }
    var clusterer = EventClusterer(rules: rules, profiles: profiles, order: order)
    clusterer.threads = threads
    let clusters = clusterer.run()
    return clusters.filter { $0.count > 1 }.map { $0.map { events[$0].id }.sorted() }.sorted {
      $0.lexicographicallyPrecedes($1)
    }
  }

  /// Reorders `elements` in place so that position `i` holds what was at `order[i]`, one
  /// cycle of the permutation at a time (swapped in the buffer: moved, not copied).
  static func permute<T>(_ elements: inout [T], to order: [Int]) {
    var placed = [Bool](repeating: false, count: order.count)
    elements.withUnsafeMutableBufferPointer { buffer in
      for start in order.indices where !placed[start] {
        var current = start
        while order[current] != start {
          buffer.swapAt(current, order[current])
          placed[current] = true
          current = order[current]
        }
        placed[current] = true
      }
    }
  }

  /// The first day of a date (undated last): the events' first sort key, and the order
  /// profiles are made in.
  private static func firstDay(_ date: TimeExpression) -> Int {
    date.start.map(DayInterval.dayNumber) ?? .max
  }

  /// How much a profile pins down: visited first, the most specific reports seed clusters.
  static func specificity(_ profile: Profile) -> Int {
    var rank = 0
    if let days = profile.days {
      rank += days.length <= 1 ? 8 : days.length <= 7 ? 6 : days.length <= 31 ? 4 : 2
    }
    switch profile.place?.precision {
    case .site?: rank += 8
    case .city?: rank += 6
    case .admin1?: rank += 4
    case .country?, .region?: rank += 2
    case nil: break
    }
    rank += min(2, profile.attackers.count) + min(2, profile.targets.count)
    rank += [profile.count, profile.killed, profile.injured].compactMap { $0 }.count
    return rank
  }
}

/// What deduplicating a run produced.
public struct DeduplicationResult: Sendable {
  /// The canonical events, by first day (undated last), then id.
  public var events: [EventCluster]
  /// For each input report, the id of the canonical event it was merged into.
  public var eventIDs: [String]
  /// For each input article, the id of the earlier article it duplicates, or nil.
  public var duplicateOf: [String?]
  /// Near-duplicate article pairs (ids, each pair and the list sorted); exact duplicates,
  /// by content hash, are not listed.
  public var nearDuplicates: [(String, String)]
}
