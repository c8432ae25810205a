/// The visited profiles of each article, so that which articles a cluster holds need not be
/// kept as a set per cluster: a cluster holds an article when one of that article's profiles
/// is its member.
///
/// A profile is listed under each of its articles (a mention of an exactly copied article
/// stands for every copy). Each visited profile's articles are kept here too, in flat
/// arrays, so that the lookups never touch the profiles themselves.
struct ReportsByArticle {
  /// For each article, the range of its profiles in `members`.
  private let starts: [Int32]
  private let members: [Int32]
  /// For each profile, the range of its articles in `articles` (empty when not visited).
  private let articleStarts: [Int32]
  private let articles: [Int32]

  /// Indexes the profiles of `order`.
  init(_ profiles: [Profile], visited order: [Int]) {
    var articleStarts = [Int32](repeating: 0, count: profiles.count + 1)
    for member in order { articleStarts[member + 1] = Int32(profiles[member].articles.count) }
    for profile in profiles.indices { articleStarts[profile + 1] += articleStarts[profile] }
    var articles = [Int32](repeating: 0, count: Int(articleStarts[profiles.count]))
    for member in order {
      for (offset, article) in profiles[member].articles.enumerated() {
        articles[Int(articleStarts[member]) + offset] = Int32(article)
      }
    }
    let articleCount = Int(articles.max() ?? -1) + 1
    var starts = [Int32](repeating: 0, count: articleCount + 1)
    for article in articles { starts[Int(article) + 1] += 1 }
    for article in 0..<articleCount { starts[article + 1] += starts[article] }
    var next = starts
    var members = [Int32](repeating: 0, count: Int(starts[articleCount]))
    for member in order {
      for article in articles[Int(articleStarts[member])..<Int(articleStarts[member + 1])] {
        members[Int(next[Int(article)])] = Int32(member)
        next[Int(article)] += 1
      }
    }
    self.starts = starts
    self.members = members
    self.articleStarts = articleStarts
    self.articles = articles
  }

  /// A 256-bit summary of visited profile `member`'s articles: one bit per article. Two
  /// groups of profiles whose summaries (the union of their members') have no bit in common
  /// share no article.
  func articleBits(_ member: Int) -> SIMD4<UInt64> {
    var bits = SIMD4<UInt64>()
    for article in articles[Int(articleStarts[member])..<Int(articleStarts[member + 1])] {
      let bit = (UInt64(UInt32(article)) &* 0x9E37_79B9_7F4A_7C15) >> 56
      bits[Int(bit >> 6)] |= 1 << (bit & 63)
    }
    return bits
  }

  /// The profiles that share an article with visited profile `member` (itself included).
  func sharing(_ member: Int, _ body: (Int) -> Void) {
    for article in articles[Int(articleStarts[member])..<Int(articleStarts[member + 1])] {
      for other in members[Int(starts[Int(article)])..<Int(starts[Int(article) + 1])] {
        body(Int(other))
      }
    }
  }
}
