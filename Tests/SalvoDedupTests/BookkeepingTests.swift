import SalvoModel
import Testing

@testable import SalvoDedup

/// The deduplicator's bookkeeping helpers give what their plain forms give, on any number of
/// threads.
struct BookkeepingTests {
  /// Seeded pseudo-random values, with repeats.
  static func values(_ count: Int, seed: UInt64) -> [Int] {
    var state = seed
    return (0..<count).map { _ in
      state = MinHash.mix(state)
      return Int(state % 97)
    }
  }

  @Test(arguments: [0, 1, 2, 7, 1000], [1, 2, 3])
  func parallelSortIsTheSort(count: Int, threads: Int) {
    let keys = Self.values(count, seed: UInt64(count))
    // A total order: by key, then by position.
    let order: @Sendable (Int, Int) -> Bool = { (keys[$0], $0) < (keys[$1], $1) }
    let indices = Array(keys.indices)
    #expect(Parallel.sorted(indices, threads: threads, by: order) == indices.sorted(by: order))
  }

  @Test(arguments: [0, 1, 5, 200])
  func permuteMovesEachElementToItsPlace(count: Int) {
    let elements = Self.values(count, seed: 3).map { "value \($0)" }
    let order = Array(elements.indices).sorted { (elements[$0], $0) < (elements[$1], $1) }
    var permuted = elements
    Deduplicator.permute(&permuted, to: order)
    #expect(permuted == order.map { elements[$0] })
  }

  @Test
  func copiesOfAMentionAreOneGroupRepresentedByTheFirstArticle() {
    // Articles 0, 3 and 5 are copies of one article: its mention is reported thrice.
    let articles = Fixtures.articles(6)
    let reports = [
      Fixtures.report(3, mention: "em-copied"), Fixtures.report(1),
      Fixtures.report(0, mention: "em-copied"), Fixtures.report(2),
      Fixtures.report(5, mention: "em-copied"),
    ]
    for threads in [1, 2] {
      let groups = MentionGroups(reports, articles: articles, threads: threads)
      #expect(groups.representatives.sorted() == [1, 2, 3])
      #expect(groups.representativeOf == [2, 1, 2, 3, 2])
      #expect(groups.articlesOf == [2: [0, 3, 5]])
    }
  }

  @Test(arguments: 0..<200)
  func dayBoundsExcludeOnlyGroupsWithAPairOfDisjointDates(seed: Int) {
    let draws = Self.values(24, seed: UInt64(seed) + 1000)
    let precisions: [DatePrecision] = [.day, .day, .week, .month, .range]
    // Two groups of one to four reports each, a fifth of them undated.
    func group(_ offset: Int) -> [DayInterval?] {
      (0..<(1 + draws[offset] % 4)).map { member in
        let draw = draws[offset + 1 + member * 2]
        guard draw % 5 != 0 else { return nil }
        var span = DayInterval(
          start: draw % 12, end: draw % 12 + draws[offset + 2 + member * 2] % 4)
        span.precision = precisions[draw % precisions.count]
        if draw % 11 == 0 { span.end = .max }
        return span
      }
    }
    let (a, b) = (group(0), group(12))
    let bounds = { (members: [DayInterval?]) in
      members.reduce(into: DayBounds(nil)) { $0.formUnion(DayBounds($1)) }
    }
    let someDisjointPair = a.contains { x in
      b.contains { y in
        guard let x, let y else { return false }
        return !x.overlaps(y)
      }
    }
    if bounds(a).excludes(bounds(b)) { #expect(someDisjointPair, "\(a) vs \(b)") }
    #expect(bounds(a).excludes(bounds(b)) == bounds(b).excludes(bounds(a)))
  }

  @Test
  func dayBoundsTellDaysApartBeyondTheLargestSlack() {
    let day = { (number: Int) in DayBounds(DayInterval(start: number, end: number)) }
    #expect(day(10).excludes(day(13)))
    #expect(!day(10).excludes(day(12)))
    var group = day(10)
    group.formUnion(DayBounds(nil))
    group.formUnion(day(20))
    // Its members on days 10 and 20 cannot both be the event of day 15.
    #expect(group.excludes(day(15)))
    #expect(!DayBounds(nil).excludes(day(15)))
    let open = DayBounds(DayInterval(start: 5, end: .max))
    #expect(!open.excludes(day(400)))
    // "Since day 5" leaves out day 1, not day 4.
    #expect(day(1).excludes(open))
    #expect(!day(4).excludes(open))
  }

  @Test
  func reportsSharingAnArticleHaveArticleBitsInCommon() {
    // Reports 0 and 3 come from article 0 (and its copy, article 5), report 1 from article 1.
    let knowledge = Knowledge(Fixtures.links)
    let reports = (0..<40).map { Fixtures.report($0 % 20, $0) }
    let profiles = reports.map { report in
      Profile(
        report, knowledge: knowledge,
        articles: report.article == 0 ? [0, 5] : [report.article])
    }
    let byArticle = ReportsByArticle(profiles, visited: Array(profiles.indices))
    for a in profiles.indices {
      for b in profiles.indices
      where Set(profiles[a].articles).intersection(profiles[b].articles).count > 0 {
        #expect(byArticle.articleBits(a) & byArticle.articleBits(b) != .zero)
      }
    }
    // 256 bits for 20 articles: most pairs of distinct articles are told apart.
    let apart = (0..<20).filter {
      byArticle.articleBits($0) & byArticle.articleBits(20 + ($0 + 1) % 20) == .zero
    }
    #expect(apart.count >= 15)
  }

  @Test(arguments: 0..<100)
  func clusterSummariesExcludeOnlyClustersWithAnIncompatiblePair(seed: Int) {
    typealias F = Fixtures
    let knowledge = Knowledge(F.links)
    let rules = Compatibility(knowledge: knowledge)
    let draws = Self.values(80, seed: UInt64(seed) + 7000)
    let places: [EventReport.Place?] = [
      nil, F.syria, F.deirEzZor, F.conoco, F.israel, F.eilat, F.portOfEilat, F.telAviv,
      F.jordan, F.tower22, F.redSea,
    ]
    let actors: [[ActorReference]] = [
      [], [F.hezbollah], [F.houthis], [F.kataibHezbollah], [F.iraqiGroups], [F.syrianMilitia],
      [F.usMilitary], [F.israelState], [F.hezbollah, F.iran],
    ]
    let dates = [F.undated, F.day(2024, 10, 3), F.day(2024, 10, 5), F.month(2024, 10)]
    // Ten reports of ten articles: the first five one cluster, the rest another.
    let profiles = (0..<10).map { index in
      let draw = { (slot: Int) in draws[index * 8 + slot] }
      let report = F.report(
        index, date: dates[draw(0) % dates.count], location: places[draw(1) % places.count],
        attackers: actors[draw(2) % actors.count], targets: actors[draw(3) % actors.count])
      return Profile(report, knowledge: knowledge)
    }
    let table = PartTable(profiles, rules: rules)
    let size = 1 + draws[79] % 5
    let (a, b) = (Array(0..<size), Array(5..<(5 + size)))
    let summary = { (members: [Int]) in
      members.dropFirst().reduce(into: ClusterSummary(members[0], profiles[members[0]], table)) {
        $0.formUnion(ClusterSummary($1, profiles[$1], table))
      }
    }
    let incompatiblePair = a.contains { x in
      b.contains { y in !rules.compare(profiles[x], profiles[y], explain: false).compatible }
    }
    var memo = PartTable.Memo()
    if summary(a).excludes(summary(b), table, memo: &memo) { #expect(incompatiblePair) }
  }

  @Test
  func clusterSummariesTellPlacesAndPartiesApart() {
    typealias F = Fixtures
    let knowledge = Knowledge(F.links)
    let rules = Compatibility(knowledge: knowledge)
    let reports = [
      F.report(0, date: F.day(2024, 10, 3), location: F.eilat, attackers: [F.hezbollah]),
      F.report(1, date: F.day(2024, 10, 3), location: F.telAviv, attackers: [F.hezbollah]),
      F.report(2, date: F.day(2024, 10, 3), location: F.israel, attackers: [F.hezbollah]),
      F.report(3, date: F.day(2024, 10, 3), location: F.eilat, attackers: [F.houthis]),
      F.report(4, date: F.day(2024, 10, 4), location: F.portOfEilat),
    ]
    let profiles = reports.map { Profile($0, knowledge: knowledge) }
    let table = PartTable(profiles, rules: rules)
    let summary = { (member: Int) in ClusterSummary(member, profiles[member], table) }
    // Asked twice each, so that the second answer comes from the memo.
    var memo = PartTable.Memo()
    for _ in 0..<2 {
      #expect(summary(0).excludes(summary(1), table, memo: &memo))
      #expect(!summary(0).excludes(summary(2), table, memo: &memo))
      #expect(summary(0).excludes(summary(3), table, memo: &memo))
      #expect(!summary(0).excludes(summary(4), table, memo: &memo))
    }
    // Once a cluster holds Eilat and Tel Aviv, it excludes what either excludes (a third
    // place is not kept).
    var both = summary(0)
    both.formUnion(summary(1))
    both.formUnion(summary(2))
    #expect(both.excludes(summary(4), table, memo: &memo))
    #expect(!both.excludes(summary(2), table, memo: &memo))
  }
}
