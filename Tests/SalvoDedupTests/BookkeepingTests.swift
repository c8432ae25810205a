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
}
