import SalvoModel

/// One file read and analyzed for `salvo inspect`: its articles (a `.jsonl` or `.json`
/// file may hold several) and the ones that were skipped.
public struct InspectedFile: Sendable {
  /// The path as given.
  public var path: String
  /// The analyzed articles, in file order; never empty.
  public var articles: [AnalyzedArticle]
  /// Articles of the file that were skipped (a malformed `.jsonl` line), with reasons.
  public var skipped: [SkippedInput]

  /// Creates an inspected file.
  public init(path: String, articles: [AnalyzedArticle], skipped: [SkippedInput] = []) {
    self.path = path
    self.articles = articles
    self.skipped = skipped
  }
}
