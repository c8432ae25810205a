import SalvoDedup
import SalvoIO
import SalvoModel

/// Collects what deduplication needs of each article as a batch streams by (a digest and
/// compact event reports, not the documents), then deduplicates them all at the end.
public final class EventDeduplication {
  /// The digests, in the order articles were added.
  public private(set) var articles: [ArticleDigest] = []
  /// The event reports of every article.
  public private(set) var reports: [EventReport] = []
  private let deduplicator: Deduplicator

  /// Creates a collector that deduplicates with `links`.
  public init(links: ReferenceLinks) { deduplicator = Deduplicator(links: links) }

  /// Creates a collector that deduplicates with the links of the loaded gazetteer.
  public convenience init(resources: Resources) {
    self.init(links: ReferenceLinks(gazetteer: resources.gazetteer))
  }

  /// The canonical events of a result as `events.jsonl` lines.
  public static func lines(_ result: DeduplicationResult) -> [UInt8] {
    CanonicalEventRecord.lines(result.events)
  }

  /// Adds an article.
  ///
  /// - Parameter offsets: the document's scalar-offset converter, when already built.
  public func add(_ article: AnalyzedArticle, offsets: ScalarOffsets? = nil) {
    let index = articles.count
    articles.append(article.digest())
    if !article.events.isEmpty {
      article.eventReports(
        article: index, offsets: offsets ?? ScalarOffsets(article.document.text), into: &reports)
    }
  }

  /// Deduplicates everything added.
  public func finish() -> DeduplicationResult {
    return deduplicator.run(articles: articles, reports: reports)
  }
}
