/// The visited profiles of each article, so that which articles a cluster holds need not be
/// kept as a set per cluster: a cluster holds an article when one of that article's profiles
/// is its member.
///
/// A profile is listed under each of its articles (a mention of an exactly copied article
/// stands for every copy).
struct ReportsByArticle {
  /// For each article, the range of its profiles in `members`.
  private let starts: [Int32]
  private let members: [Int32]

  /// Indexes the profiles of `order`.
  init(_ profiles: [Profile], visited order: [Int]) {
    let articleCount = (order.lazy.flatMap { profiles[$0].articles }.max() ?? -1) + 1
    var starts = [Int32](repeating: 0, count: articleCount + 1)
    for member in order {
      for article in profiles[member].articles { starts[article + 1] += 1 }
    }
    for article in 0..<articleCount { starts[article + 1] += starts[article] }
    var next = starts
    var members = [Int32](repeating: 0, count: Int(starts[articleCount]))
    for member in order {
      for article in profiles[member].articles {
        members[Int(next[article])] = Int32(member)
        next[article] += 1
      }
    }
    self.starts = starts
    self.members = members
  }

  /// The profiles that share an article with `profile` (itself included, when visited).
  func sharing(_ profile: Profile, _ body: (Int) -> Void) {
    for article in profile.articles where article + 1 < starts.count {
      for member in members[Int(starts[article])..<Int(starts[article + 1])] { body(Int(member)) }
    }
  }
}
