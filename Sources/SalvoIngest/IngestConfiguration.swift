import Foundation

/// What ingest needs besides the files: limits and the boilerplate lexicon.
public struct IngestConfiguration: Sendable {
  /// The default size limit of one article: 32 MiB, far above any news article.
  public static let defaultMaxArticleBytes = 32 << 20

  /// Articles (files, or lines of `.jsonl`) larger than this are skipped with a reason.
  public var maxArticleBytes: Int
  /// The cues for page furniture.
  public var boilerplate: BoilerplateLexicon

  /// Creates a configuration.
  public init(boilerplate: BoilerplateLexicon, maxArticleBytes: Int = defaultMaxArticleBytes) {
    self.boilerplate = boilerplate
    self.maxArticleBytes = maxArticleBytes
  }

  /// Loads the lexicon from a gazetteer folder's `ingest/` subfolder.
  public static func load(gazetteers: URL) throws -> IngestConfiguration {
    IngestConfiguration(
      boilerplate: try BoilerplateLexicon.load(from: gazetteers.appendingPathComponent("ingest")))
  }
}
