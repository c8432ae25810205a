import SalvoDedup
import SalvoModel
import Testing

/// Seeded property tests: deduplication depends on the content of its inputs only.
@Suite struct PropertyTests {
  typealias F = Fixtures
  let dedup = Deduplicator(links: Fixtures.links)

  /// A random run: true events, each retold by one to four articles with varied precision,
  /// attribution and hedges, plus articles with unrelated events.
  static func world(seed: UInt64, events: Int = 60) -> (
    articles: [ArticleDigest], reports: [EventReport]
  ) {
    var random = SplitMix64(seed: seed)
    let places = [F.eilat, F.portOfEilat, F.telAviv, F.conoco, F.tower22, F.deirEzZor]
    let countries = [F.israel, F.israel, F.israel, F.syria, F.jordan, F.syria]
    let attackers = [F.islamicResistance, F.kataibHezbollah, F.houthis, F.hezbollah]
    let generic = [F.syrianMilitia, F.iraqiGroups, F.iraqiGroups, F.syrianMilitia]
    var perArticle: [[EventReport]] = []
    for _ in 0..<events {
      let site = Int.random(in: 0..<places.count, using: &random)
      let who = Int.random(in: 0..<attackers.count, using: &random)
      let day = Int.random(in: 1...28, using: &random)
      let month = Int.random(in: 1...12, using: &random)
      let killed = Double(Int.random(in: 0...12, using: &random))
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let date: TimeExpression =
          switch Int.random(in: 0..<10, using: &random) {
          case 0: F.undated
          case 1, 2: F.month(2024, month)
          default: F.day(2024, month, day)
          }
        let location =
          Int.random(in: 0..<3, using: &random) == 0 ? countries[site] : places[site]
        let attacker = Bool.random(using: &random) ? attackers[who] : generic[who]
        let figure =
          killed == 0
          ? nil
          : F.figure(
            killed, Bool.random(using: &random) ? .exact : .approx, "\(Int(killed)) people")
        let article = perArticle.count
        perArticle.append([
          F.report(
            article, date: date, location: location, attackers: [attacker], weapons: ["drone"],
            killed: figure, mention: "em-\(seed)-\(article)-0")
        ])
      }
    }
    // Some articles report two events: move every fifth article's report into the one before.
    var merged: [[EventReport]] = []
    for (index, reports) in perArticle.enumerated() {
      if index % 5 == 4, var last = merged.popLast() {
        var moved = reports[0]
        moved.article = merged.count
        moved.ordinal = last.count
        last.append(moved)
        merged.append(last)
      } else {
        var reports = reports
        for i in reports.indices { reports[i].article = merged.count }
        merged.append(reports)
      }
    }
    let reports = merged.flatMap { $0 }
    return (F.articles(merged.count), reports)
  }

  /// The result with article indices erased, so that runs over permuted inputs compare.
  static func normalized(_ result: DeduplicationResult, _ reports: [EventReport]) -> (
    events: [EventCluster], ids: [String: String]
  ) {
    let events = result.events.map { event -> EventCluster in
      var copy = event
      copy.event.article = 0
      copy.event.ordinal = 0
      return copy
    }
    var ids: [String: String] = [:]
    for (index, report) in reports.enumerated() { ids[report.mentionID] = result.eventIDs[index] }
    return (events, ids)
  }

  @Test(
    "one thread and several give the same events and ids", arguments: [31, 32, 33] as [UInt64])
  func threadIndependence(seed: UInt64) {
    let (articles, reports) = Self.world(seed: seed, events: 150)
    var single = dedup
    single.threads = 1
    var several = dedup
    several.threads = 3
    let one = single.run(articles: articles, reports: reports)
    let three = several.run(articles: articles, reports: reports)
    #expect(one.events.count < reports.count)
    #expect(one.eventIDs == three.eventIDs)
    #expect(one.events == three.events)
  }

  @Test(
    "the same reports in another order give the same events and ids",
    arguments: [1, 2, 3, 4, 21, 22] as [UInt64])
  func orderIndependence(seed: UInt64) {
    let (articles, reports) = Self.world(seed: seed)
    let reference = Self.normalized(dedup.run(articles: articles, reports: reports), reports)
    #expect(reference.events.count < reports.count)
    var random = SplitMix64(seed: seed &+ 100)
    // Permute the articles and the reports.
    let permutation = Array(articles.indices).shuffled(using: &random)
    var position = [Int](repeating: 0, count: articles.count)
    for (newIndex, oldIndex) in permutation.enumerated() { position[oldIndex] = newIndex }
    let permutedArticles = permutation.map { articles[$0] }
    let permutedReports = reports.map { report -> EventReport in
      var copy = report
      copy.article = position[report.article]
      return copy
    }.shuffled(using: &random)
    let permuted = Self.normalized(
      dedup.run(articles: permutedArticles, reports: permutedReports), permutedReports)
    #expect(permuted.ids == reference.ids)
    #expect(permuted.events == reference.events)
  }

  @Test(
    "deduplicating the canonical events again merges nothing", arguments: Array(5...16) as [UInt64])
  func idempotence(seed: UInt64) {
    let (articles, reports) = Self.world(seed: seed)
    let result = dedup.run(articles: articles, reports: reports)
    #expect(dedup.mergeableGroups(result.events) == [])
  }

  @Test("an unrelated article changes no existing id", arguments: [8, 9] as [UInt64])
  func unrelatedArticle(seed: UInt64) {
    let (articles, reports) = Self.world(seed: seed)
    let before = Self.normalized(dedup.run(articles: articles, reports: reports), reports).ids
    let yemen = F.place("geonames:71137", "Sanaa", "city", .city, "YE", "YE-SA", 15.35, 44.2)
    let extra = F.report(
      articles.count, date: F.day(2025, 3, 15), location: yemen, attackers: [F.unitedStates],
      mention: "em-unrelated")
    let after = Self.normalized(
      dedup.run(articles: F.articles(articles.count + 1), reports: [extra] + reports),
      [extra] + reports
    ).ids
    for (mention, id) in before { #expect(after[mention] == id) }
  }
}
